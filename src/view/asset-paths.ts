// Paths as the repository sees them ("maps/a.tmj", "assets/generated/b.png"), so a Tiled `image` path
// relative to its map can be matched against the files Vite bundled.
import { normalizePath } from '../platform/map-files.ts';

/** Turns an import.meta.glob key such as `../../../maps/a.tmj` into `maps/a.tmj`. */
export function repositoryPath(globKey: string): string {
  return normalizePath(globKey.replace(/^(\.\.\/)+/, ''));
}

/** Resolves `relative` against the folder of `fromFile`, both repository paths. */
export function resolveRelative(fromFile: string, relative: string): string {
  const cleaned = relative.replaceAll('\\', '/');
  if (cleaned.startsWith('/')) return normalizePath(cleaned.slice(1));
  const folder = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/')) : '';
  return normalizePath(folder === '' ? cleaned : `${folder}/${cleaned}`);
}
