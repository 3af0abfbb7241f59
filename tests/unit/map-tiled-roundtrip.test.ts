// The campaign's maps as Tiled 1.8 saves them again, in TMX and in JSON, normalize exactly as the committed
// files do: what the game reads does not depend on the format a level builder saves in.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTiledFiles } from '../../src/tiled/load-tiled-files.ts';
import type { TiledMap } from '../../src/tiled/tiled-map.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'analog-dreams-roundtrip-'));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * The map as read, with its file properties (`dreamRules`, `story`) made absolute: Tiled rewrites a file
 * property relative to the folder it saves into, as it does image paths; the file it names is the same.
 */
async function load(path: string): Promise<TiledMap> {
  const read = await loadTiledFiles({ mapPath: path, readFile: readFromDisk, projectPath: join(root, 'maps/analog-dreams.tiled-project') });
  if (!read.loaded.ok) throw new Error(JSON.stringify(read.loaded.problems));
  const map = read.loaded.value;
  const properties = { ...map.properties };
  for (const name of ['dreamRules', 'story']) {
    const file = properties[name];
    if (typeof file === 'string') properties[name] = resolve(dirname(path), file);
  }
  return { ...map, properties };
}

/** Tiled rewrites an image's relative path for the folder it saves into; the file it names is the same. */
function withoutRelativeImages(map: TiledMap): unknown {
  return { ...map, tilesets: map.tilesets.map(({ image: _image, ...tileset }) => ({ ...tileset, imagePath: resolve(tileset.imagePath) })) };
}

/**
 * Tiled counts the tiles of the image on disk when it saves. The generated sheet only grows at its end (the
 * dream's tiles from id 72), so a map embedding fewer rows is saved with the grown count: the same tiles,
 * the new ones unused. Compare as the committed file counts them.
 */
function asCommittedCounts(saved: TiledMap, committed: TiledMap): TiledMap {
  const tilesets = saved.tilesets.map((tileset, index) => {
    const before = committed.tilesets[index];
    if (!before || before.imagePath !== tileset.imagePath || tileset.tileCount < before.tileCount) return tileset;
    return { ...tileset, tileCount: before.tileCount, imageHeight: before.imageHeight };
  });
  return { ...saved, tilesets };
}

describe.each(['maps/night-escape.tmj', 'tests/fixtures/maps/test-yard.tmj'])('%s saved again by Tiled', (map) => {
  it.each(['tmx', 'json'])('as %s normalizes exactly as the committed file', async (format) => {
    const output = join(scratch, `${map.replaceAll('/', '-')}.${format === 'tmx' ? 'tmx' : 'tmj'}`);
    const result = spawnSync('tiled', ['--export-map', format, join(root, map), output], {
      env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' }, encoding: 'utf8', timeout: 60_000,
    });
    expect(result.status, `tiled said: ${result.stderr}`).toBe(0);
    const committed = await load(join(root, map));
    expect(withoutRelativeImages(asCommittedCounts(await load(output), committed))).toEqual(withoutRelativeImages(committed));
  }, 60_000);
});
