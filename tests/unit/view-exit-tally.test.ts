// The HUD's count of what the exit waits for, read from the shipped maps: the hidden door counts the
// fragments Mira picks up against the three the analog door wants; the bedroom counts nothing.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { World } from '../../src/sim/types.ts';
import { NO_INPUT, SUBPIXELS_PER_PIXEL } from '../../src/sim/types.ts';
import { chapterByKey } from '../../src/story/chapters.ts';
import { exitTally, tallyLine } from '../../src/view/renderers/exit-tally.ts';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';

const TILE = 16;

async function chapterWorld(key: string): Promise<World> {
  const chapter = chapterByKey(key);
  if (chapter === null) throw new Error(`no chapter ${key}`);
  const { level, scenes } = await loadMapFromDisk(chapter.mapPath);
  return createWorld(level, { seed: chapter.seed, scenes });
}

describe('the exit tally', () => {
  it('counts the hidden door\'s fragments against the three the analog door wants, one more at each pick-up', async () => {
    const world = await chapterWorld('hidden-door');
    expect(exitTally(world.level)).toEqual({ flag: 'fragments', needed: 3 });
    expect(tallyLine(world)).toBe('0 of 3 fragments for the analog door');
    // Setup, not play: Mira stands on the page of a bedtime story (its Clue covers tiles 4-6, 9-11).
    world.mira.x = (5 * TILE + TILE / 2) * SUBPIXELS_PER_PIXEL;
    world.mira.y = (10 * TILE + TILE / 2) * SUBPIXELS_PER_PIXEL;
    step(world, { ...NO_INPUT, interact: true });
    while (world.scene !== null) step(world, { ...NO_INPUT, skip: true });
    expect(tallyLine(world)).toBe('1 of 3 fragments for the analog door');
  });

  it('says the door will open once she carries enough, and keeps counting past it', async () => {
    const world = await chapterWorld('hidden-door');
    world.flags.fragments = 3;
    expect(tallyLine(world)).toBe('3 fragments: the analog door will open');
    world.flags.fragments = 5;
    expect(tallyLine(world)).toBe('5 fragments: the analog door will open');
  });

  it('counts nothing where the exit waits for a plain flag (the bedroom) or for none (the night escape\'s dream)', async () => {
    for (const key of ['bedroom', 'night-escape', 'dream-space']) {
      const world = await chapterWorld(key);
      expect(exitTally(world.level), key).toBeNull();
      expect(tallyLine(world), key).toBeNull();
    }
  });
});
