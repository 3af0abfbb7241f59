// Hostile files: each limit refuses with its own clear message, fast, and names like `__proto__` are
// only names. How fast a bomb is refused is the benchmark hostile/<kind>-bomb-400mb's budget, not a test's.
import { describe, expect, it } from 'vitest';
import { loadLevelFromFiles, type ReadFile } from '../../src/level/load-level.ts';
import { MAX_CHUNKS, MAX_LAYERS, MAX_OBJECTS_PER_LAYER, MAX_POLYGON_POINTS, MAX_STRING_LENGTH } from '../../src/tiled/map-limits.ts';
import { readTiledJson } from '../../src/tiled/read-tiled-json.ts';
import type { MapProblem } from '../../src/tiled/tiled-map.ts';
import { MAX_XML_DEPTH } from '../../src/tiled/xml-tree.ts';
import { type Json, yardMap } from '../fixtures/maps/map-builder.ts';
import { bomb } from '../../tools/bench-hostile.ts';


function errors(text: string): MapProblem[] {
  const read = readTiledJson(text, { fileName: 'hostile.tmj' });
  return read.ok ? [] : read.problems.filter((problem) => problem.severity === 'error');
}

function inMemory(files: Readonly<Record<string, string>>): ReadFile {
  return (path) => (files[path] === undefined ? Promise.reject(new Error(`no file ${path}`)) : Promise.resolve(new TextEncoder().encode(files[path])));
}

async function tmxErrors(text: string): Promise<MapProblem[]> {
  const loaded = await loadLevelFromFiles({ mapPath: 'hostile.tmx', readFile: inMemory({ 'hostile.tmx': text }) });
  return loaded.ok ? [] : loaded.problems.filter((problem) => problem.severity === 'error');
}

function withWalls(change: (walls: Json) => void): string {
  const map = yardMap();
  change((map.layers as Json[]).find((layer) => layer.name === 'walls')!);
  return JSON.stringify(map);
}

describe('decompression bombs', () => {
  it.each(['zlib', 'gzip'] as const)('a %s layer that inflates to 400 MB is refused at the layer\'s size', async (kind) => {
    const packed = await bomb(kind, 400);
    expect(packed.length).toBeLessThan(2_000_000);
    const text = withWalls((walls) => Object.assign(walls, { encoding: 'base64', compression: kind, data: packed.toString('base64') }));
    const problems = errors(text);
    expect(problems).toEqual([expect.objectContaining({ place: 'layer "walls"', message: `the layer data holds more than ${12 * 8} cells but the layer has ${12 * 8}` })]);
  });
});

describe('limits, each with its own message', () => {
  it('too many layers', () => {
    const map = yardMap();
    map.layers = Array.from({ length: MAX_LAYERS + 5 }, (_, index) => ({ id: index + 1, name: `l${index}`, type: 'objectgroup', objects: [] }));
    expect(errors(JSON.stringify(map)).map((problem) => problem.message)).toContain(`the map has more than ${MAX_LAYERS} layers`);
  });

  it('too many chunks over the layers of an infinite JSON map (TMX has its element cap, JSON only its size)', () => {
    const map = yardMap();
    map.infinite = true;
    // Empty chunks: each is valid and costs no cells, so only the chunk count can refuse them.
    const emptyChunks = (count: number): Json[] => Array.from({ length: count }, () => ({ x: 0, y: 0, width: 0, height: 0, data: [] }));
    const half = MAX_CHUNKS / 2;
    // Each layer alone is within the limit; the second brings the map over it, and is named.
    map.layers = [
      { id: 1, name: 'ground', type: 'tilelayer', chunks: emptyChunks(half) },
      { id: 2, name: 'walls', type: 'tilelayer', chunks: emptyChunks(half + 1) },
    ];
    const problems = errors(JSON.stringify(map));
    expect(problems).toEqual([expect.objectContaining({
      place: 'layer "walls"', message: `the map has more than ${MAX_CHUNKS} chunks (${MAX_CHUNKS + 1} up to this layer, ${half + 1} in it)`,
    })]);
  });

  it('too many objects in a layer, too many polygon points', () => {
    const many = yardMap();
    (many.layers as Json[]).push({ id: 90, name: 'notes', type: 'objectgroup', objects: Array.from({ length: MAX_OBJECTS_PER_LAYER + 1 }, (_, id) => ({ id })) });
    expect(errors(JSON.stringify(many))).toEqual([expect.objectContaining({
      place: 'layer "notes"', message: `there are ${MAX_OBJECTS_PER_LAYER + 1} objects; at most ${MAX_OBJECTS_PER_LAYER} are read`,
    })]);
    const spiky = yardMap();
    const points = Array.from({ length: MAX_POLYGON_POINTS + 1 }, (_, index) => ({ x: index % 7, y: index % 5 }));
    (spiky.layers as Json[]).push({ id: 91, name: 'notes', type: 'objectgroup', objects: [{ id: 500, name: 'spiky', polygon: points }] });
    expect(errors(JSON.stringify(spiky))).toEqual([expect.objectContaining({
      place: 'object 500 "spiky" in layer "notes"', message: `the polygon has ${MAX_POLYGON_POINTS + 1} points; at most ${MAX_POLYGON_POINTS} are read`,
    })]);
  });

  it('a 7 MB string is refused, and never repeated whole in a message', () => {
    const huge = 'x'.repeat(7 * 1024 * 1024);
    const text = withWalls((walls) => {
      walls.properties = [{ name: 'note', type: 'string', value: huge }];
      walls.class = huge;
    });
    const problems = errors(text);
    expect(problems.map((problem) => problem.message)).toEqual([
      `"class" is ${huge.length} characters long; at most ${MAX_STRING_LENGTH} are read`,
      `property "note" is ${huge.length} characters long; at most ${MAX_STRING_LENGTH} are read`,
    ]);
    const named = errors(JSON.stringify({ ...yardMap(), orientation: 'y'.repeat(5000) }));
    expect(named[0]?.message).toBe(`the map is ${'y'.repeat(60)}... (5000 characters); only orthogonal maps are supported`);
  });

  it('group layers nested too deep, and XML nested too deep', async () => {
    let layers: Json[] = [{ id: 1, name: 'walls', type: 'tilelayer', width: 16, height: 12, data: new Array(192).fill(0) }];
    for (let depth = 0; depth < 80; depth++) layers = [{ id: depth + 2, name: 'g', type: 'group', layers }];
    expect(errors(JSON.stringify({ ...yardMap(), layers })).map((problem) => problem.message)).toContain('group layers are nested more than 64 deep');
    const deep = `<map width="1" height="1" tilewidth="16" tileheight="16">${'<group>'.repeat(MAX_XML_DEPTH + 1)}${'</group>'.repeat(MAX_XML_DEPTH + 1)}</map>`;
    expect((await tmxErrors(deep)).map((problem) => problem.message)).toEqual([`XML elements are nested more than ${MAX_XML_DEPTH} deep`]);
  });

  it('a map too large, and too many cells over all layers', async () => {
    expect(errors(JSON.stringify({ ...yardMap(), width: 5000 }))[0]?.message).toBe('the map is 5000x8 tiles; at most 1024x1024 is supported');
    const layer = '<layer name="l" width="1024" height="1024"><data encoding="base64"></data></layer>';
    const text = `<map orientation="orthogonal" width="1024" height="1024" tilewidth="16" tileheight="16">${layer.repeat(17)}</map>`;
    expect((await tmxErrors(text)).map((problem) => problem.message)).toContain('the map\'s tile layers hold more than 16777216 cells in all');
  });

  it('a DOCTYPE (entity expansion) is refused before any entity is read', async () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE map [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><map name="&b;"/>';
    expect((await tmxErrors(laughs)).map((problem) => problem.message)).toEqual([
      'the file declares a DOCTYPE, which Tiled never writes (and which could define entities)',
    ]);
  });
});

describe('names that are JavaScript\'s own change nothing', () => {
  it('__proto__, constructor and prototype as properties, attributes and members are just names', async () => {
    const map = yardMap();
    map.properties = [
      { name: '__proto__', type: 'string', value: 'polluted' },
      { name: 'constructor', type: 'class', value: { prototype: { polluted: true } } },
    ];
    const read = readTiledJson(JSON.stringify(map));
    if (!read.ok) throw new Error('should read');
    expect(Object.keys(read.value.properties).sort()).toEqual(['__proto__', 'constructor.prototype.polluted']);
    expect(read.value.properties.__proto__).toBe('polluted');
    const tmx = '<map orientation="orthogonal" width="1" height="1" tilewidth="16" tileheight="16" __proto__="x" constructor="y">'
      + '<properties><property name="__proto__" type="bool" value="true"/></properties></map>';
    const loaded = await loadLevelFromFiles({ mapPath: 'proto.tmx', readFile: inMemory({ 'proto.tmx': tmx }) });
    expect(loaded.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('hostile names and project files', () => {
  it('refuses a 7 MB layer name instead of cutting it to MAX_STRING_LENGTH', () => {
    const huge = 'n'.repeat(7 * 1024 * 1024);
    const problems = errors(withWalls((walls) => { walls.name = huge; }));
    expect(problems.map((problem) => problem.message)).toContain(`"name" is ${huge.length} characters long; at most ${MAX_STRING_LENGTH} are read`);
  });

  it('stops filling class defaults that nest ten classes of ten members ten deep (10^10 values), within two seconds', async () => {
    const propertyTypes = Array.from({ length: 10 }, (_, level) => ({
      id: level + 1, name: `C${level}`, type: 'class', useAs: ['property', 'object'],
      members: Array.from({ length: 10 }, (__, member) => (level === 9
        ? { name: `m${member}`, type: 'int', value: member }
        : { name: `m${member}`, type: 'class', propertyType: `C${level + 1}`, value: {} })),
    }));
    const map = yardMap();
    const entities = (map.layers as Json[]).find((layer) => layer.name === 'entities')!;
    (entities.objects as Json[]).push({ id: 90, name: 'nested', type: 'C0', x: 8, y: 8, point: true });
    const loaded = await loadLevelFromFiles({
      mapPath: 'yard.tmj',
      projectPath: 'hostile.tiled-project',
      readFile: inMemory({ 'yard.tmj': JSON.stringify(map), 'hostile.tiled-project': JSON.stringify({ propertyTypes }) }),
    });
    expect(loaded.ok).toBe(false);
    const refused = loaded.ok ? undefined : loaded.problems.find((problem) => problem.message.includes('MAX_CLASS_VALUES_FILLED'));
    expect(refused?.place).toBe('file "hostile.tiled-project"');
  });
});

describe('messages that say what is true, and quote nothing of a file outside the map', () => {
  it('calls a package.json not a Tiled map, not "a Tiled module"', () => {
    expect(errors(JSON.stringify({ name: 'game', type: 'module' })).map((problem) => problem.message)).toEqual(['the file is not a Tiled map (its "type" is "module")']);
    expect(errors(JSON.stringify({ type: 'tileset' })).map((problem) => problem.message)).toEqual(['the file is a Tiled tileset, not a map']);
  });

  it('says a tileset file naming another tileset file was read, and what it names', async () => {
    const map = yardMap();
    map.tilesets = [{ firstgid: 1, source: 'chained.tsx' }];
    const loaded = await loadLevelFromFiles({
      mapPath: 'yard.tmj',
      readFile: inMemory({ 'yard.tmj': JSON.stringify(map), 'chained.tsx': '<?xml version="1.0"?>\n<tileset version="1.10" source="other.tsx"/>\n' }),
    });
    const messages = loaded.ok ? [] : loaded.problems.map((problem) => `${problem.place}: ${problem.message}`);
    expect(messages).toContain('tileset file "chained.tsx": the tileset file names another tileset file, "other.tsx", as its source; a tileset file must hold the tileset itself');
    expect(messages.join('\n')).not.toMatch(/was not read/);
  });

  it('never quotes the first bytes of a file a map points at (a tileset path to /etc/passwd)', async () => {
    const map = yardMap();
    map.tilesets = [{ firstgid: 1, source: '../../etc/passwd.tsj' }];
    const loaded = await loadLevelFromFiles({
      mapPath: 'maps/yard.tmj',
      readFile: inMemory({ 'maps/yard.tmj': JSON.stringify(map), '../etc/passwd.tsj': 'root:x:0:0:root:/root:/bin/bash\n' }),
    });
    const text = loaded.ok ? '' : loaded.problems.map((problem) => `${problem.place}: ${problem.message}`).join('\n');
    expect(text).toMatch(/not valid JSON \(Unexpected token 'r', near the start\)/);
    expect(text).not.toMatch(/root:x/);
  });
});
