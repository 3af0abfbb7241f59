// How much work applying rule maps to a map can take, known before any rule runs: the automapping
// engine tries every rule at every position, so many rules on a large map is a hang, not a slow map.
import { MAX_AUTOMAP_WORK } from '../map-limits.ts';
import type { MapProblem } from '../tiled-map.ts';
import type { CompiledRule, CompiledRuleMap } from './automap-types.ts';

function ruleWork(rule: CompiledRule, size: { readonly width: number; readonly height: number }): number {
  if (rule.options.disabled) return 0;
  // Every position from the rule hanging off the top-left corner to off the bottom-right: the most any
  // border option tries.
  const columns = Math.ceil((size.width + rule.width - 1) / rule.options.modX);
  const rows = Math.ceil((size.height + rule.height - 1) / rule.options.modY);
  let cells = 0;
  for (const set of rule.conditionSets) cells += set.length;
  for (const output of rule.outputs) for (const layer of output.layers) cells += layer.writes.length;
  return columns * rows * Math.max(1, cells);
}

/** The worst-case cell checks and writes of applying these rule maps once to a map of this size. */
export function automapWork(size: { readonly width: number; readonly height: number }, ruleMaps: readonly CompiledRuleMap[]): number {
  let work = 0;
  for (const ruleMap of ruleMaps) for (const rule of ruleMap.rules) work += ruleWork(rule, size);
  return work;
}

/**
 * Null when `times` applications of the rule maps to a map of this size stay within MAX_AUTOMAP_WORK;
 * otherwise the problem, at `place`, that says what to do.
 */
export function checkAutomapWork(
  size: { readonly width: number; readonly height: number },
  ruleMaps: readonly CompiledRuleMap[],
  options: { readonly place: string; readonly times: number },
): MapProblem | null {
  const rules = ruleMaps.reduce((sum, ruleMap) => sum + ruleMap.rules.length, 0);
  const work = automapWork(size, ruleMaps) * options.times;
  if (work <= MAX_AUTOMAP_WORK) return null;
  const phases = options.times > 1 ? ` in ${options.times} dream phases` : '';
  return {
    severity: 'error',
    place: options.place,
    message: `${rules} automapping rule(s) on a ${size.width}x${size.height} map${phases} would check up to ${work} cells; at most ${MAX_AUTOMAP_WORK} are checked (MAX_AUTOMAP_WORK)`,
    hint: 'Use fewer or smaller rules (one rule can match several tiles: list them in one input cell), a smaller map, fewer dream phases, or ModX/ModY.',
  };
}
