import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { boxOverlapsSolid } from '../../src/sim/movement.ts';
import { step } from '../../src/sim/step.ts';
import type { InputFrame, World } from '../../src/sim/types.ts';
import { hashWorld } from '../../src/sim/world-hash.ts';
import { input } from './input-script.ts';
import { levelFromAscii } from './level-builder.ts';

const SIZE = 8;

/**
 * An 8x8 map from random cells ('#', '.', or a door 'd'/'o'), walled round, Mira at (1,1), children on
 * the cells given (forced to floor) and one Enforcer patrolling the far corner when that cell is open.
 */
function worldOf(cells: readonly (readonly string[])[], children: readonly (readonly [number, number])[]): World {
  const rows = cells.map((row, y) =>
    row
      .map((cell, x) => {
        if (x === 0 || y === 0 || x === SIZE - 1 || y === SIZE - 1) return '#';
        if (x === 1 && y === 1) return 'S';
        if (children.some(([cx, cy]) => cx === x && cy === y)) return '.';
        return cell;
      })
      .join(''),
  );
  const far = rows[SIZE - 2]![SIZE - 2] === '.';
  const { level } = levelFromAscii(rows, {
    extras: { children: children.map((at) => ({ at })) },
    enforcers: far ? [{ id: 1, start: [SIZE - 2, SIZE - 2], route: [[SIZE - 2, SIZE - 2], [1, SIZE - 2]], routeMode: 'ping-pong', sightRange: 64 }] : [],
  });
  return createWorld(level, { seed: 7 });
}

const cellArbitrary = fc.constantFrom('.', '.', '.', '.', '#', 'd', 'o');
const mapArbitrary = fc.array(fc.array(cellArbitrary, { minLength: SIZE, maxLength: SIZE }), { minLength: SIZE, maxLength: SIZE });
const childCell = fc.tuple(fc.integer({ min: 1, max: SIZE - 2 }), fc.integer({ min: 1, max: SIZE - 2 }));
/** One input held a few ticks (Interact only on the first), so she gets somewhere instead of jittering. */
const heldArbitrary: fc.Arbitrary<InputFrame[]> = fc
  .record({
    moveX: fc.constantFrom(-1 as const, 0 as const, 1 as const),
    moveY: fc.constantFrom(-1 as const, 0 as const, 1 as const),
    gait: fc.constantFrom('sneak', 'walk', 'run'),
    interact: fc.boolean(),
    ticks: fc.integer({ min: 1, max: 20 }),
  })
  .map((held) => {
    const frame = input({ moveX: held.moveX, moveY: held.moveY, sneak: held.gait === 'sneak', run: held.gait === 'run' });
    return Array.from({ length: held.ticks }, (_, index) => (index === 0 && held.interact ? { ...frame, interact: true } : frame));
  });

describe('children on random maps', () => {
  it('no child ever stands in a solid cell, and the same inputs replay to the same world', () => {
    const recruitedRuns = new Set<unknown>();
    fc.assert(
      fc.property(
        mapArbitrary,
        // One child always next to her spawn, so most runs wake at least one.
        fc.array(childCell, { minLength: 0, maxLength: 2 }).map((cells): (readonly [number, number])[] => [[2, 1], ...cells]),
        fc.array(heldArbitrary, { minLength: 1, maxLength: 40 }),
        (cells, children, held) => {
          const frames = held.flat();
          const world = worldOf(cells, children);
          const hashes: string[] = [];
          for (const frame of frames) {
            step(world, frame);
            if (world.children.some((child) => child.mode !== 'asleep')) recruitedRuns.add(cells);
            for (const child of world.children) expect(boxOverlapsSolid(world.tiles, child.x, child.y)).toBe(false);
            hashes.push(hashWorld(world));
          }
          const again = worldOf(cells, children);
          frames.forEach((frame, index) => {
            step(again, frame);
            expect(hashWorld(again)).toBe(hashes[index]);
          });
        },
      ),
      { numRuns: 60, seed: 20261201 },
    );
    // The property is about children who follow: enough runs must have woken one.
    expect(recruitedRuns.size).toBeGreaterThan(10);
  });
});
