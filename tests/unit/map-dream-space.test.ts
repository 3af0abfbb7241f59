// The analog dream space's map as a level builder meets it: it loads without a problem or a warning (what
// `npm run validate-map` says), and Debian's Tiled 1.8 opens it headless and writes back every layer and object.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLevelFromFiles } from '../../src/level/load-level.ts';

const root = resolve(import.meta.dirname, '../..');
const mapPath = join(root, 'maps/dream-space.tmj');
const scratch = mkdtempSync(join(tmpdir(), 'analog-dreams-dream-space-'));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

interface MapJson {
  readonly layers: readonly { readonly name: string; readonly objects?: readonly { readonly type: string; readonly name: string }[] }[];
}

describe('maps/dream-space.tmj', () => {
  it('loads with its story without a problem or a warning', async () => {
    const loaded = await loadLevelFromFiles({
      mapPath: 'maps/dream-space.tmj',
      readFile: (path) => Promise.resolve(new Uint8Array(readFileSync(join(root, path)))),
    });
    expect(loaded.ok ? loaded.warnings : loaded.problems).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.value.children.map((child) => `${child.name}:${child.look}`)).toEqual(['Leo:4', 'Tomas:0', 'Pip:1', 'Ayla:2', 'Juno:3']);
    expect(loaded.value.dreamCircles.map((circle) => circle.children)).toEqual([3]);
    expect(loaded.value.checkpoints.map((checkpoint) => checkpoint.name)).toEqual(['The campfire', 'The gallery', 'The music room', 'The star wall', 'Juno\'s den']);
  });

  it('opens in Tiled 1.8, which writes back every layer and object', () => {
    if (!existsSync('/usr/bin/tiled')) throw new Error('/usr/bin/tiled is missing: install Tiled with "apt-get install -y tiled" (CI does this)');
    const output = join(scratch, 'out.tmj');
    const result = spawnSync('/usr/bin/tiled', ['--export-map', 'json', mapPath, output], { env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' }, encoding: 'utf8', timeout: 60_000 });
    expect(result.status, `tiled said: ${result.stderr}`).toBe(0);
    const original = JSON.parse(readFileSync(mapPath, 'utf8')) as MapJson;
    const exported = JSON.parse(readFileSync(output, 'utf8')) as MapJson;
    expect(exported.layers.map((layer) => layer.name)).toEqual(['ground', 'walls', 'decor', 'dream', 'entities', 'above']);
    const objects = (map: MapJson): string[] => map.layers.flatMap((layer) => (layer.objects ?? []).map((object) => `${object.type} ${object.name}`));
    expect(objects(exported)).toEqual(objects(original));
  });
});
