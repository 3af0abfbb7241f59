// The loading bar's reading stage counts the chapter's files of the build as they arrive (the map, its
// tilesets, project and rule maps, its ink and the built story). How many there are is known only while
// reading (a map names its tilesets), so each file read fills a third of what is left of the stage, and
// the end of the reading fills the rest: the bar moves with every file and never runs back.
import type { ReadFile } from '../level/load-level.ts';
import type { CompileStory } from '../story/level-story.ts';
import { compileStory } from './built-stories.ts';

/** The share of what is left that one file fills. */
const SHARE_PER_FILE = 1 / 3;

/** `readFile` and the game's compileStory, each file they fetch moving `show` (0 to 1) on. */
export function countedReads(readFile: ReadFile, show: (progress: number) => void): { readonly readFile: ReadFile; readonly compile: CompileStory } {
  let progress = 0;
  const advance = (): void => {
    progress += (1 - progress) * SHARE_PER_FILE;
    show(progress);
  };
  return {
    readFile: async (path) => {
      const bytes = await readFile(path);
      advance();
      return bytes;
    },
    compile: async (story) => {
      const compiled = await compileStory(story);
      advance();
      return compiled;
    },
  };
}
