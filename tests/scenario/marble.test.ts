// The marble: Mira tosses it where she faces, it lands in the last open cell before a wall or a closed
// door (at most MARBLE_RANGE_TILES away), and its click sends whoever hears it to the landing spot, not
// to her. One at a time (a cooldown) and only as many as the chapter gives her.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { sightTargets } from '../../src/sim/detection.ts';
import { MARBLE_COOLDOWN_TICKS, MARBLE_FLIGHT_TICKS, MARBLE_NOISE_TILES, MARBLE_RANGE_TILES } from '../../src/sim/marble.ts';
import { step } from '../../src/sim/step.ts';
import type { InputFrame, SimEvent, TileCell, World } from '../../src/sim/types.ts';
import { hashWorld } from '../../src/sim/world-hash.ts';
import { input } from './input-script.ts';
import { levelFromAscii, type TestEnforcer } from './level-builder.ts';

const SPAN = 256;
const centre = (tile: number): number => tile * SPAN + SPAN / 2;
/** A sneaked step turns her without a sound, so only the marble is heard. */
const FACE_RIGHT = input({ moveX: 1, sneak: true });
const TOSS = input({ toss: true });
const STILL = input({});

// Mira at S faces east along the top corridor; the marble lands 5 tiles on, above a doorway (column 6)
// into the room below, where an Enforcer patrols out of sight of her.
const CORRIDOR = [
  '##############',
  '#S...........#',
  '######.#######',
  '#............#',
  '##############',
];

function tileOf(body: { readonly x: number; readonly y: number }): TileCell {
  return { x: Math.floor(body.x / SPAN), y: Math.floor(body.y / SPAN) };
}

function play(world: World, frames: readonly InputFrame[]): SimEvent[] {
  return frames.flatMap((frame) => step(world, frame));
}

function repeat(frame: InputFrame, count: number): InputFrame[] {
  return Array.from({ length: count }, () => frame);
}

function corridorWorld(enforcer: TestEnforcer, options: { readonly rows?: readonly string[]; readonly marbles?: number } = {}): World {
  const { level } = levelFromAscii(options.rows ?? CORRIDOR, { enforcers: [enforcer], extras: { marbles: options.marbles ?? 5 } });
  return createWorld(level, { seed: 3 });
}

const PATROL: TestEnforcer = { id: 1, start: [9, 3], route: [[9, 3], [12, 3]], routeMode: 'ping-pong', facing: 0, sightRange: 80, sightAngle: 90 };

describe('tossing a marble', () => {
  it('flies for a few ticks and lands the full range ahead, silently thrown and heard only on landing', () => {
    const world = corridorWorld(PATROL);
    play(world, [FACE_RIGHT]);
    const tossed = step(world, TOSS);
    expect(tossed).toContainEqual(expect.objectContaining({ type: 'marble-tossed', toX: centre(1 + MARBLE_RANGE_TILES), toY: centre(1), ticks: MARBLE_FLIGHT_TICKS, left: 4 }));
    expect(tossed.some((event) => event.type === 'noise')).toBe(false);
    const flying = play(world, repeat(STILL, MARBLE_FLIGHT_TICKS - 1));
    expect(flying.some((event) => event.type === 'marble-landed')).toBe(false);
    const landing = step(world, STILL);
    expect(landing).toContainEqual({ type: 'marble-landed', x: centre(6), y: centre(1) });
    expect(landing).toContainEqual({ type: 'noise', x: centre(6), y: centre(1), radius: MARBLE_NOISE_TILES });
  });

  it('may be tossed from a hiding place: she stays crouched and hidden, and only the landing is heard', () => {
    const { level } = levelFromAscii(CORRIDOR, { enforcers: [PATROL], extras: { hidingCells: [[1, 1]] } });
    const world = createWorld(level, { seed: 3 });
    play(world, [FACE_RIGHT, input({ sneak: true })]);
    const tossed = step(world, input({ sneak: true, toss: true }));
    expect(tossed.some((event) => event.type === 'marble-tossed')).toBe(true);
    expect(tossed.some((event) => event.type === 'noise' || event.type === 'footstep')).toBe(false);
    expect(sightTargets(world)[0]).toMatchObject({ stance: 'crouch', hidden: true });
  });

  it('sends an Enforcer on patrol that hears the landing to the landing spot, not to Mira', () => {
    const world = corridorWorld(PATROL);
    const events = play(world, [FACE_RIGHT, TOSS, ...repeat(STILL, MARBLE_FLIGHT_TICKS)]);
    expect(events).toContainEqual({ type: 'heard', enforcerId: 1, loud: true });
    expect(events).toContainEqual({ type: 'state', enforcerId: 1, from: 'patrol', to: 'investigate' });
    const enforcer = world.enforcers[0]!;
    expect({ x: enforcer.lastSeenX, y: enforcer.lastSeenY }).toEqual({ x: centre(6), y: centre(1) });
    const visited = new Set<string>();
    for (let tick = 0; tick < 300 && enforcer.state.name === 'investigate'; tick += 1) {
      step(world, STILL);
      const tile = tileOf(enforcer);
      visited.add(`${tile.x},${tile.y}`);
    }
    // It walked up through the doorway to the marble and never came along the corridor towards her.
    expect(visited).toContain('6,1');
    expect([...visited].some((key) => ['1,1', '2,1', '3,1'].includes(key))).toBe(false);
    expect(world.catches).toBe(0);
  });

  it('lands in the last open cell before a wall, and before a closed door', () => {
    for (const [rows, expected] of [
      [['########', '#S..#..#', '########'], 3],
      [['########', '#S.d...#', '########'], 2],
      [['########', '#S#....#', '########'], 1],
    ] as const) {
      const { level } = levelFromAscii(rows);
      const world = createWorld(level, { seed: 3 });
      const events = play(world, [FACE_RIGHT, TOSS]);
      expect(events).toContainEqual(expect.objectContaining({ type: 'marble-tossed', toX: centre(expected), toY: centre(1) }));
    }
  });

  it('does not slip between two walls that meet at a corner when tossed diagonally', () => {
    const { level } = levelFromAscii(['######', '#S#..#', '#.#..#', '######']);
    const world = createWorld(level, { seed: 3 });
    play(world, [input({ moveX: 1, moveY: -1, sneak: true })]);
    const events = step(world, TOSS);
    expect(events).toContainEqual(expect.objectContaining({ type: 'marble-tossed', toX: centre(1), toY: centre(1) }));
  });

  it('turns a Watcher that hears it towards the spot, and it goes to look there', () => {
    // A Watcher at its post two tiles below the doorway, facing away (south) into the wall.
    const watcher: TestEnforcer = { id: 1, hunterClass: 'Watcher', start: [6, 3], routeMode: 'stationary', facing: 90, sightRange: 48, sightAngle: 70 };
    const world = corridorWorld(watcher);
    const events = play(world, [FACE_RIGHT, TOSS, ...repeat(STILL, MARBLE_FLIGHT_TICKS)]);
    expect(events).toContainEqual({ type: 'heard', enforcerId: 1, loud: true });
    expect(events).toContainEqual({ type: 'state', enforcerId: 1, from: 'patrol', to: 'investigate' });
    const enforcer = world.enforcers[0]!;
    expect({ x: enforcer.lastSeenX, y: enforcer.lastSeenY }).toEqual({ x: centre(6), y: centre(1) });
    play(world, repeat(STILL, 30));
    // Facing north now (towards the marble), no longer south.
    expect(enforcer.facingY).toBeLessThan(0);
    expect(tileOf(enforcer).y).toBeLessThan(3);
  });

  it('waits out the cooldown between tosses and stops when the supply runs out', () => {
    const world = corridorWorld(PATROL, { marbles: 3 });
    const tossTicks: number[] = [];
    for (let tick = 0; tick < 600; tick += 1) {
      const events = step(world, tick === 0 ? FACE_RIGHT : TOSS);
      if (events.some((event) => event.type === 'marble-tossed')) tossTicks.push(world.tick);
    }
    expect(tossTicks).toEqual([2, 2 + MARBLE_COOLDOWN_TICKS, 2 + 2 * MARBLE_COOLDOWN_TICKS]);
    expect(world.marbles.left).toBe(0);
  });

  it('gives a chapter with no marbles nothing to toss', () => {
    const world = corridorWorld(PATROL, { marbles: 0 });
    const events = play(world, [FACE_RIGHT, TOSS, ...repeat(STILL, MARBLE_FLIGHT_TICKS)]);
    expect(events.some((event) => event.type === 'marble-tossed' || event.type === 'marble-landed')).toBe(false);
  });

  it('plays the same world twice from the same inputs, and a toss changes the world', () => {
    const frames = [FACE_RIGHT, TOSS, ...repeat(STILL, 120), TOSS, ...repeat(input({ moveX: -1 }), 40), TOSS, ...repeat(STILL, 60)];
    const first = corridorWorld(PATROL);
    const second = corridorWorld(PATROL);
    const quiet = corridorWorld(PATROL);
    play(first, frames);
    play(second, frames);
    play(quiet, frames.map((frame) => ({ ...frame, toss: false })));
    expect(hashWorld(first)).toBe(hashWorld(second));
    expect(hashWorld(first)).not.toBe(hashWorld(quiet));
  });
});
