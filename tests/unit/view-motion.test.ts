import { describe, expect, it } from 'vitest';
import { createWorld, step, NO_INPUT, SUBPIXELS_PER_PIXEL } from '../../src/sim/index.ts';
import { Motion } from '../../src/view/renderers/motion.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';

describe('Motion', () => {
  const { level } = levelFromAscii(['##########', '#S.......#', '#.......X#', '##########']);

  it('draws between the previous tick and this one, on whole pixels', () => {
    const world = createWorld(level, { seed: 1 });
    const motion = new Motion();
    motion.rememberAll(world);
    const startX = world.mira.x;
    step(world, { ...NO_INPUT, moveX: 1 });
    motion.noteMoves(world);
    expect(motion.miraMoved).toBe(true);
    motion.place(world, 0);
    expect(motion.drawnMira.x).toBe(Math.round(startX / SUBPIXELS_PER_PIXEL));
    motion.place(world, 1);
    expect(motion.drawnMira.x).toBe(Math.round(world.mira.x / SUBPIXELS_PER_PIXEL));
    motion.place(world, 0.5);
    expect(Number.isInteger(motion.drawnMira.x)).toBe(true);
  });

  it('jumps instead of sliding once Mira is remembered where she is (a respawn)', () => {
    const world = createWorld(level, { seed: 1 });
    const motion = new Motion();
    motion.rememberAll(world);
    for (let tick = 0; tick < 20; tick += 1) step(world, { ...NO_INPUT, moveX: 1 });
    motion.rememberMira(world);
    motion.noteMoves(world);
    expect(motion.miraMoved).toBe(false);
    motion.place(world, 0);
    expect(motion.drawnMira.x).toBe(Math.round(world.mira.x / SUBPIXELS_PER_PIXEL));
  });
});
