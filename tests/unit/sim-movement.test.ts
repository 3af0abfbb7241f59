import { createWorldTiles } from '../../src/sim/world-tiles.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import {
  boxOverlapsSolid,
  CORNER_SLIP_SUBPIXELS,
  GAIT_SPEED,
  MIRA_HALF_HEIGHT,
  MIRA_HALF_WIDTH,
  moveBox,
  velocityFor,
  gaitFor,
} from '../../src/sim/movement.ts';
import { step } from '../../src/sim/step.ts';
import type { InputFrame, World } from '../../src/sim/types.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';
import { DOWN, input, LEFT, RIGHT, UP } from '../scenario/input-script.ts';

const SPAN = 16 * 16; // one 16-pixel tile in sub-pixels

function run(world: World, frame: InputFrame, ticks: number): void {
  for (let tick = 0; tick < ticks; tick += 1) step(world, frame);
}

describe('Mira clipping a corner', () => {
  // One wall tile (column 3, row 2) in an open room; Mira walks up at it from row 4.
  const level = levelFromAscii(['#######', '#.....#', '#..#..#', '#.....#', '#...S.#', '#######']).level;
  const walkUpWith = (rightEdge: number): World => {
    const world = createWorld(level, { seed: 1 });
    world.mira.x = rightEdge - MIRA_HALF_WIDTH;
    run(world, UP, 90);
    return world;
  };

  it('slips past a wall edge a few pixels in her way instead of stopping dead', () => {
    // Her box reaches 3 px into the wall's column: she slips left and walks on past it.
    const world = walkUpWith(3 * SPAN + 3 * 16);
    expect(world.mira.y).toBeLessThan(2 * SPAN);
    expect(world.mira.x + MIRA_HALF_WIDTH).toBeLessThanOrEqual(3 * SPAN);
    // The same on the other side, mirrored.
    const right = walkUpWith(4 * SPAN - 3 * 16 + 2 * MIRA_HALF_WIDTH);
    expect(right.mira.y).toBeLessThan(2 * SPAN);
    expect(right.mira.x - MIRA_HALF_WIDTH).toBeGreaterThanOrEqual(4 * SPAN);
  });

  it('is stopped by a wall more than the slip in her way, or dead ahead', () => {
    const flush = 3 * SPAN + MIRA_HALF_HEIGHT;
    const deep = walkUpWith(3 * SPAN + CORNER_SLIP_SUBPIXELS + 2 * 16);
    expect(deep.mira.y).toBe(flush);
    const centred = walkUpWith(3 * SPAN + SPAN / 2 + MIRA_HALF_WIDTH);
    expect(centred.mira.y).toBe(flush);
    expect(centred.mira.x).toBe(3 * SPAN + SPAN / 2);
  });
});

describe('Mira starting against a wall (a Spawn placed close to one)', () => {
  // A one-tile wall (column 2, rows 1-3) between two rooms; Mira starts with her box 2 px into it.
  const level = levelFromAscii(['#####', '#.#S#', '#.#.#', '#.#.#', '#####']).level;
  const overlapping = (world: World): void => {
    world.mira.x = 3 * SPAN + MIRA_HALF_WIDTH - 2 * 16;
  };

  it.each([
    ['walking into it', LEFT],
    ['running into it', input({ moveX: -1, run: true })],
    ['sliding along it', input({ moveX: -1, moveY: 1 })],
  ])('never passes through it %s', (_name, frame) => {
    const world = createWorld(level, { seed: 1 });
    overlapping(world);
    const start = world.mira.x;
    run(world, frame, 120);
    expect(world.mira.x).toBe(start);
  });

  it('can step away from it, and is then clear of every wall', () => {
    const world = createWorld(level, { seed: 1 });
    overlapping(world);
    run(world, RIGHT, 10);
    expect(world.mira.x).toBe(4 * SPAN - MIRA_HALF_WIDTH);
    expect(boxOverlapsSolid(createWorldTiles(level), world.mira.x, world.mira.y)).toBe(false);
  });

  it('never passes through a floor or ceiling she overlaps either', () => {
    const floor = levelFromAscii(['###', '#S#', '###', '#.#', '###']).level;
    const world = createWorld(floor, { seed: 1 });
    world.mira.y = 2 * SPAN - MIRA_HALF_HEIGHT + 2 * 16;
    const start = world.mira.y;
    run(world, input({ moveY: 1, run: true }), 120);
    expect(world.mira.y).toBe(start);
    run(world, UP, 10);
    expect(world.mira.y).toBe(SPAN + MIRA_HALF_HEIGHT); // flush under the ceiling of her one-tile room
    expect(boxOverlapsSolid(createWorldTiles(floor), world.mira.x, world.mira.y)).toBe(false);
  });
});

describe('Mira moving against walls', () => {
  const room = levelFromAscii(['#######', '#.....#', '#..S..#', '#.....#', '#######']).level;

  it('walks, sneaks and runs at their speeds, and diagonals are scaled by 181/256', () => {
    const velocity = (frame: InputFrame): { x: number; y: number } => velocityFor(frame, gaitFor(frame));
    expect(velocity(RIGHT)).toEqual({ x: GAIT_SPEED.walk, y: 0 });
    expect(velocity(input({ moveX: -1, sneak: true }))).toEqual({ x: -GAIT_SPEED.sneak, y: 0 });
    expect(velocity(input({ moveY: 1, run: true }))).toEqual({ x: 0, y: GAIT_SPEED.run });
    expect(velocity(input({ moveX: 1, moveY: 1 }))).toEqual({ x: 12, y: 12 });
    expect(velocity(input({ moveX: 1, moveY: -1, run: true }))).toEqual({ x: 21, y: -21 });
    expect(GAIT_SPEED.sneak).toBeLessThan(GAIT_SPEED.walk);
    expect(GAIT_SPEED.walk).toBeLessThan(GAIT_SPEED.run);
  });

  it('stops flush against a wall', () => {
    const world = createWorld(room, { seed: 1 });
    run(world, RIGHT, 100);
    // The right wall's left edge is column 6; her box reaches it exactly.
    expect(world.mira.x).toBe(6 * SPAN - MIRA_HALF_WIDTH);
    run(world, UP, 100);
    expect(world.mira.y).toBe(1 * SPAN + MIRA_HALF_HEIGHT);
    run(world, LEFT, 200);
    expect(world.mira.x).toBe(1 * SPAN + MIRA_HALF_WIDTH);
  });

  it('slides along a wall when pushing into it diagonally', () => {
    const world = createWorld(room, { seed: 1 });
    run(world, RIGHT, 100);
    const flushX = world.mira.x;
    const startY = world.mira.y;
    run(world, input({ moveX: 1, moveY: 1 }), 5);
    expect(world.mira.x).toBe(flushX);
    expect(world.mira.y).toBe(startY + 5 * 12);
    run(world, input({ moveX: 1, moveY: 1 }), 100);
    expect(world.mira).toMatchObject({ x: flushX, y: 4 * SPAN - MIRA_HALF_HEIGHT });
  });

  it('never tunnels through a one-tile wall, at run speed or any speed', () => {
    const corridor = levelFromAscii(['#########', '#S..#...#', '#########']).level;
    const world = createWorld(corridor, { seed: 1 });
    for (let tick = 0; tick < 300; tick += 1) {
      step(world, input({ moveX: 1, run: true }));
      expect(world.mira.x).toBeLessThanOrEqual(4 * SPAN - MIRA_HALF_WIDTH);
      expect(boxOverlapsSolid(createWorldTiles(corridor), world.mira.x, world.mira.y)).toBe(false);
    }
    // A huge velocity is swept tile by tile, never jumped.
    const start = { x: 2 * SPAN, y: SPAN + SPAN / 2 };
    expect(moveBox(createWorldTiles(corridor), start, { x: 100 * SPAN, y: 0 })).toEqual({ x: 4 * SPAN - MIRA_HALF_WIDTH, y: start.y });
    expect(moveBox(createWorldTiles(corridor), { x: 6 * SPAN, y: start.y }, { x: -100 * SPAN, y: 0 })).toEqual({
      x: 5 * SPAN + MIRA_HALF_WIDTH,
      y: start.y,
    });
  });

  it('is stopped by the map edge where there is no wall', () => {
    const open = levelFromAscii(['S...', '....']).level;
    const world = createWorld(open, { seed: 1 });
    run(world, LEFT, 50);
    run(world, UP, 50);
    expect(world.mira).toMatchObject({ x: MIRA_HALF_WIDTH, y: MIRA_HALF_HEIGHT });
    run(world, input({ moveX: 1, moveY: 1, run: true }), 200);
    expect(world.mira).toMatchObject({ x: 4 * SPAN - MIRA_HALF_WIDTH, y: 2 * SPAN - MIRA_HALF_HEIGHT });
  });

  it('fits through a one-tile gap and is stopped by glass but not by a curtain', () => {
    const level = levelFromAscii(['#####', '#S.g#', '#.#.#', '#.c.#', '#####']).level;
    const world = createWorld(level, { seed: 1 });
    run(world, RIGHT, 60);
    expect(world.mira.x).toBe(3 * SPAN - MIRA_HALF_WIDTH);
    const throughCurtain = createWorld(level, { seed: 1 });
    run(throughCurtain, DOWN, 30);
    run(throughCurtain, DOWN, 30);
    // Down the left column, then right through the curtain tile (c) at row 3.
    expect(throughCurtain.mira.y).toBe(4 * SPAN - MIRA_HALF_HEIGHT);
    run(throughCurtain, RIGHT, 60);
    expect(throughCurtain.mira.x).toBe(4 * SPAN - MIRA_HALF_WIDTH);
  });

  it('sends footstep events at a gait-dependent cadence while moving', () => {
    const open = levelFromAscii(['S.........................................']).level;
    const count = (frame: InputFrame): number => {
      const world = createWorld(open, { seed: 1 });
      let steps = 0;
      for (let tick = 0; tick < 60; tick += 1) steps += step(world, frame).filter((e) => e.type === 'footstep').length;
      return steps;
    };
    expect(count(input({ moveX: 1, sneak: true }))).toBe(2);
    expect(count(RIGHT)).toBe(3);
    expect(count(input({ moveX: 1, run: true }))).toBe(5);
    expect(count(input({}))).toBe(0);
  });
});

describe('movement over random walls and inputs', () => {
  it('never leaves Mira overlapping a wall, whatever she presses (slips included)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), { minLength: 8, maxLength: 8 }),
        fc.array(fc.tuple(fc.constantFrom(-1 as const, 0 as const, 1 as const), fc.constantFrom(-1 as const, 0 as const, 1 as const), fc.constantFrom('sneak', 'walk', 'run')), { minLength: 1, maxLength: 200 }),
        (walls, presses) => {
          // A walled 10x10 room with random inner walls; the spawn corner is kept open.
          const rows = ['##########'];
          for (let row = 0; row < 8; row += 1) {
            rows.push(`#${walls[row]!.map((solid, column) => (row === 0 && column === 0 ? 'S' : solid ? '#' : '.')).join('')}#`);
          }
          rows.push('##########');
          const level = levelFromAscii(rows).level;
          const world = createWorld(level, { seed: 1 });
          for (const [moveX, moveY, gait] of presses) {
            step(world, input({ moveX, moveY, sneak: gait === 'sneak', run: gait === 'run' }));
            expect(boxOverlapsSolid(createWorldTiles(level), world.mira.x, world.mira.y)).toBe(false);
          }
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});
