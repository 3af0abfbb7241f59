// `npm run dream` as a level builder runs it: rules applied once, a map Tiled opens, problems one a line
// with file, place and hint, and a non-zero exit code on any error.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTiledJson } from '../../src/tiled/read-tiled-json.ts';
import { mapJson, rowsOf } from '../fixtures/automap/rule-map-builder.ts';

const fixtures = 'tests/fixtures/automap';
const scratch = mkdtempSync(join(tmpdir(), 'dream-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function dream(...args: string[]): { status: number | null; lines: string[]; stderr: string } {
  const result = spawnSync('npx', ['tsx', 'tools/dream.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, lines: result.stdout.trim().split('\n'), stderr: result.stderr };
}

describe('npm run dream', () => {
  it('applies a rules.txt to a map and writes a map Tiled opens, the same for the same seed and phase', () => {
    const out = join(scratch, 'out', 'courtyard-dream.tmj');
    mkdirSync(join(scratch, 'out'));
    const run = dream(`${fixtures}/courtyard.tmj`, `${fixtures}/rules.txt`, '--out', out, '--seed', '7', '--phase', '1');
    expect(run.lines).toEqual([`${out}: ok: 20 match(es) of 3 rule(s) from 2 rule map(s), created layer(s) "dream"`]);
    expect(run.status).toBe(0);
    const written = readFileSync(out, 'utf8');
    const read = readTiledJson(written);
    if (!read.ok) throw new Error('the written map does not read');
    expect(rowsOf(read.value, 'walls')).toEqual(['bddddddb', 'b......b', 'b......b', 'b...dd.b', 'b......b', 'bbbbbbbb']);
    expect(rowsOf(read.value, 'dream')[2]).toBe('...e....');
    // Flowers (f or g) every second column where no wall stands.
    expect(rowsOf(read.value, 'ground')[1]).toMatch(/^aa[fg]a[fg]a[fg]a$/);
    // The tileset image is found from the new folder.
    const image = (JSON.parse(written) as { tilesets: { image: string }[] }).tilesets[0]!.image;
    expect(resolve(dirname(out), image)).toBe(resolve(fixtures, 'terrain.png'));
    const again = join(scratch, 'again.tmj');
    dream(`${fixtures}/courtyard.tmj`, `${fixtures}/rules.txt`, '--out', again, '--seed', '7', '--phase', '1');
    expect(readFileSync(again, 'utf8').replace(/"image": "[^"]*"/g, '')).toBe(written.replace(/"image": "[^"]*"/g, ''));
    if (existsSync('/usr/bin/tiled')) {
      const check = spawnSync('/usr/bin/tiled', ['--export-map', 'json', out, join(scratch, 'check.tmj')], {
        env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' }, encoding: 'utf8', timeout: 60_000,
      });
      expect(check.status, `tiled said: ${check.stderr}`).toBe(0);
    }
  });

  it('reads a TMX rule map through the game\'s TMX reader: the same map as from its JSON twin', () => {
    const fromTmx = join(scratch, 'from-tmx.tmj');
    const fromJson = join(scratch, 'from-json.tmj');
    const tmx = dream(`${fixtures}/courtyard.tmj`, `${fixtures}/walls-to-vines.tmx`, '--out', fromTmx, '--seed', '3');
    dream(`${fixtures}/courtyard.tmj`, `${fixtures}/walls-to-vines.tmj`, '--out', fromJson, '--seed', '3');
    expect(tmx.status).toBe(0);
    expect(tmx.lines).toEqual([`${fromTmx}: ok: 9 match(es) of 2 rule(s) from 1 rule map(s), created layer(s) "dream"`]);
    expect(readFileSync(fromTmx, 'utf8')).toBe(readFileSync(fromJson, 'utf8'));
  });

  it('skips rule maps whose [pattern] does not match the map name', () => {
    const copy = join(scratch, 'plaza.tmj');
    writeFileSync(copy, readFileSync(`${fixtures}/courtyard.tmj`, 'utf8'));
    // The fixtures' paths are relative to the rules list, so it is named where it lies.
    const run = dream(copy, `${fixtures}/rules.txt`, '--out', join(scratch, 'plaza-dream.tmj'));
    expect(run.lines).toEqual([`${join(scratch, 'plaza-dream.tmj')}: ok: 9 match(es) of 2 rule(s) from 1 rule map(s), created layer(s) "dream"`]);
  });

  it('prints every problem one a line and exits 1', () => {
    writeFileSync(join(scratch, 'no-output.tmj'), JSON.stringify(mapJson({ layers: [{ name: 'input_walls', rows: ['b'] }, { name: 'output', rows: ['d'] }] })));
    writeFileSync(join(scratch, 'rules.txt'), 'no-output.tmj\nmissing.tmj\nwalls.png\n');
    const run = dream(`${fixtures}/courtyard.tmj`, join(scratch, 'rules.txt'), '--out', join(scratch, 'never.tmj'));
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      `${join(scratch, 'rules.txt')}: error: rules list "rules.txt" line 3: "walls.png" is neither a rule map (.tmj, .json, .tmx) nor a rules list (.txt) (Each line is a path to a rule map or another rules.txt, a [filter], or a comment starting with # or //.)`,
    ]);
    writeFileSync(join(scratch, 'rules.txt'), 'no-output.tmj\nmissing.tmj\n');
    const second = dream(`${fixtures}/courtyard.tmj`, join(scratch, 'rules.txt'), '--out', join(scratch, 'never.tmj'));
    expect(second.status).toBe(1);
    expect(second.lines).toEqual([
      `${join(scratch, 'no-output.tmj')}: error: rule map "no-output.tmj" layer "output": "output" starts like a rule layer but has no "_<layer>" after its prefix and index (Name it like input_Ground, inputnot_Ground, input2_Ground or output_Ground.)`,
      `${join(scratch, 'no-output.tmj')}: error: rule map "no-output.tmj": the rule map has no output layers (Add a tile layer named output_<layer> (e.g. output_walls) holding what to place.)`,
      `${join(scratch, 'missing.tmj')}: error: rules list "rules.txt" line 2: there is no such file (Check the path: paths in a rules list are relative to the list's folder.)`,
    ]);
    expect(existsSync(join(scratch, 'never.tmj'))).toBe(false);
  });

  it('refuses a 2 GB rule map and a pipe unread, naming each, and writes nothing', () => {
    const huge = join(scratch, 'huge.tmj');
    const handle = openSync(huge, 'w');
    // A sparse file: 2 GB to the size check, no disk used.
    ftruncateSync(handle, 2 * 1024 ** 3);
    closeSync(handle);
    const run = dream(`${fixtures}/courtyard.tmj`, huge, '--out', join(scratch, 'never.tmj'));
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([expect.stringMatching(/huge\.tmj: error: file: the file is 2 GB; files larger than 8 MB are not read/)]);
    const pipe = join(scratch, 'pipe.tmj');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const piped = dream(`${fixtures}/courtyard.tmj`, pipe, '--out', join(scratch, 'never.tmj'));
    expect(piped.status).toBe(1);
    expect(piped.lines).toEqual([expect.stringMatching(/pipe\.tmj: error: file: this is a pipe \(FIFO\), not a file/)]);
    expect(existsSync(join(scratch, 'never.tmj'))).toBe(false);
  });

  it('warns of an input layer the map does not have and of a tileset that differs, and still applies the rules', () => {
    const misspelt = mapJson({ layers: [{ name: 'input_Walls', rows: ['E'] }, { name: 'output_walls', rows: ['d'] }] });
    (misspelt.tilesets as { tilecount: number }[])[0]!.tilecount = 4;
    writeFileSync(join(scratch, 'misspelt.tmj'), JSON.stringify(misspelt));
    const out = join(scratch, 'misspelt-out.tmj');
    const run = dream(`${fixtures}/courtyard.tmj`, join(scratch, 'misspelt.tmj'), '--out', out);
    expect(run.lines).toEqual([
      `${join(scratch, 'misspelt.tmj')}: warning: rule map "misspelt.tmj" tileset "terrain": the map's tileset "terrain" is not the same (8 tiles, image "terrain.png"; the rule map's: 4 tiles, image "terrain.png"), but tiles match by tileset name and id (Use the same tileset in the rule map as in the map (same image and tile count), or rename one of them.)`,
      `${join(scratch, 'misspelt.tmj')}: warning: rule map "misspelt.tmj" input for layer "Walls": the map has no tile layer "Walls", so these inputs are matched against an empty layer (as Tiled does) (Did you mean "walls"? Layer names are case-sensitive.)`,
      `${out}: ok: 48 match(es) of 1 rule(s) from 1 rule map(s)`,
    ]);
    expect(run.status).toBe(0);
  });

  it('refuses a wrong command line with the usage and exit code 2', () => {
    const run = dream(`${fixtures}/courtyard.tmj`, '--out');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run dream --');
  });
});
