// The validator as a level builder runs it: one line a problem, exit 1 on errors, and no file too big
// or too strange to make it crash or read gigabytes.
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zlibSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { gidsFromRows, tileLayer, yardMap, YARD_ROWS, type Json } from '../fixtures/maps/map-builder.ts';

function validate(...files: string[]): { status: number | null; lines: string[] } {
  // The timeout turns a hang (a FIFO opened for reading) into a failure instead of a stuck suite.
  const result = spawnSync('npx', ['tsx', 'tools/validate-map.ts', ...files], { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, lines: result.stdout.trim().split('\n') };
}

// Each test starts the tool as a process (tsx compiles it first): on a loaded machine that alone takes
// seconds, so the limit only turns a hang into a failure; how fast the tool is, is the bench's to say.
describe('npm run validate-map', { timeout: 120_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'validate-map-'));
  // Copies of the campaign map are written here: its dream rule map and its story go beside them, as beside it.
  copyFileSync('maps/night-escape-dream.tmj', join(folder, 'night-escape-dream.tmj'));
  copyFileSync('maps/night-escape.ink', join(folder, 'night-escape.ink'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('checks every phase of the dream, rules from a TMX rule map included, and names the phase and cell', () => {
    const map = yardMap();
    (map.properties as Json[]).push({ name: 'dreamRules', type: 'file', value: 'walls.tmx' });
    // Crates everywhere in the "storm" phase: the Spawn's cell turns solid.
    const storm = YARD_ROWS.map((row) => 'x'.repeat(row.length));
    (map.layers as Json[]).splice(3, 0, { ...tileLayer(30, 'dream/storm', storm), data: gidsFromRows(storm) });
    writeFileSync(join(folder, 'dreaming.tmj'), JSON.stringify(map));
    writeFileSync(join(folder, 'walls.tmx'), [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<map version="1.10" orientation="orthogonal" renderorder="right-down" width="1" height="1" tilewidth="16" tileheight="16" infinite="0" nextlayerid="3" nextobjectid="1">',
      ' <tileset firstgid="1" name="district" tilewidth="16" tileheight="16" tilecount="8" columns="4"><image source="district.png" width="64" height="32"/></tileset>',
      ' <layer id="1" name="input_walls" width="1" height="1"><data encoding="csv">1</data></layer>',
      ' <layer id="2" name="output_walls" width="1" height="1"><data encoding="csv">2</data></layer>',
      '</map>',
    ].join('\n'));
    const { status, lines } = validate(join(folder, 'dreaming.tmj'));
    expect(status).toBe(1);
    expect(lines).toContainEqual(expect.stringMatching(/dreaming\.tmj: error: dream phase 1 \("dream\/storm"\) at tile 1,6: the dream turns the Spawn's cell solid/));
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
      expect.stringMatching(/^maps\/night-escape\.tmj: ok: 48x36 tiles of 16 px, \d+ enforcer\(s\), 0 warning\(s\), 4 file\(s\) read$/),
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

  it('groups and caps 99,000 problems and cuts a 7 MB quoted value short', () => {
    const map = JSON.parse(readFileSync('maps/night-escape.tmj', 'utf8')) as { layers: { name: string; objects?: object[] }[] };
    const entities = map.layers.find((layer) => layer.name === 'entities')!;
    // Just under the reader's 100,000 objects a layer, so each one is read and warned about.
    const bogus = Array.from({ length: 99_000 }, (_, index) => ({ id: 100_000 + index, type: `B${index % 5000}`, x: 8, y: 8, point: true }));
    entities.objects = [...entities.objects!, ...bogus];
    const many = join(folder, 'many.tmj');
    writeFileSync(many, JSON.stringify(map));
    const result = validate(many);
    expect(result.lines).toHaveLength(40 + 2);
    expect(result.lines[0]).toMatch(/: warning: object 100000 in layer "entities"; object 105000 in layer "entities"; object 110000 in layer "entities" and 17 more places: class "B0" is not known/);
    expect(result.lines[40]).toBe(`${many}: ... and 98200 more problems (4960 more kinds), not shown. Fix the ones above first.`);
    expect(result.lines[41]).toMatch(/ok: 48x36 tiles of 16 px, \d+ enforcer\(s\), 99000 warning\(s\), 4 file\(s\) read$/);

    entities.objects = [...entities.objects.slice(0, -99_000), { id: 99_999, type: 'x'.repeat(60_000), x: 8, y: 8, point: true }];
    const long = join(folder, 'long.tmj');
    writeFileSync(long, JSON.stringify(map));
    const longResult = validate(long);
    expect(longResult.lines[0]).toContain(`class "${'x'.repeat(48)}…"`);
    expect(longResult.lines[0]!.length).toBeLessThan(1200);
    // Past the reader's string limit the value is refused by its length, and still not repeated.
    entities.objects = [...entities.objects.slice(0, -1), { id: 99_999, type: 'x'.repeat(7 * 1024 * 1024), x: 8, y: 8, point: true }];
    writeFileSync(long, JSON.stringify(map));
    const hugeResult = validate(long);
    expect(hugeResult.lines[0]).toContain('"type" is 7340032 characters long; at most 65536 are read');
    expect(hugeResult.lines[0]!.length).toBeLessThan(1200);
  });

  it('refuses what the game refuses: 16 layers of 1024x1024 (the view\'s MAX_VIEW_CELLS), and a self-naming rules.txt is read once', () => {
    const huge = yardMap();
    const empty = Buffer.from(zlibSync(new Uint8Array(1024 * 1024 * 4))).toString('base64');
    const entities = (huge.layers as Json[]).find((layer) => layer.name === 'entities')!;
    huge.width = 1024;
    huge.height = 1024;
    huge.layers = [...Array.from({ length: 16 }, (_, index) => ({
      id: 100 + index, name: index === 1 ? 'walls' : `layer ${index}`, type: 'tilelayer', x: 0, y: 0,
      width: 1024, height: 1024, visible: true, opacity: 1, encoding: 'base64', compression: 'zlib', data: empty,
    })), entities];
    writeFileSync(join(folder, 'huge.tmj'), JSON.stringify(huge));
    const refused = validate(join(folder, 'huge.tmj'));
    expect(refused.status).toBe(1);
    expect(refused.lines.join('\n')).toContain('error: tile layers (16 drawn): the drawn tile layers hold 16777216 cells in all; the game draws at most 4194304 (MAX_VIEW_CELLS)');

    const looping = yardMap();
    (looping.properties as Json[]).push({ name: 'dreamRules', type: 'file', value: 'rules.txt' });
    writeFileSync(join(folder, 'looping.tmj'), JSON.stringify(looping));
    writeFileSync(join(folder, 'rules.txt'), 'rules.txt\n'.repeat(10));
    const read = validate(join(folder, 'looping.tmj'));
    expect(read.lines.join('\n')).toMatch(/the rules list ".*rules\.txt" is named again \(or names itself\); it is read once/);
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
      // One line for the three missing files: the reader's reason is the same words for each, without a stack or a system code.
      `${moved}: error: file "${folder}/tilesets/district.tsx"; file "${folder}/templates/enforcer.tx"; file "${folder}/templates/bench.tx": the file cannot be read: there is no such file (Check that the file is where the map says: paths are relative to the file that names them (Tiled keeps them so when files move together).)`,
    );
    expect(lines.at(-1)).toBe('README.md: error: file "README.md": not a Tiled map (.tmx, .tmj or .json) (Give the map file; its tilesets and templates are read from it.)');
    expect(status).toBe(1);
    expect(validate().status).toBe(2);
  });

  it('prints at most 40 kinds of problem for a map and counts the rest', () => {
    const flooded = join(folder, 'flooded.tmj');
    const map = JSON.parse(readFileSync('maps/night-escape.tmj', 'utf8')) as { layers: { name: string; objects?: Record<string, unknown>[] }[] };
    const entities = map.layers.find((layer) => layer.name === 'entities')!;
    // 150 Enforcers off the map, each at its own place: 150 different errors.
    for (let index = 0; index < 150; index++) entities.objects!.push({ id: 5000 + index, name: '', type: 'Enforcer', point: true, x: -100 - index, y: -100, width: 0, height: 0, rotation: 0, visible: true });
    writeFileSync(flooded, JSON.stringify(map));
    const { status, lines } = validate(flooded);
    expect(status).toBe(1);
    expect(lines).toHaveLength(41);
    expect(lines[0]).toMatch(/flooded\.tmj: error: object 5000 in layer "entities": the Enforcer at -100,-100 is outside the map/);
    expect(lines[40]).toBe(`${flooded}: ... and 110 more problems (110 more kinds), not shown. Fix the ones above first.`);
  });
});
