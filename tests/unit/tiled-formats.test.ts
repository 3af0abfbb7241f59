// One map, saved by Tiled 1.8.2 itself as TMX and as JSON in every layer format (make-fixtures.ts in
// tests/fixtures/maps/features/), normalizes to the same TiledMap field by field; and what the map
// holds (external tileset, templates, image collection, collision shapes, offsets, flips, every
// property type) comes out as Tiled means it.
import { describe, expect, it } from 'vitest';
import { loadTiledFiles } from '../../src/tiled/load-tiled-files.ts';
import type { TiledMap, TiledObjectLayer, TiledTileLayer } from '../../src/tiled/tiled-map.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';

const FOLDER = 'tests/fixtures/maps/features/';
const ENCODINGS = ['csv', 'base64', 'zlib', 'gzip', 'zstd'] as const;

async function load(name: string): Promise<TiledMap> {
  const read = await loadTiledFiles({ mapPath: FOLDER + name, readFile: readFromDisk });
  if (!read.loaded.ok) throw new Error(JSON.stringify(read.loaded.problems, null, 1));
  return read.loaded.value;
}

function layer<Kind extends 'tile' | 'object'>(map: TiledMap, name: string, kind: Kind): Kind extends 'tile' ? TiledTileLayer : TiledObjectLayer {
  const found = map.layers.find((entry) => entry.name === name && entry.kind === kind);
  if (found === undefined) throw new Error(`no ${kind} layer ${name}`);
  return found as Kind extends 'tile' ? TiledTileLayer : TiledObjectLayer;
}

describe('the feature map as Tiled 1.8 saves it', () => {
  it.each([...ENCODINGS.flatMap((encoding) => [`features-${encoding}.tmx`, `features-${encoding}.tmj`]), 'features-xml.tmx'])(
    '%s normalizes exactly as features-csv.tmx does, field by field',
    async (name) => {
      const reference = await load('features-csv.tmx');
      const map = await load(name);
      // Field by field, so a difference names the field that differs.
      for (const key of Object.keys(reference) as (keyof TiledMap)[]) expect({ [key]: map[key] }).toEqual({ [key]: reference[key] });
      expect(Object.keys(map).sort()).toEqual(Object.keys(reference).sort());
    },
  );

  it('the hand-written source and Tiled\'s own CSV export agree too', async () => {
    const source = await load('features.tmx');
    const exported = await load('features-csv.tmx');
    expect(source.layers).toEqual(exported.layers);
    expect(source.tilesets).toEqual(exported.tilesets);
  });
});

describe('what the feature map holds', () => {
  it('reads the external tileset, and rebases its image onto the map; image paths resolve against the map path', async () => {
    const map = await load('features-csv.tmx');
    const district = map.tilesets.find((tileset) => tileset.name === 'district')!;
    expect(district).toMatchObject({
      firstGid: 9, tileCount: 72, columns: 8, source: `${FOLDER}tilesets/district.tsx`,
      image: '../../../../assets/generated/night-district.png', imagePath: 'assets/generated/night-district.png',
    });
    expect(map.tilesets.find((tileset) => tileset.name === 'spaced')).toMatchObject({
      margin: 1, spacing: 2, columns: 3, tileCount: 6, image: 'spaced.png', imagePath: `${FOLDER}spaced.png`, imageWidth: 54, imageHeight: 36,
    });
    expect(map.tilesets.find((tileset) => tileset.name === 'spaced')?.tiles.get(0)?.animation).toEqual([
      { tileId: 0, durationMs: 200 }, { tileId: 4, durationMs: 300 },
    ]);
  });

  it('reads the image-collection tileset with its tile offset and each tile\'s own image', async () => {
    const props = (await load('features-zlib.tmj')).tilesets.find((tileset) => tileset.name === 'props')!;
    expect(props).toMatchObject({ columns: 0, image: '', imagePath: '', tileOffset: { x: 0, y: 4 }, tileHeight: 32 });
    expect(props.tiles.get(0)?.image).toEqual({ path: 'props/lamp.png', readPath: `${FOLDER}props/lamp.png`, width: 16, height: 32 });
    expect(props.tiles.get(1)).toMatchObject({ properties: { collides: true }, image: { path: 'props/crate.png', width: 16, height: 16 } });
  });

  it('reads collision shapes from the tileset file as objects in tile pixels', async () => {
    const district = (await load('features-gzip.tmx')).tilesets.find((tileset) => tileset.name === 'district')!;
    expect(district.tiles.get(11)?.collision).toMatchObject([{ x: 0, y: 0, width: 16, height: 16, shape: { kind: 'ellipse' } }]);
    expect(district.tiles.get(27)?.collision).toMatchObject([{ x: 0, y: 8, width: 16, height: 8, shape: { kind: 'rectangle' } }]);
    expect(district.tiles.get(30)?.collision[0]?.shape).toEqual({ kind: 'polygon', points: [{ x: 0, y: 0 }, { x: 4, y: 0 }, { x: 4, y: 16 }, { x: 0, y: 16 }] });
  });

  it('merges templates under their objects: the object\'s own values win, property by property; a tile template\'s gid follows the map\'s firstgid', async () => {
    const map = await load('features-base64.tmx');
    const entities = layer(map, 'logic/entities', 'object');
    const watcher = entities.objects.find((object) => object.id === 3)!;
    // The group's offset (8, 0) carries down to its objects.
    expect(watcher).toMatchObject({ name: 'North watcher', className: 'Enforcer', x: 184, y: 56, shape: { kind: 'point' } });
    expect(watcher.properties).toEqual({ facing: 90, sightRange: 64, speed: 52, route: 4 });
    expect(entities.objects.find((object) => object.id === 8)).toMatchObject({ name: 'Sweeper', className: 'Enforcer', properties: { speed: 40 } });
    const bench = layer(map, 'props', 'object').objects.find((object) => object.id === 6)!;
    expect(bench).toMatchObject({ name: 'Bench', width: 16, height: 16, shape: { kind: 'tile', gid: 9 + 27 } });
  });

  it('carries group opacity down, keeps flip flags, reads every property type and text objects', async () => {
    const map = await load('features-zstd.tmj');
    expect(layer(map, 'street/walls', 'tile').opacity).toBe(0.5);
    expect(layer(map, 'street/decor', 'tile').opacity).toBeCloseTo(0.4);
    const decor = layer(map, 'street/decor', 'tile').gids;
    expect([decor[9 * 16 + 2], decor[9 * 16 + 3], decor[9 * 16 + 4]]).toEqual([(0x80000000 | 45) >>> 0, (0x40000000 | 45) >>> 0, (0xa0000000 | 45) >>> 0]);
    expect(map.properties).toEqual({
      name: 'Feature yard', note: 'line one\nline two', count: 7, ratio: 0.25, lit: true, tint: '#ff8040c0',
      music: '../sounds/night.ogg', boss: 3, mode: 'ping-pong',
    });
    expect(layer(map, 'props', 'object').objects.find((object) => object.id === 7)).toMatchObject({ rotation: 15, shape: { kind: 'text', text: 'Night & Day' } });
  });

  it('a map naming .tsj and .tj files normalizes as the one naming .tsx and .tx, but for where the tileset came from', async () => {
    const xml = await load('features-csv.tmj');
    const json = await load('features-json-references.tmj');
    expect(json.layers).toEqual(xml.layers);
    const withoutSource = (map: TiledMap): unknown[] => map.tilesets.map(({ source: _source, ...rest }) => rest);
    expect(withoutSource(json)).toEqual(withoutSource(xml));
    expect(json.tilesets.find((tileset) => tileset.name === 'district')?.source).toBe(`${FOLDER}tilesets/district.tsj`);
  });

  it('fills class members the map did not save from the project file\'s defaults', async () => {
    const read = await loadTiledFiles({ mapPath: `${FOLDER}features-csv.tmx`, readFile: readFromDisk, projectPath: 'maps/analog-dreams.tiled-project' });
    if (!read.loaded.ok) throw new Error('should load');
    const watcher = layer(read.loaded.value, 'logic/entities', 'object').objects.find((object) => object.id === 3)!;
    expect(watcher.properties).toEqual({ facing: 90, sightRange: 64, speed: 52, route: 4, sightAngle: 70, wait: 30, look: '' });
    expect(read.files).toEqual([
      `${FOLDER}features-csv.tmx`, 'maps/analog-dreams.tiled-project', `${FOLDER}tilesets/district.tsx`,
      `${FOLDER}templates/enforcer.tx`, `${FOLDER}templates/bench.tx`,
    ]);
  });
});
