import { describe, expect, it } from 'vitest';
import { nextRandom, nextRandomFromState, randomBelow, seedRandomState } from '../../src/sim/random.ts';
import { createWorld } from '../../src/sim/create-world.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';

function sequence(seed: number, count: number): number[] {
  let state = seedRandomState(seed);
  const values: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const next = nextRandomFromState(state);
    state = next.state;
    values.push(next.value);
  }
  return values;
}

describe('seeded generator (mulberry32)', () => {
  // Pinned: a change here changes every replay. These equal the reference mulberry32 (value / 2^32
  // gives 0.6011037519201636, 0.44829055899754167, ... for seed 42).
  it('gives the pinned first values for seed 42', () => {
    expect(sequence(42, 5)).toEqual([2581720956, 1925393290, 3661312704, 2876485805, 750819978]);
  });

  it('gives the pinned first values for seed 0', () => {
    expect(sequence(0, 3)).toEqual([1144304738, 1416247, 958946056]);
  });

  it('keeps its state in the world and restarts from the seed', () => {
    const { level } = levelFromAscii(['S.']);
    const world = createWorld(level, { seed: 42 });
    expect(nextRandom(world)).toBe(2581720956);
    expect(nextRandom(world)).toBe(1925393290);
    expect(createWorld(level, { seed: 42 }).rngState).toBe(seedRandomState(42));
  });

  it('randomBelow stays in range and covers it', () => {
    const { level } = levelFromAscii(['S.']);
    const world = createWorld(level, { seed: 7 });
    const seen = new Set<number>();
    for (let index = 0; index < 200; index += 1) {
      const value = randomBelow(world, 6);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(6);
      seen.add(value);
    }
    expect(seen.size).toBe(6);
  });
});
