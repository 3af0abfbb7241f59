// The one size cap for a file a player or a tool hands the game, and sizes as people read them. The
// cap is checked before a byte is read (a 2 GB file would otherwise hang a tab or fill memory).

/** Far above any real map (night-escape is about 30 KB; a 256x256 map with four CSV layers about 1.5 MB). */
export const MAXIMUM_IMPORT_BYTES = 8 * 1024 * 1024;

/** A folder with more files than this is not a map's folder: only this many are kept (maps first, file-gathering.ts). */
export const MAXIMUM_GATHERED_FILES = 2000;

/** Sizes as people read them: 2 GB, 9.5 MB, 512 KB, 12 bytes. */
export function describeSize(bytes: number): string {
  const units: readonly [string, number][] = [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024]];
  for (const [unit, size] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ${unit}`;
    }
  }
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}
