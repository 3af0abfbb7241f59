import { describe, expect, it } from 'vitest';
import { CAUTION_TICKS } from '../../src/sim/alert.ts';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { SimEvent, World } from '../../src/sim/types.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { HUNTER_CLASS_PARAMETERS } from '../../src/level/entity-schema.ts';
import { DOWN, RIGHT } from './input-script.ts';
import { levelFromAscii } from './level-builder.ts';

const SPAN = 256;
const centre = (tile: number): number => tile * SPAN + SPAN / 2;

// Enforcer 1 watches the top room from its west end; Enforcer 2 stands in the room below, looking away.
// Mira is placed in 1's far band, in plain sight; P is a sealed pocket she can vanish into.
const ROWS = ['##############', '#............#', '#............#', '######.#######', '#............#', '##############', '#P############', '##############'];

function setUp(radioRangeTiles = 12): World {
  const { level } = levelFromAscii([...ROWS.slice(0, 6), '#S############', '##############'], {
    enforcers: [
      { id: 1, start: [1, 1], routeMode: 'stationary', facing: 0, sightRange: 160, sightAngle: 90 },
      { id: 2, start: [12, 4], routeMode: 'stationary', facing: 0, sightRange: 48, sightAngle: 60 },
    ],
    extras: { radioRangeTiles },
  });
  const world = createWorld(level, { seed: 11 });
  world.mira.x = centre(8);
  world.mira.y = centre(1);
  return world;
}

/** Runs until the caller starts its chase; `vanish` moves her out of every sight on that tick. */
function untilChase(world: World, events: SimEvent[]): void {
  for (let tick = 0; tick < 400; tick += 1) {
    const tickEvents = step(world, NO_INPUT);
    events.push(...tickEvents);
    if (tickEvents.some((event) => event.type === 'state' && event.enforcerId === 1 && event.to === 'chase')) return;
  }
  throw new Error('no chase');
}

function vanish(world: World): void {
  world.mira.x = centre(1);
  world.mira.y = centre(6);
}

describe('radio', () => {
  const delay = HUNTER_CLASS_PARAMETERS.Enforcer.radioDelayTicks;

  it('a chase that still sees her after the delay radios, and the Enforcer in range comes to investigate', () => {
    const world = setUp();
    const events: SimEvent[] = [];
    untilChase(world, events);
    const chaseTick = world.tick;
    for (let tick = 0; tick < delay; tick += 1) events.push(...step(world, NO_INPUT));
    const radio = events.find((event) => event.type === 'radio');
    expect(radio).toEqual({ type: 'radio', enforcerId: 1, recipients: [2] });
    expect(world.tick).toBe(chaseTick + delay);
    expect(events).toContainEqual({ type: 'state', enforcerId: 2, from: 'patrol', to: 'investigate' });
    const second = world.enforcers[1]!;
    expect({ x: second.lastSeenX, y: second.lastSeenY }).toEqual({ x: world.enforcers[0]!.lastSeenX, y: world.enforcers[0]!.lastSeenY });
    // It walks to the caller's last known position, through the gap between the rooms.
    const target = { x: second.lastSeenX, y: second.lastSeenY };
    vanish(world);
    let nearest = Infinity;
    for (let tick = 0; tick < 300; tick += 1) {
      step(world, NO_INPUT);
      nearest = Math.min(nearest, Math.hypot(second.x - target.x, second.y - target.y));
    }
    expect(nearest).toBeLessThan(SPAN);
  });

  it('breaking the caller’s sight before the delay ends stops the call', () => {
    const world = setUp();
    const events: SimEvent[] = [];
    untilChase(world, events);
    vanish(world);
    for (let tick = 0; tick < delay + 5; tick += 1) events.push(...step(world, NO_INPUT));
    expect(events.some((event) => event.type === 'radio')).toBe(false);
    expect(world.enforcers[1]!.state.name).toBe('patrol');
  });

  it('an Enforcer out of radio range is not called', () => {
    const world = setUp(3);
    const events: SimEvent[] = [];
    untilChase(world, events);
    for (let tick = 0; tick < delay; tick += 1) events.push(...step(world, NO_INPUT));
    expect(events.find((event) => event.type === 'radio')).toEqual({ type: 'radio', enforcerId: 1, recipients: [] });
    expect(world.enforcers[1]!.state.name).toBe('patrol');
  });
});

describe('the level alert', () => {
  it('is alarm during a chase, caution after it, and decays back to calm after CAUTION_TICKS', () => {
    const world = setUp();
    const events: SimEvent[] = [];
    untilChase(world, events);
    expect(world.alert.level).toBe('alarm');
    vanish(world);
    let cautionTick: number | null = null;
    let calmTick: number | null = null;
    for (let tick = 0; tick < 3000 && calmTick === null; tick += 1) {
      for (const event of step(world, NO_INPUT)) {
        if (event.type === 'alert' && event.to === 'caution') cautionTick = world.tick;
        if (event.type === 'alert' && event.to === 'calm') calmTick = world.tick;
      }
    }
    expect(cautionTick).not.toBeNull();
    expect(calmTick! - cautionTick!).toBe(CAUTION_TICKS);
    expect(world.alert).toEqual({ level: 'calm', cautionTicks: 0 });
  });

  it('caution shortens waits: a suspicious Enforcer gives up in half the time', () => {
    const giveUpAfter = (level: 'calm' | 'caution'): number => {
      const world = setUp();
      world.alert.level = level;
      world.alert.cautionTicks = level === 'caution' ? 100_000 : 0;
      world.mira.x = centre(10);
      step(world, NO_INPUT); // a glimpse: suspicious
      expect(world.enforcers[0]!.state.name).toBe('suspicious');
      vanish(world);
      const start = world.tick;
      while (world.enforcers[0]!.state.name === 'suspicious' && world.tick < start + 2000) step(world, NO_INPUT);
      return world.tick - start;
    };
    expect(giveUpAfter('caution')).toBeLessThan(giveUpAfter('calm'));
  });
});

describe('the Watcher', () => {
  // A Watcher in the bedroom looks down the hall; Mira passes the checkpoint C first, then walks into view.
  const rows = ['##########', '#S.C.....#', '#######..#', '#W......##', '##########'];

  it('sends Mira back to the last checkpoint she passed and never chases', () => {
    const { level } = levelFromAscii(rows, {
      enforcers: [{ id: 9, start: [1, 3], routeMode: 'stationary', facing: 0, sightRange: 160, sightAngle: 60, hunterClass: 'Watcher' }],
      extras: { checkpointCells: [[3, 1]] },
    });
    const world = createWorld(level, { seed: 1 });
    const events: SimEvent[] = [];
    let sentBack: SimEvent | undefined;
    for (let tick = 0; tick < 1500 && !sentBack; tick += 1) {
      const frame = world.mira.x < centre(7) ? RIGHT : world.mira.y < centre(3) ? DOWN : NO_INPUT;
      const tickEvents = step(world, frame);
      events.push(...tickEvents);
      sentBack = tickEvents.find((event) => event.type === 'sent-back');
    }
    expect(events).toContainEqual({ type: 'checkpoint', index: 0, name: 'checkpoint 1' });
    expect(sentBack).toEqual({ type: 'sent-back', enforcerId: 9, checkpoint: 0 });
    expect(events.some((event) => event.type === 'state' && event.to === 'chase')).toBe(false);
    expect(events.some((event) => event.type === 'caught')).toBe(false);
    step(world, NO_INPUT);
    expect({ x: world.mira.x, y: world.mira.y }).toEqual({ x: centre(3), y: centre(1) });
    expect(world.catches).toBe(0);
  });
});
