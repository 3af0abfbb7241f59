// The bedroom chapter's world as a new game starts it, for the scenario tests that play it.
import { createWorld } from '../../src/sim/create-world.ts';
import { SUBPIXELS_PER_PIXEL, type World } from '../../src/sim/types.ts';
import { chapterByKey } from '../../src/story/chapters.ts';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';

export const TILE = 16;

export async function bedroom(): Promise<World> {
  const chapter = chapterByKey('bedroom');
  if (chapter === null) throw new Error('no bedroom chapter');
  const { level, scenes } = await loadMapFromDisk(chapter.mapPath);
  return createWorld(level, { seed: chapter.seed, scenes });
}

/** Setup, not play: Mira stands at the centre of a tile, as if she had walked there. */
export function standAt(world: World, column: number, row: number): void {
  world.mira.x = (column * TILE + TILE / 2) * SUBPIXELS_PER_PIXEL;
  world.mira.y = (row * TILE + TILE / 2) * SUBPIXELS_PER_PIXEL;
}
