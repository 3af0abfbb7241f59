// Reads a map's embedded tilesets and the tiles in them that carry a class, properties or an animation.
import { tilePlace, tilesetPlace } from './places.ts';
import { describeJson, FieldReader, isJsonObject, RESAVE_HINT, type ProblemList } from './problem-list.ts';
import { readProperties } from './read-tiled-properties.ts';
import type { TiledProperties, TiledTile, TiledTileset } from './tiled-map.ts';

export function readTilesets(value: unknown, problems: ProblemList): TiledTileset[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.error('map', `"tilesets" should be a list but is ${describeJson(value)}`, RESAVE_HINT);
    return [];
  }
  const tilesets: TiledTileset[] = [];
  value.forEach((entry, index) => {
    const tileset = readTileset(entry, index, problems);
    if (tileset !== undefined) tilesets.push(tileset);
  });
  return tilesets.sort((a, b) => a.firstGid - b.firstGid);
}

function readTileset(entry: unknown, index: number, problems: ProblemList): TiledTileset | undefined {
  if (!isJsonObject(entry)) {
    problems.error(`tileset ${index + 1}`, `a tileset should be an object but is ${describeJson(entry)}`, RESAVE_HINT);
    return undefined;
  }
  if (typeof entry.source === 'string') {
    problems.error(
      `tileset file "${entry.source}"`,
      `the map uses the external tileset "${entry.source}", which this version cannot read yet`,
      'In Tiled, select the tileset in the Tilesets panel and press "Embed Tileset", then save the map.',
    );
    return undefined;
  }
  const name = typeof entry.name === 'string' && entry.name !== '' ? entry.name : `#${index + 1}`;
  const place = tilesetPlace(name);
  const fields = new FieldReader(entry, place, problems);
  const tileCount = fields.number('tilecount', 0, { integer: true, min: 0 });
  const tiles = new Map<number, TiledTile>();
  const tileList = entry.tiles;
  if (Array.isArray(tileList)) {
    for (const tileJson of tileList) {
      const tile = readTile(tileJson, name, problems);
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
    image: fields.string('image', ''),
    imageWidth: fields.number('imagewidth', 0, { integer: true, min: 0 }),
    imageHeight: fields.number('imageheight', 0, { integer: true, min: 0 }),
    tiles,
    properties: readProperties(entry.properties, place, problems),
  };
}

function readTile(entry: unknown, tilesetName: string, problems: ProblemList): TiledTile | undefined {
  if (!isJsonObject(entry) || typeof entry.id !== 'number' || !Number.isInteger(entry.id) || entry.id < 0) {
    problems.error(tilesetPlace(tilesetName), 'a tile entry has no valid "id"', RESAVE_HINT);
    return undefined;
  }
  const place = tilePlace(entry.id, tilesetName);
  const fields = new FieldReader(entry, place, problems);
  const className = fields.string('class', '') || fields.string('type', '');
  const properties: TiledProperties = readProperties(entry.properties, place, problems);
  const animation = readAnimation(entry.animation, place, problems);
  if (className === '' && Object.keys(properties).length === 0 && animation.length === 0) return undefined;
  return { id: entry.id, className, properties, animation };
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
