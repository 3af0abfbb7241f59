// What the rules tell the view about an Enforcer: the view draws these and works out none of them.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { ALERT_GLYPH_DETECTION, enforcerCue } from '../../src/sim/enforcer/enforcer-cues.ts';
import { step } from '../../src/sim/step.ts';
import { DETECTION_FULL, NO_INPUT } from '../../src/sim/types.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';

describe('enforcerCue', () => {
  // A watcher at E looking east at Mira (S) four tiles away, in its near band.
  const { level } = levelFromAscii(['##########', '#E...S...#', '##########'], {
    enforcers: [{ id: 1, start: [1, 1], routeMode: 'stationary', facing: 0, sightRange: 160, sightAngle: 90 }],
  });

  it('shows no mark while calm, a filling "?" as the meter rises and "!" from seven tenths of it', () => {
    const world = createWorld(level, { seed: 1 });
    const enforcer = world.enforcers[0]!;
    expect(enforcerCue(world, enforcer)).toMatchObject({ state: 'patrol', glyph: null, glyphFill: 0, lastSeen: null });
    const seen: { glyph: string | null; fill: number }[] = [];
    // Suspicious while the meter fills; a full meter starts the chase.
    for (let tick = 0; tick < 200 && enforcer.state.name !== 'chase'; tick += 1) {
      step(world, NO_INPUT);
      const cue = enforcerCue(world, enforcer);
      if (cue.state === 'suspicious') seen.push({ glyph: cue.glyph, fill: cue.glyphFill });
    }
    expect(enforcerCue(world, enforcer)).toMatchObject({ state: 'chase', glyph: 'alert' });
    expect(seen.filter((entry) => entry.glyph === 'question').every((entry) => entry.fill > 0 && entry.fill < ALERT_GLYPH_DETECTION)).toBe(true);
    expect(seen.filter((entry) => entry.glyph === 'alert').every((entry) => entry.fill >= ALERT_GLYPH_DETECTION)).toBe(true);
    expect(seen.some((entry) => entry.glyph === 'question')).toBe(true);
    expect(seen.some((entry) => entry.glyph === 'alert')).toBe(true);
    expect(Math.max(...seen.map((entry) => entry.fill))).toBeLessThanOrEqual(DETECTION_FULL);
  });

  it('marks where a suspicious Enforcer last saw Mira only once it has lost her', () => {
    const world = createWorld(level, { seed: 1 });
    const enforcer = world.enforcers[0]!;
    for (let tick = 0; tick < 5; tick += 1) step(world, NO_INPUT);
    expect(enforcerCue(world, enforcer).lastSeen).toBeNull();
    const seenAt = { x: world.mira.x, y: world.mira.y };
    // Mira steps behind the watcher's back, out of its cone.
    world.mira.x = enforcer.x - 200;
    step(world, NO_INPUT);
    expect(enforcerCue(world, enforcer)).toMatchObject({ state: 'suspicious', lastSeen: seenAt, plannedWalk: null });
  });
});
