// The one way the tools write a file a user named (dream --out, record-golden, restamp-golden,
// build-assets): never over one of the command's own inputs, never into something that is not a regular
// file (a folder, a FIFO that would block, /dev/full that fails half-way), and never half-written: the
// bytes go to a fresh file beside the target, which then replaces it in one rename.
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class RefusedWriteError extends Error {}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Writes `bytes` to `path`, or throws a RefusedWriteError whose message is one line saying why not.
 * `inputs` are the files the command read: writing over one of them (by any path to it) is refused.
 */
export function writeUserFile(path: string, bytes: string | Uint8Array, options: { readonly inputs?: readonly string[] } = {}): void {
  const folder = dirname(path);
  const folderStats = statOrNull(folder);
  if (folderStats === null) throw new RefusedWriteError(`the folder "${folder}" does not exist; create it first or write elsewhere`);
  if (!folderStats.isDirectory()) throw new RefusedWriteError(`"${folder}" is not a folder`);
  const existing = statOrNull(path);
  if (existing !== null) {
    if (!existing.isFile()) throw new RefusedWriteError(`this is ${kindOf(existing)}, not a file; only regular files are written`);
    for (const input of options.inputs ?? []) {
      const read = statOrNull(input);
      if (read !== null && read.dev === existing.dev && read.ino === existing.ino) {
        throw new RefusedWriteError(`this is "${input}", which this command reads; write the result to another file`);
      }
    }
  }
  const temporary = join(folder, `.${basename(path)}.${process.pid}.tmp`);
  let handle: number | null = null;
  try {
    handle = openSync(temporary, 'wx');
    const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    for (let written = 0; written < data.length; ) written += writeSync(handle, data, written, data.length - written);
    closeSync(handle);
    handle = null;
    renameSync(temporary, path);
  } catch (error) {
    if (handle !== null) closeSync(handle);
    rmSync(temporary, { force: true });
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const reason = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EROFS' ? 'the file system is read-only' : error instanceof Error ? error.message : 'unknown error';
    throw new RefusedWriteError(`it could not be written: ${reason}`);
  }
}
