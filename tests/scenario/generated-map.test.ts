import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { boxOverlapsSolid } from '../../src/sim/movement.ts';
import { step } from '../../src/sim/step.ts';
import type { InputFrame } from '../../src/sim/types.ts';
import { hashWorld } from '../../src/sim/world-hash.ts';
import { stressLevel } from '../../tools/generated-level.ts';
import { input } from './input-script.ts';

const SPAN = 256;

describe('a generated 48x48 map with 25% walls and 12 Enforcers', () => {
  const level = stressLevel({ size: 48, enforcerCount: 12, seed: 48 });

  it('keeps every Enforcer out of walls, answers every path request, and never lets Mira into a wall', () => {
    const world = createWorld(level, { seed: 3 });
    const waitingSince = new Map<number, number>();
    const moves: InputFrame[] = [];
    for (let moveX = -1; moveX <= 1; moveX += 1) {
      for (let moveY = -1; moveY <= 1; moveY += 1) moves.push(input({ moveX: moveX as -1 | 0 | 1, moveY: moveY as -1 | 0 | 1, run: moveX === 1 }));
    }
    for (let tick = 0; tick < 3000; tick += 1) {
      step(world, moves[Math.floor(tick / 45) % moves.length]!);
      expect(boxOverlapsSolid(world.tiles, world.mira.x, world.mira.y)).toBe(false);
      for (const enforcer of world.enforcers) {
        const tile = Math.floor(enforcer.y / SPAN) * level.width + Math.floor(enforcer.x / SPAN);
        expect(level.solid[tile], `Enforcer ${enforcer.id} at tick ${world.tick}`).toBe(0);
        if (enforcer.walk.pathPending) {
          const since = waitingSince.get(enforcer.id) ?? world.tick;
          waitingSince.set(enforcer.id, since);
          // 12 Enforcers, 4 searches a tick: nobody waits more than a few ticks.
          expect(world.tick - since).toBeLessThan(5);
        } else {
          waitingSince.delete(enforcer.id);
        }
      }
    }
    // Patrols are moving, not stuck: positions changed from the start.
    const fresh = createWorld(level, { seed: 3 });
    const moved = world.enforcers.filter((enforcer, index) => enforcer.x !== fresh.enforcers[index]!.x || enforcer.y !== fresh.enforcers[index]!.y);
    expect(moved.length).toBeGreaterThan(6);
  });

  it('gives the same hashes for the same inputs, whatever they are', () => {
    const frame = fc.record({
      moveX: fc.constantFrom(-1 as const, 0 as const, 1 as const),
      moveY: fc.constantFrom(-1 as const, 0 as const, 1 as const),
      sneak: fc.boolean(),
      run: fc.boolean(),
      restart: fc.constant(false),
      interact: fc.boolean(),
      dream: fc.constant(false),
      toss: fc.boolean(),
      skip: fc.constant(false),
      choice: fc.constant(-1),
    });
    fc.assert(
      fc.property(fc.array(frame, { minLength: 50, maxLength: 300 }), (frames) => {
        const a = createWorld(level, { seed: 11 });
        const b = createWorld(level, { seed: 11 });
        for (const f of frames) {
          step(a, f);
          step(b, f);
        }
        expect(hashWorld(a)).toBe(hashWorld(b));
        expect(boxOverlapsSolid(a.tiles, a.mira.x, a.mira.y)).toBe(false);
      }),
      { numRuns: 20, seed: 2024 },
    );
  });
});
