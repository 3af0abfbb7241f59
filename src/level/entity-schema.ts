// The one source of truth for the object classes a level builder places in the `entities` layer: the
// level builder reads its defaults and limits from here, tools/build-tiled-project.ts writes the Tiled
// project file's custom types from it (with the colours in src/level/tiled-project.ts, which only Tiled
// draws), and a test keeps maps/README.md's tables equal to it.
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
  /**
   * What the one object of an exactly-one class is for: the hint when a map has none, the only place the
   * game reads it. The other classes are described in a comment over their row, which costs players nothing.
   */
  readonly doc?: string;
  /** Tiled object shapes this class may be drawn as. */
  readonly shapes: readonly TiledShape['kind'][];
  readonly count: EntityCount;
  readonly properties: readonly EntityPropertySchema[];
}

/** Enforcers and Watchers are placed alike; their class picks their row of HUNTER_CLASS_PARAMETERS. */
/** Child looks the character sheet draws: the four children of Mira's group (0 to 3) and Leo (4). */
export const CHILD_LOOK_COUNT = 5;

const HUNTER_PROPERTIES: readonly EntityPropertySchema[] = [
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
  {
    name: 'look',
    type: 'string',
    defaultValue: '',
    choices: ['', 'enforcer', 'drone', 'elena', 'sam', 'niko'],
    enumName: 'HunterLook',
    doc: 'Who it is drawn as: enforcer, drone (the DreamPod company\'s maintenance drone), elena, sam or niko (the family); empty: an Enforcer as an enforcer, a Watcher as elena.',
  },
];

/** Flags a Trigger, Talk, Clue, Door or the Exit waits for, in the one small language the guide explains. */
const REQUIRES_PROPERTY: EntityPropertySchema = {
  name: 'requires',
  type: 'string',
  defaultValue: '',
  doc: 'Story flags that must hold, comma-separated: `leo_met`, `!door_open`, `fragments>=3` (also ==, !=, <=, <, >). Empty: always.',
};

/** What Triggers, Talks and Clues share: the flags they need and set, and the scene and reveal they start. */
const STORY_ACTION_PROPERTIES: readonly EntityPropertySchema[] = [
  REQUIRES_PROPERTY,
  {
    name: 'sets',
    type: 'string',
    defaultValue: '',
    doc: 'Story flags it changes when it acts, comma-separated: `leo_met` (to 1), `door_open=0`, `fragments+=1`.',
  },
  { name: 'scene', type: 'string', defaultValue: '', doc: 'The ink knot (or knot.stitch) of the scene it opens, from the map\'s `story` file; empty for none.' },
  { name: 'reveal', type: 'string', defaultValue: '', doc: 'The reveal it applies: the name of a `reveal/<name>` tile layer group; empty for none.' },
];

export const ENTITY_SCHEMA: readonly EntityClassSchema[] = [
  {
    name: 'Spawn',
    doc: "Where Mira starts, and where she returns when caught. A point, or a rectangle whose centre is used.",
    shapes: ['point', 'rectangle'],
    count: 'exactly-one',
    properties: [],
  },
  {
    name: 'Exit',
    doc: 'Reaching this rectangle ends the level and stops the timer (once its `requires` flags hold).',
    shapes: ['rectangle'],
    count: 'exactly-one',
    properties: [REQUIRES_PROPERTY],
  },
  /** A Sleep Enforcer standing at this point. With a route it walks it; without one it stands and watches. */
  {
    name: 'Enforcer',
    shapes: ['point'],
    count: 'any',
    properties: HUNTER_PROPERTIES,
  },
  /**
   * A grown-up of the family (the bedroom chapter): the same senses as an Enforcer, gentler rules. It never
   * chases; if its meter fills it sends Mira back to bed (her last Checkpoint, or the Spawn).
   */
  {
    name: 'Watcher',
    shapes: ['point'],
    count: 'any',
    properties: HUNTER_PROPERTIES,
  },
  /**
   * A street lamp or lit window: inside its radius, while it is on, Mira is half again as easy to see as in
   * the night everywhere else (a lit tile counts as inside one).
   */
  {
    name: 'Light',
    shapes: ['point', 'ellipse'],
    count: 'any',
    properties: [
      { name: 'radius', type: 'float', defaultValue: 48, unit: 'px', min: 1, max: 1000, doc: 'How far the light reaches.' },
      { name: 'switchable', type: 'bool', defaultValue: false, doc: 'Whether a switch can turn it off (drawn with a switch mark).' },
    ],
  },
  /**
   * Paint the closed door's tiles on a layer whose tiles block (walls), then draw this rectangle over them:
   * the cells it covers open and close together. Mira opens and closes it with Interact; an Enforcer on its
   * way opens it after a short stop and leaves it open.
   */
  {
    name: 'Door',
    shapes: ['rectangle'],
    count: 'any',
    properties: [
      { name: 'open', type: 'bool', defaultValue: false, doc: 'Whether it stands open at the start.' },
      {
        name: 'openTile',
        type: 'int',
        defaultValue: 0,
        min: 0,
        max: 2147483647,
        doc: 'The gid its cells show while open (a tile\'s ID plus its tileset\'s first gid, 1 for the first tileset); 0 empties them, so the floor below shows.',
      },
      { ...REQUIRES_PROPERTY, doc: `Locked for Mira until these flags hold (Enforcers carry keys). ${REQUIRES_PROPERTY.doc}` },
    ],
  },
  /**
   * Tall grass, under a car, a canopy: a child standing still inside it cannot be seen, unless an Enforcer
   * watched her step in.
   */
  {
    name: 'HidingSpot',
    shapes: ['rectangle'],
    count: 'any',
    properties: [],
  },
  /**
   * A named split: reaching it the first time remembers it, and a catch sends Mira back to the last one she
   * reached. Its name in Tiled names the split.
   */
  {
    name: 'Checkpoint',
    shapes: ['rectangle'],
    count: 'any',
    properties: [
      { name: 'split', type: 'string', defaultValue: '', doc: 'The split\'s name when it differs from the object\'s name.' },
      { name: 'order', type: 'int', defaultValue: 0, min: 0, max: 1000, doc: 'Checkpoints are listed by this number, then in map order (0 keeps the map order).' },
    ],
  },
  /**
   * An area where the story moves on: when Mira enters it (or presses Interact inside it, or as soon as its
   * flags hold), it sets flags, opens a scene and applies a reveal.
   */
  {
    name: 'Trigger',
    shapes: ['rectangle', 'ellipse'],
    count: 'any',
    properties: [
      {
        name: 'activation',
        type: 'string',
        defaultValue: 'enter',
        choices: ['enter', 'interact', 'auto'],
        enumName: 'TriggerActivation',
        doc: 'enter: when she steps in; interact: Interact inside it; auto: the first tick its `requires` hold, wherever she is.',
      },
      { name: 'once', type: 'bool', defaultValue: true, doc: 'Acts the first time only; false: every time (each entry, or each press).' },
      ...STORY_ACTION_PROPERTIES,
    ],
  },
  /**
   * Someone to talk to: Interact within reach of the point (or inside the area, or beside its `person`
   * wherever they are) opens its scene. A Talk goes before waking a child, so Leo can talk first.
   */
  {
    name: 'Talk',
    shapes: ['point', 'rectangle', 'ellipse'],
    count: 'any',
    properties: [
      { name: 'person', type: 'object', defaultValue: 0, doc: 'The Child, Watcher or Enforcer it moves with; none: it stays where it is drawn.' },
      { name: 'recruits', type: 'object', defaultValue: 0, objectClass: 'Child', doc: 'A Child who wakes and follows Mira when the scene closes.' },
      { name: 'once', type: 'bool', defaultValue: false, doc: 'Talks the first time only; false: every press.' },
      ...STORY_ACTION_PROPERTIES,
    ],
  },
  /**
   * Something to examine or pick up with Interact (an old storybook, a draught, a story fragment); it acts
   * once, and may count toward a flag with `sets` such as `fragments+=1`.
   */
  {
    name: 'Clue',
    shapes: ['point', 'rectangle'],
    count: 'any',
    properties: [
      { name: 'pickUp', type: 'bool', defaultValue: false, doc: 'Taken away when found (else it stays, examined).' },
      ...STORY_ACTION_PROPERTIES,
    ],
  },
  /**
   * A child waiting for Mira, asleep where it stands until she reaches it and presses Interact; then it
   * follows her (Interact near the group tells it to wait or follow).
   */
  {
    name: 'Child',
    shapes: ['point'],
    count: 'any',
    properties: [
      { name: 'look', type: 'int', defaultValue: 0, min: 0, max: CHILD_LOOK_COUNT - 1, doc: 'Who it is drawn as: 0 Tomas, 1 Pip, 2 Ayla, 3 Juno, 4 Leo.' },
    ],
  },
  /**
   * Where the children dream together: when Mira and at least `children` following children stand inside it
   * (and its `requires` flags hold), holding Dream fills its ring and the dream spreads from it; each time
   * its dream starts, its `sets`, `reveal` and `scene` act.
   */
  {
    name: 'DreamCircle',
    shapes: ['rectangle', 'ellipse'],
    count: 'any',
    properties: [
      { name: 'children', type: 'int', defaultValue: 2, min: 0, max: 64, doc: 'How many following children must stand inside with Mira.' },
      ...STORY_ACTION_PROPERTIES,
    ],
  },
  /**
   * The waypoints an Enforcer walks, in order. Draw a polygon for a loop, a polyline to walk there and back.
   */
  {
    name: 'PatrolRoute',
    shapes: ['polyline', 'polygon'],
    count: 'any',
    properties: [
      {
        name: 'mode',
        type: 'string',
        defaultValue: 'auto',
        choices: ['auto', 'loop', 'ping-pong'],
        enumName: 'RouteMode',
        doc: 'loop: back to the first waypoint after the last; ping-pong: turn back at each end; auto (or empty): a polygon loops, a polyline ping-pongs.',
      },
      // Tiled keeps no properties per polyline point, so the route names its points by number.
      {
        name: 'waits',
        type: 'string',
        defaultValue: '',
        doc: 'Stops longer or shorter than the Enforcer\'s wait at some points: "waypoint:ticks" pairs, e.g. "1:60,4:120" (points counted from 1 as drawn; 60 ticks = 1 s). Points not named take the Enforcer\'s wait.',
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

/** Tiles a radio call carries when the map has no `radioRange` property. */
export const DEFAULT_RADIO_RANGE_TILES = 12;
/** Marbles Mira has to toss in a chapter whose map has no `marbles` property. */
export const DEFAULT_MARBLES = 5;

/** Who a hunter may be drawn as (the `look` property); empty picks by class. */
export const HUNTER_LOOKS = ['enforcer', 'drone', 'elena', 'sam', 'niko'] as const;

/** The classes of hunter a level may place: both use the same senses, each follows its row below. */
export type HunterClass = 'Enforcer' | 'Watcher';

/**
 * One row of rules per hunter class, all in ticks (60 a second), tiles, eighths or percent, so the sim
 * stays integer. A level builder picks the row by the object's class; the Tiled project lists both
 * classes with the same properties.
 */
export interface HunterParameters {
  /**
   * A full meter starts a chase (Enforcer); without it a full meter sends Mira back to her checkpoint
   * (Watcher).
   */
  readonly chases: boolean;
  /** How fast its meter fills, eighths of the sight table's rate. */
  readonly fillEighths: number;
  /** Ticks it stays suspicious after a noise, meter empty, before going back. */
  readonly suspiciousTicks: number;
  /** Ticks it looks round where it investigates. */
  readonly investigateLookTicks: number;
  /** Percent of its walking speed while chasing. */
  readonly chaseSpeedPercent: number;
  /** Ticks between a chase's re-plans while the target's tile changes (never every tick). */
  readonly chaseRepathTicks: number;
  /** Points a search visits, and how far from the last known position they may be, in tiles of path. */
  readonly searchPoints: number;
  readonly searchRadiusTiles: number;
  /** Ticks it looks round at each search point. */
  readonly searchLookTicks: number;
  /** Percent of a noise's radius it hears within. */
  readonly hearingPercent: number;
  /** Ticks after a chase starts before it radios; 0 never radios. */
  readonly radioDelayTicks: number;
}

export const HUNTER_CLASS_PARAMETERS: { readonly [Name in HunterClass]: HunterParameters } = {
  Enforcer: {
    chases: true,
    fillEighths: 8,
    suspiciousTicks: 120,
    investigateLookTicks: 90,
    chaseSpeedPercent: 160,
    chaseRepathTicks: 20,
    searchPoints: 3,
    searchRadiusTiles: 5,
    searchLookTicks: 45,
    hearingPercent: 100,
    radioDelayTicks: 45,
  },
  // The family in the bedroom chapter: slower to notice, quick to give up, never runs after a child.
  Watcher: {
    chases: false,
    fillEighths: 6,
    suspiciousTicks: 90,
    investigateLookTicks: 60,
    chaseSpeedPercent: 100,
    chaseRepathTicks: 30,
    searchPoints: 1,
    searchRadiusTiles: 3,
    searchLookTicks: 45,
    hearingPercent: 75,
    radioDelayTicks: 0,
  },
};
