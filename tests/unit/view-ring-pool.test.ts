// Noise rings are made once per radius and shown again (ring-pool.ts): making one computes its outline.
import { describe, expect, it } from 'vitest';
import { RingPool } from '../../src/view/effects/ring-pool.ts';

function countingPool(): { pool: RingPool<{ radius: number; serial: number }>; made: () => number } {
  let made = 0;
  const pool = new RingPool((radius) => ({ radius, serial: made++ }));
  return { pool, made: () => made };
}

describe('RingPool', () => {
  it('shows a ring given back again for the next noise of its radius instead of making one', () => {
    const { pool, made } = countingPool();
    const first = pool.take(32);
    pool.give(32, first);
    expect(pool.take(32)).toBe(first);
    expect(made()).toBe(1);
  });

  it('never hands out a ring of another radius, nor one still shown', () => {
    const { pool, made } = countingPool();
    const small = pool.take(32);
    pool.give(32, small);
    const large = pool.take(48);
    expect(large).not.toBe(small);
    expect(large.radius).toBe(48);
    const shown = pool.take(32);
    const second = pool.take(32);
    expect(second).not.toBe(shown);
    expect(made()).toBe(3);
  });
});
