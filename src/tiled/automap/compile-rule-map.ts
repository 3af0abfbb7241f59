// Reads a rule map (a TiledMap) into rules, following Tiled's Automapping manual (doc.mapeditor.org,
// Tiled 1.10 to 1.12); implemented from the manual only, never from Tiled's source.
//
// A rule is an 8-connected region of cells: without `regions` layers (Tiled 1.9+) the non-empty cells of
// every input and output layer; with them (legacy rule maps) the cells of `regions`, or of
// `regions_input` and `regions_output` separately, and then a cell of the input region that is empty in
// every input layer of an index means "any other tile" and rules match in order unless MatchInOrder says
// otherwise (as Tiled 1.10+ does).
//
// Where the manual leaves a choice open, this engine decides (and the tests pin it):
// - ModX/ModY count from the target cell under the rule's top-left bounding-box corner:
//   (x - OffsetX) mod ModX = 0.
// - A rule_options rectangle sets options for the rules whose whole bounding box lies inside it.
// - An output index is one of a rule's choices only if it draws something inside that rule.
// - DeleteTiles clears the input region on every layer the rule's outputs (any index) target.
// - NoOverlappingOutput compares cells, whatever layer the earlier output wrote them on.
// - Rule-layer keywords (input, inputnot, output, regions, rule_options) and option names are compared
//   without case; target layer names exactly. A rule map's layers are used by their full (group/child) name.
// - A tile matches only with the same flip flags, unless its input layer says IgnoreHorizontalFlip,
//   IgnoreVerticalFlip, IgnoreDiagonalFlip (as Tiled's own ignore-flip case, saved by Tiled 1.10.2,
//   expects) or IgnoreHexRotate120 (the manual: also match 120-degree rotated tiles); the Other tile treats every flip a rule's tile matches as that tile. Special tiles mean their
//   MatchType however they are flipped; outputs are written with the flips they are drawn with.
// - Locked layers (and layers in a locked group) are written only by rules with IgnoreLock (Tiled 1.10+).
// - A rule map may be of any orientation: its rules are cells (loadTiledFiles' anyOrientation).
// Not supported: object output layers (warned and skipped, so objects are neither placed nor deleted),
// AutomappingRadius (only Tiled's AutoMap While Drawing uses it). Tiles are the same
// when their tilesets have the same name.
import { MAX_AUTOMAP_RULES } from '../map-limits.ts';
import { layerPlace } from '../places.ts';
import { collectProblems, type ProblemList } from '../problem-list.ts';
import { FLIPPED_DIAGONALLY, FLIPPED_HORIZONTALLY, FLIPPED_VERTICALLY, GID_MASK, ROTATED_HEXAGONAL_120, type Loaded, type TiledMap, type TiledTileLayer } from '../tiled-map.ts';
import {
  MATCH_EMPTY, MATCH_NON_EMPTY, MATCH_OTHER, MATCH_OTHER_NOT_EMPTY,
  type CellCondition, type CompiledRule, type CompiledRuleMap, type OutputLayerWrites, type RuleOutput,
} from './automap-types.ts';
import { cellExtent } from './cell-extent.ts';
import { PropertyLookup, ruleLayerRole } from './rule-layer-names.ts';
import { optionAreas, readRuleMapOptions, readRuleOptions, type OptionArea } from './rule-options.ts';

export type MatchType = 'Empty' | 'Ignore' | 'NonEmpty' | 'Other' | 'Negate';
const MATCH_TYPES: readonly MatchType[] = ['Empty', 'Ignore', 'NonEmpty', 'Other', 'Negate'];

interface InputLayer {
  readonly layer: TiledTileLayer;
  readonly negated: boolean;
  readonly index: string;
  readonly target: string;
  readonly autoEmpty: boolean;
  /** Flip flags this layer's tiles match whichever way they are set (IgnoreHorizontalFlip and the rest). */
  readonly ignoredFlips: number;
}

interface OutputLayer {
  readonly layer: TiledTileLayer;
  readonly index: string;
  readonly target: string;
}

interface Cell {
  readonly x: number;
  readonly y: number;
}

/** What the layers of a rule map are for, and the lookups compiling its rules needs. */
interface RuleMapParts {
  readonly map: TiledMap;
  readonly inputs: readonly InputLayer[];
  readonly outputs: readonly OutputLayer[];
  readonly legacy: boolean;
  readonly inputRegion: Uint8Array;
  readonly outputRegion: Uint8Array;
  readonly matchType: (gid: number) => MatchType | undefined;
}

export function compileRuleMap(ruleMap: TiledMap, options: { readonly name: string }): Loaded<CompiledRuleMap> {
  return collectProblems('rule map reader', (problems) => compile(ruleMap, options.name, problems));
}

function compile(ruleMap: TiledMap, name: string, problems: ProblemList): CompiledRuleMap | undefined {
  const place = `rule map "${name}"`;
  const parts = classifyLayers(ruleMap, name, problems);
  if (parts === undefined) return undefined;
  const settings = readRuleMapOptions(ruleMap, place, problems);
  const areas = optionAreas(ruleMap, 'rule_options', problems);
  const rules: CompiledRule[] = [];
  const regions = regionsOf(parts);
  if (regions.length > MAX_AUTOMAP_RULES) {
    problems.error(place, `the rule map holds ${regions.length} rules; at most ${MAX_AUTOMAP_RULES} are read (MAX_AUTOMAP_RULES)`, 'Merge rules: one rule can match several tiles (list them in one input cell, or use input2_ layers), or split the rules over fewer, larger rule maps.');
    return undefined;
  }
  for (const cells of regions) {
    const rule = compileRule(parts, cells);
    if (rule === undefined) {
      const first = cells[0]!;
      problems.warning(`${place} at tile ${first.x},${first.y}`, 'this rule has output but no input, so it never matches', 'Draw its input on an input layer next to the output, or connect it with Ignore tiles.');
      continue;
    }
    rules.push({ ...rule, options: optionsFor(rule, { areas, base: settings.rules, problems }) });
  }
  const matchInOrder = settings.legacyInOrder ?? parts.legacy;
  return { name, rules, options: { ...settings.map, matchInOrder }, tilesets: ruleMap.tilesets, legacy: parts.legacy };
}

function classifyLayers(map: TiledMap, name: string, problems: ProblemList): RuleMapParts | undefined {
  const inputs: InputLayer[] = [];
  const outputs: OutputLayer[] = [];
  const regions: Partial<Record<'regions' | 'regions-input' | 'regions-output', TiledTileLayer>> = {};
  const place = (layerName: string): string => `rule map "${name}" ${layerPlace(layerName)}`;
  for (const layer of map.layers) {
    const role = ruleLayerRole(layer.name);
    switch (role.role) {
      case 'input':
        if (layer.kind !== 'tile') {
          problems.error(place(layer.name), 'an input layer must be a tile layer', 'Make it a tile layer, or rename it if it is not part of the rules.');
          break;
        }
        inputs.push({ layer, negated: role.negated, index: role.index, target: role.target, autoEmpty: autoEmpty(layer, map), ignoredFlips: ignoredFlips(layer) });
        break;
      case 'output':
        if (layer.kind !== 'tile') {
          problems.warning(place(layer.name), 'object output layers are not supported here; this layer is skipped', 'Output tiles, or place these objects by hand.');
          break;
        }
        outputs.push({ layer, index: role.index, target: role.target });
        break;
      case 'regions':
      case 'regions-input':
      case 'regions-output':
        if (layer.kind === 'tile') regions[role.role] = layer;
        else problems.error(place(layer.name), 'a regions layer must be a tile layer', 'Make it a tile layer, or delete it (Tiled 1.9+ rules need no regions).');
        break;
      case 'malformed':
        problems.error(place(layer.name), role.reason, 'Name it like input_Ground, inputnot_Ground, input2_Ground or output_Ground.');
        break;
      case 'rule-options':
      case 'other':
        break;
    }
  }
  if (inputs.length === 0) problems.error(`rule map "${name}"`, 'the rule map has no input layers', 'Add a tile layer named input_<layer> (e.g. input_walls) holding the pattern to look for.');
  if (outputs.length === 0) problems.error(`rule map "${name}"`, 'the rule map has no output layers', 'Add a tile layer named output_<layer> (e.g. output_walls) holding what to place.');
  if (problems.hasErrors) return undefined;
  const legacy = Object.keys(regions).length > 0;
  const cellCount = map.width * map.height;
  const nonEmpty = (layers: readonly { layer: TiledTileLayer }[]): Uint8Array => {
    const mask = new Uint8Array(cellCount);
    for (const { layer } of layers) for (let cell = 0; cell < cellCount; cell += 1) if (layer.gids[cell] !== 0) mask[cell] = 1;
    return mask;
  };
  const regionMask = (layer: TiledTileLayer | undefined, fallback: () => Uint8Array): Uint8Array =>
    layer === undefined ? fallback() : nonEmpty([{ layer }]);
  const inputRegion = regionMask(regions['regions-input'] ?? regions.regions, () => nonEmpty(inputs));
  const outputRegion = regionMask(regions['regions-output'] ?? regions.regions, () => nonEmpty(outputs));
  return { map, inputs, outputs, legacy, inputRegion, outputRegion, matchType: matchTypeLookup(map, problems) };
}

function autoEmpty(layer: TiledTileLayer, map: TiledMap): boolean {
  for (const properties of [layer.properties, map.properties]) {
    const lookup = new PropertyLookup(properties);
    for (const name of ['AutoEmpty', 'StrictEmpty']) if (lookup.boolean(name) === true) return true;
  }
  return false;
}

const FLIP_PROPERTIES: readonly [string, number][] = [
  ['IgnoreHorizontalFlip', FLIPPED_HORIZONTALLY], ['IgnoreVerticalFlip', FLIPPED_VERTICALLY], ['IgnoreDiagonalFlip', FLIPPED_DIAGONALLY],
  // A hexagonal map's 120-degree rotation is one more flag bit: ignoring it is the same doubling.
  ['IgnoreHexRotate120', ROTATED_HEXAGONAL_120],
];

function ignoredFlips(layer: TiledTileLayer): number {
  const lookup = new PropertyLookup(layer.properties);
  let flags = 0;
  for (const [name, flag] of FLIP_PROPERTIES) if (lookup.boolean(name) === true) flags |= flag;
  return flags >>> 0;
}

/**
 * The gids an input tile matches: itself, flip flags exact (a flipped tile is another tile to match), and
 * with each ignored flag either way. Tiled's ignore-flip case (tests/automapping/ignore-flip, maps saved
 * by Tiled 1.10.2) is the reference: a tile with no Ignore*Flip matches only the same flips.
 */
function flipVariants(gid: number, ignored: number): number[] {
  const base = (gid & ~ignored) >>> 0;
  const variants = [base];
  for (const [, flag] of FLIP_PROPERTIES) {
    if ((ignored & flag) === 0) continue;
    for (const variant of [...variants]) variants.push((variant | flag) >>> 0);
  }
  return variants;
}

/** The MatchType of a rule map gid's tile, from its `MatchType` property (the special tiles). */
function matchTypeLookup(map: TiledMap, problems: ProblemList): (gid: number) => MatchType | undefined {
  const cache = new Map<number, MatchType | undefined>();
  return (gid) => {
    const id = gid & GID_MASK;
    if (cache.has(id)) return cache.get(id);
    let found: MatchType | undefined;
    const tileset = [...map.tilesets].reverse().find((candidate) => candidate.firstGid <= id);
    const property = tileset?.tiles.get(id - tileset.firstGid)?.properties.MatchType;
    if (property !== undefined) {
      found = MATCH_TYPES.find((type) => type === property);
      if (found === undefined && tileset !== undefined) {
        problems.warning(`tile ${id - tileset.firstGid} of tileset "${tileset.name}"`, `MatchType "${String(property)}" is not one Tiled knows, so the tile matches as itself`, `Use one of ${MATCH_TYPES.join(', ')}.`);
      }
    }
    cache.set(id, found);
    return found;
  };
}

/** The rules' cells, 8-connected, in Tiled's rule order: by their top row, then their left-most cell. */
function regionsOf(parts: RuleMapParts): Cell[][] {
  const { width, height } = parts.map;
  const seen = new Uint8Array(width * height);
  const inRule = (cell: number): boolean => parts.inputRegion[cell] === 1 || parts.outputRegion[cell] === 1;
  const regions: Cell[][] = [];
  for (let start = 0; start < width * height; start += 1) {
    if (seen[start] === 1 || !inRule(start)) continue;
    const cells: Cell[] = [];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const cell = stack.pop()!;
      const x = cell % width;
      const y = (cell - x) / width;
      cells.push({ x, y });
      for (let dy = -1; dy <= 1; dy += 1) {
        for (let dx = -1; dx <= 1; dx += 1) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const next = ny * width + nx;
          if (seen[next] === 0 && inRule(next)) {
            seen[next] = 1;
            stack.push(next);
          }
        }
      }
    }
    cells.sort((a, b) => a.y - b.y || a.x - b.x);
    regions.push(cells);
  }
  return regions;
}

function compileRule(parts: RuleMapParts, cells: readonly Cell[]): Omit<CompiledRule, 'options'> | undefined {
  const { map, matchType } = parts;
  const { left, top, right, bottom } = cellExtent(cells);
  const width = right - left + 1;
  const height = bottom - top + 1;
  const inputCells = cells.filter((cell) => parts.inputRegion[cell.y * map.width + cell.x] === 1);
  const inputLayers = [...new Set(parts.inputs.map((input) => input.target))];
  const usedTiles = inputLayers.map(() => new Set<number>());
  const usesEmpty = inputLayers.map(() => false);
  for (const input of parts.inputs) {
    const slot = inputLayers.indexOf(input.target);
    for (const cell of inputCells) {
      const gid = input.layer.gids[cell.y * map.width + cell.x]!;
      if (gid === 0) continue;
      const type = matchType(gid);
      // A tile matched whichever way it is flipped is used in all those ways: Other matches none of them.
      if (type === undefined) for (const variant of flipVariants(gid, input.ignoredFlips)) usedTiles[slot]!.add(variant);
      else if (type === 'Empty') usesEmpty[slot] = true;
    }
  }
  const conditionSets: CellCondition[][] = [];
  for (const index of [...new Set(parts.inputs.map((input) => input.index))]) {
    const group = parts.inputs.filter((input) => input.index === index);
    const hasContent = group.some((input) => inputCells.some((cell) => input.layer.gids[cell.y * map.width + cell.x] !== 0));
    if (!hasContent) continue;
    const conditions: CellCondition[] = [];
    for (const [slot, target] of inputLayers.entries()) {
      const layers = group.filter((input) => input.target === target);
      if (layers.length === 0) continue;
      for (const cell of inputCells) {
        const condition = cellCondition(parts, { layers, cell, origin: { x: left, y: top } });
        if (condition !== undefined) conditions.push({ ...condition, layer: slot });
      }
    }
    conditionSets.push(conditions);
  }
  if (conditionSets.length === 0) return undefined;
  return {
    left, top, width, height, inputLayers, conditionSets,
    usedTiles: usedTiles.map((tiles) => [...tiles]), usesEmpty,
    inputCells: inputCells.map((cell) => ({ x: cell.x - left, y: cell.y - top })),
    outputs: ruleOutputs(parts, cells, { x: left, y: top }),
  };
}

function cellCondition(
  parts: RuleMapParts,
  at: { readonly layers: readonly InputLayer[]; readonly cell: Cell; readonly origin: Cell },
): Omit<CellCondition, 'layer'> | undefined {
  let anyOf: number[] = [];
  let noneOf: number[] = [];
  let negate = false;
  let allEmpty = true;
  const offset = at.cell.y * parts.map.width + at.cell.x;
  for (const input of at.layers) {
    const gid = input.layer.gids[offset]!;
    const list = input.negated ? noneOf : anyOf;
    if (gid === 0) {
      if (input.autoEmpty) list.push(MATCH_EMPTY);
      continue;
    }
    allEmpty = false;
    const type = matchType(parts, gid);
    switch (type) {
      case 'Ignore': break;
      case 'Negate': negate = true; break;
      case 'Empty': list.push(MATCH_EMPTY); break;
      case 'NonEmpty': list.push(MATCH_NON_EMPTY); break;
      case 'Other': list.push(MATCH_OTHER); break;
      case undefined: list.push(...flipVariants(gid, input.ignoredFlips)); break;
    }
  }
  if (allEmpty && parts.legacy) anyOf = [MATCH_OTHER_NOT_EMPTY];
  if (negate) [anyOf, noneOf] = [noneOf, anyOf];
  if (anyOf.length === 0 && noneOf.length === 0) return undefined;
  return { x: at.cell.x - at.origin.x, y: at.cell.y - at.origin.y, anyOf, noneOf };
}

function matchType(parts: RuleMapParts, gid: number): MatchType | undefined {
  return parts.matchType(gid);
}

function ruleOutputs(parts: RuleMapParts, cells: readonly Cell[], origin: Cell): RuleOutput[] {
  const { map } = parts;
  const outputCells = cells.filter((cell) => parts.outputRegion[cell.y * map.width + cell.x] === 1);
  const outputs: RuleOutput[] = [];
  for (const index of [...new Set(parts.outputs.map((output) => output.index))]) {
    const layers = parts.outputs.filter((output) => output.index === index);
    let weight = 1;
    let hasContent = false;
    const writesByLayer: OutputLayerWrites[] = [];
    for (const { layer, target } of layers) {
      const probability = new PropertyLookup(layer.properties).number('Probability');
      if (typeof probability === 'number') weight = probability;
      const writes = [];
      for (const cell of outputCells) {
        const gid = layer.gids[cell.y * map.width + cell.x]!;
        if (gid === 0) continue;
        hasContent = true;
        const type = parts.matchType(gid);
        if (type === 'Empty') writes.push({ x: cell.x - origin.x, y: cell.y - origin.y, gid: 0 });
        else if (type === undefined) writes.push({ x: cell.x - origin.x, y: cell.y - origin.y, gid });
      }
      const properties = Object.fromEntries(Object.entries(layer.properties).filter(([name]) => name.toLowerCase() !== 'probability'));
      writesByLayer.push({ layerName: target, writes, properties, hasProperties: Object.keys(properties).length > 0 });
    }
    // An index drawn nowhere in this rule is not one of its choices: the manual's own examples draw the
    // Empty tile where a choice should erase.
    if (hasContent) outputs.push({ index, weight, layers: writesByLayer });
  }
  return outputs;
}

function optionsFor(
  rule: Omit<CompiledRule, 'options'>,
  context: { readonly areas: readonly OptionArea[]; readonly base: CompiledRule['options']; readonly problems: ProblemList },
): CompiledRule['options'] {
  let options = context.base;
  for (const area of context.areas) {
    const inside = area.left <= rule.left && area.top <= rule.top
      && rule.left + rule.width <= area.right && rule.top + rule.height <= area.bottom;
    if (!inside) continue;
    const place = `object ${area.object.id} in layer "rule_options"`;
    options = readRuleOptions({ lookup: new PropertyLookup(area.object.properties), place, problems: context.problems }, options);
  }
  return options;
}
