// Dreams as large as a map allows: the rules change every cell they must without a stack overflow, and
// no tick changes more than MAX_DREAM_CELLS_PER_TICK of them (the rest follow on the next ticks).
import { describe, expect, it } from 'vitest';
import { MAX_DREAM_CELLS_PER_TICK } from '../../src/level/level-limits.ts';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import { DREAM_RING_TICKS } from '../../src/sim/types.ts';
import { input } from './input-script.ts';
import { levelFromAscii } from './level-builder.ts';

const DREAM = input({ dream: true });

/** A side x side yard, walls round it, Mira in a circle at the top left; the dream turns every inner cell to dream floor. */
function wholeMapDream(side: number): ReturnType<typeof levelFromAscii> {
  const wall = '#'.repeat(side);
  const inner = (row: number): string => `#${row === 1 ? 'S' : '.'}${'.'.repeat(side - 4)}${row === side - 2 ? 'X' : '.'}#`;
  const rows = [wall, ...Array.from({ length: side - 2 }, (_, index) => inner(index + 1)), wall];
  const dreamRows = ['', ...Array.from({ length: side - 2 }, () => `.${'f'.repeat(side - 2)}`)];
  return levelFromAscii(rows, {
    enforcers: [],
    extras: {
      dreamCircles: [{ at: [1, 1], size: [2, 2], children: 0 }],
      dream: { phases: [{ name: 'floor', rows: dreamRows }], meterTicks: 100_000, waveTiles: 1024 },
    },
  });
}

describe('a dream that changes a whole 384x384 map at once', () => {
  it('changes every cell, at most MAX_DREAM_CELLS_PER_TICK a tick, and never overflows the stack', () => {
    const side = 384;
    const world = createWorld(wholeMapDream(side).level, { seed: 1 });
    const changedPerTick: number[] = [];
    for (let tick = 0; tick < DREAM_RING_TICKS + 120; tick += 1) {
      for (const event of step(world, DREAM)) if (event.type === 'tiles-changed') changedPerTick.push(event.cells.length);
    }
    expect(world.dream.stage).toBe('dreaming');
    const total = changedPerTick.reduce((sum, cells) => sum + cells, 0);
    expect(total).toBe((side - 2) * (side - 2));
    expect(Math.max(...changedPerTick)).toBe(MAX_DREAM_CELLS_PER_TICK);
    expect(world.dream.pending).toBe(0);
  });
});
