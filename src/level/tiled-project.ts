// The Tiled project file (maps/analog-dreams.tiled-project) as data, written from the entity schema so
// that Tiled offers exactly the classes, properties and defaults the level builder reads. Tiled saves
// only the members an object changes from these defaults, so they must be the schema's own.
import { DREAM_PROPERTIES, DREAM_RULES_PROPERTY } from './dream-definition.ts';
import { DEFAULT_MARBLES, DEFAULT_RADIO_RANGE_TILES, ENTITY_SCHEMA, type EntityPropertySchema } from './entity-schema.ts';
import { DARKNESS_RULE } from './map-properties.ts';

/** The name of the project file's class for maps. */
const MAP_CLASS_NAME = 'Level';

const dreamMembers: EntityPropertySchema[] = Object.entries(DREAM_PROPERTIES).map(([name, rule]) => ({
  name,
  type: rule.integer ? 'int' : 'float',
  defaultValue: rule.defaultValue,
  doc: `The collective dream's timing (${rule.unit}).`,
  unit: rule.unit,
  min: rule.min,
  max: rule.max,
}));

const MAP_PROPERTIES: readonly EntityPropertySchema[] = [
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

type ProjectMember =
  | { readonly name: string; readonly type: string; readonly value: string | number | boolean }
  | { readonly name: string; readonly type: 'string'; readonly propertyType: string; readonly value: string };

/** How Tiled draws the objects of each class, as Tiled writes colours: #aarrggbb. Only Tiled reads them. */
const CLASS_COLORS: Readonly<Record<string, string>> = {
  Spawn: '#ff8ad8a0',
  Exit: '#fff0c060',
  Enforcer: '#ffff4a5a',
  Watcher: '#ffffb040',
  Light: '#fffff080',
  Door: '#ffc08040',
  HidingSpot: '#ff4a8a40',
  Checkpoint: '#ff80c0ff',
  Trigger: '#ffa0e0ff',
  Talk: '#ff7ad0ff',
  Clue: '#ffffe070',
  Child: '#ffffd27a',
  DreamCircle: '#ffb08cff',
  PatrolRoute: '#ff4fd8e8',
};

function classColor(name: string): string {
  const color = CLASS_COLORS[name];
  if (color === undefined) throw new Error(`src/level/tiled-project.ts: entity class ${name} has no colour in CLASS_COLORS`);
  return color;
}

function member(property: EntityPropertySchema): ProjectMember {
  const value = property.defaultValue;
  if (property.enumName !== undefined) return { name: property.name, type: 'string', propertyType: property.enumName, value: value as string };
  return { name: property.name, type: property.type, value };
}

export function tiledProject(): Record<string, unknown> {
  const enums = ENTITY_SCHEMA.flatMap((entry) => entry.properties).filter((property) => property.enumName !== undefined);
  let nextId = 1;
  const propertyTypes: Record<string, unknown>[] = [];
  for (const property of enums) {
    propertyTypes.push({
      id: nextId++,
      name: property.enumName,
      type: 'enum',
      storageType: 'string',
      values: property.choices ?? [],
      valuesAsFlags: false,
    });
  }
  for (const entry of ENTITY_SCHEMA) {
    propertyTypes.push({
      id: nextId++,
      name: entry.name,
      type: 'class',
      color: classColor(entry.name),
      drawFill: true,
      // Tiled 1.9+ lists a class for objects only when it says so (1.8 reads the members and ignores this).
      useAs: ['object'],
      members: entry.properties.map(member),
    });
  }
  // The map's own properties, for Map > Map Properties (a map's Class in Tiled 1.9+).
  propertyTypes.push({ id: nextId, name: MAP_CLASS_NAME, type: 'class', color: '#ff8c74c2', drawFill: true, useAs: ['map'], members: MAP_PROPERTIES.map(member) });
  return {
    automappingRulesFile: '',
    commands: [],
    extensionsPath: 'extensions',
    folders: ['.'],
    propertyTypes,
  };
}

/** The file's text as Tiled writes it: four-space indents, a newline at the end. */
export function tiledProjectText(): string {
  return `${JSON.stringify(tiledProject(), null, 4)}\n`;
}
