import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTiledJson } from '../../src/tiled/read-tiled-json.ts';
import { FLIPPED_HORIZONTALLY, type TiledMap, type TiledTileLayer, type TiledTileset } from '../../src/tiled/tiled-map.ts';
import { withoutUndrawableTiles } from '../../src/view/drawable-map.ts';

function readFixture(name: string): TiledMap {
  const loaded = readTiledJson(readFileSync(`tests/fixtures/maps/tiled-1.8/${name}`, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => problem.message).join('\n'));
  return loaded.value;
}

function layer(map: TiledMap, name: string): TiledTileLayer {
  const found = map.layers.find((entry): entry is TiledTileLayer => entry.kind === 'tile' && entry.name === name);
  if (!found) throw new Error(`no tile layer ${name}`);
  return found;
}

const tileset: TiledTileset = {
  name: 'district', firstGid: 1, tileCount: 4, columns: 2, tileWidth: 16, tileHeight: 16, margin: 0, spacing: 0,
  image: 'district.png', imageWidth: 32, imageHeight: 32, tiles: new Map(), properties: {},
};

function mapWith(gids: number[], tilesets: readonly TiledTileset[] = [tileset]): TiledMap {
  const tiles: TiledTileLayer = {
    kind: 'tile', id: 1, name: 'ground', className: '', width: gids.length, height: 1, visible: true, opacity: 1,
    gids: Uint32Array.from(gids), properties: {},
  };
  return { orientation: 'orthogonal', width: gids.length, height: 1, tileWidth: 16, tileHeight: 16, infinite: false, layers: [tiles], tilesets, properties: {} };
}

describe('the map handed to the renderer', () => {
  it('empties cells whose tile belongs to no tileset (Phaser throws on them), flipped or not', () => {
    const flipped = (FLIPPED_HORIZONTALLY | 5) >>> 0;
    const map = withoutUndrawableTiles(mapWith([0, 1, 4, 5, flipped, 99, (FLIPPED_HORIZONTALLY | 2) >>> 0]));
    expect([...layer(map, 'ground').gids]).toEqual([0, 1, 4, 0, 0, 0, (FLIPPED_HORIZONTALLY | 2) >>> 0]);
  });

  it('never draws past the image, whatever the declared count', () => {
    const small = { ...tileset, tileCount: 9, imageWidth: 32, imageHeight: 16 };
    expect([...layer(withoutUndrawableTiles(mapWith([1, 2, 3], [small])), 'ground').gids]).toEqual([1, 2, 0]);
  });

  it('finds the right tileset among several', () => {
    const second = { ...tileset, name: 'second', firstGid: 10, tileCount: 2 };
    expect([...layer(withoutUndrawableTiles(mapWith([4, 5, 9, 10, 11, 12], [second, tileset])), 'ground').gids]).toEqual([4, 0, 0, 10, 11, 0]);
  });

  it('leaves a map without such tiles as it is, and does not change the map it was given', () => {
    const clean = mapWith([1, 2, 3]);
    expect(withoutUndrawableTiles(clean)).toBe(clean);
    const saved = readFixture('yard-csv.tmj'); // Tiled saved a gid 5 on "decor" with a 4-tile tileset
    const before = [...layer(saved, 'decor').gids];
    const drawable = withoutUndrawableTiles(saved);
    expect(before).toContain(5);
    expect([...layer(drawable, 'decor').gids]).not.toContain(5);
    expect([...layer(saved, 'decor').gids]).toEqual(before);
    expect(layer(drawable, 'ground')).toBe(layer(saved, 'ground'));
  });
});
