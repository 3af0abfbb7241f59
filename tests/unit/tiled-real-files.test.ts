// Files written by Tiled itself (Debian's Tiled 1.8.2, `tiled --export-map json` of the yard map from
// map-builder.ts saved with each layer format), so the reader is checked against Tiled and not only
// against our idea of Tiled.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLevel } from '../../src/level/build-level.ts';
import { loadTiledFiles } from '../../src/tiled/load-tiled-files.ts';
import { readTiledJson } from '../../src/tiled/read-tiled-json.ts';
import type { TiledMap, TiledTileLayer } from '../../src/tiled/tiled-map.ts';

function readFixture(name: string): TiledMap {
  const loaded = readTiledJson(readFileSync(new URL(`../fixtures/maps/tiled-1.8/${name}`, import.meta.url), 'utf8'), { fileName: name });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.value;
}

function tileLayers(map: TiledMap): TiledTileLayer[] {
  return map.layers.filter((layer): layer is TiledTileLayer => layer.kind === 'tile');
}

describe('maps saved by Tiled 1.8.2', () => {
  const csv = readFixture('yard-csv.tmj');

  it('reads the CSV map with its object classes from `type`', () => {
    expect(csv).toMatchObject({ width: 12, height: 8, tileWidth: 16, infinite: false });
    const entities = csv.layers.find((layer) => layer.name === 'entities');
    expect(entities?.kind === 'object' && entities.objects.map((object) => object.className)).toEqual([
      'Spawn', 'Exit', 'Enforcer', 'PatrolRoute', 'Enforcer', 'PatrolRoute', 'Enforcer',
    ]);
    expect(tileLayers(csv).find((layer) => layer.name === 'walls')?.gids.filter((gid) => gid !== 0).length).toBe(49);
  });

  it.each(['yard-base64.tmj', 'yard-zlib.tmj', 'yard-gzip.tmj', 'yard-zstd.tmj'])('%s holds the same map as the CSV one', (name) => {
    const map = readFixture(name);
    expect(map.layers).toEqual(csv.layers);
    expect(map.tilesets).toEqual(csv.tilesets);
  });

  it('yard-infinite.tmj: Tiled re-chunked it 16x16; the grid starts at its first chunk and objects follow', () => {
    const map = readFixture('yard-infinite.tmj');
    // The yard was drawn at Tiled tile -4,-4; Tiled's chunks start at -16,-16, so the yard sits at 12,12.
    expect(map).toMatchObject({ infinite: true, width: 32, height: 32, tileOrigin: { x: -16, y: -16 } });
    for (const layer of tileLayers(csv)) {
      const infiniteLayer = tileLayers(map).find((entry) => entry.name === layer.name)!;
      for (let row = 0; row < 8; row++) {
        for (let column = 0; column < 12; column++) {
          expect(infiniteLayer.gids[(row + 12) * 32 + column + 12]).toBe(layer.gids[row * 12 + column]);
        }
      }
    }
    const built = buildLevel(map);
    const flat = buildLevel(csv);
    if (!built.ok || !flat.ok) throw new Error('both maps should build');
    const shift = 12 * 16;
    expect(built.value.spawn).toEqual({ x: flat.value.spawn.x + shift, y: flat.value.spawn.y + shift });
    expect(built.value.enforcers[0]?.route[0]).toEqual({ x: flat.value.enforcers[0]!.route[0]!.x + shift, y: flat.value.enforcers[0]!.route[0]!.y + shift });
  });
});

describe('the same yard maps as Tiled 1.8.2 exports them to TMX', () => {
  it.each(['yard-infinite', 'yard-zlib', 'yard-zstd'])('%s.tmx normalizes exactly as %s.tmj', async (name) => {
    const readFile = (path: string): Promise<Uint8Array> => Promise.resolve(readFileSync(new URL(`../fixtures/maps/tiled-1.8/${path}`, import.meta.url)));
    const fromTmx = await loadTiledFiles({ mapPath: `${name}.tmx`, readFile });
    const fromJson = await loadTiledFiles({ mapPath: `${name}.tmj`, readFile });
    if (!fromTmx.loaded.ok || !fromJson.loaded.ok) throw new Error('both should load');
    expect(fromTmx.loaded.value).toEqual(fromJson.loaded.value);
    expect(fromTmx.loaded.value).toEqual(readFixture(`${name}.tmj`));
  });

  it('refuses an isometric TMX map, naming its orientation', async () => {
    const text = readFileSync(new URL('../fixtures/maps/tiled-1.8/yard-zlib.tmx', import.meta.url), 'utf8').replace('orientation="orthogonal"', 'orientation="isometric"');
    const read = await loadTiledFiles({ mapPath: 'iso.tmx', readFile: () => Promise.resolve(new TextEncoder().encode(text)) });
    expect(read.loaded.ok).toBe(false);
    expect(!read.loaded.ok && read.loaded.problems).toContainEqual(expect.objectContaining({
      place: 'map', message: 'the map is isometric; only orthogonal maps are supported', hint: 'In Tiled, Map > Map Properties > Orientation: Orthogonal.',
    }));
  });
});
