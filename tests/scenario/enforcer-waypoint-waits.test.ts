// A route may stop longer (or not at all) at some of its points: the PatrolRoute's `waits` property,
// read by the level and kept by the patrol.
import { describe, expect, it } from 'vitest';
import type { LevelDefinition } from '../../src/level/level-definition.ts';
import { loadLevelFromText } from '../../src/level/load-level.ts';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { World } from '../../src/sim/index.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { objectById, yardMap, type Json } from '../fixtures/maps/map-builder.ts';
import { BLOCK_ROWS, levelFromAscii, tileCentre } from './level-builder.ts';

const ROUTE: [number, number][] = [[2, 2], [7, 2], [7, 5], [2, 5]]; // A, B, C, D

/** Ticks the Enforcer stands on each waypoint during its first lap, by waypoint letter. */
function stopsOnFirstLap(level: LevelDefinition): Record<string, number> {
  const world: World = createWorld(level, { seed: 1 });
  const stops: Record<string, number> = { A: 0, B: 0, C: 0, D: 0 };
  let left = false;
  for (let tick = 0; tick < 1000; tick += 1) {
    step(world, NO_INPUT);
    const enforcer = world.enforcers[0]!;
    const here = ROUTE.findIndex(([column, row]) => {
      const point = tileCentre(column, row);
      return enforcer.x === point.x * 16 && enforcer.y === point.y * 16;
    });
    if (here === -1) left = true;
    // Back on A after a lap: the first lap is over.
    if (here === 0 && left && stops.D! > 0) break;
    if (here !== -1) stops['ABCD'[here]!]! += 1;
  }
  return stops;
}

describe('a patrol that waits at the points its route names', () => {
  const enforcer = { id: 1, start: [2, 2] as const, route: ROUTE, routeMode: 'loop' as const, speed: 60, waitTicks: 10 };

  it('stops for the route\'s wait at a named point and for its own wait elsewhere', () => {
    const plain = stopsOnFirstLap(levelFromAscii(BLOCK_ROWS, { enforcers: [enforcer] }).level);
    const waiting = stopsOnFirstLap(
      levelFromAscii(BLOCK_ROWS, { enforcers: [{ ...enforcer, waypointWaits: [{ index: 1, ticks: 90 }, { index: 2, ticks: 0 }] }] }).level,
    );
    // A stop of N ticks keeps it on the point for the arrival tick and N more.
    expect(plain).toMatchObject({ B: 11, C: 11, D: 11 });
    expect(waiting).toMatchObject({ B: 91, C: 1, D: 11 });
  });
});

describe('the PatrolRoute "waits" property', () => {
  function load(waits: string): ReturnType<typeof loadLevelFromText> {
    const map: Json = yardMap();
    objectById(map, 4).properties = [{ name: 'waits', type: 'string', value: waits }];
    return loadLevelFromText(JSON.stringify(map), 'maps/yard.tmj');
  }

  it('names waypoints from 1, as drawn, and leaves the others to the Enforcer\'s wait', () => {
    const loaded = load('2:120, 4:0');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.value.enforcers[0]?.waypointWaits).toEqual([{ index: 1, ticks: 120 }, { index: 3, ticks: 0 }]);
    const empty = load('');
    expect(empty.ok && empty.value.enforcers[0]?.waypointWaits).toEqual([]);
  });

  it.each([
    ['5:60', /does not name a waypoint from 1 to 4/],
    ['0:60', /does not name a waypoint from 1 to 4/],
    ['two:60', /does not name a waypoint/],
    ['2:99999', /longer than 36000 ticks/],
    ['2:60,2:30', /names waypoint 2 twice/],
  ])('refuses "%s" with a message on the route', (waits, message) => {
    const loaded = load(waits);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const problem = loaded.problems.find((candidate) => candidate.severity === 'error');
    expect(problem?.message).toMatch(message);
    expect(problem?.place).toContain('object 4');
  });
});
