// Applies compiled rule maps to a map once, as Tiled's Map > AutoMap does, following Tiled's Automapping
// manual (Tiled 1.10 to 1.12); implemented from the manual only, never from Tiled's source.
//
// Rule maps run in the order given, each seeing what the ones before it wrote. Inside a rule map every
// rule matches against the map as it was before that rule map ran, and the outputs are then applied rule
// by rule (top to bottom, then left to right), each rule's matches row by row; with MatchInOrder each
// match is applied as soon as it is found, so later matches see it.
//
// Where Tiled cannot be reproduced: Tiled draws its random numbers from a generator seeded by the system,
// so no two runs of Tiled agree on random outputs or rule Probability. Here every draw is asked of the
// caller's `random`, keyed by (rule map, rule, cell, purpose), so a result depends only on that function;
// rules without Probability and with one output never draw and give what Tiled gives.
import type { TiledMap } from '../tiled-map.ts';
import {
  MATCH_EMPTY, MATCH_NON_EMPTY, MATCH_OTHER, MATCH_OTHER_NOT_EMPTY,
  type AutomapRandom, type CompiledRule, type CompiledRuleMap, type RuleOutput,
} from './automap-types.ts';
import { MAX_AUTOMAP_WORK } from '../map-limits.ts';
import { automapWork } from './automap-work.ts';
import { cellExtent } from './cell-extent.ts';
import { WorkingMap, type AddedTileset } from './working-map.ts';

export interface AutomapResult {
  readonly map: TiledMap;
  /** Output layers the target map did not have, created on top in this order. */
  readonly createdLayers: readonly string[];
  readonly addedTilesets: readonly AddedTileset[];
  /**
   * How many matches wrote their output. Only counted: a list of every match held 16 M objects (1.9 GB)
   * for 4,096 one-cell rules on a 64x64 map.
   */
  readonly appliedMatches: number;
}

export interface AppliedMatch {
  readonly ruleMap: number;
  readonly rule: number;
  /** The target position of the rule's top-left cell. */
  readonly x: number;
  readonly y: number;
  /** The output index chosen ('' for unindexed output layers). */
  readonly output: string;
}

export interface AutomapOptions {
  readonly random: AutomapRandom;
  /** Told of each match that wrote its output, in the order written (tests check what each changed). */
  readonly onMatch?: (match: AppliedMatch) => void;
}

export function applyRuleMaps(
  target: TiledMap,
  ruleMaps: readonly CompiledRuleMap[],
  options: AutomapOptions,
): AutomapResult {
  // Callers refuse such rules with checkAutomapWork's message first; this only keeps a caller that forgot
  // from hanging.
  const work = automapWork(target, ruleMaps);
  if (work > MAX_AUTOMAP_WORK) throw new RangeError(`automapping would check ${work} cells; at most ${MAX_AUTOMAP_WORK} (check with checkAutomapWork first)`);
  const working = new WorkingMap(target);
  const applied: Applied = { count: 0, onMatch: options.onMatch };
  for (const [ruleMapIndex, ruleMap] of ruleMaps.entries()) {
    applyRuleMap(working, { ruleMap, ruleMapIndex, random: options.random, applied });
  }
  return { map: working.finish(), createdLayers: working.createdLayers, addedTilesets: working.addedTilesets, appliedMatches: applied.count };
}

interface Applied {
  count: number;
  readonly onMatch: ((match: AppliedMatch) => void) | undefined;
}

type Border = 'inside-only' | 'empty' | 'overflow' | 'wrap';

interface BoundCondition {
  readonly x: number;
  readonly y: number;
  readonly layer: number;
  readonly anyOf: readonly number[];
  readonly noneOf: readonly number[];
}

/** What the Other tile needs to know of one input layer of a rule. */
interface LayerSlot {
  readonly used: ReadonlySet<number>;
  readonly emptyUsed: boolean;
}

/** A rule with its gids in the target map's numbering. */
interface BoundRule {
  readonly rule: CompiledRule;
  readonly index: number;
  readonly conditionSets: readonly (readonly BoundCondition[])[];
  readonly slots: readonly LayerSlot[];
  /** The outputs it can choose (Probability above 0) and their total weight. */
  readonly outputs: readonly RuleOutput[];
  readonly totalWeight: number;
  readonly outputLayerNames: readonly string[];
  /** Cells this rule has written, for NoOverlappingOutput. */
  readonly written: Set<number>;
}

interface RuleMapRun {
  readonly working: WorkingMap;
  readonly ruleMap: CompiledRuleMap;
  readonly ruleMapIndex: number;
  readonly random: AutomapRandom;
  readonly border: Border;
  readonly forOutput: (gid: number) => number;
  readonly applied: Applied;
  /** Output layers' cells by name, looked up once per rule map (a layer, once created, stays). */
  readonly writeTargets: Map<string, Uint32Array>;
}

function applyRuleMap(
  working: WorkingMap,
  context: { readonly ruleMap: CompiledRuleMap; readonly ruleMapIndex: number; readonly random: AutomapRandom; readonly applied: Applied },
): void {
  const { ruleMap } = context;
  const { forInput, forOutput } = working.translator(ruleMap.tilesets, context.ruleMapIndex);
  const run: RuleMapRun = { working, ...context, border: borderOf(ruleMap, working.infinite), forOutput, writeTargets: new Map() };
  const bound = ruleMap.rules.flatMap((rule, index) => (rule.options.disabled ? [] : [bindRule(rule, index, forInput)]));
  if (ruleMap.options.matchInOrder) {
    for (const rule of bound) forEachMatch(run, rule, (x, y) => { applyMatch(run, rule, { x, y }); });
    return;
  }
  const matches = bound.map((rule) => {
    const positions: number[] = [];
    forEachMatch(run, rule, (x, y) => positions.push(x, y));
    return positions;
  });
  for (const [index, rule] of bound.entries()) {
    const positions = matches[index]!;
    for (let at = 0; at < positions.length; at += 2) applyMatch(run, rule, { x: positions[at]!, y: positions[at + 1]! });
  }
}

function borderOf(ruleMap: CompiledRuleMap, infinite: boolean): Border {
  const { options } = ruleMap;
  // The manual: both border options imply MatchOutsideMap, WrapBorder wins over OverflowBorder, and
  // neither means anything on an infinite map, where MatchOutsideMap defaults to true.
  if (!infinite && options.wrapBorder) return 'wrap';
  if (!infinite && options.overflowBorder) return 'overflow';
  return options.matchOutsideMap ?? infinite ? 'empty' : 'inside-only';
}

function bindRule(rule: CompiledRule, index: number, forInput: (gid: number) => number): BoundRule {
  const bindList = (list: readonly number[]): number[] => list.map((gid) => (gid > 0 ? forInput(gid) : gid));
  return {
    rule,
    index,
    // Conditions on exact tiles first: they fail most often, so most positions are rejected at once.
    conditionSets: rule.conditionSets.map((set) => set
      .map((condition) => ({ ...condition, anyOf: bindList(condition.anyOf), noneOf: bindList(condition.noneOf) }))
      .sort((a, b) => selectivity(b) - selectivity(a))),
    slots: rule.usedTiles.map((tiles, slot) => ({ used: new Set(bindList(tiles)), emptyUsed: rule.usesEmpty[slot]! })),
    outputs: rule.outputs.filter((output) => output.weight > 0),
    totalWeight: rule.outputs.reduce((sum, output) => sum + Math.max(0, output.weight), 0),
    outputLayerNames: [...new Set(rule.outputs.flatMap((output) => output.layers.map((layer) => layer.layerName)))],
    written: new Set(),
  };
}

function selectivity(condition: BoundCondition): number {
  return condition.anyOf.length > 0 && condition.anyOf.every((matcher) => matcher > 0) ? 1 : 0;
}

/** Calls `found` with the target position of the rule's top-left cell for every match, row by row. */
function forEachMatch(run: RuleMapRun, bound: BoundRule, found: (x: number, y: number) => void): void {
  const { working } = run;
  const { rule } = bound;
  const { width, height } = working;
  let fromX = 1 - rule.width;
  let toX = width - 1;
  let fromY = 1 - rule.height;
  let toY = height - 1;
  if (run.border === 'inside-only') {
    // Only where the whole input region lies inside the map.
    const extent = cellExtent(rule.inputCells);
    fromX = 0 - extent.left;
    toX = width - 1 - extent.right;
    fromY = 0 - extent.top;
    toY = height - 1 - extent.bottom;
  }
  const { modX, modY } = rule.options;
  // The first column and row the rule may apply at (ModX/ModY with their offsets), then every N-th.
  const startX = fromX + mod(rule.options.offsetX - fromX, modX);
  const startY = fromY + mod(rule.options.offsetY - fromY, modY);
  // One cursor for every position: this loop runs for every cell of the map for every rule.
  const cursor: MatchCursor = { bound, layers: [], version: -1, x: 0, y: 0 };
  // A rule with one set of conditions: test its first (most selective) condition here first, since nearly
  // every position fails it (two thirds of this loop's time otherwise went to full checks that say no).
  const quick = bound.conditionSets.length === 1 ? bound.conditionSets[0]![0] : undefined;
  const quickSlot = quick === undefined ? undefined : bound.slots[quick.layer]!;
  const refresh = (): void => {
    // Only a match applied at once (MatchInOrder) can create a layer this rule reads.
    if (cursor.version === working.layerVersion) return;
    cursor.version = working.layerVersion;
    cursor.layers = rule.inputLayers.map((name) => working.read(name));
  };
  refresh();
  const quickGids = (): Uint32Array | undefined => (quick === undefined ? undefined : cursor.layers[quick.layer]);
  let gids = quickGids();
  // The common first condition, one exact tile and nothing it must not be, is a plain comparison.
  const quickTile = quick !== undefined && quick.noneOf.length === 0 && quick.anyOf.length === 1 && quick.anyOf[0]! > 0 ? quick.anyOf[0]! : 0;
  const quickX = quick?.x ?? 0;
  const quickY = quick?.y ?? 0;
  for (let y = startY; y <= toY; y += modY) {
    const row = y + quickY;
    const rowInside = quick !== undefined && row >= 0 && row < height;
    const rowStart = row * width + quickX;
    for (let x = startX; x <= toX; x += modX) {
      const column = x + quickX;
      if (rowInside && column >= 0 && column < width) {
        const tile = gids === undefined ? 0 : gids[rowStart + x]!;
        if (quickTile !== 0 ? tile !== quickTile : !conditionHolds(quick, tile, quickSlot!)) continue;
      }
      cursor.x = x;
      cursor.y = y;
      if (!matchesAt(run, cursor)) continue;
      found(x, y);
      refresh();
      gids = quickGids();
    }
  }
}

interface MatchCursor {
  readonly bound: BoundRule;
  layers: readonly (Uint32Array | undefined)[];
  /** The WorkingMap.layerVersion the layers were looked up at. */
  version: number;
  x: number;
  y: number;
}

function mod(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}

function matchesAt(run: RuleMapRun, at: MatchCursor): boolean {
  const { bound, layers, x, y } = at;
  const { width, height } = run.working;
  // Most positions lie wholly inside the map: read cells straight from the layers there, and leave the
  // border rules to the cells that need them.
  const inside = x >= 0 && y >= 0 && x + bound.rule.width <= width && y + bound.rule.height <= height;
  const base = y * width + x;
  const sets = bound.conditionSets;
  for (let set = 0; set < sets.length; set += 1) {
    const conditions = sets[set]!;
    let all = true;
    for (let index = 0; index < conditions.length; index += 1) {
      const condition = conditions[index]!;
      const gids = layers[condition.layer];
      const tile = gids === undefined ? 0
        : inside ? gids[base + condition.y * width + condition.x]!
          : cellAt(run, { gids, x: x + condition.x, y: y + condition.y });
      if (!conditionHolds(condition, tile, bound.slots[condition.layer]!)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

function conditionHolds(condition: BoundCondition, tile: number, slot: LayerSlot): boolean {
  const { anyOf, noneOf } = condition;
  let ok = anyOf.length === 0;
  for (let index = 0; index < anyOf.length; index += 1) {
    if (tileMatches(anyOf[index]!, tile, slot)) {
      ok = true;
      break;
    }
  }
  if (!ok) return false;
  for (let index = 0; index < noneOf.length; index += 1) if (tileMatches(noneOf[index]!, tile, slot)) return false;
  return true;
}

function tileMatches(matcher: number, tile: number, rule: LayerSlot): boolean {
  if (matcher > 0) return matcher === tile;
  switch (matcher) {
    case MATCH_EMPTY: return tile === 0;
    case MATCH_NON_EMPTY: return tile !== 0;
    // The manual (1.10+): Other matches a tile the rule does not use on that layer, and empty cells too
    // unless the rule uses the Empty tile there.
    case MATCH_OTHER: return tile === 0 ? !rule.emptyUsed : !rule.used.has(tile);
    case MATCH_OTHER_NOT_EMPTY: return tile !== 0 && !rule.used.has(tile);
    default: return false;
  }
}

function cellAt(run: RuleMapRun, at: { readonly gids: Uint32Array | undefined; x: number; y: number }): number {
  const { gids } = at;
  if (gids === undefined) return 0;
  const { width, height } = run.working;
  let { x, y } = at;
  if (x < 0 || y < 0 || x >= width || y >= height) {
    switch (run.border) {
      case 'inside-only':
      case 'empty':
        return 0;
      case 'overflow':
        x = Math.min(width - 1, Math.max(0, x));
        y = Math.min(height - 1, Math.max(0, y));
        break;
      case 'wrap':
        x = ((x % width) + width) % width;
        y = ((y % height) + height) % height;
        break;
    }
  }
  return gids[y * width + x]!;
}

/** Writes one match's output, unless the rule's Probability, its choice or an overlap skips it. */
function applyMatch(run: RuleMapRun, bound: BoundRule, at: { readonly x: number; readonly y: number }): void {
  const { rule } = bound;
  const { ruleMapIndex, random } = run;
  const probability = rule.options.probability;
  if (probability <= 0) return;
  if (probability < 1 && random({ ruleMap: ruleMapIndex, rule: bound.index, x: at.x, y: at.y, purpose: 'rule-probability' }) >= probability) return;
  const output = bound.outputs.length <= 1
    ? bound.outputs[0]
    : chooseOutput(bound, random({ ruleMap: ruleMapIndex, rule: bound.index, x: at.x, y: at.y, purpose: 'output-choice' }));
  if (output === undefined) return;
  const { working } = run;
  const { width, height } = working;
  if (rule.options.noOverlappingOutput) {
    const keys: number[] = [];
    for (const layer of output.layers) {
      for (const write of layer.writes) {
        const x = at.x + write.x;
        const y = at.y + write.y;
        if (x >= 0 && y >= 0 && x < width && y < height) keys.push(y * width + x);
      }
    }
    if (keys.some((key) => bound.written.has(key))) return;
    for (const key of keys) bound.written.add(key);
  }
  // Tiled 1.10+ (the manual, IgnoreLock): rules leave locked layers alone unless the rule says otherwise.
  const writable = (name: string): boolean => rule.options.ignoreLock || !working.isLocked(name);
  if (run.ruleMap.options.deleteTiles) {
    for (const name of bound.outputLayerNames) {
      if (!writable(name)) continue;
      const gids = working.read(name);
      if (gids === undefined) continue;
      for (const cell of rule.inputCells) {
        const x = at.x + cell.x;
        const y = at.y + cell.y;
        if (x >= 0 && y >= 0 && x < width && y < height) gids[y * width + x] = 0;
      }
    }
  }
  for (const layer of output.layers) {
    if (!writable(layer.layerName)) continue;
    let gids = run.writeTargets.get(layer.layerName);
    if (gids === undefined) {
      gids = working.write(layer.layerName);
      run.writeTargets.set(layer.layerName, gids);
    }
    const { writes } = layer;
    for (let index = 0; index < writes.length; index += 1) {
      const write = writes[index]!;
      const x = at.x + write.x;
      const y = at.y + write.y;
      if (x >= 0 && y >= 0 && x < width && y < height) gids[y * width + x] = write.gid === 0 ? 0 : run.forOutput(write.gid);
    }
    if (layer.hasProperties) working.addProperties(layer.layerName, layer.properties);
  }
  run.applied.count += 1;
  run.applied.onMatch?.({ ruleMap: ruleMapIndex, rule: bound.index, x: at.x, y: at.y, output: output.index });
}

/** Picks an output by the Probability weights of its layers, from a draw in [0, 1). */
function chooseOutput(bound: BoundRule, draw: number): RuleOutput | undefined {
  let remaining = draw * bound.totalWeight;
  for (const output of bound.outputs) {
    remaining -= output.weight;
    if (remaining < 0) return output;
  }
  return bound.outputs.at(-1);
}
