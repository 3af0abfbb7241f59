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
import { WorkingMap, type AddedTileset } from './working-map.ts';

export interface AutomapResult {
  readonly map: TiledMap;
  /** Output layers the target map did not have, created on top in this order. */
  readonly createdLayers: readonly string[];
  readonly addedTilesets: readonly AddedTileset[];
  /** Every match that wrote its output, in the order written (what the sim's wave needs to stage changes). */
  readonly appliedMatches: readonly AppliedMatch[];
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

export function applyRuleMaps(
  target: TiledMap,
  ruleMaps: readonly CompiledRuleMap[],
  options: { readonly random: AutomapRandom },
): AutomapResult {
  const working = new WorkingMap(target);
  const appliedMatches: AppliedMatch[] = [];
  for (const [ruleMapIndex, ruleMap] of ruleMaps.entries()) {
    applyRuleMap(working, { ruleMap, ruleMapIndex, random: options.random, applied: appliedMatches });
  }
  return { map: working.finish(), createdLayers: working.createdLayers, addedTilesets: working.addedTilesets, appliedMatches };
}

type Border = 'inside-only' | 'empty' | 'overflow' | 'wrap';

interface BoundCondition {
  readonly x: number;
  readonly y: number;
  readonly layer: number;
  readonly anyOf: readonly number[];
  readonly noneOf: readonly number[];
}

/** A rule with its gids in the target map's numbering. */
interface BoundRule {
  readonly rule: CompiledRule;
  readonly index: number;
  readonly conditionSets: readonly (readonly BoundCondition[])[];
  readonly usedTiles: readonly ReadonlySet<number>[];
  readonly outputs: readonly RuleOutput[];
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
  readonly applied: AppliedMatch[];
}

function applyRuleMap(
  working: WorkingMap,
  context: { readonly ruleMap: CompiledRuleMap; readonly ruleMapIndex: number; readonly random: AutomapRandom; readonly applied: AppliedMatch[] },
): void {
  const { ruleMap } = context;
  const { forInput, forOutput } = working.translator(ruleMap.tilesets, context.ruleMapIndex);
  const run: RuleMapRun = { working, ...context, border: borderOf(ruleMap, working.infinite), forOutput };
  const bound = ruleMap.rules.flatMap((rule, index) => (rule.options.disabled ? [] : [bindRule(rule, index, forInput)]));
  if (ruleMap.options.matchInOrder) {
    for (const rule of bound) forEachMatch(run, rule, (x, y) => { applyMatch(run, rule, { x, y }); });
    return;
  }
  const matches: { rule: BoundRule; x: number; y: number }[] = [];
  for (const rule of bound) forEachMatch(run, rule, (x, y) => matches.push({ rule, x, y }));
  for (const match of matches) applyMatch(run, match.rule, match);
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
    conditionSets: rule.conditionSets.map((set) => set.map((condition) => ({ ...condition, anyOf: bindList(condition.anyOf), noneOf: bindList(condition.noneOf) }))),
    usedTiles: rule.usedTiles.map((tiles) => new Set(bindList(tiles))),
    outputs: rule.outputs,
    outputLayerNames: [...new Set(rule.outputs.flatMap((output) => output.layers.map((layer) => layer.layerName)))],
    written: new Set(),
  };
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
    fromX = 0 - Math.min(...rule.inputCells.map((cell) => cell.x));
    toX = width - 1 - Math.max(...rule.inputCells.map((cell) => cell.x));
    fromY = 0 - Math.min(...rule.inputCells.map((cell) => cell.y));
    toY = height - 1 - Math.max(...rule.inputCells.map((cell) => cell.y));
  }
  let version = -1;
  let layers: (Uint32Array | undefined)[] = [];
  const { modX, modY, offsetX, offsetY } = rule.options;
  for (let y = fromY; y <= toY; y += 1) {
    if ((((y - offsetY) % modY) + modY) % modY !== 0) continue;
    for (let x = fromX; x <= toX; x += 1) {
      if ((((x - offsetX) % modX) + modX) % modX !== 0) continue;
      if (version !== working.layerVersion) {
        version = working.layerVersion;
        layers = rule.inputLayers.map((name) => working.read(name));
      }
      if (matchesAt(run, { bound, layers, x, y })) found(x, y);
    }
  }
}

function matchesAt(
  run: RuleMapRun,
  at: { readonly bound: BoundRule; readonly layers: readonly (Uint32Array | undefined)[]; readonly x: number; readonly y: number },
): boolean {
  const { bound, layers } = at;
  const usesEmpty = bound.rule.usesEmpty;
  for (const conditions of bound.conditionSets) {
    let all = true;
    for (const condition of conditions) {
      const tile = cellAt(run, { gids: layers[condition.layer], x: at.x + condition.x, y: at.y + condition.y });
      const used = bound.usedTiles[condition.layer]!;
      const emptyUsed = usesEmpty[condition.layer]!;
      let ok = condition.anyOf.length === 0;
      for (const matcher of condition.anyOf) {
        if (tileMatches(matcher, tile, { used, emptyUsed })) {
          ok = true;
          break;
        }
      }
      if (ok) {
        for (const matcher of condition.noneOf) {
          if (tileMatches(matcher, tile, { used, emptyUsed })) {
            ok = false;
            break;
          }
        }
      }
      if (!ok) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

function tileMatches(matcher: number, tile: number, rule: { readonly used: ReadonlySet<number>; readonly emptyUsed: boolean }): boolean {
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
  const draw = { ruleMap: run.ruleMapIndex, rule: bound.index, x: at.x, y: at.y };
  if (rule.options.probability <= 0) return;
  if (rule.options.probability < 1 && run.random({ ...draw, purpose: 'rule-probability' }) >= rule.options.probability) return;
  const output = chooseOutput(bound.outputs, () => run.random({ ...draw, purpose: 'output-choice' }));
  if (output === undefined) return;
  const { working } = run;
  const { width, height } = working;
  const inside = (x: number, y: number): boolean => x >= 0 && y >= 0 && x < width && y < height;
  if (rule.options.noOverlappingOutput) {
    const cells = output.layers.flatMap((layer) => layer.writes.map((write) => ({ x: at.x + write.x, y: at.y + write.y })));
    const keys = cells.filter((cell) => inside(cell.x, cell.y)).map((cell) => cell.y * width + cell.x);
    if (keys.some((key) => bound.written.has(key))) return;
    for (const key of keys) bound.written.add(key);
  }
  if (run.ruleMap.options.deleteTiles) {
    for (const name of bound.outputLayerNames) {
      const gids = working.read(name);
      if (gids === undefined) continue;
      for (const cell of rule.inputCells) {
        const x = at.x + cell.x;
        const y = at.y + cell.y;
        if (inside(x, y)) gids[y * width + x] = 0;
      }
    }
  }
  for (const layer of output.layers) {
    const gids = working.write(layer.layerName);
    for (const write of layer.writes) {
      const x = at.x + write.x;
      const y = at.y + write.y;
      if (inside(x, y)) gids[y * width + x] = write.gid === 0 ? 0 : run.forOutput(write.gid);
    }
    working.addProperties(layer.layerName, layer.properties);
  }
  run.applied.push({ ...draw, output: output.index });
}

/** Picks an output by the Probability weights of its layers; draws only when there is a choice. */
function chooseOutput(outputs: readonly RuleOutput[], draw: () => number): RuleOutput | undefined {
  const candidates = outputs.filter((output) => output.weight > 0);
  if (candidates.length <= 1) return candidates[0];
  const total = candidates.reduce((sum, output) => sum + output.weight, 0);
  let remaining = draw() * total;
  for (const output of candidates) {
    remaining -= output.weight;
    if (remaining < 0) return output;
  }
  return candidates.at(-1);
}
