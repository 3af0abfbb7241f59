// Tiled's XML formats (.tmx maps, .tsx tilesets, .tx templates) turned into the shape Tiled's JSON
// formats have, so one normalizer (read-tiled-json.ts and its helpers) reads both and a map normalizes
// the same whichever way it was saved. Written from Tiled's documentation of the TMX format and from
// files Tiled 1.8 writes. Attributes that should be numbers but are not stay text, so the normalizer
// reports them exactly as it would in a JSON file.
import type { JsonObject } from './problem-list.ts';
import { childrenNamed, firstChild, parseXml, type XmlElement } from './xml-tree.ts';

type Json = string | number | boolean | JsonObject | readonly Json[];
type MutableJson = Record<string, Json>;

export type TmxResult = { readonly ok: true; readonly json: JsonObject } | { readonly ok: false; readonly message: string };

/** Parses a .tmx, .tsx or .tx file and returns it as the equivalent .tmj, .tsj or .tj object. */
export function tmxToJson(text: string): TmxResult {
  const parsed = parseXml(text);
  if (!parsed.ok) return parsed;
  const root = parsed.root;
  switch (root.name) {
    case 'map':
      return { ok: true, json: mapJson(root) };
    case 'tileset':
      return { ok: true, json: { ...tilesetJson(root), type: 'tileset' } };
    case 'template':
      return { ok: true, json: templateJson(root) };
    default:
      return { ok: false, message: `the XML file's root element is <${shortName(root.name)}>, not a Tiled <map>, <tileset> or <template>` };
  }
}

function shortName(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}...` : name;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A number attribute as a number when it is one; otherwise the text, for the normalizer to report. */
function numberOrText(value: string): number | string {
  return NUMBER.test(value.trim()) ? Number(value) : value;
}

/** Copies attributes, numbers as numbers; `names` lists those that are numbers in Tiled's JSON. */
function copyAttributes(element: XmlElement, numeric: readonly string[]): MutableJson {
  const json = Object.create(null) as MutableJson;
  for (const [name, value] of Object.entries(element.attributes)) {
    json[name] = numeric.includes(name) ? numberOrText(value) : value;
  }
  return json;
}

function flag(json: MutableJson, name: string): void {
  const value = json[name];
  if (value === '0' || value === '1') json[name] = value === '1';
}

function withProperties(json: MutableJson, element: XmlElement): MutableJson {
  const properties = firstChild(element, 'properties');
  if (properties !== undefined) json.properties = propertiesJson(properties);
  return json;
}

const MAP_NUMBERS = ['width', 'height', 'tilewidth', 'tileheight', 'nextlayerid', 'nextobjectid', 'hexsidelength', 'compressionlevel', 'parallaxoriginx', 'parallaxoriginy'];

function mapJson(element: XmlElement): JsonObject {
  const json = copyAttributes(element, MAP_NUMBERS);
  json.type = 'map';
  flag(json, 'infinite');
  json.tilesets = childrenNamed(element, 'tileset').map(tilesetJson);
  json.layers = layersJson(element, json.infinite === true);
  return withProperties(json, element);
}

const TILESET_NUMBERS = ['firstgid', 'tilewidth', 'tileheight', 'spacing', 'margin', 'tilecount', 'columns'];

function tilesetJson(element: XmlElement): JsonObject {
  const json = copyAttributes(element, TILESET_NUMBERS);
  const image = firstChild(element, 'image');
  if (image !== undefined) Object.assign(json, imageJson(image));
  const offset = firstChild(element, 'tileoffset');
  if (offset !== undefined) json.tileoffset = copyAttributes(offset, ['x', 'y']);
  const tiles = childrenNamed(element, 'tile').map(tileJson);
  if (tiles.length > 0) json.tiles = tiles;
  return withProperties(json, element);
}

function imageJson(image: XmlElement): MutableJson {
  const json = Object.create(null) as MutableJson;
  if (image.attributes.source !== undefined) json.image = image.attributes.source;
  if (image.attributes.width !== undefined) json.imagewidth = numberOrText(image.attributes.width);
  if (image.attributes.height !== undefined) json.imageheight = numberOrText(image.attributes.height);
  return json;
}

function tileJson(element: XmlElement): JsonObject {
  const json = copyAttributes(element, ['id', 'probability', 'x', 'y', 'width', 'height']);
  const image = firstChild(element, 'image');
  if (image !== undefined) Object.assign(json, imageJson(image));
  const objects = firstChild(element, 'objectgroup');
  if (objects !== undefined) json.objectgroup = layerJson(objects, false)!;
  const animation = firstChild(element, 'animation');
  if (animation !== undefined) {
    json.animation = childrenNamed(animation, 'frame').map((frame) => copyAttributes(frame, ['tileid', 'duration']));
  }
  return withProperties(json, element);
}

const LAYER_NUMBERS = ['id', 'x', 'y', 'width', 'height', 'opacity', 'offsetx', 'offsety', 'parallaxx', 'parallaxy'];
const LAYER_TYPES: Readonly<Record<string, string>> = { layer: 'tilelayer', objectgroup: 'objectgroup', imagelayer: 'imagelayer', group: 'group' };

/** `infinite`: the map's, because an infinite map's empty layer is an empty list of chunks, not empty data. */
function layersJson(element: XmlElement, infinite: boolean): JsonObject[] {
  const layers: JsonObject[] = [];
  for (const child of element.children) {
    const layer = layerJson(child, infinite);
    if (layer !== undefined) layers.push(layer);
  }
  return layers;
}

function layerJson(element: XmlElement, infinite: boolean): JsonObject | undefined {
  const type = LAYER_TYPES[element.name];
  if (type === undefined) return undefined;
  const json = copyAttributes(element, LAYER_NUMBERS);
  json.type = type;
  flag(json, 'visible');
  flag(json, 'locked');
  switch (element.name) {
    case 'layer': {
      const data = firstChild(element, 'data');
      if (data !== undefined) Object.assign(json, dataJson(data, infinite));
      break;
    }
    case 'objectgroup':
      json.objects = childrenNamed(element, 'object').map(objectJson);
      break;
    case 'group':
      json.layers = layersJson(element, infinite);
      break;
    default:
      break;
  }
  return withProperties(json, element);
}

/** Layer data: CSV or base64 text, `<tile gid>` elements (no encoding), or `<chunk>`s of an infinite map. */
function dataJson(data: XmlElement, infinite: boolean): MutableJson {
  const json = Object.create(null) as MutableJson;
  const encoding = data.attributes.encoding;
  // Tiled's JSON says "csv" for CSV; TMX without an encoding lists one `<tile>` element a cell.
  json.encoding = encoding ?? 'csv';
  if (data.attributes.compression !== undefined) json.compression = data.attributes.compression;
  const cells = (element: XmlElement): Json => (encoding === undefined ? tileElements(element) : element.text.trim());
  const chunks = childrenNamed(data, 'chunk');
  if (chunks.length > 0 || infinite) {
    json.chunks = chunks.map((chunk) => ({ ...copyAttributes(chunk, ['x', 'y', 'width', 'height']), data: cells(chunk) }));
  } else {
    json.data = cells(data);
  }
  return json;
}

function tileElements(element: XmlElement): number[] {
  return childrenNamed(element, 'tile').map((tile) => {
    const gid = numberOrText(tile.attributes.gid ?? '0');
    return typeof gid === 'number' ? gid : Number.NaN;
  });
}

const OBJECT_NUMBERS = ['id', 'x', 'y', 'width', 'height', 'rotation', 'gid'];

export function objectJson(element: XmlElement): JsonObject {
  const json = copyAttributes(element, OBJECT_NUMBERS);
  flag(json, 'visible');
  for (const child of element.children) {
    switch (child.name) {
      case 'ellipse':
      case 'point':
        json[child.name] = true;
        break;
      case 'polygon':
      case 'polyline':
        json[child.name] = pointsJson(child.attributes.points ?? '');
        break;
      case 'text':
        json.text = { ...copyAttributes(child, ['pixelsize']), text: child.text };
        break;
      default:
        break;
    }
  }
  return withProperties(json, element);
}

/** "x,y x,y ..." as a list of points; a pair that is not two numbers stays text for the normalizer to report. */
function pointsJson(points: string): Json[] {
  const list: Json[] = [];
  for (const pair of points.trim().split(/\s+/)) {
    if (pair === '') continue;
    const [x, y, ...rest] = pair.split(',');
    const point = { x: numberOrText(x ?? ''), y: numberOrText(y ?? '') };
    list.push(rest.length === 0 ? point : pair);
  }
  return list;
}

function templateJson(element: XmlElement): JsonObject {
  const json = Object.create(null) as MutableJson;
  json.type = 'template';
  const tileset = firstChild(element, 'tileset');
  if (tileset !== undefined) json.tileset = tilesetJson(tileset);
  const object = firstChild(element, 'object');
  if (object !== undefined) json.object = objectJson(object);
  return json;
}

/** TMX properties as Tiled's JSON list: `{ name, type, propertytype, value }`, values typed. */
function propertiesJson(element: XmlElement): JsonObject[] {
  return childrenNamed(element, 'property').map((property) => {
    const json = Object.create(null) as MutableJson;
    const { name, type, propertytype } = property.attributes;
    if (name !== undefined) json.name = name;
    json.type = type ?? 'string';
    if (propertytype !== undefined) json.propertytype = propertytype;
    const value = propertyValue(property);
    if (value !== undefined) json.value = value;
    return json;
  });
}

function propertyValue(property: XmlElement): Json | undefined {
  const type = property.attributes.type ?? 'string';
  if (type === 'class') {
    const members = firstChild(property, 'properties');
    const value = Object.create(null) as MutableJson;
    if (members === undefined) return value;
    for (const member of childrenNamed(members, 'property')) {
      const name = member.attributes.name;
      const memberValue = propertyValue(member);
      if (name !== undefined && memberValue !== undefined) value[name] = memberValue;
    }
    return value;
  }
  // A multi-line string is written as the element's text instead of a `value` attribute.
  const text = property.attributes.value ?? property.text;
  switch (type) {
    case 'int':
    case 'float':
    case 'object':
      return numberOrText(text);
    case 'bool':
      return text === 'true' ? true : text === 'false' ? false : text;
    default:
      return text;
  }
}
