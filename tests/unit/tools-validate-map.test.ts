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
      expect.stringMatching(/^maps\/night-escape\.tmj: ok: 48x36 tiles of 16 px, \d+ enforcer\(s\), 0 warning\(s\), 2 file\(s\) read$/),
      expect.stringMatching(/huge\.tmj: error: file ".*huge\.tmj": the file cannot be read: .*huge\.tmj is 2147483648 bytes; at most 67108864 are read \(Check that the file/),
      expect.stringMatching(/no-spawn\.tmj: error: layer "entities": there is no Spawn \(Add one object of class Spawn/),
    ]);
  });

  it('exits 0 when every map loads', () => {
    expect(validate('maps/night-escape.tmj').status).toBe(0);
  });

  it('reads TMX and JSON maps with their external tilesets and templates', () => {
    const { status, lines } = validate('tests/fixtures/maps/features/features-zstd.tmx', 'tests/fixtures/maps/features/features-csv.tmj');
    expect(lines).toEqual([
      'tests/fixtures/maps/features/features-zstd.tmx: ok: 16x12 tiles of 16 px, 2 enforcer(s), 0 warning(s), 5 file(s) read',
      'tests/fixtures/maps/features/features-csv.tmj: ok: 16x12 tiles of 16 px, 2 enforcer(s), 0 warning(s), 5 file(s) read',
    ]);
    expect(status).toBe(0);
  });

  it('names a missing tileset file and a file that is not a map, and exits 1; no map at all is a usage error (2)', () => {
    const moved = join(folder, 'moved.tmx');
    writeFileSync(moved, readFileSync('tests/fixtures/maps/features/features-csv.tmx', 'utf8'));
    const { status, lines } = validate(moved, 'README.md');
    expect(lines[0]).toBe(
      `${moved}: error: file "${folder}/tilesets/district.tsx": the file cannot be read: ENOENT: no such file or directory, open '${folder}/tilesets/district.tsx' (Check that the file is where the map says: paths are relative to the file that names them (Tiled keeps them so when files move together).)`,
    );
    expect(lines.at(-1)).toBe('README.md: error: file "README.md": not a Tiled map (.tmx, .tmj or .json) (Give the map file; its tilesets and templates are read from it.)');
    expect(status).toBe(1);
    expect(validate().status).toBe(2);
  });

  it('prints at most 100 problem lines for a map and counts the rest', () => {
    const flooded = join(folder, 'flooded.tmj');
    const map = JSON.parse(readFileSync('maps/night-escape.tmj', 'utf8')) as { layers: { name: string; objects?: Record<string, unknown>[] }[] };
    const entities = map.layers.find((layer) => layer.name === 'entities')!;
    // 150 Enforcers off the map, each at its own place: 150 different errors.
    for (let index = 0; index < 150; index++) entities.objects!.push({ id: 5000 + index, name: '', type: 'Enforcer', point: true, x: -100 - index, y: -100, width: 0, height: 0, rotation: 0, visible: true });
    writeFileSync(flooded, JSON.stringify(map));
    const { status, lines } = validate(flooded);
    expect(status).toBe(1);
    expect(lines).toHaveLength(101);
    expect(lines[0]).toMatch(/flooded\.tmj: error: object 5000 in layer "entities": the Enforcer at -100,-100 is outside the map/);
    expect(lines[100]).toBe(`${flooded}: ... and 50 more problem(s) not shown; fix these first`);
  });
});
