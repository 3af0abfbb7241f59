// The one way the tools read a user's file from Node, without trusting it: only regular files (a FIFO
// blocks forever on open, /dev/zero never ends, and both report size 0), and never more than a cap,
// whatever stat said. Every failure is one line (readFailure), never a stack trace.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { LevelDefinition } from '../src/level/level-definition.ts';
import type { ReadFile } from '../src/level/load-level.ts';
import type { SceneDirector } from '../src/sim/scene-director.ts';
import { loadLevelWithStory } from '../src/story/level-story.ts';
import { MAXIMUM_IMPORT_BYTES, describeSize } from '../src/platform/file-import.ts';
import { cachedCompileStory } from './ink-cache.ts';

export class RefusedFileError extends Error {}

/** The file's bytes, or a RefusedFileError saying why not. Reads at most `maximumBytes`, then refuses. */
export function readCappedFile(path: string, maximumBytes: number): Uint8Array {
  // stat, not open: opening a FIFO with no writer blocks the process before any check could run.
  const stats = statSync(path);
  if (!stats.isFile()) {
    const kind = stats.isDirectory() ? 'a folder' : stats.isFIFO() ? 'a pipe (FIFO)' : stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : 'not a regular file';
    throw new RefusedFileError(`this is ${kind}, not a file; only regular files are read`);
  }
  if (stats.size > maximumBytes) {
    throw new RefusedFileError(`the file is ${describeSize(stats.size)}; files larger than ${describeSize(maximumBytes)} are not read`);
  }
  const handle = openSync(path, 'r');
  try {
    // One byte past the cap tells a file that grew since stat from one that fits.
    const buffer = new Uint8Array(maximumBytes + 1);
    let length = 0;
    for (;;) {
      const read = readSync(handle, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maximumBytes) throw new RefusedFileError(`the file is larger than ${describeSize(maximumBytes)} (more than its size said); not read`);
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(handle);
  }
}

/** Why a read failed, in one line: the refusal's own words, or the system's reason without its stack. */
export function readFailure(error: unknown): string {
  if (error instanceof RefusedFileError) return error.message;
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'there is no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENAMETOOLONG') return 'the path is too long';
  return `it cannot be read (${code === '' ? 'unknown error' : code})`;
}

/** The file's bytes under the cap, or one line saying why not: every tool reads a user's path through this. */
export function readUserFile(path: string, maximumBytes: number): { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string } {
  try {
    return { ok: true, bytes: readCappedFile(path, maximumBytes) };
  } catch (error) {
    return { ok: false, reason: readFailure(error) };
  }
}

function readForLoader(path: string, maximumBytes: number): Promise<Uint8Array> {
  const read = readUserFile(path, maximumBytes);
  return read.ok ? Promise.resolve(read.bytes) : Promise.reject(new Error(read.reason));
}

/**
 * A ReadFile for loadLevelFromFiles, which asks by paths it has resolved against the map's folder (so
 * they are as the working folder sees them). `mapBytes`, when the caller already read the map, are handed
 * back instead of reading it again.
 */
export function cappedFileReader(mapPath: string, maximumBytes: number, mapBytes?: Uint8Array): ReadFile {
  return (path) => (path === mapPath && mapBytes !== undefined ? Promise.resolve(mapBytes) : readForLoader(path, maximumBytes));
}

/** A ReadFile over the disk for any map, under the game's cap for one file. */
export const readFromDisk: ReadFile = (path) => readForLoader(path, MAXIMUM_IMPORT_BYTES);

/**
 * A map of the repository, loaded as the game loads it: with its tilesets, templates and dream rule maps
 * from disk, and the hash of its text that replays record. Tools and tests that play a chapter use this,
 * not the map's text alone, so the dream's rules and the story are played as in the game. Throws with every error when
 * the map does not load.
 */
export async function loadMapFromDisk(mapPath: string): Promise<{ readonly level: LevelDefinition; readonly mapHash: string; readonly scenes: SceneDirector | null }> {
  const loaded = await loadLevelWithStory({ mapPath, readFile: readFromDisk, compile: cachedCompileStory() });
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => `${mapPath}: ${problem.place}: ${problem.message}`).join('\n'));
  return { level: loaded.value, mapHash: loaded.mapHash, scenes: loaded.director };
}
