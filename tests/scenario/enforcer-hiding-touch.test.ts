import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { SimEvent, World } from '../../src/sim/types.ts';
import { DETECTION_FULL, NO_INPUT } from '../../src/sim/types.ts';
import { MIRA_HALF_WIDTH } from '../../src/sim/movement.ts';
import { ENFORCER_BODY_HALF } from '../../src/sim/touch.ts';
import { input, LEFT, UP } from './input-script.ts';
import { levelFromAscii } from './level-builder.ts';

const SPAN = 256;
const centre = (tile: number): number => tile * SPAN + SPAN / 2;

// A corridor an Enforcer paces (E to the far end and back); H is a niche below it, a hiding spot, with
// Mira's pocket S under it. From the corridor the Enforcer can see into the niche, not into the pocket.
const SNEAK_RIGHT = input({ moveX: 1, sneak: true });
const ROWS = ['###########', '#.........#', '#####H#####', '#####S#####', '###########'];

function pacer(options: { readonly hiding: boolean }): World {
  const { level } = levelFromAscii(ROWS, {
    enforcers: [{ id: 1, start: [1, 1], route: [[1, 1], [9, 1]], routeMode: 'ping-pong', speed: 60, waitTicks: 60, sightRange: 80, sightAngle: 90 }],
    extras: { hidingCells: options.hiding ? [[5, 2]] : [] }, // H
  });
  return createWorld(level, { seed: 3 });
}

/** She steps up into the niche from tick `from` and stands there; returns every event over 500 ticks. */
function play(world: World, from: number): SimEvent[] {
  const events: SimEvent[] = [];
  for (let tick = 0; tick < 500; tick += 1) {
    const up = tick >= from && world.mira.y > centre(2);
    events.push(...step(world, up ? UP : NO_INPUT));
  }
  return events;
}

describe('hiding spots', () => {
  it('a child standing still in a hiding spot stays unseen as the Enforcer walks right past', () => {
    // At tick 140 the Enforcer is at the far end looking east; she is in the niche before it turns.
    const world = pacer({ hiding: true });
    const events = play(world, 140);
    expect(Math.floor(world.mira.y / SPAN)).toBe(2);
    expect(events.filter((event) => event.type === 'spotted')).toEqual([]);
    expect(world.enforcers[0]!.detection).toBe(0);
  });

  it('the same niche without the hiding spot: she is seen as it walks past (the test can fail)', () => {
    const world = pacer({ hiding: false });
    const events = play(world, 140);
    expect(events.some((event) => event.type === 'spotted')).toBe(true);
  });

  it('seen stepping in, she stays seen: hiding does not work in front of the one watching', () => {
    // At tick 250 it walks back west towards her niche; her steps are heard and she is seen on the way in.
    const world = pacer({ hiding: true });
    const events = play(world, 250);
    const spotted = events.findIndex((event) => event.type === 'spotted');
    expect(spotted).toBeGreaterThanOrEqual(0);
    expect(events.some((event) => event.type === 'state' && event.to === 'chase')).toBe(true);
  });
});

describe('touch', () => {
  // An Enforcer stands in a corridor looking east, away from Mira, who walks up behind it.
  const { level } = levelFromAscii(['##########', '#S.......#', '##########'], {
    enforcers: [{ id: 1, start: [5, 1], routeMode: 'stationary', facing: 0, sightRange: 48, sightAngle: 60 }],
  });

  it('she cannot walk through an Enforcer, and walking into an unaware one alerts it at once', () => {
    const world = createWorld(level, { seed: 1 });
    const events: SimEvent[] = [];
    // Sneaking: no noise, so it is unaware until she touches it.
    for (let tick = 0; tick < 300 && !events.some((event) => event.type === 'bumped'); tick += 1) events.push(...step(world, SNEAK_RIGHT));
    const enforcer = world.enforcers[0]!;
    expect(events.filter((event) => event.type === 'spotted')).toEqual([]);
    expect(events).toContainEqual({ type: 'bumped', enforcerId: 1 });
    expect(enforcer.detection).toBe(DETECTION_FULL);
    expect(enforcer.state.name).toBe('chase');
    expect(events.some((event) => event.type === 'caught')).toBe(false);
    expect(world.mira.x).toBeLessThanOrEqual(enforcer.x - (MIRA_HALF_WIDTH + ENFORCER_BODY_HALF));
  });

  it('a chaser that reaches her catches her', () => {
    const world = createWorld(level, { seed: 1 });
    const events: SimEvent[] = [];
    for (let tick = 0; tick < 300 && !events.some((event) => event.type === 'caught'); tick += 1) {
      const bumped = events.some((event) => event.type === 'bumped');
      events.push(...step(world, bumped ? LEFT : SNEAK_RIGHT));
    }
    expect(events).toContainEqual({ type: 'caught', enforcerId: 1, childId: null });
  });

  it('after the bump she gets a tick to run, and a runner gets away from a chaser', () => {
    const world = createWorld(level, { seed: 1 });
    let bumped = false;
    for (let tick = 0; tick < 300 && !bumped; tick += 1) bumped = step(world, SNEAK_RIGHT).some((event) => event.type === 'bumped');
    const gap = (): number => world.enforcers[0]!.x - world.mira.x;
    const before = gap();
    for (let tick = 0; tick < 20; tick += 1) step(world, input({ moveX: -1, run: true }));
    expect(world.catches).toBe(0);
    expect(world.enforcers[0]!.state.name).toBe('chase');
    expect(gap()).toBeGreaterThan(before);
  });
});
