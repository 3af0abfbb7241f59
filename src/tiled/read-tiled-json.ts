// Reads a Tiled JSON map (.tmj) as Tiled 1.8 to 1.12 write it into the normalized TiledMap.
// Nothing here throws on a bad file: every problem comes back as a MapProblem naming its place.
import { decodeLayerData } from './decode-layer-data.ts';
import { layerPlace, objectPlace, tilePlace, tilesetPlace } from './places.ts';
import { collectProblems, describeJson, FieldReader, isJsonObject, type JsonObject, type ProblemList } from './problem-list.ts';
import { readProperties } from './read-tiled-properties.ts';
import type {
  Loaded,
  TiledLayer,
  TiledMap,
  TiledObject,
  TiledObjectLayer,
  TiledProperties,
  TiledShape,
  TiledTile,
  TiledTileLayer,
  TiledTileset,
} from './tiled-map.ts';

/** Widest or tallest map, in tiles, this reader accepts: far beyond any level, far below a memory problem. */
export const MAX_MAP_SIDE = 1024;
/** Cells over all tile layers together: 64 MB of gids. */
export const MAX_TOTAL_CELLS = 16 * 1024 * 1024;
/** Group layers nested deeper than this are refused rather than risking the stack. */
const MAX_GROUP_DEPTH = 64;

const RESAVE_HINT = 'Open the map in Tiled and save it again; if Tiled cannot open it, restore it from version control.';

export function readTiledJson(text: string, options: { readonly fileName?: string } = {}): Loaded<TiledMap> {
  return collectProblems('map reader', (problems) => readMap(text, options.fileName, problems));
}

interface Offset {
  readonly x: number;
  readonly y: number;
}

interface Chunk {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly gids: Uint32Array;
}

/** A tile layer before infinite maps' chunks are placed on one grid. */
interface PendingTileLayer {
  readonly kind: 'tile';
  readonly layer: Omit<TiledTileLayer, 'width' | 'height' | 'gids'>;
  readonly chunks: readonly Chunk[];
}

type PendingLayer = PendingTileLayer | { readonly kind: 'object'; readonly layer: TiledObjectLayer };

interface MapContext {
  readonly problems: ProblemList;
  readonly infinite: boolean;
  readonly width: number;
  readonly height: number;
  readonly encodingDefault: string;
  cellsDecoded: number;
  /** Layers read so far, in file order, group children flattened in place. */
  readonly layers: PendingLayer[];
}

function readMap(text: string, fileName: string | undefined, problems: ProblemList): TiledMap | undefined {
  const filePlace = fileName === undefined ? 'map' : `file "${fileName}"`;
  if (typeof text !== 'string') {
    problems.error(filePlace, 'the map is not text', 'Give the reader the contents of a .tmj file.');
    return undefined;
  }
  let json: unknown;
  try {
    // Some Windows editors start a file with a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    const looksLikeXml = text.trimStart().startsWith('<');
    problems.error(
      filePlace,
      looksLikeXml
        ? 'the file is XML (a .tmx map?), not a JSON map'
        : `the file is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
      looksLikeXml
        ? 'In Tiled, File > Export As (or Save As) and choose "JSON map files (*.tmj *.json)".'
        : 'Was the file cut short or edited by hand? Save it again from Tiled, or restore it from version control.',
    );
    return undefined;
  }
  if (!isJsonObject(json)) {
    problems.error(filePlace, `the file holds ${describeJson(json)}, not a Tiled map`, 'Choose a .tmj map saved by Tiled.');
    return undefined;
  }
  const map = new FieldReader(json, 'map', problems);
  const type = map.string('type', 'map');
  if (type !== 'map') {
    problems.error(filePlace, `the file is a Tiled ${type}, not a map`, 'Choose the .tmj map file, not a tileset or template.');
    return undefined;
  }
  const orientation = map.string('orientation', 'orthogonal');
  if (orientation !== 'orthogonal') {
    problems.error('map', `the map is ${orientation}; only orthogonal maps are supported`, 'In Tiled, Map > Map Properties > Orientation: Orthogonal.');
  }
  const infinite = map.boolean('infinite', false);
  const width = map.number('width', 0, { integer: true, min: 0, required: !infinite });
  const height = map.number('height', 0, { integer: true, min: 0, required: !infinite });
  const tileWidth = map.number('tilewidth', 1, { integer: true, min: 1, required: true });
  const tileHeight = map.number('tileheight', 1, { integer: true, min: 1, required: true });
  if (!infinite && (width > MAX_MAP_SIDE || height > MAX_MAP_SIDE)) {
    problems.error(
      'map',
      `the map is ${width}x${height} tiles; at most ${MAX_MAP_SIDE}x${MAX_MAP_SIDE} is supported`,
      'Split the level into smaller maps, or check that width and height were not damaged.',
    );
    return undefined;
  }
  const properties = readProperties(json.properties, 'map', problems);
  const tilesets = readTilesets(json.tilesets, problems);

  if (!Array.isArray(json.layers)) {
    problems.error('map', 'the map has no "layers" list', RESAVE_HINT);
    return undefined;
  }
  const context: MapContext = { problems, infinite, width, height, encodingDefault: 'csv', cellsDecoded: 0, layers: [] };
  readLayerList(json.layers, { prefix: '', offset: { x: 0, y: 0 }, visible: true, opacity: 1, depth: 0 }, context);
  const pending = context.layers;

  const grid = infinite ? chunkBounds(pending, width, height) : { x: 0, y: 0, width, height };
  if (grid.width > MAX_MAP_SIDE || grid.height > MAX_MAP_SIDE) {
    problems.error(
      'map',
      `the infinite map's tiles span ${grid.width}x${grid.height}; at most ${MAX_MAP_SIDE}x${MAX_MAP_SIDE} is supported`,
      'Erase stray tiles far from the level, or turn off Map Properties > Infinite and crop the map.',
    );
    return undefined;
  }
  const tileLayerCount = pending.filter((entry) => entry.kind === 'tile').length;
  if (tileLayerCount * grid.width * grid.height > MAX_TOTAL_CELLS) {
    problems.error('map', `${tileLayerCount} tile layers of ${grid.width}x${grid.height} are too many cells`, 'Use fewer or smaller tile layers.');
    return undefined;
  }
  const shift = { x: grid.x * tileWidth, y: grid.y * tileHeight };
  const layers = pending.map((entry): TiledLayer =>
    entry.kind === 'tile' ? placeChunks(entry, grid) : shiftObjects(entry.layer, shift));

  return {
    orientation: 'orthogonal',
    width: grid.width,
    height: grid.height,
    tileWidth,
    tileHeight,
    infinite,
    layers,
    tilesets,
    properties,
    ...(infinite ? { tileOrigin: { x: grid.x, y: grid.y } } : {}),
  };
}

interface LayerScope {
  readonly prefix: string;
  readonly offset: Offset;
  readonly visible: boolean;
  readonly opacity: number;
  readonly depth: number;
}

function readLayerList(list: readonly unknown[], scope: LayerScope, context: MapContext): void {
  const { problems, layers } = context;
  if (scope.depth > MAX_GROUP_DEPTH) {
    problems.error(`layer "${scope.prefix}"`, `group layers are nested more than ${MAX_GROUP_DEPTH} deep`, 'Flatten the groups in Tiled.');
    return;
  }
  list.forEach((entry, index) => {
    if (!isJsonObject(entry)) {
      problems.error(`layer ${index + 1} of "${scope.prefix || 'map'}"`, `a layer should be an object but is ${describeJson(entry)}`, RESAVE_HINT);
      return;
    }
    const rawName = typeof entry.name === 'string' ? entry.name : `#${index + 1}`;
    const name = `${scope.prefix}${rawName}`;
    const fields = new FieldReader(entry, layerPlace(name), problems);
    const common = {
      id: fields.number('id', 0, { integer: true }),
      name,
      className: fields.string('class', ''),
      visible: scope.visible && fields.boolean('visible', true),
      properties: readProperties(entry.properties, layerPlace(name), problems),
    };
    const opacity = scope.opacity * fields.number('opacity', 1, { min: 0, max: 1 });
    const offset = {
      x: scope.offset.x + fields.number('offsetx', 0),
      y: scope.offset.y + fields.number('offsety', 0),
    };
    const type = fields.string('type', '');
    switch (type) {
      case 'tilelayer': {
        if (offset.x !== 0 || offset.y !== 0) {
          problems.warning(fields.place, 'the layer offset is ignored: tiles stay on the map grid', 'Set the layer offset to 0, 0 in Tiled.');
        }
        const chunks = readTileData(entry, fields, context);
        if (chunks !== undefined) layers.push({ kind: 'tile', layer: { kind: 'tile', ...common, opacity }, chunks });
        return;
      }
      case 'objectgroup': {
        const objects = readObjects(entry.objects, { layerName: name, offset, problems });
        layers.push({ kind: 'object', layer: { kind: 'object', ...common, objects } });
        return;
      }
      case 'group': {
        const children = Array.isArray(entry.layers) ? entry.layers : [];
        readLayerList(children, { prefix: `${name}/`, offset, visible: common.visible, opacity, depth: scope.depth + 1 }, context);
        return;
      }
      case 'imagelayer':
        // Image layers are decoration only; the view does not draw them yet.
        return;
      default:
        problems.warning(fields.place, `layer type "${type}" is unknown and was skipped`, 'Use tile, object, image or group layers.');
    }
  });
}

function readTileData(entry: JsonObject, fields: FieldReader, context: MapContext): Chunk[] | undefined {
  const { problems } = context;
  const encoding = fields.string('encoding', context.encodingDefault);
  const compression = fields.string('compression', '');
  if (!context.infinite) {
    const width = fields.number('width', context.width, { integer: true, min: 0 });
    const height = fields.number('height', context.height, { integer: true, min: 0 });
    if (width !== context.width || height !== context.height) {
      problems.error(fields.place, `the layer is ${width}x${height} tiles but the map is ${context.width}x${context.height}`, RESAVE_HINT);
      return undefined;
    }
    const gids = decodeCells({ data: entry.data, encoding, compression, width, height }, fields.place, context);
    return gids === undefined ? undefined : [{ x: 0, y: 0, width, height, gids }];
  }
  if (!Array.isArray(entry.chunks)) {
    problems.error(fields.place, 'a tile layer of an infinite map has no "chunks" list', RESAVE_HINT);
    return undefined;
  }
  const chunks: Chunk[] = [];
  for (const [index, chunkJson] of entry.chunks.entries()) {
    const place = `${fields.place} chunk ${index + 1}`;
    if (!isJsonObject(chunkJson)) {
      problems.error(place, `a chunk should be an object but is ${describeJson(chunkJson)}`, RESAVE_HINT);
      continue;
    }
    const chunk = new FieldReader(chunkJson, place, problems);
    const x = chunk.number('x', 0, { integer: true, required: true, min: -1e9, max: 1e9 });
    const y = chunk.number('y', 0, { integer: true, required: true, min: -1e9, max: 1e9 });
    const width = chunk.number('width', 0, { integer: true, required: true, min: 0, max: MAX_MAP_SIDE });
    const height = chunk.number('height', 0, { integer: true, required: true, min: 0, max: MAX_MAP_SIDE });
    const gids = decodeCells({ data: chunkJson.data, encoding, compression, width, height }, place, context);
    if (gids !== undefined) chunks.push({ x, y, width, height, gids });
  }
  return chunks;
}

function decodeCells(
  input: { readonly data: unknown; readonly encoding: string; readonly compression: string; readonly width: number; readonly height: number },
  place: string,
  context: MapContext,
): Uint32Array | undefined {
  const cellCount = input.width * input.height;
  if (context.cellsDecoded + cellCount > MAX_TOTAL_CELLS) {
    context.problems.error(place, `the map's tile layers hold more than ${MAX_TOTAL_CELLS} cells in all`, 'Use fewer or smaller tile layers.');
    return undefined;
  }
  context.cellsDecoded += cellCount;
  const decoded = decodeLayerData({ data: input.data, encoding: input.encoding, compression: input.compression, cellCount });
  if (!decoded.ok) {
    context.problems.error(place, decoded.message, decoded.hint);
    return undefined;
  }
  return decoded.gids;
}

/** The rectangle, in tiles, covering every chunk of every tile layer. */
function chunkBounds(layers: readonly PendingLayer[], width: number, height: number): Offset & { width: number; height: number } {
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const entry of layers) {
    if (entry.kind !== 'tile') continue;
    for (const chunk of entry.chunks) {
      left = Math.min(left, chunk.x);
      top = Math.min(top, chunk.y);
      right = Math.max(right, chunk.x + chunk.width);
      bottom = Math.max(bottom, chunk.y + chunk.height);
    }
  }
  if (left === Number.POSITIVE_INFINITY) return { x: 0, y: 0, width: Math.min(width, MAX_MAP_SIDE), height: Math.min(height, MAX_MAP_SIDE) };
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function placeChunks(entry: PendingTileLayer, grid: Offset & { width: number; height: number }): TiledTileLayer {
  const gids = new Uint32Array(grid.width * grid.height);
  for (const chunk of entry.chunks) {
    for (let row = 0; row < chunk.height; row++) {
      const source = chunk.gids.subarray(row * chunk.width, (row + 1) * chunk.width);
      gids.set(source, (chunk.y - grid.y + row) * grid.width + (chunk.x - grid.x));
    }
  }
  return { ...entry.layer, width: grid.width, height: grid.height, gids };
}

function shiftObjects(layer: TiledObjectLayer, shift: Offset): TiledObjectLayer {
  if (shift.x === 0 && shift.y === 0) return layer;
  return { ...layer, objects: layer.objects.map((object) => ({ ...object, x: object.x - shift.x, y: object.y - shift.y })) };
}

/** The object layer being read: objects are placed by its name and shifted by its (and its groups') offset. */
interface ObjectScope {
  readonly layerName: string;
  readonly offset: Offset;
  readonly problems: ProblemList;
}

function readObjects(list: unknown, scope: ObjectScope): TiledObject[] {
  const { layerName, problems } = scope;
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.error(layerPlace(layerName), `"objects" should be a list but is ${describeJson(list)}`, RESAVE_HINT);
    return [];
  }
  const objects: TiledObject[] = [];
  list.forEach((entry, index) => {
    if (!isJsonObject(entry)) {
      problems.error(layerPlace(layerName), `object number ${index + 1} should be an object but is ${describeJson(entry)}`, RESAVE_HINT);
      return;
    }
    const object = readObject(entry, scope);
    if (object !== undefined) objects.push(object);
  });
  return objects;
}

function readObject(entry: JsonObject, scope: ObjectScope): TiledObject | undefined {
  const { layerName, offset, problems } = scope;
  const id = typeof entry.id === 'number' && Number.isInteger(entry.id) ? entry.id : 0;
  const name = typeof entry.name === 'string' ? entry.name : '';
  const place = objectPlace({ id, name }, layerName);
  const fields = new FieldReader(entry, place, problems);
  fields.number('id', 0, { integer: true, min: 0 });
  fields.string('name', '');
  if (fields.has('template')) {
    problems.error(
      place,
      `the object uses the template file "${fields.string('template', '')}", which this version cannot read yet`,
      'In Tiled, right-click the object and choose Detach (from its template), then save the map.',
    );
    return undefined;
  }
  // Tiled 1.9 wrote `class`; 1.8 and 1.10+ write `type`.
  const className = fields.string('class', '') || fields.string('type', '');
  const shape = readShape(entry, fields, problems);
  return {
    id,
    name,
    className,
    x: offset.x + fields.number('x', 0),
    y: offset.y + fields.number('y', 0),
    width: fields.number('width', 0),
    height: fields.number('height', 0),
    rotation: fields.number('rotation', 0),
    visible: fields.boolean('visible', true),
    shape,
    properties: readProperties(entry.properties, place, problems),
  };
}

function readShape(entry: JsonObject, fields: FieldReader, problems: ProblemList): TiledShape {
  if (fields.has('gid')) return { kind: 'tile', gid: fields.number('gid', 0, { integer: true, min: 0, max: 0xffffffff }) };
  if (fields.boolean('point', false)) return { kind: 'point' };
  if (fields.boolean('ellipse', false)) return { kind: 'ellipse' };
  if (fields.has('polygon')) return { kind: 'polygon', points: readPoints(entry.polygon, 'polygon', { place: fields.place, problems }) };
  if (fields.has('polyline')) return { kind: 'polyline', points: readPoints(entry.polyline, 'polyline', { place: fields.place, problems }) };
  if (fields.has('text')) {
    const text = entry.text;
    return { kind: 'text', text: isJsonObject(text) && typeof text.text === 'string' ? text.text : '' };
  }
  return { kind: 'rectangle' };
}

function readPoints(
  value: unknown,
  key: string,
  { place, problems }: { readonly place: string; readonly problems: ProblemList },
): { x: number; y: number }[] {
  if (!Array.isArray(value)) {
    problems.error(place, `"${key}" should be a list of points but is ${describeJson(value)}`, RESAVE_HINT);
    return [];
  }
  const points: { x: number; y: number }[] = [];
  for (const [index, point] of value.entries()) {
    if (!isJsonObject(point) || typeof point.x !== 'number' || typeof point.y !== 'number'
      || !Number.isFinite(point.x) || !Number.isFinite(point.y)) {
      problems.error(place, `point ${index + 1} of the ${key} is not a pair of numbers`, RESAVE_HINT);
      continue;
    }
    points.push({ x: point.x, y: point.y });
  }
  return points;
}

function readTilesets(value: unknown, problems: ProblemList): TiledTileset[] {
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
