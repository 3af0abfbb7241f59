// The validator as a level builder runs it: one line a problem, exit 1 on errors, and no file too big
// or too strange to make it crash or read gigabytes.
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

function validate(...files: string[]): { status: number | null; lines: string[] } {
  // The timeout turns a hang (a FIFO opened for reading) into a failure instead of a stuck suite.
  const result = spawnSync('npx', ['tsx', 'tools/validate-map.ts', ...files], { encoding: 'utf8', timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
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
      `${huge}: error: file "${huge}": the file is 2 GB; files larger than 8 MB are not read (Is this the right file? A Tiled map with embedded tilesets is usually well under 1 MB.)`,
      expect.stringMatching(/no-spawn\.tmj: error: layer "entities": there is no Spawn \(Add one object of class Spawn/),
    ]);
  });

  it('refuses a FIFO and a device instead of hanging or reading forever', () => {
    const fifo = join(folder, 'pipe.tmj');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const zero = join(folder, 'zero.tmj');
    symlinkSync('/dev/zero', zero);
    const { status, lines } = validate(fifo, zero);
    expect(status).toBe(1);
    expect(lines).toEqual([
      expect.stringContaining(`${fifo}: error: file "${fifo}": this is a pipe (FIFO), not a file; only regular files are read`),
      expect.stringContaining(`${zero}: error: file "${zero}": this is a device, not a file; only regular files are read`),
    ]);
  });

  it('groups and caps 150,000 problems and cuts a 7 MB quoted value short', () => {
    const map = JSON.parse(readFileSync('maps/night-escape.tmj', 'utf8')) as { layers: { name: string; objects?: object[] }[] };
    const entities = map.layers.find((layer) => layer.name === 'entities')!;
    const bogus = Array.from({ length: 150_000 }, (_, index) => ({ id: 100_000 + index, type: `B${index % 5000}`, x: 8, y: 8, point: true }));
    entities.objects = [...entities.objects!, ...bogus];
    const many = join(folder, 'many.tmj');
    writeFileSync(many, JSON.stringify(map));
    const started = Date.now();
    const result = validate(many);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.lines).toHaveLength(40 + 2);
    expect(result.lines[0]).toMatch(/: warning: object 100000 in layer "entities"; object 105000 in layer "entities"; object 110000 in layer "entities" and 27 more places: class "B0" is not known/);
    expect(result.lines[40]).toBe(`${many}: ... and 148800 more problems (4960 more kinds), not shown. Fix the ones above first.`);
    expect(result.lines[41]).toMatch(/ok: 48x36 tiles of 16 px, \d+ enforcer\(s\), 150000 warning\(s\)$/);

    entities.objects = [...entities.objects.slice(0, -150_000), { id: 99_999, type: 'x'.repeat(7 * 1024 * 1024), x: 8, y: 8, point: true }];
    const long = join(folder, 'long.tmj');
    writeFileSync(long, JSON.stringify(map));
    const longResult = validate(long);
    expect(longResult.lines[0]).toContain(`class "${'x'.repeat(48)}…"`);
    expect(longResult.lines[0]!.length).toBeLessThan(1200);
  });

  it('exits 0 when every map loads', () => {
    expect(validate('maps/night-escape.tmj').status).toBe(0);
  });
});
