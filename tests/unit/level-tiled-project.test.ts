// maps/analog-dreams.tiled-project is what level builders open in Tiled to pick classes from lists.
// Tiled leaves out of a saved map every member equal to the project's default, so the project's defaults
// must be the ones the level builder fills in: both come from the entity schema.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_SCHEMA } from '../../src/level/entity-schema.ts';
import { loadLevelFromText } from '../../src/level/load-level.ts';
import { tiledProject, tiledProjectText } from '../../src/level/tiled-project.ts';
import { objectById, yardMap } from '../fixtures/maps/map-builder.ts';

interface ProjectType {
  readonly name: string;
  readonly type: string;
  readonly values?: readonly string[];
  readonly useAs?: readonly string[];
  readonly members?: readonly { name: string; type: string; value: unknown; propertyType?: string }[];
}

describe('the Tiled project file', () => {
  it('is exactly what tools/build-tiled-project.ts writes from the schema', () => {
    expect(readFileSync('maps/analog-dreams.tiled-project', 'utf8')).toBe(tiledProjectText());
  });

  it('declares every entity class for objects, with each property and its default', () => {
    const types = tiledProject().propertyTypes as ProjectType[];
    for (const entry of ENTITY_SCHEMA) {
      const declared = types.find((type) => type.name === entry.name);
      expect(declared?.type, entry.name).toBe('class');
      expect(declared?.useAs).toContain('object');
      expect(declared?.members?.map((member) => [member.name, member.value])).toEqual(
        entry.properties.map((property) => [property.name, property.defaultValue]),
      );
    }
    const routeMode = types.find((type) => type.name === 'RouteMode');
    expect(routeMode).toMatchObject({ type: 'enum', values: ['auto', 'loop', 'ping-pong'] });
  });

  it('has defaults the game reads the same way when Tiled leaves them out', () => {
    // The yard's ping-pong route is a polyline: "auto" (the project default, omitted) and absent agree.
    const explicit = yardMap();
    objectById(explicit, 6).properties = [{ name: 'mode', type: 'string', propertytype: 'RouteMode', value: 'auto' }];
    const omitted = yardMap();
    const load = (map: object) => loadLevelFromText(JSON.stringify(map), 'yard.tmj');
    const [a, b] = [load(explicit), load(omitted)];
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(a.value.enforcers).toEqual(b.value.enforcers);
      expect(a.value.enforcers.find((enforcer) => enforcer.id === 5)?.routeMode).toBe('ping-pong');
    }
  });
});
