// The campaign's maps as Tiled 1.8 saves them again, in TMX and in JSON, normalize exactly as the committed
// files do: what the game reads does not depend on the format a level builder saves in.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTiledFiles } from '../../src/tiled/load-tiled-files.ts';
import type { TiledMap } from '../../src/tiled/tiled-map.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'analog-dreams-roundtrip-'));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

async function load(path: string): Promise<TiledMap> {
  const read = await loadTiledFiles({ mapPath: path, readFile: readFromDisk, projectPath: join(root, 'maps/analog-dreams.tiled-project') });
  if (!read.loaded.ok) throw new Error(JSON.stringify(read.loaded.problems));
  return read.loaded.value;
}

/** Tiled rewrites an image's relative path for the folder it saves into; the file it names is the same. */
function withoutRelativeImages(map: TiledMap): unknown {
  return { ...map, tilesets: map.tilesets.map(({ image: _image, ...tileset }) => ({ ...tileset, imagePath: resolve(tileset.imagePath) })) };
}

describe.each(['maps/night-escape.tmj', 'tests/fixtures/maps/test-yard.tmj'])('%s saved again by Tiled', (map) => {
  it.each(['tmx', 'json'])('as %s normalizes exactly as the committed file', async (format) => {
    const output = join(scratch, `${map.replaceAll('/', '-')}.${format === 'tmx' ? 'tmx' : 'tmj'}`);
    const result = spawnSync('tiled', ['--export-map', format, join(root, map), output], {
      env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' }, encoding: 'utf8', timeout: 60_000,
    });
    expect(result.status, `tiled said: ${result.stderr}`).toBe(0);
    expect(withoutRelativeImages(await load(output))).toEqual(withoutRelativeImages(await load(join(root, map))));
  }, 60_000);
});
