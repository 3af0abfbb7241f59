// The validator as a level builder runs it: one line a problem, exit 1 on errors, and no file too big
// or too strange to make it crash or read gigabytes.
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

function validate(...files: string[]): { status: number | null; lines: string[] } {
  const result = spawnSync('npx', ['tsx', 'tools/validate-map.ts', ...files], { encoding: 'utf8' });
  return { status: result.status, lines: result.stdout.trim().split('\n') };
}

describe('npm run validate-map', () => {
  const folder = mkdtempSync(join(tmpdir(), 'validate-map-'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('passes the campaign map, refuses a 2 GB file unread, and names the broken one', () => {
    const huge = join(folder, 'huge.tmj');
    const handle = openSync(huge, 'w');
    // A sparse file: 2 GB to the validator's size check, no disk used.
    ftruncateSync(handle, 2 * 1024 ** 3);
    closeSync(handle);
    const broken = join(folder, 'no-spawn.tmj');
    const map = JSON.parse(readFileSync('maps/night-escape.tmj', 'utf8')) as { layers: { name: string; objects?: { type?: string }[] }[] };
    const entities = map.layers.find((layer) => layer.name === 'entities')!;
    entities.objects = entities.objects!.filter((object) => object.type !== 'Spawn');
    writeFileSync(broken, `\uFEFF${JSON.stringify(map)}`);

    const { status, lines } = validate('maps/night-escape.tmj', huge, broken);
    expect(status).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(/^maps\/night-escape\.tmj: ok: 48x36 tiles of 16 px, \d+ enforcer\(s\), 0 warning\(s\)$/),
      `${huge}: error: file "${huge}": the file is 2 GB; maps larger than 8 MB are not read (Is this the right file? A Tiled map with embedded tilesets is usually well under 1 MB.)`,
      expect.stringMatching(/no-spawn\.tmj: error: layer "entities": there is no Spawn \(Add one object of class Spawn/),
    ]);
  });

  it('exits 0 when every map loads', () => {
    expect(validate('maps/night-escape.tmj').status).toBe(0);
  });
});
