// Reads a Tiled JSON map (.tmj) as Tiled 1.8 to 1.12 write it into the normalized TiledMap.
// Nothing here throws on a bad file: every problem comes back as a MapProblem naming its place.
import { MAX_MAP_SIDE, MAX_TOTAL_CELLS } from './map-limits.ts';
import { collectProblems, describeJson, FieldReader, isJsonObject, RESAVE_HINT, type JsonObject, type ProblemList } from './problem-list.ts';
import { quoteShort } from './places.ts';
import { folderOf } from './tiled-paths.ts';
import { chunkBounds, placeChunks, readLayerList, shiftObjects, type MapContext } from './read-tiled-layers.ts';
import { readProperties } from './read-tiled-properties.ts';
import { readTilesets } from './read-tiled-tilesets.ts';
import { TILED_ORIENTATIONS, type Loaded, type TiledLayer, type TiledMap } from './tiled-map.ts';

export function readTiledJson(text: string, options: { readonly fileName?: string } = {}): Loaded<TiledMap> {
  return collectProblems('map reader', (problems) => {
    const json = parseMapJson(text, options.fileName, problems);
    return json === undefined ? undefined : normalizeMap(json, { problems });
  });
}

/** Parses a .tmj file's text into its JSON object, or records why it cannot. */
export function parseMapJson(text: string, fileName: string | undefined, problems: ProblemList): JsonObject | undefined {
  const filePlace = fileName === undefined ? 'map' : `file "${quoteShort(fileName)}"`;
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
        : `the file is not valid JSON (${jsonErrorReason(error)})`,
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
  const type = new FieldReader(json, 'map', problems).string('type', 'map');
  if (type !== 'map') {
    const notMap = notAMap(type);
    problems.error(filePlace, notMap.message, notMap.hint);
    return undefined;
  }
  return json;
}

/** Kinds of file Tiled writes besides maps. */
const TILED_FILE_TYPES = new Set(['tileset', 'template', 'project']);

/** Why a file whose `type` is not "map" is refused: a tileset is Tiled's, a package.json's "module" is not. */
export function notAMap(type: string): { readonly message: string; readonly hint: string } {
  if (TILED_FILE_TYPES.has(type)) return { message: `the file is a Tiled ${type}, not a map`, hint: 'Choose the map file, not a tileset or template.' };
  return { message: `the file is not a Tiled map (its "type" is "${quoteShort(type)}")`, hint: 'Choose a map saved by Tiled: a .tmx, or a .tmj or .json from File > Export As.' };
}

/**
 * A JSON parser's reason without the file's text: V8 quotes the first bytes it read ("root:x:0:0"...),
 * and a path in a map may point anywhere, /etc/passwd included.
 */
export function jsonErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : 'parse error';
  const quoted = /^(Unexpected token '.{1,2}'), ".*"(?:\.\.\.)? is not valid JSON$/su.exec(message);
  return quoted === null ? message : `${quoted[1]!}, near the start`;
}

/** Where the map was read from, for the tilesets' image paths. */
export interface NormalizeOptions {
  readonly problems: ProblemList;
  /** The map file's path as the file reader understands it; images are resolved against its folder. */
  readonly mapPath?: string;
  /** A rule map may be of any orientation (its rules are cells); a map to play must be orthogonal. */
  readonly anyOrientation?: boolean;
}

/**
 * The one normalizer: a map in Tiled's JSON shape (parsed from a .tmj, or converted from a .tmx by
 * read-tmx.ts), external tilesets and templates already inlined, into a TiledMap.
 */
export function normalizeMap(json: JsonObject, options: NormalizeOptions): TiledMap | undefined {
  const { problems } = options;
  const map = new FieldReader(json, 'map', problems);
  const orientationText = map.string('orientation', 'orthogonal');
  const orientation = TILED_ORIENTATIONS.find((known) => known === orientationText) ?? 'orthogonal';
  if (orientationText !== 'orthogonal' && (options.anyOrientation !== true || orientationText !== orientation)) {
    problems.error('map', `the map is ${quoteShort(orientationText)}; only orthogonal maps are supported`, 'In Tiled, Map > Map Properties > Orientation: Orthogonal.');
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
  const tilesets = readTilesets(json.tilesets, { problems, mapFolder: folderOf(options.mapPath ?? '') });

  if (!Array.isArray(json.layers)) {
    problems.error('map', 'the map has no "layers" list', RESAVE_HINT);
    return undefined;
  }
  const context: MapContext = { problems, infinite, width, height, encodingDefault: 'csv', cellsDecoded: 0, chunkCount: 0, layerCount: 0, layers: [] };
  readLayerList(json.layers, { prefix: '', offset: { x: 0, y: 0 }, visible: true, locked: false, opacity: 1, depth: 0 }, context);
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
    orientation,
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
