import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { EnforcerStateName, SimEvent, World } from '../../src/sim/types.ts';
import { input, RIGHT } from './input-script.ts';
import { levelFromAscii } from './level-builder.ts';

const SPAN = 256;
const centre = (tile: number): number => tile * SPAN + SPAN / 2;

// An Enforcer stands at E looking north, behind a wall with one doorway (column 4). Mira starts in the
// corridor below, 8 tiles of path from it (straight through the wall it would be 4).
const ROWS = [
  '##########',
  '#........#',
  '#.E......#',
  '####.#####',
  '#........#',
  '#S.......#',
  '##########',
  '#P########',
  '##########',
];

function hunt(frame: typeof RIGHT): { world: World; events: SimEvent[]; states: EnforcerStateName[]; pathTiles: string[] } {
  const { level, marks } = levelFromAscii(ROWS, {
    enforcers: [{ id: 1, start: [2, 2], routeMode: 'stationary', facing: 270, sightRange: 80, sightAngle: 90 }],
  });
  const world = createWorld(level, { seed: 7 });
  const events: SimEvent[] = [];
  const states: EnforcerStateName[] = ['patrol'];
  const pathTiles = new Set<string>();
  const pocket = marks('P');
  for (let tick = 0; tick < 1500; tick += 1) {
    // Five tiles east along the corridor, then she slips into a sealed pocket, so only noise tells.
    const running = world.mira.x < centre(6);
    if (!running && tick < 200) {
      world.mira.x = centre(pocket.x);
      world.mira.y = centre(pocket.y);
    }
    const tickEvents = step(world, running ? frame : input({}));
    events.push(...tickEvents);
    const enforcer = world.enforcers[0]!;
    for (const event of tickEvents) if (event.type === 'state') states.push(event.to);
    if (enforcer.state.name === 'investigate') for (const tile of enforcer.walk.path) pathTiles.add(`${tile.x},${tile.y}`);
    expect(level.solid[Math.floor(enforcer.y / SPAN) * level.width + Math.floor(enforcer.x / SPAN)]).toBe(0);
  }
  return { world, events, states, pathTiles: [...pathTiles] };
}

describe('hearing through a doorway', () => {
  it('hears a run through the doorway, investigates along a path round the wall, searches, and returns to its post', () => {
    const { world, events, states, pathTiles } = hunt(input({ moveX: 1, run: true }));
    expect(events.filter((event) => event.type === 'heard').length).toBeGreaterThan(0);
    expect(events.find((event) => event.type === 'heard')).toEqual({ type: 'heard', enforcerId: 1, loud: true });
    expect(states).toEqual(['patrol', 'investigate', 'search', 'return', 'patrol']);
    // The way there goes through the doorway, not through the wall.
    expect(pathTiles).toContain('4,3');
    expect(events.some((event) => event.type === 'gave-up')).toBe(true);
    const enforcer = world.enforcers[0]!;
    expect({ x: enforcer.x, y: enforcer.y }).toEqual({ x: centre(2), y: centre(2) });
  });

  it('the first step is out of earshot: the noise goes round the wall, 8 tiles, not through it', () => {
    const { level } = levelFromAscii(ROWS, {
      enforcers: [{ id: 1, start: [2, 2], routeMode: 'stationary', facing: 270, sightRange: 80, sightAngle: 90 }],
    });
    const world = createWorld(level, { seed: 7 });
    const first = step(world, input({ moveX: 1, run: true }));
    expect(first.find((event) => event.type === 'noise')).toMatchObject({ radius: 7 });
    expect(first.some((event) => event.type === 'heard')).toBe(false);
  });

  it('does not hear the same five tiles sneaked, nor walked (a walk carries 3 tiles)', () => {
    for (const frame of [input({ moveX: 1, sneak: true }), RIGHT]) {
      const { events, states } = hunt(frame);
      expect(events.some((event) => event.type === 'heard')).toBe(false);
      expect(states).toEqual(['patrol']);
    }
  });
});

describe('noisy ground', () => {
  it('a walk on gravel carries further than on plain floor: heard where the same walk on stone is not', () => {
    const rows = (floor: string): string[] => ['#########', `#S${floor}${floor}${floor}...#`, '#########'];
    const heardOn = (floor: string): boolean => {
      const { level } = levelFromAscii(rows(floor), {
        enforcers: [{ id: 1, start: [7, 1], routeMode: 'stationary', facing: 0, sightRange: 16, sightAngle: 10 }],
      });
      const world = createWorld(level, { seed: 1 });
      let heard = false;
      for (let tick = 0; tick < 40; tick += 1) heard ||= step(world, RIGHT).some((event) => event.type === 'heard');
      return heard;
    };
    expect(heardOn('n')).toBe(true);
    expect(heardOn('.')).toBe(false);
  });
});
