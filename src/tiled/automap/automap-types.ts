// The shapes the automapping engine works with. Automapping here is implemented from Tiled's manual
// (doc.mapeditor.org, "Automapping", as written for Tiled 1.10 to 1.12), never from Tiled's source.
import type { TiledTileset } from '../tiled-map.ts';

/** Why the engine asks for a random number: whether a rule applies at all, or which output it writes. */
export type RandomPurpose = 'rule-probability' | 'output-choice';

/** Everything a random draw depends on, so a caller can hash it instead of keeping a stream. */
export interface RandomDraw {
  /** Position of the rule map in the list given to `applyRuleMaps`. */
  readonly ruleMap: number;
  /** Position of the rule inside its rule map, in Tiled's order (top to bottom, then left to right). */
  readonly rule: number;
  /** The target cell of the rule's top-left corner (may lie outside the map with MatchOutsideMap). */
  readonly x: number;
  readonly y: number;
  readonly purpose: RandomPurpose;
}

/**
 * A number in [0, 1) for a draw. Tiled seeds its choices from the system, so its random results cannot be
 * reproduced; the engine asks the caller instead and never draws for a rule that has nothing to choose.
 */
export type AutomapRandom = (draw: RandomDraw) => number;

/** What a matcher compares a cell with: a gid (flip flags included) or one of the MatchType tiles. */
export const MATCH_EMPTY = -1;
export const MATCH_NON_EMPTY = -2;
export const MATCH_OTHER = -3;
/** Legacy rules (with `regions` layers): a cell empty in every input layer is "any other tile", never empty. */
export const MATCH_OTHER_NOT_EMPTY = -4;

/** One condition of an input: a cell of the rule compared with one target layer. */
export interface CellCondition {
  readonly x: number;
  readonly y: number;
  /** Index into `CompiledRule.inputLayers`. */
  readonly layer: number;
  /** The cell matches if any of these match (or there are none) ... */
  readonly anyOf: readonly number[];
  /** ... and none of these do. Gids in the rule map's own numbering until bound to a target. */
  readonly noneOf: readonly number[];
}

export interface OutputWrite {
  readonly x: number;
  readonly y: number;
  /** A gid in the rule map's numbering, or 0 to erase (the Empty tile). */
  readonly gid: number;
}

export interface OutputLayerWrites {
  readonly layerName: string;
  readonly writes: readonly OutputWrite[];
  /** Custom properties of the output layer (Probability left out): copied to the target layer. */
  readonly properties: Readonly<Record<string, string | number | boolean>>;
  readonly hasProperties: boolean;
}

export interface RuleOutput {
  readonly index: string;
  readonly weight: number;
  readonly layers: readonly OutputLayerWrites[];
}

export interface RuleOptions {
  readonly modX: number;
  readonly modY: number;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly probability: number;
  readonly disabled: boolean;
  readonly noOverlappingOutput: boolean;
  /** Write locked layers too (Tiled 1.10+ leaves them alone otherwise). */
  readonly ignoreLock: boolean;
}

export interface CompiledRule {
  /** Top-left of the rule's bounding box in the rule map: where its cells are measured from. */
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** Target layer names the conditions read. */
  readonly inputLayers: readonly string[];
  /** Per input layer: the literal gids this rule uses on it, which the Other tile does not match. */
  readonly usedTiles: readonly (readonly number[])[];
  /** Per input layer: whether the rule uses the Empty tile on it (then Other does not match empty cells). */
  readonly usesEmpty: readonly boolean[];
  /** Each input index is an independent set of conditions: any one of them matching is a match. */
  readonly conditionSets: readonly (readonly CellCondition[])[];
  /** Cells of the input region, relative to left, top (for DeleteTiles and the map's border). */
  readonly inputCells: readonly { readonly x: number; readonly y: number }[];
  readonly outputs: readonly RuleOutput[];
  readonly options: RuleOptions;
}

export interface RuleMapOptions {
  readonly deleteTiles: boolean;
  /** Undefined: Tiled's default (false for a bounded map, true for an infinite one). */
  readonly matchOutsideMap: boolean | undefined;
  readonly overflowBorder: boolean;
  readonly wrapBorder: boolean;
  readonly matchInOrder: boolean;
  /** Read and kept for completeness: it only matters to Tiled's AutoMap While Drawing. */
  readonly automappingRadius: number;
}

/** A rule map read into rules, ready to apply to any map. */
export interface CompiledRuleMap {
  readonly name: string;
  readonly rules: readonly CompiledRule[];
  readonly options: RuleMapOptions;
  /** The rule map's tilesets, for translating its gids into the target map's. */
  readonly tilesets: readonly TiledTileset[];
  /** Whether the rule map has `regions` layers (Tiled's legacy rules). */
  readonly legacy: boolean;
}
