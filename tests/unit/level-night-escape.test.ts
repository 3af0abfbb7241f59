// The first campaign map loads, and broken copies of it fail with problems naming the broken place.
// Objects are found by class, not by id, so the map can be redrawn without rewriting this test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LevelDefinition } from '../../src/level/level-definition.ts';
import { loadLevelFromFiles, loadLevelFromText } from '../../src/level/load-level.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';
import type { MapProblem } from '../../src/tiled/tiled-map.ts';
import type { Json } from '../fixtures/maps/map-builder.ts';

const FILE = 'night-escape.tmj';
const TEXT = readFileSync(new URL(`../../maps/${FILE}`, import.meta.url), 'utf8');

function fresh(): Json {
  return JSON.parse(TEXT) as Json;
}

function layer(map: Json, name: string): Json {
  const found = (map.layers as Json[]).find((entry) => entry.name === name);
  if (found === undefined) throw new Error(`the map has no layer "${name}"`);
  return found;
}

function entities(map: Json): Json[] {
  return layer(map, 'entities').objects as Json[];
}

function classOf(object: Json): unknown {
  return object.class ?? object.type;
}

function problemsOf(map: Json | string): readonly MapProblem[] {
  const loaded = loadLevelFromText(typeof map === 'string' ? map : JSON.stringify(map), FILE);
  if (loaded.ok) throw new Error('expected problems, got a level');
  return loaded.problems;
}

function expectProblemAt(problems: readonly MapProblem[], place: string, message: RegExp): void {
  const found = problems.some((problem) => problem.severity === 'error' && problem.place === place && message.test(problem.message));
  expect(found, JSON.stringify(problems, null, 1)).toBe(true);
}

/** The map as the game loads it, with its dream rule map: no problem, not even a warning. */
async function load(): Promise<LevelDefinition> {
  const loaded = await loadLevelFromFiles({ mapPath: `maps/${FILE}`, readFile: readFromDisk });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems, null, 1));
  expect(loaded.warnings).toEqual([]);
  return loaded.value;
}

describe('maps/night-escape.tmj', () => {
  it('loads without problems', async () => {
    const level = await load();
    expect(level.name).toBe('night-escape');
    expect(level.tileSize).toBe(16);
    expect(level.solid.some((cell) => cell === 1)).toBe(true);
    expect(level.opaque.some((cell) => cell === 1)).toBe(true);
    expect(level.exit.width * level.exit.height).toBeGreaterThan(0);
    expect(level.exitName).toBe('Hill gate');
  });

  it('has at least three Enforcers: one on a loop, one ping-pong and one stationary', async () => {
    const { enforcers } = await load();
    expect(enforcers.length).toBeGreaterThanOrEqual(3);
    const modes = new Set(enforcers.map((enforcer) => enforcer.routeMode));
    expect([...modes].sort()).toEqual(['loop', 'ping-pong', 'stationary']);
    for (const enforcer of enforcers) {
      expect(enforcer.route.length === 0).toBe(enforcer.routeMode === 'stationary');
      if (enforcer.routeMode !== 'stationary') expect(enforcer.route.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('fails without a Spawn, naming the entities layer', () => {
    const map = fresh();
    layer(map, 'entities').objects = entities(map).filter((object) => classOf(object) !== 'Spawn');
    expectProblemAt(problemsOf(map), 'layer "entities"', /there is no Spawn/);
  });

  it('fails when an Enforcer\'s route points at a missing object, naming that Enforcer', () => {
    const map = fresh();
    const walker = entities(map).find((object) => classOf(object) === 'Enforcer'
      && (object.properties as Json[] | undefined)?.some((property) => property.name === 'route' && property.value !== 0));
    if (walker === undefined) throw new Error('no Enforcer with a route');
    const missing = Math.max(...entities(map).map((object) => object.id as number)) + 1000;
    walker.properties = (walker.properties as Json[]).map((property) => (property.name === 'route' ? { ...property, value: missing } : property));
    const name = walker.name === '' || walker.name === undefined ? '' : ` "${walker.name as string}"`;
    expectProblemAt(problemsOf(map), `object ${walker.id as number}${name} in layer "entities"`, new RegExp(`points at object ${missing}, which does not exist`));
  });

  it('fails when the walls data is cut short, naming the walls layer', () => {
    const map = fresh();
    const walls = layer(map, 'walls');
    walls.data = Array.isArray(walls.data) ? walls.data.slice(0, -7) : (walls.data as string).slice(0, -12);
    expectProblemAt(problemsOf(map), 'layer "walls"', /cells but the layer has|damaged/);
  });

  it('fails on a file cut in half, naming the file', () => {
    expectProblemAt(problemsOf(TEXT.slice(0, Math.floor(TEXT.length / 2))), `file "${FILE}"`, /not valid JSON/);
  });

  it('fails when the Spawn is moved into a wall, naming the Spawn', async () => {
    const map = fresh();
    const level = await load();
    const wall = level.solid.indexOf(1);
    const spawn = entities(map).find((object) => classOf(object) === 'Spawn')!;
    Object.assign(spawn, { x: (wall % level.width) * 16 + 8, y: Math.floor(wall / level.width) * 16 + 8, width: 0, height: 0 });
    const name = spawn.name === '' || spawn.name === undefined ? '' : ` "${spawn.name as string}"`;
    expectProblemAt(problemsOf(map), `object ${spawn.id as number}${name} in layer "entities"`, /Spawn is inside a wall/);
  });
});
