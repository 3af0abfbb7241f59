// A chaser that sees a child it cannot reach (glass between them here; the dream's river of stars in the
// night escape) stands and watches: it neither walks through nor loses and re-finds the child every
// other tick. Once the child is out of sight, it has lost her and searches.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { SimEvent } from '../../src/sim/types.ts';
import { DETECTION_FULL, NO_INPUT } from '../../src/sim/types.ts';
import { levelFromAscii } from './level-builder.ts';

// Mira behind a glass wall (column 5), the Enforcer on the far side facing her; no way round.
const ROWS = ['##########', '#S#..g...#', '#....g...#', '##########'];

describe('a chase with no way to the child', () => {
  it('stands watching while it sees her, and searches once she is out of sight', () => {
    const { level } = levelFromAscii(ROWS, { enforcers: [{ id: 1, start: [7, 1], facing: 180, sightRange: 120, sightAngle: 90 }] });
    const world = createWorld(level, { seed: 1 });
    world.mira.x = 4 * 256 + 128;
    const events: SimEvent[] = [];
    for (let tick = 0; tick < 240; tick += 1) events.push(...step(world, NO_INPUT));
    const enforcer = world.enforcers[0]!;
    expect(events.some((event) => event.type === 'state' && event.to === 'chase')).toBe(true);
    expect(enforcer.state.name).toBe('chase');
    expect(enforcer.detection).toBe(DETECTION_FULL);
    expect(events.filter((event) => event.type === 'lost')).toEqual([]);
    expect(Math.floor(enforcer.x / 256)).toBeGreaterThan(5);
    // She slips behind the wall at (2,1), out of its sight.
    world.mira.x = 128 + 256;
    const later: SimEvent[] = [];
    for (let tick = 0; tick < 600 && enforcer.state.name === 'chase'; tick += 1) later.push(...step(world, NO_INPUT));
    expect(later).toContainEqual({ type: 'lost', enforcerId: 1 });
    expect(enforcer.state.name).toBe('search');
  });
});
