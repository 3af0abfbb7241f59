// Inlines the files a map names into the map (in Tiled's JSON shape) before it is normalized: external
// tilesets take their place in the tileset list with the map's firstgid, templates are merged under the
// objects that use them (the object's own values win, property by property). Paths inside a tileset or a
// template are relative to that file: they are rebased onto the map here, so the normalizer sees a map
// as if everything had been embedded.
import { quoteShort } from './places.ts';
import { isJsonObject, type JsonObject } from './problem-list.ts';
import { RESOLVED_SOURCE_KEY } from './read-tiled-tilesets.ts';
import type { FileSource } from './load-tiled-files.ts';
import { FLIPPED_DIAGONALLY, FLIPPED_HORIZONTALLY, FLIPPED_VERTICALLY, GID_MASK, ROTATED_HEXAGONAL_120 } from './tiled-map.ts';
import { folderOf, resolvePath } from './tiled-paths.ts';

type MutableObject = Record<string, unknown>;

interface ResolveScope {
  readonly source: FileSource;
  readonly mapPath: string;
}

/** An external tileset as the map uses it: the file it was read from and the map's first gid for it. */
export interface TilesetUse {
  readonly readPath: string;
  readonly firstGid: number;
}

/** Group layers are walked this deep at most (the normalizer refuses deeper ones with a message). */
const MAX_WALK_DEPTH = 70;

const FLIP_BITS = (FLIPPED_HORIZONTALLY | FLIPPED_VERTICALLY | FLIPPED_DIAGONALLY | ROTATED_HEXAGONAL_120) >>> 0;

export async function inlineTilesets(map: MutableObject, scope: ResolveScope): Promise<TilesetUse[]> {
  if (!Array.isArray(map.tilesets)) return [];
  const mapFolder = folderOf(scope.mapPath);
  const uses: TilesetUse[] = [];
  const entries = await Promise.all((map.tilesets as unknown[]).map(async (entry) => {
    if (!isJsonObject(entry) || typeof entry.source !== 'string') return entry;
    const written = entry.source;
    const readPath = resolvePath(mapFolder, written);
    const tileset = await scope.source.json(readPath, 'tileset');
    if (tileset === undefined) return undefined;
    if (typeof tileset.source === 'string') {
      // It was read: it is the file that names yet another tileset file, which Tiled never writes.
      scope.source.problems.error(
        `tileset file "${quoteShort(readPath)}"`,
        `the tileset file names another tileset file, "${quoteShort(tileset.source)}", as its source; a tileset file must hold the tileset itself`,
        'Open the tileset in Tiled and save it again, or point the map straight at the tileset file it names.',
      );
      return undefined;
    }
    if (typeof entry.firstgid === 'number') uses.push({ readPath, firstGid: entry.firstgid });
    return rebaseTileset(tileset, { firstGid: entry.firstgid, readPath, folder: folderOf(written) });
  }));
  map.tilesets = entries.filter((entry) => entry !== undefined);
  return uses;
}

function rebaseTileset(
  tileset: JsonObject,
  { firstGid, readPath, folder }: { readonly firstGid: unknown; readonly readPath: string; readonly folder: string },
): JsonObject {
  const rebased: MutableObject = { ...tileset, firstgid: firstGid, [RESOLVED_SOURCE_KEY]: readPath };
  delete rebased.type;
  if (typeof tileset.image === 'string' && tileset.image !== '') rebased.image = resolvePath(folder, tileset.image);
  if (Array.isArray(tileset.tiles)) {
    rebased.tiles = tileset.tiles.map((tile: unknown) =>
      isJsonObject(tile) && typeof tile.image === 'string' ? { ...tile, image: resolvePath(folder, tile.image) } : tile);
  }
  return rebased;
}

interface Template {
  readonly object: JsonObject;
  readonly gidShift?: { readonly templateFirstGid: number; readonly mapFirstGid: number };
}

export async function inlineTemplates(map: MutableObject, scope: ResolveScope & { readonly tilesets: readonly TilesetUse[] }): Promise<void> {
  const mapFolder = folderOf(scope.mapPath);
  const objectLists: MutableObject[][] = [];
  collectObjectLists(map.layers, { lists: objectLists, depth: 0 });
  const paths = new Set<string>();
  for (const list of objectLists) {
    for (const object of list) if (isJsonObject(object) && typeof object.template === 'string') paths.add(object.template);
  }
  if (paths.size === 0) return;
  const templates = new Map<string, Template | undefined>();
  await Promise.all([...paths].map(async (written) => {
    templates.set(written, await readTemplate(written, { ...scope, readPath: resolvePath(mapFolder, written) }));
  }));
  for (const list of objectLists) {
    for (let index = 0; index < list.length; index++) {
      const object = list[index];
      if (!isJsonObject(object) || typeof object.template !== 'string') continue;
      const template = templates.get(object.template);
      // An unreadable template was reported once; its objects keep the reference, and the normalizer names each.
      if (template !== undefined) list[index] = instantiate(object, template);
    }
  }
}

function collectObjectLists(layers: unknown, walk: { readonly lists: MutableObject[][]; readonly depth: number }): void {
  if (!Array.isArray(layers) || walk.depth > MAX_WALK_DEPTH) return;
  for (const layer of layers) {
    if (!isJsonObject(layer)) continue;
    if (Array.isArray(layer.objects)) walk.lists.push(layer.objects as MutableObject[]);
    collectObjectLists(layer.layers, { lists: walk.lists, depth: walk.depth + 1 });
  }
}

async function readTemplate(
  written: string,
  scope: ResolveScope & { readonly tilesets: readonly TilesetUse[]; readonly readPath: string },
): Promise<Template | undefined> {
  const json = await scope.source.json(scope.readPath, 'template');
  if (json === undefined) return undefined;
  const place = `file "${quoteShort(scope.readPath)}"`;
  if (!isJsonObject(json.object)) {
    scope.source.problems.error(place, 'the template holds no object', 'Save the template again from Tiled.');
    return undefined;
  }
  const tileset = json.tileset;
  if (!isJsonObject(tileset) || typeof tileset.source !== 'string' || typeof json.object.gid !== 'number') return { object: json.object };
  const tilesetPath = resolvePath(folderOf(scope.readPath), tileset.source);
  const use = scope.tilesets.find((entry) => entry.readPath === tilesetPath);
  if (use === undefined || typeof tileset.firstgid !== 'number') {
    scope.source.problems.error(
      place,
      `the template "${quoteShort(written)}" shows a tile of "${quoteShort(tileset.source)}", which is not one of the map's tilesets`,
      'In Tiled, add that tileset to the map (Map > Add External Tileset), or place the template again: Tiled adds it.',
    );
    return undefined;
  }
  return { object: json.object, gidShift: { templateFirstGid: tileset.firstgid, mapFirstGid: use.firstGid } };
}

/** The template's object with the instance's own fields over it; properties merge by name. */
function instantiate(object: JsonObject, template: Template): JsonObject {
  const base = template.object;
  const merged: MutableObject = { ...base, ...object };
  delete merged.template;
  const properties = mergeProperties(base.properties, object.properties);
  if (properties !== undefined) merged.properties = properties;
  if (object.gid === undefined && typeof base.gid === 'number' && template.gidShift !== undefined) {
    const flags = (base.gid & FLIP_BITS) >>> 0;
    const local = (base.gid & GID_MASK) - template.gidShift.templateFirstGid;
    merged.gid = (flags | (local + template.gidShift.mapFirstGid)) >>> 0;
  }
  return merged;
}

function mergeProperties(base: unknown, own: unknown): readonly unknown[] | undefined {
  const baseList: readonly unknown[] | undefined = Array.isArray(base) ? base : undefined;
  const ownList: readonly unknown[] | undefined = Array.isArray(own) ? own : undefined;
  if (baseList === undefined || ownList === undefined) return ownList ?? baseList;
  const ownNames = new Set(ownList.filter(isJsonObject).map((property) => property.name));
  return [...baseList.filter((property) => !isJsonObject(property) || !ownNames.has(property.name)), ...ownList];
}
