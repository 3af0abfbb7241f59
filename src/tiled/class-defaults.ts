// A Tiled project file's custom types (its `propertyTypes`), and the class defaults they give: Tiled saves
// only the members an object or a class-typed property changes from its class's defaults, so a reader
// that did not fill them in would see a default-valued member as missing. Applied to the map in Tiled's
// JSON shape, so maps read from TMX and JSON get them by the same code.
import { MAX_CLASS_VALUES_FILLED } from './map-limits.ts';
import { quoteShort } from './places.ts';
import { isJsonObject, type JsonObject, type ProblemList } from './problem-list.ts';

export interface ClassMember {
  readonly name: string;
  readonly type: string;
  readonly propertyType?: string;
  readonly value: unknown;
}

/** Class names to their members, in the project's order. */
export type ClassTypes = ReadonlyMap<string, readonly ClassMember[]>;

/** Classes that hold classes deeper than this are not filled further (a class may even hold itself). */
const MAX_CLASS_DEPTH = 32;

/** Reads a .tiled-project file's JSON (Tiled 1.8 to 1.12) into its classes; enums need no defaults. */
export function readClassTypes(json: unknown, place: string, problems: ProblemList): ClassTypes {
  const classes = new Map<string, ClassMember[]>();
  if (!isJsonObject(json)) {
    problems.error(place, 'the project file is not a JSON object', 'Choose the .tiled-project file Tiled saved.');
    return classes;
  }
  const types = json.propertyTypes;
  if (types === undefined) return classes;
  if (!Array.isArray(types)) {
    problems.error(place, '"propertyTypes" should be a list', 'Open the project in Tiled and save it again.');
    return classes;
  }
  for (const type of types) {
    if (!isJsonObject(type) || type.type !== 'class' || typeof type.name !== 'string' || !Array.isArray(type.members)) continue;
    const members: ClassMember[] = [];
    for (const member of type.members) {
      if (!isJsonObject(member) || typeof member.name !== 'string') continue;
      members.push({
        name: member.name,
        type: typeof member.type === 'string' ? member.type : 'string',
        ...(typeof member.propertyType === 'string' ? { propertyType: member.propertyType } : {}),
        value: member.value,
      });
    }
    if (!classes.has(type.name)) classes.set(type.name, members);
    else problems.warning(place, `class "${quoteShort(type.name)}" is declared twice; the first is used`, 'Remove one in Tiled\'s Custom Types Editor.');
  }
  return classes;
}

type MutableObject = Record<string, unknown>;

/**
 * The classes, and how many more member values may be filled in: a class of ten members each holding
 * the next of ten such classes is 10^10 values by the depth limit alone, so the work is bounded in all.
 */
interface Filling {
  readonly classes: ClassTypes;
  left: number;
}

/**
 * Fills objects' missing class members and class-typed properties' missing members, in place. Returns
 * false when it stopped at MAX_CLASS_VALUES_FILLED (the rest keep only what the file saved).
 */
export function applyClassDefaults(map: MutableObject, classes: ClassTypes): boolean {
  if (classes.size === 0) return true;
  const filling: Filling = { classes, left: MAX_CLASS_VALUES_FILLED };
  fillProperties(map, filling);
  walkLayers(map.layers, { filling, depth: 0 });
  if (Array.isArray(map.tilesets)) {
    for (const tileset of map.tilesets) {
      if (!isJsonObject(tileset)) continue;
      fillProperties(tileset, filling);
      if (Array.isArray(tileset.tiles)) for (const tile of tileset.tiles) if (isJsonObject(tile)) fillEntity(tile, filling);
    }
  }
  return filling.left > 0;
}

function walkLayers(layers: unknown, scope: { readonly filling: Filling; readonly depth: number }): void {
  if (!Array.isArray(layers) || scope.depth > MAX_CLASS_DEPTH * 2) return;
  for (const layer of layers) {
    if (!isJsonObject(layer)) continue;
    fillEntity(layer, scope.filling);
    if (Array.isArray(layer.objects)) for (const object of layer.objects) if (isJsonObject(object)) fillEntity(object, scope.filling);
    walkLayers(layer.layers, { filling: scope.filling, depth: scope.depth + 1 });
  }
}

/** An object, tile or layer: its class's members it did not save become properties with the defaults. */
function fillEntity(entity: MutableObject, filling: Filling): void {
  fillProperties(entity, filling);
  const className = typeof entity.class === 'string' && entity.class !== '' ? entity.class : entity.type;
  const members = typeof className === 'string' ? filling.classes.get(className) : undefined;
  if (members === undefined) return;
  const properties = Array.isArray(entity.properties) ? (entity.properties as unknown[]) : [];
  const named = new Set(properties.filter(isJsonObject).map((property) => property.name));
  for (const member of members) {
    if (named.has(member.name)) continue;
    if (filling.left <= 0) break;
    filling.left -= 1;
    properties.push(defaultProperty(member, filling));
  }
  entity.properties = properties;
}

function fillProperties(entity: MutableObject, filling: Filling): void {
  if (!Array.isArray(entity.properties)) return;
  for (const property of entity.properties) {
    if (!isJsonObject(property) || property.type !== 'class' || typeof property.propertytype !== 'string') continue;
    const value = isJsonObject(property.value) ? { ...property.value } : {};
    (property as MutableObject).value = fillClassValue(value, { className: property.propertytype, filling, depth: 0 });
  }
}

function defaultProperty(member: ClassMember, filling: Filling): JsonObject {
  const value = member.type === 'class' && member.propertyType !== undefined
    ? fillClassValue(isJsonObject(member.value) ? { ...member.value } : {}, { className: member.propertyType, filling, depth: 0 })
    : member.value;
  return { name: member.name, type: member.type, value, ...(member.propertyType === undefined ? {} : { propertytype: member.propertyType }) };
}

function fillClassValue(
  value: MutableObject,
  { className, filling, depth }: { readonly className: string; readonly filling: Filling; readonly depth: number },
): MutableObject {
  const members = filling.classes.get(className);
  if (members === undefined || depth >= MAX_CLASS_DEPTH) return value;
  for (const member of members) {
    if (filling.left <= 0) break;
    filling.left -= 1;
    const own = value[member.name];
    if (member.type === 'class' && member.propertyType !== undefined) {
      const start = isJsonObject(own) ? { ...own } : isJsonObject(member.value) ? { ...member.value } : {};
      value[member.name] = fillClassValue(start, { className: member.propertyType, filling, depth: depth + 1 });
    } else if (own === undefined && member.value !== undefined) {
      value[member.name] = member.value;
    }
  }
  return value;
}
