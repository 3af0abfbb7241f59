import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { advanceRoute, definitionOf, watchFacing, SWEEP_DEGREES } from '../../src/sim/enforcer/route.ts';
import { ENFORCER_CLEARANCE, isStraightWalkClear, turnToward, TURN_DEGREES_PER_TICK } from '../../src/sim/enforcer/walking.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';

const SPAN = 256;
const centre = (tile: number): number => tile * SPAN + SPAN / 2;

function angleOf(x: number, y: number): number {
  return (Math.atan2(y, x) * 180) / Math.PI;
}

describe('Enforcer helpers', () => {
  const { level } = levelFromAscii(['S.....', '......', '..#...', '......'], {
    enforcers: [
      { id: 1, start: [0, 1], route: [[0, 1], [3, 1], [5, 3]], routeMode: 'loop' },
      { id: 2, start: [0, 3], route: [[0, 3], [3, 3], [5, 3]], routeMode: 'ping-pong' },
      { id: 3, start: [5, 0], routeMode: 'stationary', facing: 180 },
    ],
  });

  it('keeps a body width clear of wall corners on straight walks', () => {
    const world = createWorld(level, { seed: 1 });
    // Along row 1 the centre line is 8 px above the wall at (2,2): clear. Hugging the wall's top edge
    // with less than the clearance is not.
    expect(isStraightWalkClear(world.tiles, { x: centre(0), y: centre(1) }, { x: centre(5), y: centre(1) })).toBe(true);
    const hugging = 2 * SPAN - ENFORCER_CLEARANCE + 1;
    expect(isStraightWalkClear(world.tiles, { x: centre(0), y: hugging }, { x: centre(5), y: hugging })).toBe(false);
    expect(isStraightWalkClear(world.tiles, { x: centre(0), y: hugging - 2 }, { x: centre(5), y: hugging - 2 })).toBe(true);
  });

  it('wraps loop routes and reverses ping-pong routes at their ends', () => {
    const world = createWorld(level, { seed: 1 });
    const [loop, pingPong, stationary] = world.enforcers;
    const indices = (enforcer: typeof loop, count: number): number[] => {
      const seen: number[] = [];
      for (let index = 0; index < count; index += 1) {
        advanceRoute(enforcer!, definitionOf(level, enforcer!.id));
        seen.push(enforcer!.routeIndex);
      }
      return seen;
    };
    // Both start on their first waypoint, so they head for the second (index 1) from tick 0.
    expect(loop!.routeIndex).toBe(1);
    expect(indices(loop, 5)).toEqual([2, 0, 1, 2, 0]);
    expect(indices(pingPong, 6)).toEqual([2, 1, 0, 1, 2, 1]);
    expect(indices(stationary, 2)).toEqual([0, 0]);
  });

  it(`turns at most ${TURN_DEGREES_PER_TICK} degrees a tick and then faces the target exactly`, () => {
    const world = createWorld(level, { seed: 1 });
    const enforcer = world.enforcers[0]!;
    expect(angleOf(enforcer.facingX, enforcer.facingY)).toBe(0);
    let previous = 0;
    for (let tick = 0; tick < 11; tick += 1) {
      turnToward(enforcer, 0, -500);
      const now = angleOf(enforcer.facingX, enforcer.facingY);
      expect(Math.abs(now - previous)).toBeLessThanOrEqual(TURN_DEGREES_PER_TICK + 0.5);
      previous = now;
    }
    expect(previous).toBeLessThan(-80);
    for (let tick = 0; tick < 3; tick += 1) turnToward(enforcer, 0, -500);
    expect({ x: enforcer.facingX, y: enforcer.facingY }).toEqual({ x: 0, y: -128 });
  });

  it(`sweeps a stationary watcher within ${SWEEP_DEGREES} degrees of its facing`, () => {
    const definition = definitionOf(level, 3);
    const angles: number[] = [];
    for (let tick = 0; tick < 480; tick += 1) {
      const facing = watchFacing(definition, tick);
      angles.push(angleOf(facing.x, -facing.y)); // flipped so 180 stays away from the +-180 seam
    }
    const offsets = angles.map((angle) => 180 - Math.abs(angle));
    expect(Math.max(...offsets)).toBeLessThanOrEqual(SWEEP_DEGREES + 0.5);
    expect(Math.max(...offsets)).toBeGreaterThan(SWEEP_DEGREES - 1);
  });
});
