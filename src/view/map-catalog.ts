// Which map to play and where its tileset images are, with no Phaser, so Node tests can check it:
// the maps and images the build ships, `?map=<name>` and `?chapter=<key>` from the address, and images of
// dropped maps.
import type { loadLevelWithStory } from '../story/level-story.ts';
import { fileNameOf, type MapFileSet } from '../platform/map-files.ts';
import { FIRST_CHAPTER, NIGHT_ESCAPE, type Chapter } from '../story/chapters.ts';
import type { MapProblem } from '../tiled/tiled-map.ts';
import { resolveRelative } from './asset-paths.ts';

export const MAPS_FOLDER = 'maps';
/** The first chapter's map name: what `?map=` examples and the title lead to. */
export const DEFAULT_MAP_NAME = NIGHT_ESCAPE.mapPath.replace(/^maps\//, '').replace(/\.tmj$/, '');

/** A playable map as loaded: the level (or its problems), the files read, and its story's director. */
export type LoadedWithStory = Awaited<ReturnType<typeof loadLevelWithStory>>;

/** Where a map's text comes from: a chapter's map, another file the build ships, or a file the player dropped. */
export type MapRequest =
  | { readonly kind: 'chapter'; readonly key: string; readonly playAtOnce: boolean }
  | { readonly kind: 'shipped'; readonly name: string; readonly playAtOnce: boolean }
  | { readonly kind: 'text'; readonly text: string; readonly fileName: string }
  /** Files the player dropped or picked: played by the custom level's row. */
  | { readonly kind: 'files'; readonly files: MapFileSet }
  /** No map: only the character sheets the title stands its cast from, then the title itself. */
  | { readonly kind: 'title' }
  /** Loaded already (by the boot scene's own load, or by live reload): only its images are left to load. */
  | { readonly kind: 'loaded'; readonly loaded: LoadedWithStory; readonly files: MapFileSet; readonly chapter: Chapter; readonly playAtOnce: boolean };

/**
 * Where a new page and every dead end lead: the title, with no chapter loaded behind it. New game,
 * Continue and Chapter select each load the chapter chosen, so none is read only to be replaced.
 */
export const TITLE_REQUEST: MapRequest = { kind: 'title' };

/** The chapter asked for in the address (`?chapter=night-escape`), or null when none is. */
export function chapterKeyFromSearch(search: string): string | null {
  const raw = new URLSearchParams(search).get('chapter');
  return raw === null ? null : raw.trim();
}

export function unknownChapterProblem(key: string, available: readonly string[]): MapProblem {
  return {
    severity: 'error',
    message: `there is no chapter "${key}". Chapters in this build: ${available.length === 0 ? 'none' : available.join(', ')}.`,
    place: `?chapter=${key}`,
    hint: `Use a chapter's key from src/story/chapters.ts, e.g. ?chapter=${available[0] ?? FIRST_CHAPTER.key}, or ?map=<name> for any shipped map.`,
  };
}

export function shippedMapPath(name: string, extension: '.tmj' | '.tmx' = '.tmj'): string {
  return `${MAPS_FOLDER}/${name}${extension}`;
}

/** Map names (`night-escape`) from repository paths (`maps/night-escape.tmj`), sorted. */
export function shippedMapNames(paths: Iterable<string>): string[] {
  const names: string[] = [];
  for (const path of paths) {
    const match = /^maps\/(.+)\.tm[jx]$/.exec(path);
    if (match?.[1] !== undefined && !names.includes(match[1])) names.push(match[1]);
  }
  return names.sort();
}

/**
 * The map asked for in the address (`?map=night-escape`), or null when none is. Forgiving about what a
 * builder types: `night-escape.tmj` and `maps/night-escape` mean the same map.
 */
export function mapNameFromSearch(search: string): string | null {
  const raw = new URLSearchParams(search).get('map');
  if (raw === null) return null;
  const name = raw.trim().replace(/^\.?\/?maps\//, '').replace(/\.tm[jx]$/i, '');
  return name;
}

export function unknownMapProblem(name: string, available: readonly string[]): MapProblem {
  const list = available.length === 0 ? 'none' : available.join(', ');
  return {
    severity: 'error',
    message:
      name === ''
        ? `?map= needs a map name. Maps in this build: ${list}.`
        : `there is no map "${name}" (${shippedMapPath(name, '.tmx')} or ${shippedMapPath(name)}). Maps in this build: ${list}.`,
    place: `?map=${name}`,
    hint: `Use the file name without .tmx or .tmj, e.g. ?map=${available[0] ?? DEFAULT_MAP_NAME}. A map saved after \`npm run build\` needs \`npm run dev\` (or a rebuild); you can also drop the .tmj file onto the game.`,
  };
}

export interface TilesetImageRequest {
  readonly name: string;
  /** As written in the map, relative to it. */
  readonly image: string;
}

export interface ResolvedTilesetImage {
  /** Repository path of the shipped image, e.g. `assets/generated/night-district.png`: its texture's key. */
  readonly path: string;
  readonly url: string;
}

export interface TilesetImageResolution {
  /** By tileset name. */
  readonly images: ReadonlyMap<string, ResolvedTilesetImage>;
  readonly problems: readonly MapProblem[];
}

/**
 * Finds each tileset's image among the images the build ships (`images`: repository path to URL). A
 * shipped map's relative path is tried first; then, for dropped maps whose folder is unknown, the file
 * name alone, preferring assets/generated/ over maps/.
 */
export function resolveTilesetImages(options: {
  readonly tilesets: readonly TilesetImageRequest[];
  /** Repository path of a shipped map; null for a dropped file, whose folder the game cannot know. */
  readonly mapPath: string | null;
  /** Shown in problems: `maps/a.tmj` or the dropped file's name. */
  readonly mapLabel: string;
  readonly images: ReadonlyMap<string, string>;
  /** The URL of an image among the map's own files (dropped with it, or on the server), tried first. */
  readonly ownImageUrl?: (path: string) => string | null;
}): TilesetImageResolution {
  const byFileName = new Map<string, string>();
  // Sorted so assets/generated/ wins over maps/ when both ship a file of the same name.
  for (const path of [...options.images.keys()].sort()) {
    const name = fileNameOf(path).toLowerCase();
    if (!byFileName.has(name)) byFileName.set(name, path);
  }
  const images = new Map<string, ResolvedTilesetImage>();
  const problems: MapProblem[] = [];
  for (const tileset of options.tilesets) {
    const place = `tileset "${tileset.name}" in ${options.mapLabel}`;
    if (tileset.image === '') {
      problems.push({
        severity: 'error',
        message: `tileset "${tileset.name}" has no single image (an image collection?)`,
        place,
        hint: 'Use a tileset made from one image (Tileset > New Tileset, "Based on Tileset Image").',
      });
      continue;
    }
    const own = options.ownImageUrl?.(tileset.image) ?? null;
    if (own !== null) {
      images.set(tileset.name, { path: own, url: own });
      continue;
    }
    const relative = options.mapPath === null ? null : resolveRelative(options.mapPath, tileset.image);
    const fileName = fileNameOf(tileset.image);
    const path =
      relative !== null && options.images.has(relative) ? relative : byFileName.get(fileName.toLowerCase());
    const url = path === undefined ? undefined : options.images.get(path);
    if (path === undefined || url === undefined) {
      const shipped = [...byFileName.keys()].join(', ');
      problems.push({
        severity: 'error',
        message: `the image "${fileName}" of tileset "${tileset.name}" is not one the game ships (it has: ${shipped === '' ? 'none' : shipped})`,
        place,
        hint: 'Tileset images are found by file name among assets/generated/*.png and maps/*.png. Use one of those images, or put yours in maps/ (see maps/README.md).',
      });
      continue;
    }
    images.set(tileset.name, { path, url });
  }
  return { images, problems };
}
