// The view asks for each Enforcer's cue every frame; it is worked out once per tick of a run.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { cueOf } from '../../src/view/renderers/tick-cues.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';

describe('cueOf', () => {
  const { level } = levelFromAscii(['##########', '#E...S...#', '##########'], {
    enforcers: [{ id: 1, start: [1, 1], routeMode: 'stationary', facing: 0, sightRange: 160, sightAngle: 90 }],
  });

  it('gives the same cue within a tick, a new one after a tick, and a new one after a restart at tick 0', () => {
    const world = createWorld(level, { seed: 1 });
    const enforcer = () => world.enforcers[0]!;
    const first = cueOf(world, enforcer());
    expect(cueOf(world, enforcer())).toBe(first);
    expect(first.glyph).toBeNull();
    step(world, NO_INPUT);
    const seen = cueOf(world, enforcer());
    expect(seen).not.toBe(first);
    expect(seen.glyph).toBe('question');
    step(world, { ...NO_INPUT, restart: true });
    expect(world.tick).toBe(0);
    expect(cueOf(world, enforcer()).glyph).toBeNull();
  });
});
