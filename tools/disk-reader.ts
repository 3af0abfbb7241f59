// The file reader Node programs give the map loader: paths as given (relative to the working folder, or
// absolute). Only regular files are read, and only up to the loader's cap: a FIFO or /dev/zero would
// otherwise hang or fill memory, and stat reports no size for them.
import { open } from 'node:fs/promises';
import type { ReadFile } from '../src/level/load-level.ts';
import { MAX_FILE_BYTES } from '../src/tiled/map-limits.ts';

export const readFromDisk: ReadFile = async (path) => {
  const handle = await open(path, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Error(`${path} is not a regular file`);
    if (stats.size > MAX_FILE_BYTES) throw new Error(`${path} is ${stats.size} bytes; at most ${MAX_FILE_BYTES} are read`);
    const bytes = new Uint8Array(stats.size);
    let length = 0;
    while (length < bytes.length) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return bytes.subarray(0, length);
  } finally {
    await handle.close();
  }
};
