// maps/README.md is the level builder's guide: its Enforcer table must say what the schema does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DREAM_PROPERTIES } from '../../src/level/dream-definition.ts';
import { entityClass } from '../../src/level/entity-schema.ts';
import { DARKNESS_RULE } from '../../src/level/map-properties.ts';

const guide = readFileSync('maps/README.md', 'utf8');

/** Rows of the Markdown table whose first cell is a back-quoted property name: name -> cells. */
function tableRows(text: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const name = /^`([A-Za-z]+)`$/.exec(cells[0] ?? '')?.[1];
    if (name !== undefined) rows.set(name, cells);
  }
  return rows;
}

describe('maps/README.md', () => {
  it('lists every Enforcer property with the schema type, default and limits', () => {
    const rows = tableRows(guide);
    const enforcer = entityClass('Enforcer')!;
    for (const property of enforcer.properties) {
      const cells = rows.get(property.name);
      expect(cells, `a row for ${property.name}`).toBeDefined();
      const [, type, defaultValue, allowed] = cells!;
      expect(type, property.name).toBe(property.type);
      if (property.type === 'object') {
        expect(defaultValue, property.name).toBe('none');
        continue;
      }
      if (property.choices !== undefined) {
        expect(allowed, property.name).toBe(property.choices.filter((choice) => choice !== '').map((choice) => `\`${choice}\``).join(', '));
        continue;
      }
      expect(defaultValue, property.name).toBe(String(property.defaultValue));
      expect(allowed, property.name).toBe(`${property.min} to ${property.max} ${property.unit}`);
    }
  });

  it('names the shapes each class may be drawn as', () => {
    const rows = tableRows(guide);
    for (const name of ['Spawn', 'Exit', 'Enforcer', 'PatrolRoute']) {
      const shapes = entityClass(name)!.shapes;
      for (const shape of shapes) expect(rows.get(name)?.[1], name).toContain(shape);
    }
  });

  it('lists the darkness map property with the type, default and limits the level reads', () => {
    const [, type, defaultValue, allowed] = tableRows(guide).get('darkness') ?? [];
    expect([type, defaultValue, allowed]).toEqual(['float', String(DARKNESS_RULE.defaultValue), `${DARKNESS_RULE.min} to ${DARKNESS_RULE.max}`]);
  });

  it('lists every dream map property with the type, default and limits the level reads', () => {
    const rows = tableRows(guide);
    for (const [name, rule] of Object.entries(DREAM_PROPERTIES)) {
      const [, type, defaultValue, allowed] = rows.get(name) ?? [];
      expect(type, name).toBe(rule.integer ? 'int' : 'float');
      expect(defaultValue, name).toBe(String(rule.defaultValue));
      expect(allowed, name).toBe(`${rule.min} to ${rule.max} ${rule.unit}`);
    }
  });
});
