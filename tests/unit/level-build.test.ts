import { describe, expect, it } from 'vitest';
import { ENTITY_SCHEMA, entityProperty } from '../../src/level/entity-schema.ts';
import type { LevelDefinition } from '../../src/level/level-definition.ts';
import { loadLevelFromText } from '../../src/level/load-level.ts';
import { MAX_SIGHT_RANGE_PIXELS } from '../../src/sim/types.ts';
import type { Loaded, MapProblem } from '../../src/tiled/tiled-map.ts';
import {
  type Json,
  gidsFromRows,
  layerByName,
  mapJson,
  objectById,
  objectLayer,
  objectProperty,
  point,
  rectangle,
  route,
  tileLayer,
  yardMap,
  YARD_ROWS,
} from '../fixtures/maps/map-builder.ts';

function load(map: Json): Loaded<LevelDefinition> {
  return loadLevelFromText(JSON.stringify(map), 'maps/yard.tmj');
}

function expectLevel(map: Json): { level: LevelDefinition; warnings: readonly MapProblem[] } {
  const loaded = load(map);
  if (!loaded.ok) throw new Error(`expected a level, got ${JSON.stringify(loaded.problems, null, 1)}`);
  return { level: loaded.value, warnings: loaded.warnings };
}

function errorsOf(map: Json): readonly MapProblem[] {
  const loaded = load(map);
  if (loaded.ok) throw new Error('expected problems, got a level');
  return loaded.problems.filter((problem) => problem.severity === 'error');
}

function cellAt(level: LevelDefinition, grid: Uint8Array, tile: { readonly column: number; readonly row: number }): number | undefined {
  return grid[tile.row * level.width + tile.column];
}

describe('a valid level', () => {
  it('reads size, spawn centre, exit and the level name from the file name', () => {
    const { level, warnings } = expectLevel(yardMap());
    expect(warnings).toEqual([]);
    expect(level).toMatchObject({ name: 'yard', width: 12, height: 8, tileSize: 16, spawn: { x: 24, y: 104 }, exit: { x: 160, y: 16, width: 16, height: 32 } });
  });

  it('takes a rectangle Spawn at its centre', () => {
    const map = yardMap();
    Object.assign(objectById(map, 1), { point: false, x: 16, y: 96, width: 16, height: 16 });
    expect(expectLevel(map).level.spawn).toEqual({ x: 24, y: 104 });
  });

  it('builds walls from the walls layer and tiles marked collides / opaque on other layers', () => {
    const { level } = expectLevel(yardMap());
    // Plain wall: blocks both.
    expect([cellAt(level, level.solid, { column: 4, row: 3 }), cellAt(level, level.opaque, { column: 4, row: 3 })]).toEqual([1, 1]);
    // Window (opaque false): blocks movement, not sight.
    expect([cellAt(level, level.solid, { column: 5, row: 4 }), cellAt(level, level.opaque, { column: 5, row: 4 })]).toEqual([1, 0]);
    // Curtain (collides false): blocks sight, not movement.
    expect([cellAt(level, level.solid, { column: 7, row: 6 }), cellAt(level, level.opaque, { column: 7, row: 6 })]).toEqual([0, 1]);
    // Crate on the decor layer (collides true) and hedge (opaque true).
    expect([cellAt(level, level.solid, { column: 1, row: 1 }), cellAt(level, level.opaque, { column: 1, row: 1 })]).toEqual([1, 0]);
    expect([cellAt(level, level.solid, { column: 2, row: 2 }), cellAt(level, level.opaque, { column: 2, row: 2 })]).toEqual([0, 1]);
    // Open floor.
    expect([cellAt(level, level.solid, { column: 2, row: 1 }), cellAt(level, level.opaque, { column: 2, row: 1 })]).toEqual([0, 0]);
    const walls = YARD_ROWS.join('').split('').filter((character) => character === '#' || character === 'w').length;
    expect(level.solid.reduce((sum, cell) => sum + cell, 0)).toBe(walls + 1);
  });

  it('ignores flip flags when looking tiles up', () => {
    const map = yardMap();
    const walls = layerByName(map, 'walls');
    const data = walls.data as number[];
    data[4 * 12 + 5] = (0x80000000 | 2) >>> 0; // a flipped window still lets sight through
    const { level } = expectLevel(map);
    expect([cellAt(level, level.solid, { column: 5, row: 4 }), cellAt(level, level.opaque, { column: 5, row: 4 })]).toEqual([1, 0]);
  });

  it('reads a loop, a ping-pong and a stationary Enforcer with schema defaults and absolute waypoints', () => {
    const { level } = expectLevel(yardMap());
    expect(level.enforcers.map((enforcer) => [enforcer.id, enforcer.name, enforcer.routeMode])).toEqual([
      [3, 'Looper', 'loop'], [5, 'Pacer', 'ping-pong'], [7, 'Watcher', 'stationary'],
    ]);
    const [looper, pacer, watcher] = level.enforcers;
    expect(looper).toMatchObject({ start: { x: 56, y: 40 }, speed: 60, sightRange: 96, sightAngle: 70, facing: 0, waitTicks: 30 });
    expect(looper?.route).toEqual([{ x: 40, y: 40 }, { x: 152, y: 40 }, { x: 152, y: 104 }, { x: 40, y: 104 }]);
    expect(pacer).toMatchObject({ route: [{ x: 40, y: 104 }, { x: 136, y: 104 }], waitTicks: 12, speed: 48 });
    expect(watcher).toMatchObject({ route: [], facing: 270, sightAngle: 90 });
  });

  it('lets a route say its mode, and normalizes facing into 0..360', () => {
    const map = yardMap();
    objectById(map, 4).properties = [{ name: 'mode', type: 'string', value: 'ping-pong' }];
    objectById(map, 7).properties = [{ name: 'facing', type: 'float', value: -90 }];
    const { level } = expectLevel(map);
    expect(level.enforcers[0]?.routeMode).toBe('ping-pong');
    expect(level.enforcers[2]?.facing).toBe(270);
  });

  it('takes its defaults from the schema table', () => {
    const { level } = expectLevel(yardMap());
    const watcher = level.enforcers[2]!;
    expect(watcher.speed).toBe(entityProperty('Enforcer', 'speed').defaultValue);
    expect(watcher.sightRange).toBe(entityProperty('Enforcer', 'sightRange').defaultValue);
    expect(watcher.waitTicks).toBe(entityProperty('Enforcer', 'wait').defaultValue);
    expect(ENTITY_SCHEMA.map((entry) => entry.name)).toEqual(['Spawn', 'Exit', 'Enforcer', 'Watcher', 'Light', 'Door', 'HidingSpot', 'Checkpoint', 'Trigger', 'Talk', 'Clue', 'Child', 'DreamCircle', 'PatrolRoute']);
    for (const entry of ENTITY_SCHEMA) for (const property of entry.properties) expect(property.doc).not.toBe('');
  });

  it('accepts exactly the sight ranges the sim uses as given', () => {
    // Beyond this the sim would cap the range silently: a builder must hear about it from the validator.
    expect(entityProperty('Enforcer', 'sightRange').max).toBe(MAX_SIGHT_RANGE_PIXELS);
    const map = yardMap();
    objectById(map, 7).properties = [{ name: 'sightRange', type: 'float', value: MAX_SIGHT_RANGE_PIXELS }];
    expect(expectLevel(map).level.enforcers[2]?.sightRange).toBe(MAX_SIGHT_RANGE_PIXELS);
    objectById(map, 7).properties = [{ name: 'sightRange', type: 'float', value: MAX_SIGHT_RANGE_PIXELS + 1 }];
    const loaded = loadLevelFromText(JSON.stringify(map), 'yard.tmj');
    expect(!loaded.ok && loaded.problems.map((problem) => problem.message)).toEqual([`"sightRange" should be at most ${MAX_SIGHT_RANGE_PIXELS} but is ${MAX_SIGHT_RANGE_PIXELS + 1}`]);
  });

  it('reads the map property marbles, 5 without it, and warns of one that is no whole number from 0 to 99', () => {
    expect(expectLevel(yardMap()).level.marbles).toBe(5);
    const map = yardMap();
    map.properties = [{ name: 'marbles', type: 'int', value: 2 }];
    expect(expectLevel(map).level.marbles).toBe(2);
    map.properties = [{ name: 'marbles', type: 'int', value: 100 }];
    const { level, warnings } = expectLevel(map);
    expect(level.marbles).toBe(5);
    expect(warnings.map((problem) => problem.message)).toEqual(['the map property "marbles" is 100; it must be a whole number of marbles from 0 to 99']);
  });

  it('warns, without failing, about unknown classes, unused routes and misspelt properties', () => {
    const map = yardMap();
    const entities = layerByName(map, 'entities').objects as Json[];
    entities.push(point(20, 'Lantern', { x: 40, y: 40 }), point(21, '', { x: 40, y: 40 }), route(22, 'polyline', { x: 40, y: 40, points: [{ x: 0, y: 0 }, { x: 16, y: 0 }] }));
    objectById(map, 7).properties = [{ name: 'sightrange', type: 'float', value: 50 }];
    const { warnings } = expectLevel(map);
    expect(warnings.map((problem) => problem.place)).toEqual([
      'object 7 "Watcher" in layer "entities"',
      'object 20 in layer "entities"',
      'object 21 in layer "entities"',
      'object 22 "route 22" in layer "entities"',
    ]);
    expect(warnings[0]?.hint).toMatch(/Did you mean "sightRange"/);
    expect(warnings[1]?.message).toMatch(/class "Lantern" is not known/);
    expect(warnings[3]?.message).toMatch(/no Enforcer walks this route/);
  });
});

describe('a broken level names the place of each problem', () => {
  it.each(['isometric', 'staggered', 'hexagonal'])('refuses a %s map once, naming the orientation and how to change it', (orientation) => {
    const orientationProblems = errorsOf({ ...yardMap(), orientation }).filter((problem) => problem.message.includes(orientation));
    expect(orientationProblems).toEqual([expect.objectContaining({
      place: 'map',
      message: `the map is ${orientation}; only orthogonal maps are supported`,
      hint: expect.stringContaining('Orientation: Orthogonal') as string,
    })]);
  });

  const cases: [string, (map: Json) => void, string, RegExp][] = [
    ['no Spawn', (map) => { layerByName(map, 'entities').objects = (layerByName(map, 'entities').objects as Json[]).filter((object) => object.type !== 'Spawn'); }, 'layer "entities"', /there is no Spawn/],
    ['two Spawns', (map) => { (layerByName(map, 'entities').objects as Json[]).push(point(30, 'Spawn', { x: 24, y: 24 })); }, 'object 30 in layer "entities"', /a second Spawn/],
    ['no Exit', (map) => { objectById(map, 2).type = 'Decoration'; }, 'layer "entities"', /there is no Exit/],
    ['Exit drawn as a point', (map) => { Object.assign(objectById(map, 2), { point: true, width: 0, height: 0 }); }, 'object 2 in layer "entities"', /must be a rectangle, not a point/],
    ['Exit drawn as an ellipse', (map) => { Object.assign(objectById(map, 2), { ellipse: true }); }, 'object 2 in layer "entities"', /^an Exit must be a rectangle, not an ellipse$/],
    ['route to an Enforcer', (map) => { objectById(map, 3).properties = [objectProperty('route', 7)]; }, 'object 3 "Looper" in layer "entities"', /which is an Enforcer, not a PatrolRoute/],
    ['Spawn inside a wall', (map) => { Object.assign(objectById(map, 1), { x: 72, y: 56 }); }, 'object 1 in layer "entities"', /Spawn is inside a wall \(tile 4,3\)/],
    ['Spawn 2 px from a wall', (map) => { Object.assign(objectById(map, 1), { x: 18, y: 104 }); }, 'object 1 in layer "entities"', /^the Spawn is too close to the wall at tile 0,6: Mira's feet \(10x8 px\) would be in it$/],
    ['Spawn at the map edge', (map) => { layerByName(map, 'walls').data = (layerByName(map, 'walls').data as number[]).map(() => 0); Object.assign(objectById(map, 1), { x: 2, y: 104 }); }, 'object 1 in layer "entities"', /too close to the map edge/],
    ['Spawn off the map', (map) => { Object.assign(objectById(map, 1), { x: -10 }); }, 'object 1 in layer "entities"', /outside the map/],
    ['Exit a billion pixels wide, off the map', (map) => { Object.assign(objectById(map, 2), { x: -2e9, y: -2e9, width: 1e9, height: 1e9 }); }, 'object 2 in layer "entities"', /^the Exit is outside the map$/],
    ['Exit inside walls', (map) => { Object.assign(objectById(map, 2), { x: 64, y: 48, width: 32, height: 16 }); }, 'object 2 in layer "entities"', /entirely inside walls/],
    ['Enforcer inside a wall', (map) => { Object.assign(objectById(map, 7), { x: 88, y: 72 }); }, 'object 7 "Watcher" in layer "entities"', /stands inside a wall \(tile 5,4\)/],
    ['route to a missing object', (map) => { objectById(map, 3).properties = [objectProperty('route', 99)]; }, 'object 3 "Looper" in layer "entities"', /points at object 99, which does not exist/],
    ['route to a Spawn', (map) => { objectById(map, 3).properties = [objectProperty('route', 1)]; }, 'object 3 "Looper" in layer "entities"', /which is a Spawn, not a PatrolRoute/],
    ['route as text', (map) => { objectById(map, 3).properties = [{ name: 'route', type: 'string', value: 'four' }]; }, 'object 3 "Looper" in layer "entities"', /not an object reference/],
    ['waypoint off the map', (map) => { objectById(map, 6).polyline = [{ x: 0, y: 0 }, { x: 400, y: 0 }]; }, 'object 6 "route 6" in layer "entities"', /waypoint 2 \(440,104\) is outside the map/],
    ['waypoint in a wall', (map) => { objectById(map, 6).polyline = [{ x: 0, y: 0 }, { x: 48, y: -48 }]; }, 'object 6 "route 6" in layer "entities"', /waypoint 2 is inside a wall \(tile 5,3\)/],
    ['route with one point', (map) => { objectById(map, 6).polyline = [{ x: 0, y: 0 }]; }, 'object 6 "route 6" in layer "entities"', /needs at least 2/],
    ['unknown route mode', (map) => { objectById(map, 6).properties = [{ name: 'mode', type: 'string', value: 'bounce' }]; }, 'object 6 "route 6" in layer "entities"', /must be one of auto, loop, ping-pong/],
    ['rotated route', (map) => { objectById(map, 6).rotation = 90; }, 'object 6 "route 6" in layer "entities"', /rotated/],
    ['negative speed', (map) => { objectById(map, 7).properties = [{ name: 'speed', type: 'float', value: -5 }]; }, 'object 7 "Watcher" in layer "entities"', /"speed" should be at least 1 but is -5/],
    ['sight angle over 360', (map) => { objectById(map, 7).properties = [{ name: 'sightAngle', type: 'float', value: 400 }]; }, 'object 7 "Watcher" in layer "entities"', /"sightAngle" should be at most 360/],
    ['sight angle of 1 (it would see nothing)', (map) => { objectById(map, 7).properties = [{ name: 'sightAngle', type: 'float', value: 1 }]; }, 'object 7 "Watcher" in layer "entities"', /"sightAngle" should be at least 2/],
    ['fractional wait', (map) => { objectById(map, 7).properties = [{ name: 'wait', type: 'float', value: 1.5 }]; }, 'object 7 "Watcher" in layer "entities"', /"wait" should be a whole number/],
    ['speed as text', (map) => { objectById(map, 7).properties = [{ name: 'speed', type: 'string', value: 'fast' }]; }, 'object 7 "Watcher" in layer "entities"', /"speed" is text "fast", not a number/],
    ['Enforcer as a polygon', (map) => { Object.assign(objectById(map, 7), { point: false, polygon: [{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 0, y: 1 }] }); }, 'object 7 "Watcher" in layer "entities"', /must be a point, not a polygon/],
    ['no entities layer', (map) => { layerByName(map, 'entities').name = 'things'; }, 'map', /no object layer named "entities"/],
    ['tiles not square', (map) => { map.tileheight = 8; }, 'map', /square tiles/],
    ['two objects with one id', (map) => { objectById(map, 7).id = 3; }, 'object 3 "Watcher" in layer "entities"', /^object id 3 is also used by object 3 "Looper" in layer "entities"$/],
    ['tiles too large', (map) => { Object.assign(map, { tilewidth: 512, tileheight: 512 }); }, 'map', /at most 256/],
  ];

  it.for(cases)('%s', ([, breakIt, place, message]) => {
    const map = yardMap();
    breakIt(map);
    const errors = errorsOf(map);
    expect(errors.some((problem) => problem.place === place && message.test(problem.message)), JSON.stringify(errors, null, 1)).toBe(true);
    for (const problem of errors) expect(problem.hint).not.toBe('');
  });

  it('reports every problem at once', () => {
    const map = yardMap();
    Object.assign(objectById(map, 1), { x: 72, y: 56 });
    objectById(map, 3).properties = [objectProperty('route', 99)];
    objectById(map, 7).properties = [{ name: 'speed', type: 'float', value: -1 }, { name: 'sightAngle', type: 'float', value: 0 }];
    const places = errorsOf(map).map((problem) => problem.place);
    expect(places).toEqual([
      'object 1 in layer "entities"',
      'object 3 "Looper" in layer "entities"',
      'object 7 "Watcher" in layer "entities"',
      'object 7 "Watcher" in layer "entities"',
    ]);
  });

  it('warns when walls seal the Exit off from the Spawn, or a route off from its Enforcer', () => {
    const rows = ['######', '#..#.#', '######'];
    const map = mapJson({
      rows,
      layers: [
        tileLayer(1, 'walls', rows),
        objectLayer(2, 'entities', [
          point(1, 'Spawn', { x: 24, y: 24 }),
          rectangle(2, 'Exit', { x: 64, y: 16, width: 16, height: 16 }),
          point(3, 'Enforcer', { x: 40, y: 24, name: 'Stuck', properties: [objectProperty('route', 4)] }),
          route(4, 'polyline', { x: 40, y: 24, points: [{ x: 0, y: 0 }, { x: -16, y: 0 }, { x: 32, y: 0 }] }),
        ]),
      ],
    });
    const { warnings } = expectLevel(map);
    expect(warnings.map((problem) => [problem.place, problem.message])).toEqual([
      ['object 2 in layer "entities"', 'the Exit cannot be reached from the Spawn: walls close every way'],
      ['object 3 "Stuck" in layer "entities"', 'waypoint 3 of its route cannot be reached from where the Enforcer stands'],
    ]);
  });

  it('warns when there is no walls layer, and when a tile belongs to no tileset', () => {
    const rows = ['....', '....'];
    const map = mapJson({
      rows,
      layers: [
        { ...tileLayer(1, 'floor', rows), data: [0, 0, 0, 0, 0, 0, 0, 40] },
        objectLayer(2, 'entities', [point(1, 'Spawn', { x: 8, y: 8 }), rectangle(2, 'Exit', { x: 48, y: 0, width: 16, height: 16 })]),
      ],
    });
    const { level, warnings } = expectLevel(map);
    expect(level.solid.every((cell) => cell === 0)).toBe(true);
    expect(warnings.map((problem) => problem.place)).toEqual(['map', 'layer "floor" at tile 3,1']);
    expect(warnings[1]?.message).toMatch(/tile id 40 belongs to no tileset/);
  });
});

describe('what builders do in Tiled that the game must follow', () => {
  function groupLayers(map: Json, groupName: string): void {
    map.layers = [{ id: 50, name: groupName, type: 'group', visible: true, opacity: 1, x: 0, y: 0, layers: map.layers }];
  }

  it('reads walls and entities tidied into a group as Tiled names them ("group/walls")', () => {
    const plain = expectLevel(yardMap()).level;
    const map = yardMap();
    groupLayers(map, 'district');
    const { level, warnings } = expectLevel(map);
    expect(Array.from(level.solid)).toEqual(Array.from(plain.solid));
    expect(level.enforcers).toEqual(plain.enforcers);
    expect(warnings).toEqual([]);
  });

  it('lets a hidden layer neither block nor go unmentioned: the game draws what Tiled shows', () => {
    const map = yardMap();
    layerByName(map, 'walls').visible = false;
    const { level, warnings } = expectLevel(map);
    // The yard's outer wall and block are gone; only decor tiles marked collides still block.
    expect(cellAt(level, level.solid, { column: 0, row: 0 })).toBe(0);
    expect(cellAt(level, level.solid, { column: 4, row: 3 })).toBe(0);
    expect(cellAt(level, level.opaque, { column: 4, row: 3 })).toBe(0);
    expect(warnings.map((problem) => [problem.place, problem.message])).toContainEqual([
      'layer "walls"',
      'the layer is hidden in Tiled, so the game neither draws it nor lets its tiles block',
    ]);
  });

  it('keeps dream layers out of the night: walls and entities inside a "dream" group change nothing at tick 0', () => {
    const map = yardMap();
    // Only the top-left corner dreams: the Spawn, the Exit and every way between stay open.
    const dreamRows = YARD_ROWS.map((row) => '.'.repeat(row.length));
    dreamRows[0] = `#${dreamRows[0]!.slice(1)}`;
    (map.layers as Json[]).push(
      { ...tileLayer(60, 'dream/walls', dreamRows), data: gidsFromRows(dreamRows) },
      objectLayer(61, 'dream/entities', [point(40, 'Spawn', { x: 40, y: 40 }), point(41, 'Enforcer', { x: 40, y: 56 })]),
    );
    const { level, warnings } = expectLevel(map);
    const plain = expectLevel(yardMap()).level;
    expect(Array.from(level.solid)).toEqual(Array.from(plain.solid));
    expect(level.spawn).toEqual(plain.spawn);
    expect(level.enforcers.map((enforcer) => enforcer.id)).toEqual(plain.enforcers.map((enforcer) => enforcer.id));
    // The dream is read (one phase, named after its layer), drawn on its own empty layer at tick 0.
    expect(level.dream?.phases.map((phase) => phase.name)).toEqual(['walls']);
    expect(level.tileLayers[level.dream!.layer]).toMatchObject({ name: 'dream' });
    expect(level.tileLayers[level.dream!.layer]!.gids.every((gid) => gid === 0)).toBe(true);
    expect(warnings.map((warning) => warning.message)).toEqual(['the map has a dream but no DreamCircle, so it can never start']);
  });

  it('refuses a dream that walls in the Spawn, naming the phase and the cell', () => {
    const map = yardMap();
    // Crates collide on any layer, the dream's own layer too (a plain wall tile blocks only on `walls`).
    const dreamRows = YARD_ROWS.map((row) => 'x'.repeat(row.length));
    (map.layers as Json[]).push({ ...tileLayer(60, 'dream/walls', dreamRows), data: gidsFromRows(dreamRows) });
    const errors = errorsOf(map);
    expect(errors.find((problem) => /Spawn's cell solid/.test(problem.message))?.place).toMatch(/^dream phase 1 \("dream\/walls"\) at tile \d+,\d+$/);
  });

  it('says "did you mean" for a layer or a class whose name differs only in case', () => {
    const map = yardMap();
    layerByName(map, 'walls').name = 'Walls';
    objectById(map, 7).type = 'enforcer';
    const { warnings } = expectLevel(map);
    expect(warnings.find((problem) => problem.place === 'map')?.hint).toMatch(/Did you mean layer "Walls"\?/);
    expect(warnings.find((problem) => problem.place.startsWith('object 7'))?.hint).toMatch(/Did you mean "Enforcer"\?/);

    const renamed = yardMap();
    layerByName(renamed, 'entities').name = 'Entities';
    const loaded = load(renamed);
    expect(!loaded.ok && loaded.problems[0]?.hint).toMatch(/Did you mean layer "Entities"\?/);
  });

  it('does not call a route unused when its Enforcer fails for another reason', () => {
    const map = yardMap();
    objectById(map, 3).properties = [objectProperty('route', 4), { name: 'speed', type: 'string', value: 'fast' }];
    const loaded = load(map);
    expect(loaded.ok).toBe(false);
    const messages = loaded.ok ? [] : loaded.problems.map((problem) => problem.message);
    expect(messages).toContain('"speed" is text "fast", not a number');
    expect(messages.filter((message) => message.includes('no Enforcer walks this route'))).toEqual([]);
  });

  it('gives an Exit drawn with the wrong tool one error, not also "there is no Exit"', () => {
    const map = yardMap();
    Object.assign(objectById(map, 2), { point: true, width: 0, height: 0 });
    expect(errorsOf(map).map((problem) => problem.message)).toEqual(['an Exit must be a rectangle, not a point']);
  });

  it('reports tiles of no tileset once a layer with a count, and a map without tilesets as an error', () => {
    const rows = ['....', '....'];
    const layers = [
      { ...tileLayer(1, 'floor', rows), data: [0, 41, 0, 0, 0, 40, 40, 40] },
      objectLayer(2, 'entities', [point(1, 'Spawn', { x: 8, y: 8 }), rectangle(2, 'Exit', { x: 48, y: 0, width: 16, height: 16 })]),
    ];
    const { warnings } = expectLevel(mapJson({ rows, layers }));
    const strays = warnings.filter((problem) => problem.message.includes('belongs to no tileset'));
    expect(strays.map((problem) => [problem.place, problem.message])).toEqual([
      ['layer "floor" at tile 1,0', 'tile id 41 belongs to no tileset (and 3 more cell(s) of this layer); such tiles are not drawn and have no properties'],
    ]);
    expect(strays[0]).toMatchObject({ count: 4, places: ['layer "floor" at tile 1,0', 'layer "floor" at tile 1,1', 'layer "floor" at tile 2,1', 'layer "floor" at tile 3,1'] });

    const bare = mapJson({ rows, layers });
    bare.tilesets = [];
    expect(errorsOf(bare).map((problem) => problem.message)).toEqual([
      'the map has tiles (and 3 more cell(s) of this layer) but no tilesets, so nothing can be drawn',
    ]);
  });
});
