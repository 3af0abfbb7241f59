// Reads a map's layer list, groups flattened in place, and puts tile layers (with infinite maps' chunks)
// on one grid.
import { decodeLayerData } from './decode-layer-data.ts';
import { MAX_MAP_SIDE, MAX_TOTAL_CELLS } from './map-limits.ts';
import { layerPlace } from './places.ts';
import { describeJson, FieldReader, isJsonObject, RESAVE_HINT, type JsonObject, type ProblemList } from './problem-list.ts';
import { readObjects } from './read-tiled-objects.ts';
import { readProperties } from './read-tiled-properties.ts';
import type { TiledObjectLayer, TiledTileLayer } from './tiled-map.ts';

/** Group layers nested deeper than this are refused rather than risking the stack. */
const MAX_GROUP_DEPTH = 64;

export interface Offset {
  readonly x: number;
  readonly y: number;
}

export interface Chunk {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly gids: Uint32Array;
}

/** A tile layer before infinite maps' chunks are placed on one grid. */
export interface PendingTileLayer {
  readonly kind: 'tile';
  readonly layer: Omit<TiledTileLayer, 'width' | 'height' | 'gids'>;
  readonly chunks: readonly Chunk[];
}

export type PendingLayer = PendingTileLayer | { readonly kind: 'object'; readonly layer: TiledObjectLayer };

export interface MapContext {
  readonly problems: ProblemList;
  readonly infinite: boolean;
  readonly width: number;
  readonly height: number;
  readonly encodingDefault: string;
  cellsDecoded: number;
  /** Layers read so far, in file order, group children flattened in place. */
  readonly layers: PendingLayer[];
}

export interface LayerScope {
  readonly prefix: string;
  readonly offset: Offset;
  readonly visible: boolean;
  readonly opacity: number;
  readonly depth: number;
}

export function readLayerList(list: readonly unknown[], scope: LayerScope, context: MapContext): void {
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
export function chunkBounds(layers: readonly PendingLayer[], width: number, height: number): Offset & { width: number; height: number } {
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

export function placeChunks(entry: PendingTileLayer, grid: Offset & { width: number; height: number }): TiledTileLayer {
  const gids = new Uint32Array(grid.width * grid.height);
  for (const chunk of entry.chunks) {
    for (let row = 0; row < chunk.height; row++) {
      const source = chunk.gids.subarray(row * chunk.width, (row + 1) * chunk.width);
      gids.set(source, (chunk.y - grid.y + row) * grid.width + (chunk.x - grid.x));
    }
  }
  return { ...entry.layer, width: grid.width, height: grid.height, gids };
}

export function shiftObjects(layer: TiledObjectLayer, shift: Offset): TiledObjectLayer {
  if (shift.x === 0 && shift.y === 0) return layer;
  return { ...layer, objects: layer.objects.map((object) => ({ ...object, x: object.x - shift.x, y: object.y - shift.y })) };
}
