import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { LevelDefinition } from '../../src/level/level-definition.ts';
import type { EnforcerState, World } from '../../src/sim/index.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { BLOCK_ROWS, levelFromAscii, tileCentre } from './level-builder.ts';

const SPAN = 256;

function isInsideWall(level: LevelDefinition, enforcer: EnforcerState): boolean {
  const column = Math.floor(enforcer.x / SPAN);
  const row = Math.floor(enforcer.y / SPAN);
  return level.solid[row * level.width + column] !== 0;
}

function at(world: World, [tileX, tileY]: readonly [number, number], id = 1): boolean {
  const enforcer = world.enforcers.find((candidate) => candidate.id === id)!;
  const point = tileCentre(tileX, tileY);
  return enforcer.x === point.x * 16 && enforcer.y === point.y * 16;
}

describe('an Enforcer on a loop route around a wall block', () => {
  const WAIT = 10;
  const { level } = levelFromAscii(BLOCK_ROWS, {
    enforcers: [
      {
        id: 1,
        start: [2, 2],
        route: [[2, 2], [7, 2], [7, 5], [2, 5]], // A, B, C, D
        routeMode: 'loop',
        speed: 60, // one pixel per tick
        waitTicks: WAIT,
      },
    ],
  });

  it('comes back to its start after the expected number of ticks, never inside a wall', () => {
    const world = createWorld(level, { seed: 1 });
    // 80 + 48 + 80 + 48 pixels at one pixel per tick, plus a wait at B, C and D.
    const backAtStart = 256 + 3 * WAIT;
    for (let tick = 1; tick <= backAtStart; tick += 1) {
      step(world, NO_INPUT);
      expect(isInsideWall(level, world.enforcers[0]!)).toBe(false);
      if (tick === 80) expect(at(world, [7, 2])).toBe(true);
      if (tick < backAtStart) expect(at(world, [2, 2])).toBe(false);
    }
    expect(at(world, [2, 2])).toBe(true);
    expect(world.enforcers[0]!.state.name).toBe('patrol');
  });

  it('repeats the same loop with the same period', () => {
    const world = createWorld(level, { seed: 1 });
    const period = 256 + 4 * WAIT;
    const positions: string[] = [];
    for (let tick = 0; tick < 3 * period; tick += 1) {
      step(world, NO_INPUT);
      positions.push(`${world.enforcers[0]!.x},${world.enforcers[0]!.y}`);
    }
    expect(positions.slice(period, 2 * period)).toEqual(positions.slice(2 * period, 3 * period));
  });
});

describe('an Enforcer placed on a later waypoint', () => {
  const route: [number, number][] = [[2, 2], [7, 2], [7, 5], [2, 5]]; // A, B, C, D

  function visitsFrom(start: [number, number], routeMode: 'loop' | 'ping-pong'): string[] {
    const { level } = levelFromAscii(BLOCK_ROWS, { enforcers: [{ id: 1, start, route, routeMode, speed: 60, waitTicks: 5 }] });
    const world = createWorld(level, { seed: 1 });
    const visits: string[] = [];
    for (let tick = 0; tick < 400; tick += 1) {
      step(world, NO_INPUT);
      expect(isInsideWall(level, world.enforcers[0]!)).toBe(false);
      const here = route.findIndex(([column, row]) => at(world, [column, row]));
      const name = here === -1 ? '' : 'ABCD'[here]!;
      if (name !== '' && name !== visits.at(-1)) visits.push(name);
    }
    return visits;
  }

  it('walks on along the route as drawn, not across to the first waypoint', () => {
    // Standing on C of a loop: D next, then A; never back across to A first.
    expect(visitsFrom([7, 5], 'loop').slice(0, 4)).toEqual(['D', 'A', 'B', 'C']);
    // Standing on D, the last point of a ping-pong: back to C first.
    expect(visitsFrom([2, 5], 'ping-pong').slice(0, 5)).toEqual(['C', 'B', 'A', 'B', 'C']);
  });
});

describe('an Enforcer on a ping-pong route past a wall', () => {
  const { level } = levelFromAscii(
    ['#########', '#...#...#', '#...#...#', '#.......#', '#########', '#S#######', '#########'],
    { enforcers: [{ id: 1, start: [1, 1], route: [[1, 1], [7, 1], [7, 3]], routeMode: 'ping-pong', speed: 90, waitTicks: 15 }] },
  );

  it('walks around the wall by an A* path and turns at the ends', () => {
    const world = createWorld(level, { seed: 1 });
    const visits: string[] = [];
    let previous = '';
    let sawPath = false;
    for (let tick = 0; tick < 1500; tick += 1) {
      step(world, NO_INPUT);
      const enforcer = world.enforcers[0]!;
      expect(isInsideWall(level, enforcer)).toBe(false);
      if (enforcer.walk.path.length > 0) sawPath = true;
      const here = at(world, [1, 1]) ? 'A' : at(world, [7, 1]) ? 'B' : at(world, [7, 3]) ? 'C' : '';
      if (here && here !== previous) visits.push(here);
      if (here) previous = here;
    }
    expect(sawPath).toBe(true);
    // It starts on A and sets off at once.
    expect(visits.slice(0, 8)).toEqual(['A', 'B', 'C', 'B', 'A', 'B', 'C', 'B']);
  });

  it('faces back the way it came after turning at an end', () => {
    const world = createWorld(level, { seed: 1 });
    let directionFlips = 0;
    let direction = world.enforcers[0]!.routeDirection;
    for (let tick = 0; tick < 1500; tick += 1) {
      step(world, NO_INPUT);
      const enforcer = world.enforcers[0]!;
      if (enforcer.routeDirection !== direction) {
        directionFlips += 1;
        direction = enforcer.routeDirection;
      }
    }
    expect(directionFlips).toBeGreaterThanOrEqual(3);
  });
});

describe('a stationary watcher', () => {
  const { level } = levelFromAscii(['#######', '#.....#', '#.....#', '#######', '#S#####', '#######'], {
    enforcers: [{ id: 1, start: [3, 1], routeMode: 'stationary', facing: 90, sightAngle: 60 }],
  });

  it('stays put, facing its direction give or take a small sweep', () => {
    const world = createWorld(level, { seed: 1 });
    for (let tick = 0; tick < 1000; tick += 1) {
      step(world, NO_INPUT);
      const enforcer = world.enforcers[0]!;
      expect(at(world, [3, 1])).toBe(true);
      // Within 16 degrees of south: cos(16 degrees) * 128 is about 123.
      expect(enforcer.facingY).toBeGreaterThanOrEqual(122);
    }
  });
});
