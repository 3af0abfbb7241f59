import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { DRAIN_PER_TICK, FAR_FILL_PER_TICK, fillPerTick, NEAR_FILL_PER_TICK, sightTargets, updateDetection, type FillFactors, type Stance } from '../../src/sim/detection.ts';
import type { Gait, World } from '../../src/sim/types.ts';
import { DETECTION_FULL } from '../../src/sim/types.ts';
import { step } from '../../src/sim/step.ts';
import { perceive, updateBrain } from '../../src/sim/enforcer/brain.ts';
import { HUNTER_CLASS_PARAMETERS } from '../../src/level/entity-schema.ts';
import type { EnforcerState, SimEvent } from '../../src/sim/types.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';

const SPAN = 256;
const centre = (tile: number): number => tile * SPAN + SPAN / 2;

// A watcher at tile (1,1) facing east with a 160-pixel range (10 tiles): the near band ends at 5 tiles.
function watchedWorld(): World {
  const { level } = levelFromAscii(['S.............', '..............', '..............'], {
    enforcers: [{ id: 1, start: [1, 1], routeMode: 'stationary', facing: 0, sightRange: 160, sightAngle: 90 }],
  });
  return createWorld(level, { seed: 1 });
}

/** The senses' part of a tick for one Enforcer: the meter, then the brain's reaction to the percept. */
function sense(enforcer: EnforcerState, world: World): SimEvent[] {
  const events: SimEvent[] = [];
  perceive({ enforcer, world, events }, updateDetection(enforcer, world, { events, senses: { heard: null, targets: sightTargets(world) } }));
  return events;
}

/** Near band, night dark, calm level, an Enforcer's own eyes. */
function calm(stance: Stance): FillFactors {
  return { near: true, stance, lighting: 'dark', alert: 'calm', classEighths: 8 };
}

function placeMira(world: World, tileX: number, gait: Gait = 'still'): void {
  world.mira.x = centre(tileX);
  world.mira.y = centre(1);
  world.mira.gait = gait;
}

function ticksToFull(tileX: number, gait: Gait): number {
  const world = watchedWorld();
  placeMira(world, tileX, gait);
  const enforcer = world.enforcers[0]!;
  let ticks = 0;
  while (enforcer.detection < DETECTION_FULL) {
    sense(enforcer, world);
    ticks += 1;
    if (ticks > 1000) throw new Error('never filled');
  }
  return ticks;
}

describe('detection meter', () => {
  it('fills faster in the near band than in the far band', () => {
    const world = watchedWorld();
    const enforcer = world.enforcers[0]!;
    placeMira(world, 4); // 3 tiles = 48 px: near
    sense(enforcer, world);
    expect(enforcer.detection).toBe(NEAR_FILL_PER_TICK);
    enforcer.detection = 0;
    placeMira(world, 9); // 8 tiles = 128 px: far
    sense(enforcer, world);
    expect(enforcer.detection).toBe(FAR_FILL_PER_TICK);
    // Pinned times to full: near 0.4 s, far about 1.5 s, at a walk or standing.
    expect(ticksToFull(4, 'walk')).toBe(24);
    expect(ticksToFull(9, 'walk')).toBe(91);
  });

  it('is slower on a sneak and faster on a run', () => {
    expect(fillPerTick(calm('sneak'))).toBeLessThan(fillPerTick(calm('walk')));
    expect(fillPerTick(calm('run'))).toBeGreaterThan(fillPerTick(calm('walk')));
    expect(ticksToFull(9, 'sneak')).toBeGreaterThan(ticksToFull(9, 'walk'));
    expect(ticksToFull(9, 'run')).toBeLessThan(ticksToFull(9, 'walk'));
  });

  it('makes sneaking the safest way across a cone and running the riskiest, speeds included', () => {
    // Mira crosses the far band of a watcher looking east, from the north edge of its cone to the south.
    const crossing = (gait: 'sneak' | 'walk' | 'run'): number => {
      const { level } = levelFromAscii(['S...............', '................', '................', '................', '................', '................', '................'], {
        enforcers: [{ id: 1, start: [1, 3], routeMode: 'stationary', facing: 0, sightRange: 160, sightAngle: 90 }],
      });
      const world = createWorld(level, { seed: 1 });
      world.mira.x = centre(9);
      world.mira.y = centre(0);
      let highest = 0;
      while (world.mira.y < centre(6)) {
        step(world, { moveX: 0, moveY: 1, sneak: gait === 'sneak', run: gait === 'run', restart: false, interact: false, dream: false, toss: false, skip: false, choice: -1 });
        highest = Math.max(highest, world.enforcers[0]!.detection);
      }
      return highest;
    };
    const [sneak, walk, run] = [crossing('sneak'), crossing('walk'), crossing('run')];
    expect(sneak).toBeGreaterThan(0);
    expect(sneak).toBeLessThan(walk);
    expect(walk).toBeLessThan(run);
  });

  it('drains at about a third of the fill speed when Mira is out of sight, down to zero', () => {
    const world = watchedWorld();
    const enforcer = world.enforcers[0]!;
    placeMira(world, 4);
    for (let tick = 0; tick < 10; tick += 1) sense(enforcer, world);
    const filled = enforcer.detection;
    expect(filled).toBe(10 * NEAR_FILL_PER_TICK);
    placeMira(world, 0); // behind the watcher
    sense(enforcer, world);
    expect(enforcer.detection).toBe(filled - DRAIN_PER_TICK);
    expect(DRAIN_PER_TICK * 3).toBeLessThanOrEqual(FAR_FILL_PER_TICK + 1);
    for (let tick = 0; tick < 500; tick += 1) sense(enforcer, world);
    expect(enforcer.detection).toBe(0);
  });

  it('reports spotted and lost-sight on changes only, and goes suspicious then back', () => {
    const world = watchedWorld();
    const enforcer = world.enforcers[0]!;
    placeMira(world, 9);
    expect(sense(enforcer, world)).toEqual([
      { type: 'spotted', enforcerId: 1 },
      { type: 'state', enforcerId: 1, from: 'patrol', to: 'suspicious' },
    ]);
    expect(enforcer.state.name).toBe('suspicious');
    expect(sense(enforcer, world)).toEqual([]);
    placeMira(world, 0);
    expect(sense(enforcer, world)).toEqual([{ type: 'lost-sight', enforcerId: 1 }]);
    expect(enforcer.state.name).toBe('suspicious');
    // The meter empties at once, but it keeps looking for its class's wait before it gives up.
    const wait = HUNTER_CLASS_PARAMETERS.Enforcer.suspiciousTicks;
    for (let tick = 1; tick < wait; tick += 1) {
      updateBrain({ enforcer, world, events: [] });
      sense(enforcer, world);
    }
    expect(enforcer.detection).toBe(0);
    expect(enforcer.state.name).toBe('suspicious');
    updateBrain({ enforcer, world, events: [] });
    sense(enforcer, world);
    expect(enforcer.state.name).toBe('return');
  });
});
