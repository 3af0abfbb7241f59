// Reads a map's embedded tilesets and the tiles in them that carry a class, properties or an animation.
import { quoteShort, tilePlace, tilesetPlace } from './places.ts';
import { describeJson, FieldReader, isJsonObject, RESAVE_HINT, type JsonObject, type ProblemList } from './problem-list.ts';
import { readObjects } from './read-tiled-objects.ts';
import { readProperties } from './read-tiled-properties.ts';
import type { TiledImage, TiledProperties, TiledTile, TiledTileset } from './tiled-map.ts';
import { resolvePath } from './tiled-paths.ts';

/** Tilesets in one map: more is a damaged or hostile file (gids have 28 bits, but no map needs that many). */
export const MAX_TILESETS = 1000;
/** Tile entries in one tileset (a 4096x4096 image of 16x16 tiles has 65,536). */
export const MAX_TILE_ENTRIES = 65_536;

/** The key under which the file loader leaves an inlined external tileset's file path. */
export const RESOLVED_SOURCE_KEY = 'resolvedsource';

interface TilesetScope {
  readonly problems: ProblemList;
  /** The map path's folder, onto which images (relative to the map) are joined for reading. */
  readonly mapFolder: string;
}

export function readTilesets(value: unknown, scope: TilesetScope): TiledTileset[] {
  const { problems } = scope;
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.error('map', `"tilesets" should be a list but is ${describeJson(value)}`, RESAVE_HINT);
    return [];
  }
  if (value.length > MAX_TILESETS) {
    problems.error('map', `the map has ${value.length} tilesets; at most ${MAX_TILESETS} are read`, 'Merge tilesets, or remove those the map does not use (Map > Remove Unused Tilesets... in recent Tiled).');
    return [];
  }
  const tilesets: TiledTileset[] = [];
  value.forEach((entry, index) => {
    const tileset = readTileset(entry, index, scope);
    if (tileset !== undefined) tilesets.push(tileset);
  });
  return tilesets.sort((a, b) => a.firstGid - b.firstGid);
}

function readTileset(entry: unknown, index: number, scope: TilesetScope): TiledTileset | undefined {
  const { problems } = scope;
  if (!isJsonObject(entry)) {
    problems.error(`tileset ${index + 1}`, `a tileset should be an object but is ${describeJson(entry)}`, RESAVE_HINT);
    return undefined;
  }
  if (typeof entry.source === 'string') {
    problems.error(
      `tileset file "${quoteShort(entry.source)}"`,
      `the map uses the external tileset "${quoteShort(entry.source)}", which was not read`,
      'Load the map with its files (loadLevelFromFiles, validate-map or the game\'s Custom Level), or in Tiled press "Embed Tileset" and save the map.',
    );
    return undefined;
  }
  const name = typeof entry.name === 'string' && entry.name !== '' ? entry.name : `#${index + 1}`;
  const place = tilesetPlace(name);
  const fields = new FieldReader(entry, place, problems);
  const tileCount = fields.number('tilecount', 0, { integer: true, min: 0 });
  const image = fields.string('image', '');
  const tiles = new Map<number, TiledTile>();
  const tileList = entry.tiles;
  if (Array.isArray(tileList) && tileList.length > MAX_TILE_ENTRIES) {
    problems.error(place, `the tileset lists ${tileList.length} tiles; at most ${MAX_TILE_ENTRIES} are read`, 'Split the tileset in two.');
  } else if (Array.isArray(tileList)) {
    for (const tileJson of tileList) {
      const tile = readTile(tileJson, { tilesetName: name, scope });
      if (tile !== undefined) tiles.set(tile.id, tile);
    }
  } else if (tileList !== undefined) {
    problems.error(place, `"tiles" should be a list but is ${describeJson(tileList)}`, RESAVE_HINT);
  }
  return {
    name,
    firstGid: fields.number('firstgid', 1, { integer: true, min: 1, max: 0x0fffffff, required: true }),
    tileCount,
    columns: fields.number('columns', 0, { integer: true, min: 0 }),
    tileWidth: fields.number('tilewidth', 1, { integer: true, min: 1, required: true }),
    tileHeight: fields.number('tileheight', 1, { integer: true, min: 1, required: true }),
    margin: fields.number('margin', 0, { integer: true, min: 0 }),
    spacing: fields.number('spacing', 0, { integer: true, min: 0 }),
    image,
    imagePath: image === '' ? '' : resolvePath(scope.mapFolder, image),
    imageWidth: fields.number('imagewidth', 0, { integer: true, min: 0 }),
    imageHeight: fields.number('imageheight', 0, { integer: true, min: 0 }),
    tiles,
    properties: readProperties(entry.properties, place, problems),
    tileOffset: readTileOffset(entry.tileoffset, fields),
    ...(typeof entry[RESOLVED_SOURCE_KEY] === 'string' ? { source: entry[RESOLVED_SOURCE_KEY] } : {}),
  };
}

function readTileOffset(value: unknown, fields: FieldReader): { x: number; y: number } {
  if (value === undefined) return { x: 0, y: 0 };
  if (!isJsonObject(value)) {
    fields.number('tileoffset', 0);
    return { x: 0, y: 0 };
  }
  const offset = new FieldReader(value, `${fields.place} tile offset`, fields.problemList);
  return { x: offset.number('x', 0), y: offset.number('y', 0) };
}

function readTileImage(entry: JsonObject, fields: FieldReader, mapFolder: string): TiledImage | undefined {
  if (!fields.has('image')) return undefined;
  const path = fields.string('image', '');
  return {
    path,
    readPath: resolvePath(mapFolder, path),
    width: fields.number('imagewidth', 0, { integer: true, min: 0 }),
    height: fields.number('imageheight', 0, { integer: true, min: 0 }),
  };
}

function readTile(
  entry: unknown,
  { tilesetName, scope }: { readonly tilesetName: string; readonly scope: TilesetScope },
): TiledTile | undefined {
  const { problems } = scope;
  if (!isJsonObject(entry) || typeof entry.id !== 'number' || !Number.isInteger(entry.id) || entry.id < 0) {
    problems.error(tilesetPlace(tilesetName), 'a tile entry has no valid "id"', RESAVE_HINT);
    return undefined;
  }
  const place = tilePlace(entry.id, tilesetName);
  const fields = new FieldReader(entry, place, problems);
  const className = fields.string('class', '') || fields.string('type', '');
  const properties: TiledProperties = readProperties(entry.properties, place, problems);
  const animation = readAnimation(entry.animation, place, problems);
  const collision = isJsonObject(entry.objectgroup)
    ? readObjects(entry.objectgroup.objects, { layerName: '', ownerPlace: `the collision shapes of ${place}`, offset: { x: 0, y: 0 }, problems })
    : [];
  const image = readTileImage(entry, fields, scope.mapFolder);
  if (className === '' && Object.keys(properties).length === 0 && animation.length === 0 && collision.length === 0 && image === undefined) return undefined;
  return { id: entry.id, className, properties, animation, collision, ...(image === undefined ? {} : { image }) };
}

function readAnimation(value: unknown, place: string, problems: ProblemList): TiledTile['animation'] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.error(place, `"animation" should be a list but is ${describeJson(value)}`, RESAVE_HINT);
    return [];
  }
  const frames: { tileId: number; durationMs: number }[] = [];
  for (const frame of value) {
    if (!isJsonObject(frame) || typeof frame.tileid !== 'number' || typeof frame.duration !== 'number'
      || !Number.isInteger(frame.tileid) || frame.tileid < 0 || !Number.isFinite(frame.duration) || frame.duration < 0) {
      problems.error(place, 'an animation frame needs a "tileid" and a "duration"', RESAVE_HINT);
      continue;
    }
    frames.push({ tileId: frame.tileid, durationMs: frame.duration });
  }
  return frames;
}
