// Custom properties as Tiled writes them in JSON: a list of { name, type, value, propertytype }.
import { MAX_STRING_LENGTH } from './map-limits.ts';
import { quoteShort } from './places.ts';
import { describeJson, isJsonObject, type ProblemList } from './problem-list.ts';
import type { TiledProperties, TiledPropertyValue } from './tiled-map.ts';

const WRONG_TYPE_HINT = 'Tiled never writes this; set the property again in Tiled, or fix its value by hand.';
/** Classes nested deeper than this are refused rather than risking the stack (Tiled's own stay shallow). */
const MAX_CLASS_DEPTH = 32;

/** Where a property was read, for its problems. */
interface Where {
  readonly place: string;
  readonly problems: ProblemList;
}

/** A record without a prototype: a property named `__proto__` or `constructor` is just a name here. */
function emptyProperties(): Record<string, TiledPropertyValue> {
  return Object.create(null) as Record<string, TiledPropertyValue>;
}

/** Reads a `properties` field; `class` values are flattened to `member.sub` names. */
export function readProperties(value: unknown, place: string, problems: ProblemList): TiledProperties {
  const result = emptyProperties();
  if (value === undefined || value === null) return result;
  if (isJsonObject(value)) {
    // Tiled before 1.2 wrote { name: value } with the types in a separate `propertytypes`.
    for (const [name, member] of Object.entries(value)) addMember(result, { name, value: member, depth: 0 }, { place, problems });
    return result;
  }
  if (!Array.isArray(value)) {
    problems.error(place, `"properties" should be a list but is ${describeJson(value)}`, WRONG_TYPE_HINT);
    return result;
  }
  for (const entry of value) {
    if (!isJsonObject(entry) || typeof entry.name !== 'string') {
      problems.error(place, 'a property has no name', WRONG_TYPE_HINT);
      continue;
    }
    readProperty(result, entry, { place, problems });
  }
  return result;
}

function readProperty(result: Record<string, TiledPropertyValue>, entry: Readonly<Record<string, unknown>>, where: Where): void {
  const { place, problems } = where;
  const name = entry.name as string;
  const type = typeof entry.type === 'string' ? entry.type : 'string';
  const value = entry.value;
  if (tooLong(name, value, where)) return;
  const wrong = (expected: string): void => {
    problems.error(place, `property "${quoteShort(name)}" is of type ${type} but holds ${describeJson(value)}, not ${expected}`, WRONG_TYPE_HINT);
  };
  switch (type) {
    case 'string':
    case 'file':
    case 'color':
      // An enum declared with string values is written as type string with a `propertytype`.
      if (typeof value === 'string') result[name] = value;
      else wrong('text');
      return;
    case 'int':
    case 'object':
      // An object reference is the referenced object's id; 0 means none. Enums with int values are ints.
      if (typeof value === 'number' && Number.isInteger(value)) result[name] = value;
      else wrong('a whole number');
      return;
    case 'float':
      if (typeof value === 'number' && Number.isFinite(value)) result[name] = value;
      else wrong('a number');
      return;
    case 'bool':
      if (typeof value === 'boolean') result[name] = value;
      else wrong('true or false');
      return;
    case 'class':
      // Tiled saves only the members that differ from the class defaults: an empty class has `{}`.
      if (value === undefined || value === null) return;
      if (isJsonObject(value)) addMember(result, { name, value, depth: 0 }, where);
      else wrong('an object of members');
      return;
    default:
      problems.warning(
        place,
        `property "${quoteShort(name)}" has type "${type}", which this reader does not know`,
        'Use a type Tiled offers (string, int, float, bool, color, file, object or a custom class).',
      );
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') result[name] = value;
  }
}

function addMember(
  result: Record<string, TiledPropertyValue>,
  member: { readonly name: string; readonly value: unknown; readonly depth: number },
  where: Where,
): void {
  const { name, value, depth } = member;
  const { place, problems } = where;
  if (tooLong(name, value, where)) return;
  if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
    result[name] = value;
  } else if (isJsonObject(value)) {
    if (depth >= MAX_CLASS_DEPTH) {
      problems.error(place, `property "${quoteShort(name)}" nests classes more than ${MAX_CLASS_DEPTH} deep`, WRONG_TYPE_HINT);
      return;
    }
    for (const [key, memberValue] of Object.entries(value)) {
      addMember(result, { name: `${name}.${key}`, value: memberValue, depth: depth + 1 }, where);
    }
  } else {
    problems.error(place, `property "${quoteShort(name)}" holds ${describeJson(value)}, not text, a number or true/false`, WRONG_TYPE_HINT);
  }
}

/** A name or text value past MAX_STRING_LENGTH is refused (with a problem) rather than carried on. */
function tooLong(name: string, value: unknown, { place, problems }: Where): boolean {
  const length = Math.max(name.length, typeof value === 'string' ? value.length : 0);
  if (length <= MAX_STRING_LENGTH) return false;
  problems.error(place, `property "${quoteShort(name)}" is ${length} characters long; at most ${MAX_STRING_LENGTH} are read`, WRONG_TYPE_HINT);
  return true;
}
