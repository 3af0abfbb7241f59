// Reads the objects of an object layer: their place, class, shape and properties.
import { MAX_OBJECTS_PER_LAYER, MAX_POLYGON_POINTS, MAX_STRING_LENGTH } from './map-limits.ts';
import { objectPlace, layerPlace, quoteShort } from './places.ts';
import { describeJson, FieldReader, isJsonObject, RESAVE_HINT, type JsonObject, type ProblemList } from './problem-list.ts';
import { readProperties } from './read-tiled-properties.ts';
import type { TiledObject, TiledShape } from './tiled-map.ts';

/** The object layer being read: objects are placed by its name and shifted by its (and its groups') offset. */
export interface ObjectScope {
  readonly layerName: string;
  /** For objects outside a layer (a tile's collision shapes): what they belong to, in place of the layer. */
  readonly ownerPlace?: string;
  readonly offset: { readonly x: number; readonly y: number };
  readonly problems: ProblemList;
}

export function readObjects(list: unknown, scope: ObjectScope): TiledObject[] {
  const { layerName, problems } = scope;
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.error(layerPlace(layerName), `"objects" should be a list but is ${describeJson(list)}`, RESAVE_HINT);
    return [];
  }
  if (list.length > MAX_OBJECTS_PER_LAYER) {
    problems.error(scope.ownerPlace ?? layerPlace(layerName), `there are ${list.length} objects; at most ${MAX_OBJECTS_PER_LAYER} are read`, 'Split the objects over several layers, or remove those a script left behind.');
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
  const name = typeof entry.name === 'string' ? entry.name.slice(0, MAX_STRING_LENGTH) : '';
  const place = scope.ownerPlace === undefined ? objectPlace({ id, name }, layerName) : `object ${id} of ${scope.ownerPlace}`;
  const fields = new FieldReader(entry, place, problems);
  fields.number('id', 0, { integer: true, min: 0 });
  fields.string('name', '');
  if (fields.has('template')) {
    problems.error(
      place,
      `the object uses the template file "${quoteShort(fields.string('template', ''))}", which was not read`,
      'Load the map with its files (loadLevelFromFiles, validate-map or the game\'s Custom Level), or in Tiled right-click the object, choose Detach and save the map.',
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
  if (value.length > MAX_POLYGON_POINTS) {
    problems.error(place, `the ${key} has ${value.length} points; at most ${MAX_POLYGON_POINTS} are read`, 'Simplify the shape in Tiled (fewer points).');
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
