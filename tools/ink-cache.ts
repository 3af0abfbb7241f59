// The tools' ink compiled once: a story's compiled result is kept in .cache/ink/ under a key of everything
// the result depends on (each source's path and text, the inkjs version, and the game's code that drives
// the compiler), so a second run of a tool reads it instead of compiling, and a story edited since (or a
// new compiler) has another key: a stale result can never be found. Each file also carries the game's own
// key of its sources (src/story/built-story.ts), checked again when it is read.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StorySources } from '../src/level/load-level.ts';
import { builtStory, builtStoryFor } from '../src/story/built-story.ts';
import type { CompileStory } from '../src/story/level-story.ts';
import { loadStory } from '../src/story/load-story.ts';

const root = resolve(import.meta.dirname, '..');
/** Bumped when what the cache holds changes, so files kept the old way are never read. */
const CACHE_VERSION = 1;
/** What compiles a story besides its sources: the compiler's package and the code that calls it. */
const COMPILER_FILES = ['node_modules/inkjs/package.json', 'src/story/ink-compiler.ts', 'src/story/ink-story-facts.ts', 'src/story/built-story.ts'];

export function defaultInkCacheFolder(): string {
  return resolve(process.env.ANALOG_DREAMS_INK_CACHE ?? join(root, '.cache', 'ink'));
}

/** Counts this process's writes: each goes to a name no other write uses. */
let writes = 0;
let compilerFingerprint: string | null = null;

function fingerprintOfCompiler(): string {
  if (compilerFingerprint === null) {
    const hash = createHash('sha256');
    for (const file of COMPILER_FILES) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
    compilerFingerprint = hash.digest('hex');
  }
  return compilerFingerprint;
}

/** The cache's key of a story: SHA-256 over the compiler's fingerprint, the main path and every source. */
export function inkCacheKey(story: StorySources): string {
  const hash = createHash('sha256').update(`${CACHE_VERSION}\0${fingerprintOfCompiler()}\0${story.mainPath}\0`);
  for (const path of [...story.sources.keys()].sort()) hash.update(`${path}\0${story.sources.get(path) ?? ''}\0`);
  return hash.digest('hex');
}

function readKept(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Compiles as `compile` does (the game's compiler by default), keeping each story that compiles in
 * `folder`. A story that does not compile is not kept: its problems are told afresh each run.
 */
export function cachedCompileStory(options: { readonly folder?: string; readonly compile?: CompileStory } = {}): CompileStory {
  const folder = options.folder ?? defaultInkCacheFolder();
  const compile = options.compile ?? loadStory;
  return async (story) => {
    const path = join(folder, `${inkCacheKey(story)}.json`);
    const kept = builtStoryFor(readKept(path), story);
    if (kept !== null) return kept;
    const compiled = await compile(story);
    if (!compiled.ok) return compiled;
    try {
      mkdirSync(folder, { recursive: true });
      // Written whole, then renamed: a tool running beside this one reads the old file or the new, never half.
      const unique = `${path}.${process.pid}-${writes += 1}`;
      writeFileSync(unique, JSON.stringify(builtStory(story, compiled)));
      renameSync(unique, path);
    } catch {
      // A cache that cannot be written only costs the next run a compile.
    }
    return compiled;
  };
}
