// A story compiled from disk into the file the game plays it from (src/story/built-story.ts): its sources
// are read as the game reads them (readStorySources, the INCLUDEs from the main file's folder) and compiled
// as the game would compile them, so the built story is the one the game would have made.
import { resolve } from 'node:path';
import type { StorySources } from '../src/level/load-level.ts';
import { readStorySources } from '../src/level/load-level.ts';
import { builtStory, type BuiltStory } from '../src/story/built-story.ts';
import { compileInk } from '../src/story/compile-ink.ts';
import type { InkProblem } from '../src/story/ink-compiler.ts';
import { MAXIMUM_IMPORT_BYTES } from '../src/platform/file-import.ts';
import { readCappedFile } from './read-capped-file.ts';

export type BuiltStoryResult =
  | { readonly ok: true; readonly story: BuiltStory; readonly sources: StorySources }
  | { readonly ok: false; readonly problems: readonly InkProblem[] };

/** Compiles the story whose main file is `mainPath` (from `root`, with `/`), as the game would. */
export async function buildStoryFile(mainPath: string, root: string): Promise<BuiltStoryResult> {
  const read = await readStorySources(mainPath, (path) => Promise.resolve(readCappedFile(resolve(root, path), MAXIMUM_IMPORT_BYTES)));
  if (read.story === null || read.problems.some((problem) => problem.severity === 'error')) {
    const problems = read.problems.map((problem) => ({ message: problem.message, file: problem.place.replace(/^file /, ''), line: null, hint: problem.hint }));
    return { ok: false, problems: problems.length > 0 ? problems : [{ message: 'the story could not be read', file: mainPath, line: null, hint: 'Check the path.' }] };
  }
  const sources = read.story.sources;
  const compiled = compileInk({ mainPath, readFile: (path) => sources.get(path) ?? null });
  if (!compiled.ok) return compiled;
  return { ok: true, story: builtStory(read.story, compiled), sources: read.story };
}
