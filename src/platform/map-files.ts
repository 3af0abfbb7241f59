// The files a map is loaded from, as one ReadFile for loadLevelFromFiles and one way to find its tileset
// images: a set of files the player dropped or picked (a folder, or the map with its tilesets, templates
// and images), the dev server's maps/ folder, or texts the build bundles. The loader asks for files by
// paths it has already resolved against the map's folder (the map's own path is the first); image URLs
// are asked for by paths relative to the map. Nothing here reads more than a cap.
import type { ReadFile } from '../level/load-level.ts';
import { FileRefusedError } from '../tiled/load-tiled-files.ts';
import type { MapProblem } from '../tiled/tiled-map.ts';
import { MAXIMUM_GATHERED_FILES, MAXIMUM_IMPORT_BYTES, describeSize } from './file-import.ts';

/** Extensions of map files, in the order a folder's maps are preferred when they were saved together. */
export const MAP_EXTENSIONS = ['.tmx', '.tmj', '.json'] as const;
/** All the dropped files together: a folder of art can be large, but not this large. */
export const MAXIMUM_DROPPED_BYTES = 64 * 1024 * 1024;

export interface MapFileSet {
  /** The path the map is read by (the first of the loader's files). */
  readonly mapPath: string;
  /** As the player reads it: `maps/night-escape.tmj`, `my-level/level.tmx`. */
  readonly label: string;
  readonly readFile: ReadFile;
  /** A URL the browser can load for an image at `path` (relative to the map), or null when the set lacks it. */
  readonly imageUrl: (path: string) => string | null;
  /** Where the set comes from: the dev server's files can change while the game runs (live reload). */
  readonly origin: 'dropped' | 'server' | 'bundled';
  /** What gathering the files had to say (a folder cut to MAXIMUM_GATHERED_FILES), shown with the map's own warnings. */
  readonly notices?: readonly MapProblem[];
}

/** Files a drop or a picked folder left out (file-gathering.ts): none, unless it held too many. */
export interface FilesLeftOut {
  readonly skipped: number;
  /** The folder's walk stopped early: `skipped` is at least this many. */
  readonly walkCut: boolean;
}

const NONE_LEFT_OUT: FilesLeftOut = { skipped: 0, walkCut: false };

function leftOutText(leftOut: FilesLeftOut): string {
  return `${leftOut.walkCut ? 'at least ' : ''}${leftOut.skipped} more file${leftOut.skipped === 1 && !leftOut.walkCut ? ' was' : 's were'} skipped`;
}

/** `a/b/../c` to `a/c`; backslashes (Tiled on Windows) as slashes; a leading slash dropped. */
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replaceAll('\\', '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** Resolves a path a map names against the map's folder; the map's own path stays as it is. */
export function resolveFromMap(mapPath: string, path: string): string {
  if (path === mapPath) return normalizePath(path);
  const folder = mapPath.includes('/') ? mapPath.slice(0, mapPath.lastIndexOf('/')) : '';
  return normalizePath(folder === '' ? path : `${folder}/${path}`);
}

/** The last part of a path, whatever the separator: Tiled on Windows writes backslashes. */
export function fileNameOf(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}

export function isMapFile(path: string): boolean {
  const lower = path.toLowerCase();
  return MAP_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** One dropped or picked file, with its path inside what was dropped (`level/tiles.tsx`, or just its name). */
export interface DroppedFile {
  readonly path: string;
  readonly file: Blob;
  /** When it was last saved: of several maps, the newest is the one just saved in Tiled. */
  readonly lastModified: number;
}

function refusal(place: string, message: string, hint: string): MapProblem {
  return { severity: 'error', message, place, hint };
}

/** The map to play among the dropped files: the one saved last (a folder may hold several). */
export function pickMap(files: readonly DroppedFile[]): DroppedFile | null {
  let best: DroppedFile | null = null;
  for (const candidate of files) {
    // A .json file may be a tileset: it is a map candidate only when no .tmx or .tmj was dropped.
    if (!isMapFile(candidate.path)) continue;
    if (best === null || rank(candidate) < rank(best) || (rank(candidate) === rank(best) && candidate.lastModified > best.lastModified)) best = candidate;
  }
  return best;
}

function rank(file: DroppedFile): number {
  return file.path.toLowerCase().endsWith('.json') ? 1 : 0;
}

/**
 * A file set over what the player dropped. A path the map names is looked up relative to the map first,
 * then, if the files were dropped loose (no folder), by its file name alone when exactly one file has it.
 */
export function droppedFileSet(files: readonly DroppedFile[], leftOut: FilesLeftOut = NONE_LEFT_OUT): MapFileSet | MapProblem {
  let total = 0;
  for (const dropped of files) total += dropped.file.size;
  if (total > MAXIMUM_DROPPED_BYTES) {
    return refusal(
      `${files.length} dropped files`,
      `the dropped files are ${describeSize(total)} together; at most ${describeSize(MAXIMUM_DROPPED_BYTES)} are read`,
      'Drop the map with only its tilesets, templates and images, not a whole project folder.',
    );
  }
  const map = pickMap(files);
  const skipped = leftOut.skipped > 0 ? ` (${leftOutText(leftOut)}: more than ${MAXIMUM_GATHERED_FILES} files)` : '';
  if (map === null) {
    const names = files.slice(0, 5).map((dropped) => dropped.path).join(', ');
    return refusal(
      files.length === 1 ? `file "${files[0]?.path ?? ''}"` : `${files.length} dropped files (${names}${files.length > 5 ? ', ...' : ''})`,
      `there is no Tiled map (.tmx, .tmj or .json) among the dropped files${skipped}`,
      'Drop the map file itself (with its tilesets and images), or the folder it is in.',
    );
  }
  const notices: MapProblem[] = leftOut.skipped === 0 ? [] : [{
    severity: 'warning',
    place: `${files.length + leftOut.skipped}${leftOut.walkCut ? '+' : ''} dropped files`,
    message: `only ${MAXIMUM_GATHERED_FILES} files are read from a drop or a folder (MAXIMUM_GATHERED_FILES): ${leftOutText(leftOut)}; maps, tilesets, templates and images were kept first`,
    hint: 'Drop or pick the map\'s own folder, not a whole project: a tileset or image among the skipped files would be missing.',
  }];
  const byPath = new Map<string, DroppedFile>();
  const byName = new Map<string, DroppedFile | null>();
  for (const dropped of files) {
    byPath.set(normalizePath(dropped.path), dropped);
    const name = fileNameOf(dropped.path).toLowerCase();
    // Two files of one name: a name alone no longer says which, so neither is found by name.
    byName.set(name, byName.has(name) ? null : dropped);
  }
  const lookUp = (path: string): DroppedFile | null =>
    byPath.get(normalizePath(path)) ?? byName.get(fileNameOf(path).toLowerCase()) ?? null;
  const find = (pathFromMap: string): DroppedFile | null => lookUp(resolveFromMap(map.path, pathFromMap));
  const urls = new Map<DroppedFile, string>();
  return {
    mapPath: map.path,
    label: map.path,
    origin: 'dropped',
    notices,
    readFile: async (path) => {
      const found = path === map.path ? map : lookUp(path);
      if (found === null) throw new Error(`"${path}" is not among the ${files.length} dropped files${skipped}; drop it together with the map, or drop the whole folder`);
      if (found.file.size > MAXIMUM_IMPORT_BYTES) throw new FileRefusedError(`"${path}" is ${describeSize(found.file.size)}; files larger than ${describeSize(MAXIMUM_IMPORT_BYTES)} are not read`);
      return new Uint8Array(await found.file.arrayBuffer());
    },
    imageUrl: (path) => {
      const found = find(path);
      if (found === null) return null;
      let url = urls.get(found);
      if (url === undefined) {
        url = URL.createObjectURL(found.file);
        urls.set(found, url);
      }
      return url;
    },
  };
}

/** Reads a response's body, refusing one over the cap before and while reading. */
async function cappedBody(response: Response, path: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAXIMUM_IMPORT_BYTES) throw new FileRefusedError(`"${path}" is ${describeSize(declared)}; files larger than ${describeSize(MAXIMUM_IMPORT_BYTES)} are not read`);
  const body = new Uint8Array(await response.arrayBuffer());
  if (body.length > MAXIMUM_IMPORT_BYTES) throw new FileRefusedError(`"${path}" is larger than ${describeSize(MAXIMUM_IMPORT_BYTES)}; not read`);
  return body;
}

/**
 * A file set over a web server's files (the dev server serves the repository): `mapPath` is a path from
 * `baseUrl`, e.g. `maps/night-escape.tmj`. Never cached: live reload must see the file just saved.
 */
export function serverFileSet(baseUrl: string, mapPath: string, fetchFile: typeof fetch = fetch): MapFileSet {
  const urlOf = (path: string): string => new URL(normalizePath(path), baseUrl).href;
  return {
    mapPath,
    label: mapPath,
    origin: 'server',
    readFile: async (path) => {
      const response = await fetchFile(urlOf(path), { cache: 'no-store' });
      // A single-page server answers a missing file with its index page: that is no map either.
      if (!response.ok || (response.headers.get('content-type') ?? '').includes('text/html')) {
        throw new Error(`"${normalizePath(path)}" is not on the server (HTTP ${response.status})`);
      }
      return cappedBody(response, path);
    },
    imageUrl: (pathFromMap) => urlOf(resolveFromMap(mapPath, pathFromMap)),
  };
}

/** A file set over texts the build bundles, by repository path; images by repository path to URL. */
export function bundledFileSet(options: {
  readonly mapPath: string;
  /** Each file the build carries, read when asked for (a chapter's files are fetched only when it is played). */
  readonly texts: ReadonlyMap<string, () => Promise<string>>;
  readonly images: ReadonlyMap<string, string>;
}): MapFileSet {
  const { mapPath, texts, images } = options;
  return {
    mapPath,
    label: mapPath,
    origin: 'bundled',
    readFile: (path) => {
      const read = texts.get(normalizePath(path));
      if (read === undefined) return Promise.reject(new Error(`"${normalizePath(path)}" is not in this build`));
      return read().then((text) => new TextEncoder().encode(text));
    },
    imageUrl: (path) => images.get(resolveFromMap(mapPath, path)) ?? null,
  };
}

/** One text, as a file set: what the test hook hands the game. */
export function textFileSet(text: string, fileName: string): MapFileSet | MapProblem {
  return droppedFileSet([{ path: fileName, file: new Blob([text]), lastModified: 0 }]);
}

export function isMapProblem(value: MapFileSet | MapProblem): value is MapProblem {
  return 'severity' in value;
}

/**
 * Whether a save of `changedPath` (from the project's root) can change a level that read `filesRead`:
 * those are the loader's own paths, already resolved against the map's folder, so they are compared as
 * they are, not resolved again.
 */
export function isLevelFile(options: { readonly filesRead: readonly string[]; readonly changedPath: string; readonly loadFailed: boolean }): boolean {
  const { filesRead, changedPath, loadFailed } = options;
  // A map that failed may not have got as far as naming its tilesets: any save in its folder may fix it.
  if (loadFailed || changedPath.endsWith('.tiled-project')) return true;
  const changed = normalizePath(changedPath);
  return filesRead.some((file) => normalizePath(file) === changed);
}
