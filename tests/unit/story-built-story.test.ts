// The game plays a chapter's story from the build's compiled file (src/story/built-story.ts) only while
// the file is of the sources just read: anything else is compiled, so an edit is never hidden.
import { describe, expect, it } from 'vitest';
import type { StorySources } from '../../src/level/load-level.ts';
import { builtStory, builtStoryFor, compileWithBuiltStories, storySourcesKey } from '../../src/story/built-story.ts';
import type { CompileStory } from '../../src/story/level-story.ts';
import { loadStory } from '../../src/story/load-story.ts';

function storyOf(text: string, mainPath = 'maps/bedroom.ink'): StorySources {
  return { mainPath, sources: new Map([[mainPath, text]]) };
}

const STARS = storyOf('=== start ===\nMira: Stars.\n-> DONE\n');
const CLOUDS = storyOf('=== start ===\nMira: Clouds.\n-> DONE\n');

async function compiledFile(story: StorySources): Promise<unknown> {
  const compiled = await loadStory(story);
  if (!compiled.ok) throw new Error('the story did not compile');
  return JSON.parse(JSON.stringify(builtStory(story, compiled)));
}

/** The game's way of compiling over `files` (by main path), counting the stories it compiled itself. */
function gameCompiler(files: ReadonlyMap<string, unknown>): { compile: CompileStory; compiled: () => number } {
  let count = 0;
  const compile = compileWithBuiltStories({
    find: (mainPath) => Promise.resolve(files.get(mainPath) ?? null),
    compile: (story) => {
      count += 1;
      return loadStory(story);
    },
  });
  return { compile, compiled: () => count };
}

describe('built stories', () => {
  it('plays the built file of the same sources without compiling, as the compiler would have made it', async () => {
    const game = gameCompiler(new Map([['maps/bedroom.ink', await compiledFile(STARS)]]));
    expect(await game.compile(STARS)).toEqual(await loadStory(STARS));
    expect(game.compiled()).toBe(0);
  });

  it('compiles a story edited since the build, one the build has none of, and a damaged file', async () => {
    const stars = await compiledFile(STARS);
    const damaged = { ...(stars as Record<string, unknown>), knots: 'start' };
    const game = gameCompiler(new Map([['maps/bedroom.ink', stars], ['maps/aftermath.ink', damaged]]));
    const edited = await game.compile(CLOUDS);
    if (!edited.ok) throw new Error('the story did not compile');
    expect(edited.json).toContain('Clouds.');
    await game.compile(storyOf('=== start ===\nMira: Mine.\n-> DONE\n', 'my-level/story.ink'));
    await game.compile({ ...STARS, mainPath: 'maps/aftermath.ink', sources: new Map([['maps/aftermath.ink', STARS.sources.get('maps/bedroom.ink')!]]) });
    expect(game.compiled()).toBe(3);
  });

  it('keys the sources by every path and text: the same sources, the same key', () => {
    const included = (part: string): StorySources => ({ mainPath: 'maps/a.ink', sources: new Map([['maps/a.ink', 'INCLUDE b.ink'], ['maps/b.ink', part]]) });
    expect(storySourcesKey(included('x'))).toBe(storySourcesKey(included('x')));
    expect(storySourcesKey(included('y'))).not.toBe(storySourcesKey(included('x')));
    expect(storySourcesKey({ ...STARS, mainPath: 'maps/other.ink' })).not.toBe(storySourcesKey(STARS));
    expect(builtStoryFor({ format: 'something else' }, STARS)).toBeNull();
  });
});
