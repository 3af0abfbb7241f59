// The one source of truth for the object classes a level builder places in the `entities` layer: the
// level builder reads its defaults and limits from here, tools/build-tiled-project.ts writes the Tiled
// project file's custom types from it, and a test keeps maps/README.md's tables equal to it.
import type { TiledPropertyValue, TiledShape } from '../tiled/tiled-map.ts';

/** Property types as Tiled names them in a project file's `propertyTypes`. */
export type SchemaPropertyType = 'string' | 'int' | 'float' | 'bool' | 'color' | 'file' | 'object';

export interface EntityPropertySchema {
  readonly name: string;
  readonly type: SchemaPropertyType;
  /** What an object without this property gets. Tiled writes 0 for an unset object reference. */
  readonly defaultValue: TiledPropertyValue;
  readonly doc: string;
  /** Unit shown in the guide, e.g. `px/s`. */
  readonly unit?: string;
  readonly min?: number;
  readonly max?: number;
  /** For text properties: the only values allowed (a Tiled enum named `enumName`). */
  readonly choices?: readonly string[];
  readonly enumName?: string;
  /** For object references: the class the referenced object must have. */
  readonly objectClass?: string;
}

export type EntityCount = 'exactly-one' | 'any';

export interface EntityClassSchema {
  readonly name: string;
  readonly doc: string;
  /** Tiled object shapes this class may be drawn as. */
  readonly shapes: readonly TiledShape['kind'][];
  readonly count: EntityCount;
  /** How Tiled draws objects of this class, as Tiled writes colours: #aarrggbb. */
  readonly color: string;
  readonly properties: readonly EntityPropertySchema[];
}

export const ENTITY_SCHEMA: readonly EntityClassSchema[] = [
  {
    name: 'Spawn',
    doc: "Where Mira starts, and where she returns when caught. A point, or a rectangle whose centre is used.",
    shapes: ['point', 'rectangle'],
    count: 'exactly-one',
    color: '#ff8ad8a0',
    properties: [],
  },
  {
    name: 'Exit',
    doc: 'Reaching this rectangle ends the level and stops the timer.',
    shapes: ['rectangle'],
    count: 'exactly-one',
    color: '#fff0c060',
    properties: [],
  },
  {
    name: 'Enforcer',
    doc: 'A Sleep Enforcer standing at this point. With a route it walks it; without one it stands and watches.',
    shapes: ['point'],
    count: 'any',
    color: '#ffff4a5a',
    properties: [
      {
        name: 'route',
        type: 'object',
        defaultValue: 0,
        objectClass: 'PatrolRoute',
        doc: 'The PatrolRoute it walks. None means a stationary watcher.',
      },
      { name: 'speed', type: 'float', defaultValue: 48, unit: 'px/s', min: 1, max: 1000, doc: 'Walking speed along the route.' },
      // The sim's integer cone test is exact up to MAX_SIGHT_RANGE_PIXELS (src/sim/types.ts); a test keeps them equal.
      { name: 'sightRange', type: 'float', defaultValue: 96, unit: 'px', min: 1, max: 1000, doc: 'How far it sees.' },
      // At least 2: the rules test whole degrees either side of the facing, so a 1-degree cone would see nothing.
      { name: 'sightAngle', type: 'float', defaultValue: 70, unit: 'deg', min: 2, max: 360, doc: 'The full width of its sight cone.' },
      {
        name: 'facing',
        type: 'float',
        defaultValue: 0,
        unit: 'deg',
        min: -360,
        max: 360,
        doc: 'Where it looks at the start and while standing: 0 = east, 90 = south, 180 = west, 270 = north.',
      },
      { name: 'wait', type: 'int', defaultValue: 30, unit: 'ticks', min: 0, max: 36000, doc: 'Ticks it waits at each waypoint (60 ticks = 1 s).' },
    ],
  },
  {
    name: 'PatrolRoute',
    doc: 'The waypoints an Enforcer walks, in order. Draw a polygon for a loop, a polyline to walk there and back.',
    shapes: ['polyline', 'polygon'],
    count: 'any',
    color: '#ff4fd8e8',
    properties: [
      {
        name: 'mode',
        type: 'string',
        defaultValue: 'auto',
        choices: ['auto', 'loop', 'ping-pong'],
        enumName: 'RouteMode',
        doc: 'loop: back to the first waypoint after the last; ping-pong: turn back at each end; auto (or empty): a polygon loops, a polyline ping-pongs.',
      },
    ],
  },
];

export function entityClass(name: string): EntityClassSchema | undefined {
  return ENTITY_SCHEMA.find((entry) => entry.name === name);
}

/** The schema of one property; throws only on a programming error (a name not in the table). */
export function entityProperty(className: string, propertyName: string): EntityPropertySchema {
  const property = entityClass(className)?.properties.find((entry) => entry.name === propertyName);
  if (property === undefined) throw new Error(`entity schema has no ${className}.${propertyName}`);
  return property;
}
