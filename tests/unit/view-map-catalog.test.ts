import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileNameOf } from '../../src/platform/map-files.ts';
import {
  mapNameFromSearch,
  resolveTilesetImages,
  shippedMapNames,
  unknownMapProblem,
} from '../../src/view/map-catalog.ts';

/** The images the build ships, as the boot scene's glob sees them (repository path to URL). */
const SHIPPED_IMAGES = new Map(
  readdirSync('assets/generated')
    .filter((name) => name.endsWith('.png'))
    .map((name) => [`assets/generated/${name}`, `./assets/${name}`] as const),
);

describe('?map= in the address', () => {
  it.each([
    ['', null],
    ['?other=1', null],
    ['?map=night-escape', 'night-escape'],
    ['?map=night-escape.tmj', 'night-escape'],
    ['?map=maps/night-escape.TMJ', 'night-escape'],
    ['?map=%20night-escape%20', 'night-escape'],
    ['?map=', ''],
  ])('%s names %s', (search, name) => {
    expect(mapNameFromSearch(search)).toBe(name);
  });

  it('lists the shipped maps by name, sorted, ignoring other files', () => {
    expect(shippedMapNames(['maps/b.tmj', 'maps/a.tmj', 'maps/README.md', 'assets/x.tmj'])).toEqual(['a', 'b']);
    expect(shippedMapNames(readdirSync('maps').map((name) => `maps/${name}`))).toContain('night-escape');
  });

  it('an unknown name is a problem that lists the maps that exist', () => {
    const problem = unknownMapProblem('nope', ['bedroom', 'night-escape']);
    expect(problem.place).toBe('?map=nope');
    expect(problem.message).toContain('Maps in this build: bedroom, night-escape');
    expect(problem.hint).toContain('?map=bedroom');
    expect(unknownMapProblem('', []).message).toContain('needs a map name');
  });
});

describe('tileset images', () => {
  it('finds a shipped map\'s image by its path relative to the map', () => {
    const result = resolveTilesetImages({
      tilesets: [{ name: 'night-district', image: '../assets/generated/night-district.png' }],
      mapPath: 'maps/night-escape.tmj',
      mapLabel: 'maps/night-escape.tmj',
      images: SHIPPED_IMAGES,
    });
    expect(result.problems).toEqual([]);
    expect(result.images.get('night-district')).toEqual({
      path: 'assets/generated/night-district.png',
      url: './assets/night-district.png',
    });
  });

  it('finds a dropped map\'s image by file name alone, wherever the builder keeps it', () => {
    const result = resolveTilesetImages({
      tilesets: [
        { name: 'windows', image: 'C:\\Users\\ana\\art\\night-district.png' },
        { name: 'unix', image: '/home/ana/art/Night-District.png' },
      ],
      mapPath: null,
      mapLabel: 'my-map.tmj',
      images: SHIPPED_IMAGES,
    });
    expect(result.problems).toEqual([]);
    expect(result.images.get('windows')?.path).toBe('assets/generated/night-district.png');
    expect(result.images.get('unix')?.path).toBe('assets/generated/night-district.png');
  });

  it('prefers assets/generated/ when maps/ ships an image of the same name', () => {
    const images = new Map([['maps/tiles.png', 'maps-url'], ['assets/generated/tiles.png', 'assets-url']]);
    const result = resolveTilesetImages({ tilesets: [{ name: 't', image: 'tiles.png' }], mapPath: null, mapLabel: 'a.tmj', images });
    expect(result.images.get('t')?.url).toBe('assets-url');
  });

  it('names the tileset and the file of an image the game does not ship, and of an image collection', () => {
    const result = resolveTilesetImages({
      tilesets: [
        { name: 'good', image: 'night-district.png' },
        { name: 'mystery', image: '../art/mystery-tiles.png' },
        { name: 'collection', image: '' },
      ],
      mapPath: null,
      mapLabel: 'my-map.tmj',
      images: SHIPPED_IMAGES,
    });
    expect([...result.images.keys()]).toEqual(['good']);
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toMatchObject({ severity: 'error', place: 'tileset "mystery" in my-map.tmj' });
    expect(result.problems[0]!.message).toContain('"mystery-tiles.png"');
    expect(result.problems[0]!.message).toContain('night-district.png');
    expect(result.problems[1]!.place).toBe('tileset "collection" in my-map.tmj');
  });

  it('takes the last part of a path with either separator', () => {
    expect(fileNameOf('a/b\\c.png')).toBe('c.png');
    expect(fileNameOf('c.png')).toBe('c.png');
  });
});
