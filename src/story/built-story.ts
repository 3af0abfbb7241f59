// A story compiled ahead of time (by the build, tools/ink-vite-plugin.ts, or a tool's cache) stands in for
// compiling its sources now only while those sources are the ones it was compiled from: the file carries
// the key of its sources, and a story whose key differs (an .ink file edited since) is compiled afresh.
import type { StorySources } from '../level/load-level.ts';
import { hashTexts } from '../tiled/text-hash.ts';
import type { InkCompileResult, InkProblem } from './ink-compiler.ts';
import type { CompileStory } from './level-story.ts';

export const BUILT_STORY_FORMAT = 'analog-dreams-built-story';
/** Bumped when what a built story holds changes: older files are then compiled afresh, never misread. */
export const BUILT_STORY_VERSION = 1;

export type CompiledInk = Extract<InkCompileResult, { ok: true }>;

/** A built story file: the compiler's result for the sources whose key it carries. */
export interface BuiltStory extends CompiledInk {
  readonly format: typeof BUILT_STORY_FORMAT;
  readonly version: typeof BUILT_STORY_VERSION;
  readonly mainPath: string;
  readonly key: string;
}

/** The sources' paths and texts, in a fixed order, as one hash: the same sources give the same key. */
export function storySourcesKey(story: StorySources): string {
  const paths = [...story.sources.keys()].sort();
  return hashTexts([story.mainPath, ...paths.flatMap((path) => [path, story.sources.get(path) ?? ''])]);
}

export function builtStory(story: StorySources, compiled: CompiledInk): BuiltStory {
  return { format: BUILT_STORY_FORMAT, version: BUILT_STORY_VERSION, mainPath: story.mainPath, key: storySourcesKey(story), ...compiled };
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

function isProblem(value: unknown): value is InkProblem {
  if (typeof value !== 'object' || value === null) return false;
  const problem = value as Record<string, unknown>;
  return typeof problem.message === 'string' && typeof problem.file === 'string' && typeof problem.hint === 'string'
    && (problem.line === null || typeof problem.line === 'number');
}

function isVariables(value: unknown): value is Record<string, number> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((entry) => typeof entry === 'number');
}

/** The compiled story a built file holds for `story`, or null when it is not one or not of these sources. */
export function builtStoryFor(file: unknown, story: StorySources): CompiledInk | null {
  if (typeof file !== 'object' || file === null) return null;
  const built = file as Record<string, unknown>;
  if (built.format !== BUILT_STORY_FORMAT || built.version !== BUILT_STORY_VERSION) return null;
  if (built.mainPath !== story.mainPath || built.key !== storySourcesKey(story)) return null;
  const { json, knots, variables, sources, warnings } = built;
  if (typeof json !== 'string' || !isStringList(knots) || !isVariables(variables) || !isStringList(sources)) return null;
  if (!Array.isArray(warnings) || !warnings.every(isProblem)) return null;
  return { ok: true, json, knots, variables, sources, warnings };
}

/**
 * Compiles with built stories where there are any: `find` gives the built file for a main path (null when
 * the build has none, as for a custom level's story), and anything it cannot vouch for goes to `compile`.
 */
export function compileWithBuiltStories(options: {
  readonly find: (mainPath: string) => Promise<unknown>;
  readonly compile: CompileStory;
}): CompileStory {
  return async (story) => {
    const found = builtStoryFor(await options.find(story.mainPath), story);
    return found ?? options.compile(story);
  };
}
