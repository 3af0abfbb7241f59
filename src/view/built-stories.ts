// The campaign's stories as the build compiled them (tools/ink-vite-plugin.ts): a chapter's story is
// fetched as a file of the build, like its map, and played by the ink runtime alone. The ink compiler (a
// chunk of its own, twice the runtime's size) is fetched only for a story the build did not compile: a
// custom level's, or one edited since (the built file's key then differs from its sources).
import { compileWithBuiltStories } from '../story/built-story.ts';
import type { CompileStory } from '../story/level-story.ts';
import { loadStory } from '../story/load-story.ts';
import { repositoryPath } from './asset-paths.ts';

const BUILT_STORY_URLS = import.meta.glob<string>('../../maps/*.ink', { query: '?built-story', import: 'default', eager: true });
const BUILT_STORIES = new Map(Object.entries(BUILT_STORY_URLS).map(([key, url]) => [repositoryPath(key), url]));

async function fetchBuiltStory(mainPath: string): Promise<unknown> {
  const url = BUILT_STORIES.get(mainPath);
  if (url === undefined) return null;
  try {
    const response = await fetch(url);
    return response.ok ? await response.json() : null;
  } catch {
    // Compiled here instead: the sources were read, so the story can still be played.
    return null;
  }
}

/** How the game compiles a story: the build's file when it is of these sources, else the compiler. */
export const compileStory: CompileStory = compileWithBuiltStories({ find: fetchBuiltStory, compile: loadStory });
