// One map, saved by Tiled 1.8.2 itself as TMX and as JSON in every layer format (make-fixtures.ts in
// tests/fixtures/maps/features/), normalizes to the same TiledMap field by field; and what the map
// holds (external tileset, templates, image collection, collision shapes, offsets, flips, every
// property type) comes out as Tiled means it.
import { describe, expect, it } from 'vitest';
import { loadTiledFiles } from '../../src/tiled/load-tiled-files.ts';
import type { TiledMap, TiledObjectLayer, TiledTileLayer } from '../../src/tiled/tiled-map.ts';
import { readFromDisk } from '../../tools/disk-reader.ts';

const FOLDER = 'tests/fixtures/maps/features/';
const ENCODINGS = ['csv', 'base64', 'zlib', 'gzip', 'zstd'] as const;

async function load(name: string): Promise<TiledMap> {
  const read = await loadTiledFiles({ mapPath: FOLDER + name, readFile: readFromDisk });
  if (!read.loaded.ok) throw new Error(JSON.stringify(read.loaded.problems, null, 1));
  return read.loaded.value;
}

export function layer<Kind extends 'tile' | 'object'>(map: TiledMap, name: string, kind: Kind): Kind extends 'tile' ? TiledTileLayer : TiledObjectLayer {
  const found = map.layers.find((entry) => entry.name === name && entry.kind === kind);
  if (found === undefined) throw new Error(`no ${kind} layer ${name}`);
  return found as Kind extends 'tile' ? TiledTileLayer : TiledObjectLayer;
}

describe('the feature map as Tiled 1.8 saves it', () => {
  it.each(ENCODINGS.flatMap((encoding) => [`features-${encoding}.tmx`, `features-${encoding}.tmj`]))(
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
