// The Tiled project file (maps/analog-dreams.tiled-project) as data, written from the entity schema so
// that Tiled offers exactly the classes, properties and defaults the level builder reads. Tiled saves
// only the members an object changes from these defaults, so they must be the schema's own.
import { ENTITY_SCHEMA, type EntityPropertySchema } from './entity-schema.ts';
import { MAP_CLASS_NAME, MAP_PROPERTIES } from './map-properties.ts';

type ProjectMember =
  | { readonly name: string; readonly type: string; readonly value: string | number | boolean }
  | { readonly name: string; readonly type: 'string'; readonly propertyType: string; readonly value: string };

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
      color: entry.color,
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
