// Effects are made once per look and shown again (reuse-pool.ts): making a ring computes its outline, a word draws a canvas.
import { describe, expect, it } from 'vitest';
import { ReusePool } from '../../src/view/effects/reuse-pool.ts';

interface Ring {
  readonly radius: number;
}

function countingPool(): { pool: ReusePool<number, Ring>; take: (radius: number) => Ring; made: () => number } {
  let made = 0;
  const pool = new ReusePool<number, Ring>();
  const take = (radius: number): Ring => pool.take(radius, () => {
    made += 1;
    return { radius };
  });
  return { pool, take, made: () => made };
}

describe('ReusePool', () => {
  it('shows an effect given back again for the next one of its key instead of making one', () => {
    const { pool, take, made } = countingPool();
    const first = take(32);
    pool.give(32, first);
    expect(take(32)).toBe(first);
    expect(made()).toBe(1);
  });

  it('never hands out one of another key, nor one still shown', () => {
    const { pool, take, made } = countingPool();
    const small = take(32);
    pool.give(32, small);
    const large = take(48);
    expect(large).not.toBe(small);
    expect(large.radius).toBe(48);
    const shown = take(32);
    const second = take(32);
    expect(second).not.toBe(shown);
    expect(made()).toBe(3);
  });
});
