// A random source for automapping that is a pure function of its draw: the same seed, phase, rule and
// cell give the same number in any order of evaluation (what the dream's waves need: cells change in wave
// order, not row order). The sim may pass its own; `npm run dream` uses this one.
import type { AutomapRandom, RandomPurpose } from './automap-types.ts';

const PURPOSE_CODES: Readonly<Record<RandomPurpose, number>> = { 'rule-probability': 1, 'output-choice': 2 };

function mix(hash: number, value: number): number {
  let mixed = Math.imul(hash ^ (value | 0), 0x9e3779b1);
  mixed ^= mixed >>> 15;
  return Math.imul(mixed, 0x85ebca77);
}

export function hashedAutomapRandom(options: { readonly seed: number; readonly phase: number }): AutomapRandom {
  return (draw) => {
    let hash = mix(mix(0x2545f491, options.seed), options.phase);
    hash = mix(mix(hash, draw.ruleMap), draw.rule);
    hash = mix(mix(mix(hash, draw.x), draw.y), PURPOSE_CODES[draw.purpose]);
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x7feb352d);
    hash ^= hash >>> 15;
    return (hash >>> 0) / 4294967296;
  };
}
