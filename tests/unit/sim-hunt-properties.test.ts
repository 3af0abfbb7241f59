// Properties of the hunt over random maps and inputs (fast-check): the senses and the walking never
// break the map's rules, whatever the Enforcers are doing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { floodOpenCells } from '../../src/sim/flood.ts';
import { hasLineOfSight } from '../../src/sim/sight.ts';
import { step } from '../../src/sim/step.ts';
import type { InputFrame, WorldTiles } from '../../src/sim/types.ts';
import { levelFromAscii, type TestEnforcer } from '../scenario/level-builder.ts';

const WIDTH = 12;
const HEIGHT = 9;

const mapArbitrary = fc
  .array(fc.boolean(), { minLength: WIDTH * HEIGHT, maxLength: WIDTH * HEIGHT })
  .chain((cells) => {
    const walls = cells.map((wall, index) => wall && index % 4 === 0); // about a quarter walls
    const open = walls.flatMap((wall, index) => (wall ? [] : [index]));
    return fc.record({
      walls: fc.constant(walls),
      spawn: fc.constantFrom(...open),
      enforcers: fc.array(fc.record({ at: fc.constantFrom(...open), to: fc.constantFrom(...open), facing: fc.integer({ min: 0, max: 359 }) }), {
        minLength: 1,
        maxLength: 3,
      }),
      inputs: fc.array(
        fc.record({
          moveX: fc.constantFrom(-1 as const, 0 as const, 1 as const),
          moveY: fc.constantFrom(-1 as const, 0 as const, 1 as const),
          sneak: fc.boolean(),
          run: fc.boolean(),
          ticks: fc.integer({ min: 1, max: 40 }),
        }),
        { minLength: 1, maxLength: 20 },
      ),
    });
  });

/** Breadth-first distances over open cells, written apart from flood.ts so the two can disagree. */
function pathDistances(tiles: WorldTiles, from: { x: number; y: number }): Int32Array {
  const distances = new Int32Array(tiles.width * tiles.height).fill(-1);
  if (tiles.solid[from.y * tiles.width + from.x] === 1) return distances;
  const queue = [from];
  distances[from.y * tiles.width + from.x] = 0;
  for (let head = 0; head < queue.length; head += 1) {
    const cell = queue[head]!;
    for (const [dx, dy] of [[0, -1], [1, 0], [0, 1], [-1, 0]] as const) {
      const x = cell.x + dx;
      const y = cell.y + dy;
      if (x < 0 || y < 0 || x >= tiles.width || y >= tiles.height) continue;
      const index = y * tiles.width + x;
      if (tiles.solid[index] === 1 || distances[index] !== -1) continue;
      distances[index] = distances[cell.y * tiles.width + cell.x]! + 1;
      queue.push({ x, y });
    }
  }
  return distances;
}

describe('the hunt over random maps and inputs', () => {
  it('no Enforcer stands in a solid tile, none sees through an opaque one, and noise reaches only cells within its radius by path', () => {
    fc.assert(
      fc.property(mapArbitrary, ({ walls, spawn, enforcers, inputs }) => {
        const rows = Array.from({ length: HEIGHT }, (_, y) =>
          Array.from({ length: WIDTH }, (_, x) => (y * WIDTH + x === spawn ? 'S' : walls[y * WIDTH + x] ? '#' : '.')).join(''),
        );
        const specs: TestEnforcer[] = enforcers.map((enforcer, index) => ({
          id: index + 1,
          start: [enforcer.at % WIDTH, Math.floor(enforcer.at / WIDTH)],
          route: [
            [enforcer.at % WIDTH, Math.floor(enforcer.at / WIDTH)],
            [enforcer.to % WIDTH, Math.floor(enforcer.to / WIDTH)],
          ],
          routeMode: 'ping-pong',
          facing: enforcer.facing,
          sightRange: 96,
        }));
        const world = createWorld(levelFromAscii(rows, { enforcers: specs }).level, { seed: 5 });
        const { tiles } = world;
        for (const frame of inputs) {
          const inputFrame: InputFrame = { moveX: frame.moveX, moveY: frame.moveY, sneak: frame.sneak, run: frame.run, restart: false, interact: false, dream: false, toss: false, skip: false, choice: -1 };
          for (let tick = 0; tick < frame.ticks; tick += 1) {
            const events = step(world, inputFrame);
            for (const enforcer of world.enforcers) {
              const cell = Math.floor(enforcer.y / tiles.span) * tiles.width + Math.floor(enforcer.x / tiles.span);
              expect(tiles.solid[cell]).toBe(0);
              if (enforcer.seesMira) expect(hasLineOfSight(tiles, enforcer, world.mira)).toBe(true);
            }
            for (const event of events) {
              if (event.type !== 'noise') continue;
              const source = { x: Math.floor(event.x / tiles.span), y: Math.floor(event.y / tiles.span) };
              const reference = pathDistances(tiles, source);
              const flood = floodOpenCells(tiles, source, event.radius);
              flood.cells.forEach((cell, index) => {
                const distance = reference[cell.y * tiles.width + cell.x]!;
                expect(distance).toBeGreaterThanOrEqual(0);
                expect(distance).toBeLessThanOrEqual(event.radius);
                expect(flood.distances[index]).toBe(distance);
              });
              const within = [...reference].filter((distance) => distance >= 0 && distance <= event.radius).length;
              expect(flood.cells.length).toBe(within);
            }
          }
        }
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });
});
