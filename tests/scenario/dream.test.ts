// The collective dream: the ring, the wave, the phases, the meter and the way back, tick by tick.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { sendToState } from '../../src/sim/enforcer/brain.ts';
import { step } from '../../src/sim/step.ts';
import type { InputFrame, SimEvent, World } from '../../src/sim/types.ts';
import { DREAM_METER_FULL, DREAM_RING_TICKS, DREAM_RIPPLE_TICKS, NO_INPUT } from '../../src/sim/types.ts';
import { hashWorld } from '../../src/sim/world-hash.ts';
import { input } from './input-script.ts';
import { levelFromAscii, TEST_GIDS, tileCentre, type TestEnforcer, type TestExtras } from './level-builder.ts';

const DREAM = input({ dream: true });
const SPAN = 256;

// Mira starts in the circle (the top-left 2x2) with two children; the wall at column 4 rows 2-4 dreams
// into vines, path distance 2, 3 and 4 from the circle.
const ROWS = [
  '############',
  '#S.........#',
  '#...#......#',
  '#...#......#',
  '#...#......#',
  '#..........#',
  '#.........X#',
  '############',
];
const VINES = ['', '', '....v', '....v', '....v'];

function dreamLevel(options: { readonly enforcers?: readonly TestEnforcer[]; readonly extras?: Partial<TestExtras>; readonly dreamRows?: readonly string[] } = {}): ReturnType<typeof levelFromAscii> {
  return levelFromAscii(ROWS, {
    enforcers: options.enforcers ?? [],
    extras: {
      children: [{ at: [2, 1] }, { at: [1, 2] }],
      dreamCircles: [{ at: [1, 1], size: [2, 2], children: 2 }],
      dream: { phases: [{ name: 'vines', rows: options.dreamRows ?? VINES }], meterTicks: 1800, waveTiles: 2 },
      ...options.extras,
    },
  });
}

function withFollowers(world: World, count = 2): World {
  world.children.forEach((child, index) => {
    if (index < count) child.mode = 'following';
  });
  return world;
}

function run(world: World, frame: InputFrame, ticks: number): SimEvent[][] {
  const all: SimEvent[][] = [];
  for (let tick = 0; tick < ticks; tick += 1) all.push(step(world, frame));
  return all;
}

function dreamEvents(events: readonly SimEvent[]): SimEvent[] {
  return events.filter((event) => event.type.startsWith('dream'));
}

const wallsAt = (world: World, x: number, y: number): number => world.tiles.layers[1]!.gids[y * world.tiles.width + x]!;
const dreamAt = (world: World, x: number, y: number): number => world.tiles.layers[2]!.gids[y * world.tiles.width + x]!;

describe('the dream ring', () => {
  it('fills in DREAM_RING_TICKS while Mira and enough following children hold Dream in the circle, then the dream starts', () => {
    const world = withFollowers(createWorld(dreamLevel().level, { seed: 1 }));
    const ticks = run(world, DREAM, DREAM_RING_TICKS);
    expect(ticks.slice(0, -1).flat().filter((event) => event.type.startsWith('dream'))).toEqual([]);
    expect(dreamEvents(ticks.at(-1)!)).toEqual([{ type: 'dream-started', circle: 0 }, { type: 'dream-phase', phase: 0 }]);
    expect(world.dream).toMatchObject({ stage: 'dreaming', circle: 0, ringTicks: 0, meter: DREAM_METER_FULL, phase: 0 });
  });

  it('starts nothing with too few following children', () => {
    const world = withFollowers(createWorld(dreamLevel().level, { seed: 1 }), 1);
    const ticks = run(world, DREAM, 3 * DREAM_RING_TICKS);
    expect(ticks.flat().filter((event) => event.type.startsWith('dream'))).toEqual([]);
    expect(world.dream).toMatchObject({ stage: 'waking', ringTicks: 0 });
  });

  it('is interrupted when Dream is released, and starts over from nothing', () => {
    const world = withFollowers(createWorld(dreamLevel().level, { seed: 1 }));
    run(world, DREAM, 30);
    expect(world.dream.ringTicks).toBe(30);
    expect(dreamEvents(step(world, NO_INPUT))).toEqual([{ type: 'dream-interrupted', circle: 0, reason: 'released' }]);
    expect(world.dream.ringTicks).toBe(0);
    run(world, DREAM, DREAM_RING_TICKS - 1);
    expect(world.dream.stage).toBe('waking');
  });

  it('is interrupted when a child it needs leaves the circle', () => {
    const world = withFollowers(createWorld(dreamLevel().level, { seed: 1 }));
    run(world, DREAM, 30);
    // Told to wait out there, so it does not walk back to her and fill the ring again.
    world.children[1]!.y = tileCentre(1, 5).y * 16;
    world.children[1]!.mode = 'waiting';
    expect(dreamEvents(step(world, DREAM))).toEqual([{ type: 'dream-interrupted', circle: 0, reason: 'left' }]);
    run(world, DREAM, 2 * DREAM_RING_TICKS);
    expect(world.dream.stage).toBe('waking');
  });

  it('is interrupted when an Enforcer sees Mira (its sight of the tick before)', () => {
    const watcher: TestEnforcer = { id: 1, start: [6, 1], facing: 180, sightRange: 120 };
    const world = withFollowers(createWorld(dreamLevel({ enforcers: [watcher] }).level, { seed: 1 }));
    const ticks = run(world, DREAM, DREAM_RING_TICKS + 10);
    const events = ticks.flat().filter((event) => event.type.startsWith('dream'));
    expect(events[0]).toEqual({ type: 'dream-interrupted', circle: 0, reason: 'seen' });
    expect(events.some((event) => event.type === 'dream-started')).toBe(false);
  });
});

describe('the dream wave', () => {
  it('changes each cell when the wave reaches it: ripple, then path distance over dreamWaveTiles a tick', () => {
    const world = withFollowers(createWorld(dreamLevel().level, { seed: 1 }));
    run(world, DREAM, DREAM_RING_TICKS);
    const start = world.tick;
    const width = world.tiles.width;
    // Distances 2, 3, 4 from the circle, two tiles a tick.
    expect([2, 3, 4].map((row) => world.dream.changeAt[row * width + 4])).toEqual([start + DREAM_RIPPLE_TICKS + 1, start + DREAM_RIPPLE_TICKS + 1, start + DREAM_RIPPLE_TICKS + 2]);
    const changed = new Map<number, string[]>();
    for (let tick = 0; tick < DREAM_RIPPLE_TICKS + 5; tick += 1) {
      for (const event of step(world, DREAM)) {
        if (event.type === 'tiles-changed') changed.set(world.tick, event.cells.map((cell) => `${cell.x},${cell.y}`));
      }
    }
    expect([...changed]).toEqual([[start + DREAM_RIPPLE_TICKS + 1, ['4,2', '4,3']], [start + DREAM_RIPPLE_TICKS + 2, ['4,4']]]);
    // The vine replaces the wall: walkable for children, closed to Enforcers, and marked as dreamed.
    for (const row of [2, 3, 4]) {
      const index = row * width + 4;
      expect([wallsAt(world, 4, row), dreamAt(world, 4, row)]).toEqual([0, TEST_GIDS.vine]);
      expect([world.tiles.solid[index], world.tiles.enforcerSolid[index], world.tiles.blocksPaths[index], world.dream.dreamed[index]]).toEqual([0, 1, 1, 1]);
      expect(world.dream.changeAt[index]).toBe(-1);
    }
    expect(world.dream.pending).toBe(0);
  });

  it('makes a chasing Enforcer the wave passes over lose track: chase becomes search, its meter empties', () => {
    const enforcer: TestEnforcer = { id: 1, start: [10, 2], facing: 0, speed: 10 };
    const world = withFollowers(createWorld(dreamLevel({ enforcers: [enforcer] }).level, { seed: 1 }));
    run(world, DREAM, DREAM_RING_TICKS + DREAM_RIPPLE_TICKS);
    const chaser = world.enforcers[0]!;
    chaser.lastSeenX = tileCentre(10, 6).x * 16;
    chaser.lastSeenY = tileCentre(10, 6).y * 16;
    chaser.detection = 500;
    sendToState({ enforcer: chaser, world, events: [] }, 'chase');
    let lostAt = -1;
    for (let tick = 0; tick < 20 && lostAt === -1; tick += 1) {
      const events = step(world, NO_INPUT);
      if (events.some((event) => event.type === 'lost' && event.enforcerId === 1)) lostAt = world.tick;
    }
    // Its cell is 9 or 10 tiles of path from the circle: the front passes it 4 or 5 ticks into the wave.
    expect(lostAt - (world.dream.waveTick + DREAM_RIPPLE_TICKS)).toBeGreaterThanOrEqual(4);
    expect(lostAt - (world.dream.waveTick + DREAM_RIPPLE_TICKS)).toBeLessThanOrEqual(5);
    expect(chaser.state.name).toBe('search');
    expect(chaser.detection).toBe(0);
  });

  it('never turns a cell solid under Mira: the change waits, rippling, until she steps off', () => {
    // A dream wall where she stands.
    const world = withFollowers(createWorld(dreamLevel({ dreamRows: ['', '.#'] }).level, { seed: 1 }));
    run(world, DREAM, DREAM_RING_TICKS + DREAM_RIPPLE_TICKS + 5);
    const index = 1 * world.tiles.width + 1;
    expect(world.tiles.solid[index]).toBe(0);
    expect(world.dream.changeAt[index]).toBeLessThanOrEqual(world.tick);
    expect(world.dream.changeAt[index]).not.toBe(-1);
    // She walks two tiles east; the wall grows behind her.
    for (let tick = 0; tick < 40 && world.tiles.solid[index] === 0; tick += 1) step(world, input({ moveX: 1 }));
    expect(world.tiles.solid[index]).toBe(1);
    expect(Math.floor((world.mira.x - 5 * 16) / SPAN)).toBeGreaterThanOrEqual(2);
  });

  it('moves an Enforcer off a cell that closes to it, to the nearest free cell, north first', () => {
    const watcher: TestEnforcer = { id: 1, start: [8, 4], facing: 0 };
    const world = withFollowers(createWorld(dreamLevel({ enforcers: [watcher], dreamRows: ['', '', '', '', '........r'] }).level, { seed: 1 }));
    run(world, DREAM, DREAM_RING_TICKS + DREAM_RIPPLE_TICKS + 10);
    expect(world.tiles.enforcerSolid[4 * world.tiles.width + 8]).toBe(1);
    const enforcer = world.enforcers[0]!;
    expect({ x: Math.floor(enforcer.x / SPAN), y: Math.floor(enforcer.y / SPAN) }).toEqual({ x: 8, y: 3 });
  });
});

describe('the dream meter', () => {
  it('drains with time, and at zero the map returns in a reverse wave exactly to its waking form', () => {
    const { level } = levelFromAscii(ROWS, {
      extras: {
        children: [{ at: [2, 1] }, { at: [1, 2] }],
        dreamCircles: [{ at: [1, 1], size: [2, 2], children: 2 }],
        dream: { phases: [{ name: 'vines', rows: VINES }], meterTicks: 150, waveTiles: 2 },
      },
    });
    const world = withFollowers(createWorld(level, { seed: 1 }));
    const waking = hashWorld(world.tiles as unknown as World);
    run(world, DREAM, DREAM_RING_TICKS);
    const started = world.tick;
    run(world, NO_INPUT, 75);
    expect(world.dream.meter).toBe(DREAM_METER_FULL / 2);
    expect(hashWorld(world.tiles as unknown as World)).not.toBe(waking);
    const events = run(world, NO_INPUT, 75 + DREAM_RIPPLE_TICKS + 10).flat();
    expect(events.filter((event) => event.type.startsWith('dream'))).toEqual([{ type: 'dream-fading' }, { type: 'dream-ended' }]);
    expect(world.tick).toBeGreaterThan(started + 150);
    expect(hashWorld(world.tiles as unknown as World)).toBe(waking);
    expect(world.dream).toMatchObject({ stage: 'waking', circle: -1, phase: -1, meter: 0, pending: 0 });
    expect(Array.from(world.dream.dreamed).every((cell) => cell === 0)).toBe(true);
    // The circle can be used again.
    run(world, DREAM, DREAM_RING_TICKS);
    expect(world.dream.stage).toBe('dreaming');
  });

  it('drains faster for each Enforcer standing in the dream', () => {
    const floor = ['', '', '', '', '', '........f'];
    const make = (enforcers: readonly TestEnforcer[]): World => withFollowers(createWorld(dreamLevel({ enforcers, dreamRows: floor }).level, { seed: 1 }));
    const alone = make([]);
    const watched = make([{ id: 1, start: [8, 5], facing: 0 }]);
    for (const world of [alone, watched]) run(world, DREAM, DREAM_RING_TICKS + DREAM_RIPPLE_TICKS + 10);
    expect(watched.dream.dreamed[5 * watched.tiles.width + 8]).toBe(1);
    expect(alone.dream.meter).toBeGreaterThan(watched.dream.meter);
  });
});

describe('dream phases', () => {
  it('follow one another after each holds, changing only the cells that differ, and cycle', () => {
    const { level } = levelFromAscii(ROWS, {
      extras: {
        children: [{ at: [2, 1] }, { at: [1, 2] }],
        dreamCircles: [{ at: [1, 1], size: [2, 2], children: 2 }],
        dream: { phases: [{ name: 'a', rows: ['', '', '....v.r'] }, { name: 'b', rows: ['', '', '....v.t'] }], meterTicks: 100000, phaseTicks: 30, waveTiles: 8 },
      },
    });
    const world = withFollowers(createWorld(level, { seed: 1 }));
    run(world, DREAM, DREAM_RING_TICKS);
    const phases: number[] = [];
    const changes: string[][] = [];
    for (let tick = 0; tick < 600; tick += 1) {
      for (const event of step(world, NO_INPUT)) {
        if (event.type === 'dream-phase') phases.push(event.phase);
        if (event.type === 'tiles-changed') changes.push(event.cells.map((cell) => `${cell.x},${cell.y}`));
      }
    }
    expect(phases.slice(0, 3)).toEqual([1, 0, 1]);
    // The vine at 4,2 stays through every phase: only 6,2 changes after the first wave.
    expect(changes[0]).toEqual(['4,2', '6,2']);
    expect(changes.slice(1).every((cells) => cells.length === 1 && cells[0] === '6,2')).toBe(true);
  });
});
