import { gzipSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readTiledJson } from '../../src/tiled/read-tiled-json.ts';
import {
  FLIPPED_DIAGONALLY,
  FLIPPED_HORIZONTALLY,
  FLIPPED_VERTICALLY,
  GID_MASK,
  type Loaded,
  type MapProblem,
  type TiledMap,
  type TiledObjectLayer,
  type TiledTileLayer,
} from '../../src/tiled/tiled-map.ts';
import { districtTileset, type Json, mapJson, objectLayer, tileLayer } from '../fixtures/maps/map-builder.ts';

// A 4x3 layer with every flip flag somewhere: flags must survive decoding untouched.
const GIDS = [1, 2, 0, FLIPPED_HORIZONTALLY | 1, 3, 0, 0, FLIPPED_VERTICALLY | 2, 5, 0, 1, FLIPPED_DIAGONALLY | 3].map((gid) => gid >>> 0);
const ROWS = ['....', '....', '....'];

function littleEndian(gids: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(gids.length * 4);
  const view = new DataView(bytes.buffer);
  gids.forEach((gid, index) => { view.setUint32(index * 4, gid, true); });
  return bytes;
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/** A zstd frame of raw (stored) blocks: valid zstd that any decoder must accept, built without an encoder. */
function zstdStored(bytes: Uint8Array): Uint8Array {
  const header = [0x28, 0xb5, 0x2f, 0xfd, 0x60, (bytes.length - 256) & 0xff, (bytes.length - 256) >> 8];
  const blockHeader = (1 | (bytes.length << 3)) >>> 0;
  return new Uint8Array([...header, blockHeader & 0xff, (blockHeader >> 8) & 0xff, (blockHeader >> 16) & 0xff, ...bytes]);
}

// `zstd -19` of littleEndian(GIDS), made once with the zstd command line: a real compressed frame.
const ZSTD_COMPRESSED = 'KLUv/QRo7QAAYkIFC+BpDAAgdIBd95Ypc3x/oWHU+8MXAQA2EAa3HCW+';

function withLayerData(data: unknown, extra: Json = {}): string {
  return JSON.stringify(mapJson({ rows: ROWS, layers: [{ ...tileLayer(1, 'walls', ROWS), data, ...extra }] }));
}

function expectOk(loaded: Loaded<TiledMap>): TiledMap {
  if (!loaded.ok) throw new Error(`expected ok, got ${JSON.stringify(loaded.problems, null, 1)}`);
  return loaded.value;
}

function expectProblems(loaded: Loaded<TiledMap>): readonly MapProblem[] {
  if (loaded.ok) throw new Error('expected problems, got a map');
  expect(loaded.problems.length).toBeGreaterThan(0);
  for (const problem of loaded.problems) {
    expect(problem.message).not.toBe('');
    expect(problem.place).not.toBe('');
    expect(problem.hint).not.toBe('');
  }
  return loaded.problems;
}

function tileLayerNamed(map: TiledMap, name: string): TiledTileLayer {
  const layer = map.layers.find((entry) => entry.name === name);
  if (layer?.kind !== 'tile') throw new Error(`no tile layer ${name}`);
  return layer;
}

function objectLayerNamed(map: TiledMap, name: string): TiledObjectLayer {
  const layer = map.layers.find((entry) => entry.name === name);
  if (layer?.kind !== 'object') throw new Error(`no object layer ${name}`);
  return layer;
}

describe('the file', () => {
  it('reads a map that starts with a byte-order mark, as some Windows editors save it', () => {
    const map = expectOk(readTiledJson(`\uFEFF${withLayerData(GIDS)}`, { fileName: 'bom.tmj' }));
    expect([...tileLayerNamed(map, 'walls').gids]).toEqual(GIDS);
  });
});

describe('tile layer data', () => {
  it('reads CSV data as a number list, flip flags kept in the raw gid', () => {
    const map = expectOk(readTiledJson(withLayerData(GIDS)));
    const layer = tileLayerNamed(map, 'walls');
    expect([...layer.gids]).toEqual(GIDS);
    expect(layer.gids[3]! & GID_MASK).toBe(1);
    expect(layer.gids[3]! & FLIPPED_HORIZONTALLY).not.toBe(0);
  });

  it('reads CSV written as text (the TMX-style form)', () => {
    const map = expectOk(readTiledJson(withLayerData(GIDS.join(',\n'), { encoding: 'csv' })));
    expect([...tileLayerNamed(map, 'walls').gids]).toEqual(GIDS);
  });

  const encodings: [string, string][] = [
    ['', base64(littleEndian(GIDS))],
    ['zlib', base64(zlibSync(littleEndian(GIDS)))],
    ['gzip', base64(gzipSync(littleEndian(GIDS)))],
    ['zstd', base64(zstdStored(littleEndian(GIDS)))],
    ['zstd', ZSTD_COMPRESSED],
  ];
  it.each(encodings)('reads base64 with compression "%s"', (compression, data) => {
    const map = expectOk(readTiledJson(withLayerData(data, { encoding: 'base64', compression })));
    expect([...tileLayerNamed(map, 'walls').gids]).toEqual(GIDS);
  });

  it.each([
    ['CSV', GIDS.slice(0, 11), {}],
    ['base64', base64(littleEndian(GIDS.slice(0, 11))), { encoding: 'base64' }],
    ['zlib', base64(zlibSync(littleEndian(GIDS.slice(0, 11)))), { encoding: 'base64', compression: 'zlib' }],
    ['gzip too long', base64(gzipSync(littleEndian([...GIDS, 1]))), { encoding: 'base64', compression: 'gzip' }],
    ['zstd too long', base64(zstdStored(littleEndian([...GIDS, 1, 2]))), { encoding: 'base64', compression: 'zstd' }],
  ])('reports %s data of the wrong length on the layer', (_name, data, extra) => {
    const [problem] = expectProblems(readTiledJson(withLayerData(data, extra)));
    expect(problem?.place).toBe('layer "walls"');
    expect(problem?.message).toMatch(/cells but the layer has 12/);
  });

  it('reports an unknown compression with the formats that work', () => {
    const problems = expectProblems(readTiledJson(withLayerData(base64(littleEndian(GIDS)), { encoding: 'base64', compression: 'lzma' })));
    expect(problems[0]).toMatchObject({ place: 'layer "walls"', message: 'unknown compression "lzma"' });
    expect(problems[0]?.hint).toMatch(/zlib, gzip or Zstandard/);
  });

  it('reports damaged compressed data, bad base64 and non-gid numbers', () => {
    const damaged = zlibSync(littleEndian(GIDS));
    damaged[4] = 0xff;
    damaged[5] = 0xff;
    for (const [data, extra] of [
      [base64(damaged), { encoding: 'base64', compression: 'zlib' }],
      ['not*base64!', { encoding: 'base64' }],
      [base64(new Uint8Array([1, 2, 3, 4, 5, 6])), { encoding: 'base64', compression: 'zstd' }],
      [[...GIDS.slice(0, 11), -1], {}],
      [[...GIDS.slice(0, 11), 1.5], {}],
      [[...GIDS.slice(0, 11), 'x'], {}],
    ] as [unknown, Json][]) {
      expect(expectProblems(readTiledJson(withLayerData(data, extra)))[0]?.place).toBe('layer "walls"');
    }
  });

  it('refuses a zstd frame that asks for gigabytes before allocating them', () => {
    // Single-segment frame declaring a content size of 2^32 - 1 bytes (8-byte size field).
    const hostile = new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0xe0, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 1, 0, 0]);
    const problems = expectProblems(readTiledJson(withLayerData(base64(hostile), { encoding: 'base64', compression: 'zstd' })));
    expect(problems[0]?.message).toMatch(/asks for 4294967295 bytes/);
  });

  it('refuses a huge declared map size before allocating anything', () => {
    const json = mapJson({ rows: ROWS, layers: [] });
    Object.assign(json, { width: 2_000_000_000, height: 2_000_000_000 });
    const problems = expectProblems(readTiledJson(JSON.stringify(json)));
    expect(problems[0]).toMatchObject({ place: 'map' });
    expect(problems[0]?.message).toMatch(/at most 1024x1024/);
  });

  it('reports a layer whose size differs from the map', () => {
    const problems = expectProblems(readTiledJson(withLayerData(GIDS, { width: 3 })));
    expect(problems[0]).toMatchObject({ place: 'layer "walls"', message: 'the layer is 3x3 tiles but the map is 4x3' });
  });
});

describe('infinite maps', () => {
  function infiniteMap(): Json {
    const chunk = (x: number, y: number, gid: number): Json => ({ x, y, width: 2, height: 2, data: [gid, 0, 0, gid] });
    return {
      ...mapJson({ rows: ROWS, layers: [] }),
      infinite: true,
      layers: [
        { id: 1, name: 'walls', type: 'tilelayer', startx: -2, starty: -2, width: 4, height: 4, chunks: [chunk(-2, -2, 1), chunk(0, 0, 2)] },
        { id: 3, name: 'ground', type: 'tilelayer', encoding: 'base64', compression: 'zlib', chunks: [{ x: 2, y: 0, width: 1, height: 1, data: base64(zlibSync(littleEndian([7]))) }] },
        objectLayer(2, 'entities', [{ id: 1, name: 'spot', type: 'Spawn', point: true, x: 0, y: 0 }]),
      ],
    };
  }

  it('assembles chunks into one grid from the top-left chunk and shifts objects to match', () => {
    const map = expectOk(readTiledJson(JSON.stringify(infiniteMap())));
    expect(map).toMatchObject({ infinite: true, width: 5, height: 4, tileOrigin: { x: -2, y: -2 } });
    expect([...tileLayerNamed(map, 'walls').gids]).toEqual([
      1, 0, 0, 0, 0,
      0, 1, 0, 0, 0,
      0, 0, 2, 0, 0,
      0, 0, 0, 2, 0,
    ]);
    expect(tileLayerNamed(map, 'ground').gids[2 * 5 + 4]).toBe(7);
    // Tiled's pixel 0,0 is tile -2,-2 away from the grid's corner: 32 px right and down.
    expect(objectLayerNamed(map, 'entities').objects[0]).toMatchObject({ x: 32, y: 32 });
  });

  it('refuses chunks spread wider than the size limit', () => {
    const json = infiniteMap();
    const walls = (json.layers as Json[])[0]!;
    walls.chunks = [{ x: -5000, y: 0, width: 1, height: 1, data: [1] }, { x: 5000, y: 0, width: 1, height: 1, data: [1] }];
    expect(expectProblems(readTiledJson(JSON.stringify(json)))[0]?.message).toMatch(/span 10001x1; at most 1024x1024/);
  });

  it('names the chunk whose data is broken', () => {
    const json = infiniteMap();
    ((json.layers as Json[])[0]!.chunks as Json[])[1]!.data = [1, 2, 3];
    expect(expectProblems(readTiledJson(JSON.stringify(json)))[0]?.place).toBe('layer "walls" chunk 2');
  });
});

describe('layers', () => {
  it('flattens group layers to group/child names, with visibility, opacity and offsets inherited', () => {
    const json = mapJson({
      rows: ROWS,
      layers: [{
        id: 5, name: 'town', type: 'group', opacity: 0.5, visible: false, offsetx: 8, offsety: 4,
        layers: [
          tileLayer(1, 'walls', ROWS),
          { id: 6, name: 'inner', type: 'group', layers: [objectLayer(2, 'marks', [{ id: 1, x: 10, y: 20, point: true }])] },
        ],
      }, { id: 7, name: 'sky', type: 'imagelayer', image: 'sky.png' }],
    });
    const map = expectOk(readTiledJson(JSON.stringify(json)));
    expect(map.layers.map((layer) => layer.name)).toEqual(['town/walls', 'town/inner/marks']);
    expect(tileLayerNamed(map, 'town/walls')).toMatchObject({ visible: false, opacity: 0.5, id: 1 });
    expect(objectLayerNamed(map, 'town/inner/marks').objects[0]).toMatchObject({ x: 18, y: 24 });
  });

  it('warns about an unknown layer type and skips it', () => {
    const json = mapJson({ rows: ROWS, layers: [{ id: 1, name: 'odd', type: 'hexlayer' }] });
    const loaded = readTiledJson(JSON.stringify(json));
    expect(loaded.ok && loaded.warnings[0]).toMatchObject({ severity: 'warning', place: 'layer "odd"' });
  });
});

describe('properties', () => {
  it('reads every property type Tiled writes, and flattens class members', () => {
    const properties = [
      { name: 'title', type: 'string', value: 'Night' },
      { name: 'count', type: 'int', value: 3 },
      { name: 'ratio', type: 'float', value: 0.25 },
      { name: 'dark', type: 'bool', value: true },
      { name: 'tint', type: 'color', value: '#ff102030' },
      { name: 'music', type: 'file', value: '../music/night.ogg' },
      { name: 'target', type: 'object', value: 12 },
      { name: 'mood', type: 'string', propertytype: 'Mood', value: 'calm' },
      { name: 'light', type: 'class', propertytype: 'Light', value: { radius: 40, colour: { red: 255, on: true } } },
      { name: 'empty', type: 'class', propertytype: 'Light', value: {} },
    ];
    const map = expectOk(readTiledJson(JSON.stringify(mapJson({ rows: ROWS, layers: [], properties }))));
    expect(map.properties).toEqual({
      title: 'Night', count: 3, ratio: 0.25, dark: true, tint: '#ff102030', music: '../music/night.ogg', target: 12,
      mood: 'calm', 'light.radius': 40, 'light.colour.red': 255, 'light.colour.on': true,
    });
  });

  it('reads the pre-1.2 object form of properties', () => {
    const json = { ...mapJson({ rows: ROWS, layers: [] }), properties: { a: 1, b: 'x' } };
    expect(expectOk(readTiledJson(JSON.stringify(json))).properties).toEqual({ a: 1, b: 'x' });
  });

  it('reports a property whose value does not match its type, naming the object', () => {
    const json = mapJson({
      rows: ROWS,
      layers: [objectLayer(2, 'entities', [{ id: 9, name: 'Guard', type: 'Enforcer', point: true, x: 0, y: 0, properties: [{ name: 'speed', type: 'int', value: 'fast' }] }])],
    });
    const problems = expectProblems(readTiledJson(JSON.stringify(json)));
    expect(problems[0]).toMatchObject({ place: 'object 9 "Guard" in layer "entities"' });
    expect(problems[0]?.message).toMatch(/"speed" is of type int/);
  });

  it('keeps properties named like built-in object members, and never reads them from a prototype', () => {
    const properties = [
      { name: '__proto__', type: 'string', value: 'kept' },
      { name: 'constructor', type: 'int', value: 3 },
    ];
    const map = expectOk(readTiledJson(JSON.stringify(mapJson({ rows: ROWS, layers: [], properties }))));
    expect(Object.keys(map.properties)).toEqual(['__proto__', 'constructor']);
    expect(map.properties.__proto__).toBe('kept');
    expect(map.properties.constructor).toBe(3);
    expect('toString' in expectOk(readTiledJson(JSON.stringify(mapJson({ rows: ROWS, layers: [] })))).properties).toBe(false);
  });

  it('refuses classes nested too deep with a problem naming the place, not a crash', () => {
    const depth = 10_000;
    const text = JSON.stringify(mapJson({ rows: ROWS, layers: [], properties: [{ name: 'deep', type: 'class', value: 'NESTED' }] }))
      .replace('"NESTED"', `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    const problems = expectProblems(readTiledJson(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', place: 'map' });
    expect(problems[0]?.message).toMatch(/property "deep(\.a)*(\.*\.\.\. \(\d+ characters\))?" nests classes more than \d+ deep/);
  });
});

describe('objects', () => {
  const objects = [
    { id: 1, name: 'box', type: 'Exit', x: 16, y: 32, width: 48, height: 16, rotation: 0 },
    { id: 2, name: 'dot', class: 'Spawn', x: 5, y: 6, point: true },
    { id: 3, name: 'oval', type: '', x: 0, y: 0, width: 10, height: 20, ellipse: true },
    { id: 4, name: 'line', type: 'PatrolRoute', x: 100, y: 50, polyline: [{ x: 0, y: 0 }, { x: 16, y: 0 }] },
    { id: 5, name: 'ring', type: 'PatrolRoute', x: 10, y: 10, polygon: [{ x: 0, y: 0 }, { x: 16, y: 0 }, { x: 16, y: 16 }] },
    { id: 6, name: 'crate', type: 'Prop', x: 32, y: 48, width: 16, height: 16, gid: (FLIPPED_HORIZONTALLY | 4) >>> 0 },
    { id: 7, name: 'sign', x: 0, y: 0, width: 80, height: 20, text: { text: 'Sanctuary', wrap: true } },
    { id: 8, name: 'both', class: 'FromClass', type: 'FromType', x: 0, y: 0 },
    { id: 9, name: 'hidden', x: 0, y: 0, visible: false, rotation: 45 },
  ];

  it('reads every object shape, with class taken from `class` or `type`', () => {
    const map = expectOk(readTiledJson(JSON.stringify(mapJson({ rows: ROWS, layers: [objectLayer(2, 'things', objects)] }))));
    const read = objectLayerNamed(map, 'things').objects;
    expect(read.map((object) => [object.id, object.className, object.shape.kind])).toEqual([
      [1, 'Exit', 'rectangle'], [2, 'Spawn', 'point'], [3, '', 'ellipse'], [4, 'PatrolRoute', 'polyline'],
      [5, 'PatrolRoute', 'polygon'], [6, 'Prop', 'tile'], [7, '', 'text'], [8, 'FromClass', 'rectangle'], [9, '', 'rectangle'],
    ]);
    expect(read[0]).toMatchObject({ x: 16, y: 32, width: 48, height: 16 });
    expect(read[3]?.shape).toEqual({ kind: 'polyline', points: [{ x: 0, y: 0 }, { x: 16, y: 0 }] });
    expect(read[5]?.shape).toEqual({ kind: 'tile', gid: (FLIPPED_HORIZONTALLY | 4) >>> 0 });
    expect(read[6]?.shape).toEqual({ kind: 'text', text: 'Sanctuary' });
    expect(read[8]).toMatchObject({ visible: false, rotation: 45 });
  });

  it('reports a broken polyline point and a template object by place', () => {
    const broken = [
      { id: 4, name: 'line', type: 'PatrolRoute', x: 0, y: 0, polyline: [{ x: 0, y: 0 }, { x: 'a', y: 0 }] },
      { id: 5, template: '../templates/guard.tx', x: 0, y: 0 },
    ];
    const problems = expectProblems(readTiledJson(JSON.stringify(mapJson({ rows: ROWS, layers: [objectLayer(2, 'entities', broken)] }))));
    expect(problems.map((problem) => problem.place)).toEqual(['object 4 "line" in layer "entities"', 'object 5 in layer "entities"']);
    expect(problems[1]?.message).toMatch(/template file "..\/templates\/guard.tx"/);
  });
});

describe('tilesets', () => {
  it('reads embedded tilesets with tile properties, classes and animations, listing only such tiles', () => {
    const tileset = {
      ...districtTileset(),
      tiles: [
        { id: 0, type: 'Wall', properties: [{ name: 'collides', type: 'bool', value: true }] },
        { id: 2, animation: [{ tileid: 2, duration: 100 }, { tileid: 3, duration: 150 }] },
        { id: 5, class: 'Lamp' },
        { id: 6 },
      ],
    };
    const json = { ...mapJson({ rows: ROWS, layers: [] }), tilesets: [tileset] };
    const [read] = expectOk(readTiledJson(JSON.stringify(json))).tilesets;
    expect(read).toMatchObject({ name: 'district', firstGid: 1, tileCount: 8, columns: 4, image: 'district.png', tileWidth: 16 });
    expect([...(read?.tiles.keys() ?? [])]).toEqual([0, 2, 5]);
    expect(read?.tiles.get(0)).toMatchObject({ className: 'Wall', properties: { collides: true } });
    expect(read?.tiles.get(2)?.animation).toEqual([{ tileId: 2, durationMs: 100 }, { tileId: 3, durationMs: 150 }]);
    expect(read?.tiles.get(5)?.className).toBe('Lamp');
  });

  it('names the external tileset file it cannot read yet', () => {
    const json = { ...mapJson({ rows: ROWS, layers: [] }), tilesets: [{ firstgid: 1, source: 'district.tsx' }] };
    const problems = expectProblems(readTiledJson(JSON.stringify(json)));
    expect(problems[0]).toMatchObject({ place: 'tileset file "district.tsx"' });
    expect(problems[0]?.hint).toMatch(/Embed Tileset/);
  });

  it('names the tileset with a broken field', () => {
    const json = { ...mapJson({ rows: ROWS, layers: [] }), tilesets: [{ ...districtTileset(), tilewidth: 'wide' }] };
    expect(expectProblems(readTiledJson(JSON.stringify(json)))[0]).toMatchObject({ place: 'tileset "district"' });
  });
});

describe('whole-file problems', () => {
  it('reports malformed JSON with the file name', () => {
    const problems = expectProblems(readTiledJson('{"width": 3,', { fileName: 'night.tmj' }));
    expect(problems[0]?.place).toBe('file "night.tmj"');
    expect(problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('recognizes a TMX file and says how to save JSON', () => {
    const problems = expectProblems(readTiledJson('<?xml version="1.0"?><map></map>'));
    expect(problems[0]?.hint).toMatch(/JSON map files/);
  });

  it('refuses a tileset file, a non-orthogonal map and non-object JSON', () => {
    expect(expectProblems(readTiledJson('{"type":"tileset"}'))[0]?.message).toMatch(/tileset, not a map/);
    expect(expectProblems(readTiledJson('[1,2]'))[0]?.message).toMatch(/a list, not a Tiled map/);
    const isometric = { ...mapJson({ rows: ROWS, layers: [] }), orientation: 'isometric' };
    expect(expectProblems(readTiledJson(JSON.stringify(isometric)))[0]?.message).toMatch(/isometric; only orthogonal/);
  });

  it('reports every problem at once, not only the first', () => {
    const json = mapJson({ rows: ROWS, layers: [{ ...tileLayer(1, 'walls', ROWS), data: [1] }, { ...tileLayer(2, 'decor', ROWS), data: 'x' }] });
    json.tilewidth = 'sixteen';
    const places = expectProblems(readTiledJson(JSON.stringify(json))).map((problem) => problem.place);
    expect(places).toEqual(['map', 'layer "walls"', 'layer "decor"']);
  });
});
