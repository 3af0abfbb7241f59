import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { SimEvent, World } from '../../src/sim/types.ts';
import { DETECTION_FULL, NO_INPUT } from '../../src/sim/types.ts';
import { FAR_FILL_PER_TICK } from '../../src/sim/detection.ts';
import { hashWorld } from '../../src/sim/world-hash.ts';
import { CATCH_DISTANCE } from '../../src/sim/touch.ts';
import { levelFromAscii, type TestEnforcer } from './level-builder.ts';
import { DOWN, input, RESTART, RIGHT } from './input-script.ts';

const SPAN = 256;
const centre = (tile: number): number => tile * SPAN + SPAN / 2;

describe('Mira standing in a cone', () => {
  // The watcher at (1,3) looks east down the bottom corridor; Mira comes round from the top one and
  // stops 6 tiles (96 px) away: inside the 160-pixel range but outside its 80-pixel near band.
  const { level } = levelFromAscii(['##########', '#S.......#', '#######..#', '#........#', '##########'], {
    enforcers: [{ id: 4, start: [1, 3], routeMode: 'stationary', facing: 0, sightRange: 160, sightAngle: 60 }],
  });
  const ticksToFull = Math.ceil(DETECTION_FULL / FAR_FILL_PER_TICK);

  it('is chased once the meter is full, caught when the chaser reaches her, and is back at the spawn on the next tick', () => {
    const world = createWorld(level, { seed: 1 });
    const spawn = { x: world.mira.x, y: world.mira.y };
    let spottedTick: number | null = null;
    let chaseTick: number | null = null;
    let caughtTick: number | null = null;
    let caughtAt = { x: 0, y: 0 };
    while (caughtTick === null) {
      const frame = world.mira.x < centre(7) ? RIGHT : world.mira.y < centre(3) ? DOWN : NO_INPUT;
      const events = step(world, frame);
      if (events.some((event) => event.type === 'spotted')) spottedTick = world.tick;
      if (events.some((event) => event.type === 'state' && event.to === 'chase')) chaseTick = world.tick;
      if (spottedTick !== null && chaseTick === null) {
        expect(world.enforcers[0]!.detection).toBe(Math.min(DETECTION_FULL, (world.tick - spottedTick + 1) * FAR_FILL_PER_TICK));
      }
      const caught = events.find((event) => event.type === 'caught');
      if (caught) {
        expect(caught).toEqual({ type: 'caught', enforcerId: 4, childId: null });
        caughtTick = world.tick;
        caughtAt = { x: world.mira.x, y: world.mira.y };
      }
      expect(world.tick).toBeLessThan(1000);
    }
    expect(spottedTick).not.toBeNull();
    // A full meter is not a catch: it is a chase ("!"), and the chaser must reach her.
    expect(chaseTick! - spottedTick!).toBe(ticksToFull - 1);
    expect(caughtTick).toBeGreaterThan(chaseTick!);
    const chaser = world.enforcers[0]!;
    expect(Math.hypot(chaser.x - caughtAt.x, chaser.y - caughtAt.y)).toBeLessThanOrEqual(CATCH_DISTANCE);
    expect(caughtAt).not.toEqual(spawn);
    expect(world.catches).toBe(1);

    step(world, RIGHT); // her input on the respawn tick does not move her
    expect(world.tick).toBe(caughtTick + 1); // the timer keeps running
    expect({ x: world.mira.x, y: world.mira.y }).toEqual(spawn);
    expect(world.enforcers.map((enforcer) => enforcer.detection)).toEqual([0]);
    expect(world.enforcers[0]!.state.name).toBe('return');
    expect(world.status).toBe('playing');
  });

  it('R pressed on the very tick of the respawn restarts cleanly: tick 0, no catch, a fresh world', () => {
    const world = createWorld(level, { seed: 1 });
    while (!world.respawnPending) {
      step(world, world.mira.x < centre(7) ? RIGHT : world.mira.y < centre(3) ? DOWN : NO_INPUT);
      expect(world.tick).toBeLessThan(1000);
    }
    expect(step(world, RESTART)).toEqual([{ type: 'restarted' }]);
    expect(world.respawnPending).toBe(false);
    expect(world.catches).toBe(0);
    expect(hashWorld(world)).toBe(hashWorld(createWorld(level, { seed: 1 })));
  });
});

describe('Mira behind a wall', () => {
  const watcher = (facing: number): TestEnforcer => ({ id: 1, start: [1, 1], routeMode: 'stationary', facing, sightRange: 160, sightAngle: 90 });
  const cases = [
    { name: 'a wall in the line', rows: ['#########', '#...#.S.#', '#########'], open: ['#########', '#.....S.#', '#########'], facing: 0 },
    { name: 'a wall touching the line at a corner', rows: ['######', '#.#..#', '#....#', '#..S.#', '######'], open: ['######', '#....#', '#....#', '#..S.#', '######'], facing: 45 },
  ];

  function runFor(rows: readonly string[], facing: number, ticks: number): { world: World; events: SimEvent[] } {
    const { level } = levelFromAscii(rows, { enforcers: [watcher(facing)] });
    const world = createWorld(level, { seed: 1 });
    const events: SimEvent[] = [];
    for (let tick = 0; tick < ticks; tick += 1) events.push(...step(world, NO_INPUT));
    return { world, events };
  }

  it.each(cases)('is never seen with $name, though in range and angle', ({ rows, facing }) => {
    const { world, events } = runFor(rows, facing, 600);
    expect(events).toEqual([]);
    expect(world.catches).toBe(0);
    expect(world.enforcers[0]!.detection).toBe(0);
  });

  it.each(cases)('is caught on the same spot without $name (the test can fail)', ({ open, facing }) => {
    const { world } = runFor(open, facing, 600);
    expect(world.catches).toBeGreaterThan(0);
  });
});

describe('restart and finish', () => {
  const { level } = levelFromAscii(['##########', '#S.....XX#', '#..##..XX#', '#........#', '##########'], {
    enforcers: [{ id: 2, start: [5, 3], route: [[5, 3], [2, 3]], routeMode: 'ping-pong', sightRange: 24, waitTicks: 30 }],
  });

  it('R restarts to tick 0 with the same hash as a fresh world, and replays identically', () => {
    const world = createWorld(level, { seed: 5 });
    for (let tick = 0; tick < 150; tick += 1) step(world, input({ moveX: tick % 3 === 0 ? 1 : 0, moveY: tick % 50 < 25 ? 1 : -1 }));
    expect(world.tick).toBe(150);
    expect(step(world, RESTART)).toEqual([{ type: 'restarted' }]);
    const fresh = createWorld(level, { seed: 5 });
    expect(world.tick).toBe(0);
    expect(hashWorld(world)).toBe(hashWorld(fresh));
    for (let tick = 0; tick < 100; tick += 1) {
      step(world, DOWN);
      step(fresh, DOWN);
      expect(hashWorld(world)).toBe(hashWorld(fresh));
    }
  });

  it('reaching the exit finishes with the in-game time, then only restart does anything', () => {
    const world = createWorld(level, { seed: 5 });
    let finished: SimEvent | undefined;
    while (!finished) {
      finished = step(world, input({ moveX: 1, run: true })).find((event) => event.type === 'finished');
      expect(world.tick).toBeLessThan(200);
    }
    expect(world.status).toBe('finished');
    expect(finished).toEqual({ type: 'finished', tick: world.tick });
    expect(world.finishTick).toBe(world.tick);
    // Her centre must reach the exit's left edge (column 7) from the middle of column 1, at 30 sub-pixels a tick.
    expect(world.finishTick).toBe(Math.ceil((7 * SPAN - centre(1)) / 30));
    const hash = hashWorld(world);
    expect(step(world, RIGHT)).toEqual([]);
    expect(hashWorld(world)).toBe(hash);
    expect(step(world, RESTART)).toEqual([{ type: 'restarted' }]);
    expect(world.status).toBe('playing');
    expect(world.finishTick).toBeNull();
  });
});
