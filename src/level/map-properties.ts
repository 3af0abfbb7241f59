// The map's own properties (Map > Map Properties in Tiled), as one table: the Tiled project file declares
// them as the class `Level` for maps, so a builder picks them instead of typing, and the level reads each
// with the default written here. The dream's timing rules live in dream-definition.ts and are listed too.
import type { TiledMap } from '../tiled/tiled-map.ts';
import type { ProblemList } from '../tiled/problem-list.ts';
import { DREAM_PROPERTIES, DREAM_RULES_PROPERTY } from './dream-definition.ts';
import { DEFAULT_MARBLES, DEFAULT_RADIO_RANGE_TILES, type EntityPropertySchema } from './entity-schema.ts';

/** The name of the project file's class for maps. */
export const MAP_CLASS_NAME = 'Level';

/** How dark the view is outside the light: 0 not at all (the default), 1 black. */
export const DARKNESS_RULE = { defaultValue: 0, min: 0, max: 1 } as const;

const dreamMembers: EntityPropertySchema[] = Object.entries(DREAM_PROPERTIES).map(([name, rule]) => ({
  name,
  type: rule.integer ? 'int' : 'float',
  defaultValue: rule.defaultValue,
  doc: `The collective dream's timing (${rule.unit}).`,
  unit: rule.unit,
  min: rule.min,
  max: rule.max,
}));

export const MAP_PROPERTIES: readonly EntityPropertySchema[] = [
  {
    name: 'darkness',
    type: 'float',
    defaultValue: DARKNESS_RULE.defaultValue,
    doc: 'How dark the view is outside a small light around Mira, Lights that are on and `lit` tiles: 0 none, 1 black.',
    min: DARKNESS_RULE.min,
    max: DARKNESS_RULE.max,
  },
  { name: 'story', type: 'file', defaultValue: '', doc: "The map's ink source, relative to the map." },
  { name: 'flags', type: 'string', defaultValue: '', doc: 'Story flags that start other than 0: `door_open=1, fragments=0`.' },
  { name: 'resetFlagsOnCatch', type: 'bool', defaultValue: false, doc: 'A catch puts the story back to the level\'s start.' },
  { name: 'radioRange', type: 'int', defaultValue: DEFAULT_RADIO_RANGE_TILES, doc: "How far a chasing Enforcer's radio call carries, in tiles.", unit: 'tiles', min: 0, max: 1000 },
  { name: 'marbles', type: 'int', defaultValue: DEFAULT_MARBLES, doc: 'How many marbles Mira has to toss in this chapter.', unit: 'marbles', min: 0, max: 99 },
  { name: DREAM_RULES_PROPERTY, type: 'file', defaultValue: '', doc: 'Rule maps applied in every phase of the dream.' },
  ...dreamMembers,
];

/** The map property `darkness`, or 0 (no darkness) when it is missing or out of range (a warning then). */
export function readDarkness(map: TiledMap, problems: ProblemList): number {
  const value = map.properties.darkness;
  if (value === undefined) return DARKNESS_RULE.defaultValue;
  if (typeof value === 'number' && Number.isFinite(value) && value >= DARKNESS_RULE.min && value <= DARKNESS_RULE.max) return value;
  problems.warning('map', `the map property "darkness" is ${JSON.stringify(value)}; it must be a number from 0 (no darkness) to 1 (black)`, 'Using 0. Set it in Map > Map Properties as a float.');
  return DARKNESS_RULE.defaultValue;
}
