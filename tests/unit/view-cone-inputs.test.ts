import { describe, expect, it } from 'vitest';
import { createWorld, step } from '../../src/sim/index.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { coneChanged, noConeInputs } from '../../src/view/renderers/cone-inputs.ts';
import { cueOf } from '../../src/view/renderers/tick-cues.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';

const ROWS = [
  '...............',
  '.S............X',
  '...............',
  '...............',
  '...............',
];

/** A world with a patroller (id 1) walking east and a guard (id 2) standing facing west, Mira out of sight. */
function patrolWorld(): ReturnType<typeof createWorld> {
  const { level } = levelFromAscii(ROWS, {
    enforcers: [
      { id: 1, start: [3, 3], route: [[3, 3], [12, 3]], sightRange: 32, sightAngle: 60, facing: 0 },
      { id: 2, start: [13, 1], sightRange: 32, sightAngle: 60, facing: 180 },
    ],
  });
  return createWorld(level, { seed: 1 });
}

describe('cone inputs: a cone is traced again only when what it shows changes', () => {
  it('redraws a walking Enforcer every tick, and a standing one only when its slow look-around turns it', () => {
    const world = patrolWorld();
    const walker = noConeInputs();
    const guard = noConeInputs();
    let walkerRedrawn = 0;
    let guardFacing = '';
    const guardRedrawnAt: number[] = [];
    const guardTurnedAt: number[] = [];
    for (let tick = 0; tick < 30; tick += 1) {
      step(world, NO_INPUT);
      const [first, second] = world.enforcers;
      if (coneChanged(walker, world, { enforcer: first!, cue: cueOf(world, first!) })) walkerRedrawn += 1;
      if (coneChanged(guard, world, { enforcer: second!, cue: cueOf(world, second!) })) guardRedrawnAt.push(tick);
      const facing = `${second!.facingX},${second!.facingY}`;
      if (facing !== guardFacing) guardTurnedAt.push(tick);
      guardFacing = facing;
    }
    expect(guardRedrawnAt).toEqual(guardTurnedAt);
    // It turns a little every several ticks, not every tick: most of its ticks cost no cone.
    expect(guardRedrawnAt.length).toBeLessThan(8);
    // It starts walking within the first ticks and moves every tick after.
    expect(walkerRedrawn).toBeGreaterThan(20);
  });

  it('redraws a standing Enforcer when the tiles change, since a wall may cut its rays elsewhere', () => {
    const world = patrolWorld();
    const guard = world.enforcers[1]!;
    const drawn = noConeInputs();
    expect(coneChanged(drawn, world, { enforcer: guard, cue: cueOf(world, guard) })).toBe(true);
    expect(coneChanged(drawn, world, { enforcer: guard, cue: cueOf(world, guard) })).toBe(false);
    world.tiles.changeCount += 1;
    expect(coneChanged(drawn, world, { enforcer: guard, cue: cueOf(world, guard) })).toBe(true);
    guard.detection += 1;
    expect(coneChanged(drawn, world, { enforcer: guard, cue: cueOf(world, guard) })).toBe(true);
  });
});
