// `npm run dream` as a level builder runs it: rules applied once, a map Tiled opens, problems one a line
// with file, place and hint, and a non-zero exit code on any error.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTiledFiles } from '../../src/tiled/load-tiled-files.ts';
import { readTiledJson } from '../../src/tiled/read-tiled-json.ts';
import type { TiledMap } from '../../src/tiled/tiled-map.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';
import { mapJson, rowsOf } from '../fixtures/automap/rule-map-builder.ts';

const fixtures = 'tests/fixtures/automap';
const scratch = mkdtempSync(join(tmpdir(), 'dream-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function dream(...args: string[]): { status: number | null; lines: string[]; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'tools/dream.ts', ...args], { encoding: 'utf8' });
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
    // The game's own loader's words: the place names the rule map file, then the place inside it.
    expect(second.lines).toEqual([
      `${join(scratch, 'rules.txt')}: error: rule map "${join(scratch, 'no-output.tmj')}" rule map "no-output.tmj" layer "output": "output" starts like a rule layer but has no "_<layer>" after its prefix and index (Name it like input_Ground, inputnot_Ground, input2_Ground or output_Ground.)`,
      `${join(scratch, 'rules.txt')}: error: rule map "${join(scratch, 'no-output.tmj')}" rule map "no-output.tmj": the rule map has no output layers (Add a tile layer named output_<layer> (e.g. output_walls) holding what to place.)`,
      `${join(scratch, 'rules.txt')}: error: rules list "rules.txt" line 2: the file "${join(scratch, 'missing.tmj')}" cannot be read (there is no such file) (Check the path: it is relative to the file that names it (the map, or the rules.txt).)`,
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
    expect(run.lines).toEqual([expect.stringMatching(/huge\.tmj: error: file "[^"]*huge\.tmj": the file "[^"]*" cannot be read \(the file is 2 GB; files larger than 8 MB are not read\)/)]);
    const pipe = join(scratch, 'pipe.tmj');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const piped = dream(`${fixtures}/courtyard.tmj`, pipe, '--out', join(scratch, 'never.tmj'));
    expect(piped.status).toBe(1);
    expect(piped.lines).toEqual([expect.stringMatching(/pipe\.tmj: error: file "[^"]*pipe\.tmj": the file "[^"]*" cannot be read \(this is a pipe \(FIFO\), not a file/)]);
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

describe('npm run dream reads what Tiled writes, through the game\'s loader', () => {
  const TERRAIN_TSX = `<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="terrain" tilewidth="16" tileheight="16" tilecount="8" columns="8">
 <image source="terrain.png" width="128" height="16"/>
</tileset>
`;
  const RULES_TSX = `<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="Automapping Rules" tilewidth="16" tileheight="16" tilecount="5" columns="5">
 <image source="automap-tiles.png" width="80" height="16"/>
${['Empty', 'Ignore', 'NonEmpty', 'Other', 'Negate'].map((type, id) => ` <tile id="${id}"><properties><property name="MatchType" value="${type}"/></properties></tile>`).join('\n')}
</tileset>
`;
  const LAMP_TX = `<?xml version="1.0" encoding="UTF-8"?>
<template>
 <object name="lamp" type="Light" width="16" height="16"/>
</template>
`;

  type MapJson = { tilesets: Record<string, unknown>[]; layers: Record<string, unknown>[] };
  const fixture = (name: string): MapJson => JSON.parse(readFileSync(`${fixtures}/${name}`, 'utf8')) as MapJson;

  /** The courtyard and its walls-to-vines rule map in `folder`, tilesets and the lamp embedded or external. */
  function writeCase(folder: string, external: boolean): void {
    mkdirSync(folder, { recursive: true });
    const map = fixture('courtyard.tmj');
    const ruleMap = fixture('walls-to-vines.tmj');
    const lamp = external ? { id: 1, template: 'lamp.tx', x: 16, y: 16 } : { id: 1, name: 'lamp', type: 'Light', width: 16, height: 16, x: 16, y: 16, rotation: 0, visible: true };
    map.layers.push({ id: 3, name: 'entities', type: 'objectgroup', opacity: 1, visible: true, x: 0, y: 0, objects: [lamp] });
    if (external) {
      map.tilesets = [{ firstgid: 1, source: 'terrain.tsx' }];
      ruleMap.tilesets = [{ firstgid: 1, source: 'terrain.tsx' }, { firstgid: 101, source: 'automap-rules.tsx' }];
      writeFileSync(join(folder, 'terrain.tsx'), TERRAIN_TSX);
      writeFileSync(join(folder, 'automap-rules.tsx'), RULES_TSX);
      writeFileSync(join(folder, 'lamp.tx'), LAMP_TX);
    }
    writeFileSync(join(folder, 'courtyard.tmj'), JSON.stringify(map));
    writeFileSync(join(folder, 'walls-to-vines.tmj'), JSON.stringify(ruleMap));
    writeFileSync(join(folder, 'rules.txt'), 'walls-to-vines.tmj\n');
  }

  async function loadOutput(path: string): Promise<TiledMap> {
    const read = await loadTiledFiles({ mapPath: path, readFile: readFromDisk });
    if (!read.loaded.ok) throw new Error(read.loaded.problems.map((problem) => problem.message).join('; '));
    return read.loaded.value;
  }

  const shape = (map: TiledMap): unknown => ({
    layers: map.layers.map((layer) => (layer.kind === 'tile' ? { name: layer.name, gids: Array.from(layer.gids) } : { name: layer.name, objects: layer.objects.map((object) => [object.name, object.className, object.x, object.y]) })),
    tilesets: map.tilesets.map((tileset) => [tileset.name, tileset.firstGid, tileset.tileCount]),
  });

  it('gives the same map from external .tsx tilesets and a .tx template as from embedded ones, and keeps them external', async () => {
    writeCase(join(scratch, 'embedded'), false);
    writeCase(join(scratch, 'external'), true);
    const outs = { embedded: join(scratch, 'outputs', 'embedded.tmj'), external: join(scratch, 'outputs', 'external.tmj') };
    mkdirSync(join(scratch, 'outputs'));
    const runs = (['embedded', 'external'] as const).map((kind) =>
      dream(join(scratch, kind, 'courtyard.tmj'), join(scratch, kind, 'rules.txt'), '--out', outs[kind], '--seed', '5'));
    expect(runs.map((run) => run.status)).toEqual([0, 0]);
    expect(runs[1]!.lines).toEqual([`${outs.external}: ok: 9 match(es) of 2 rule(s) from 1 rule map(s), created layer(s) "dream"`]);
    expect(runs[0]!.lines).toEqual([`${outs.embedded}: ok: 9 match(es) of 2 rule(s) from 1 rule map(s), created layer(s) "dream"`]);
    const [embedded, external] = [await loadOutput(outs.embedded), await loadOutput(outs.external)];
    expect(shape(external)).toEqual(shape(embedded));
    expect(rowsOf(external, 'walls')).toEqual(['bddddddb', 'b......b', 'b......b', 'b...dd.b', 'b......b', 'bbbbbbbb']);
    // Written from the output's folder, the references still reach the files beside the input.
    const written = JSON.parse(readFileSync(outs.external, 'utf8')) as MapJson;
    expect(written.tilesets).toEqual([{ firstgid: 1, source: '../external/terrain.tsx' }]);
    const objects = written.layers.find((layer) => layer.name === 'entities')!.objects as { template: string }[];
    expect(objects[0]!.template).toBe('../external/lamp.tx');
  });

  it('refuses an --out that is a folder, a device, a pipe, in a missing folder, or a file it reads, with one line and no stack', () => {
    writeCase(join(scratch, 'outs'), true);
    const map = join(scratch, 'outs', 'courtyard.tmj');
    const rules = join(scratch, 'outs', 'rules.txt');
    const pipe = join(scratch, 'outs', 'out-pipe.tmj');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const rulesBefore = readFileSync(rules, 'utf8');
    const cases: [string, RegExp][] = [
      [join(scratch, 'outs'), /error: --out: this is a folder, not a file/],
      ['/dev/full', /error: --out: this is a device, not a file/],
      [pipe, /error: --out: this is a pipe \(FIFO\), not a file/],
      [join(scratch, 'no-such-folder', 'out.tmj'), /error: --out: the folder ".*no-such-folder" does not exist/],
      [rules, /error: --out: this is ".*rules\.txt", which this command reads/],
      [join(scratch, 'outs', 'terrain.tsx'), /error: --out: this is ".*terrain\.tsx", which this command reads/],
      [map, /error: --out: this is ".*courtyard\.tmj", which this command reads/],
    ];
    for (const [out, expected] of cases) {
      const run = dream(map, rules, '--out', out);
      expect(run.status, out).toBe(1);
      expect(run.lines, out).toEqual([expect.stringMatching(expected)]);
      expect(run.stderr, out).toBe('');
    }
    expect(readFileSync(rules, 'utf8')).toBe(rulesBefore);
  }, 120_000);

  it('refuses a seed or phase that a replay would not hold, as replays check them', () => {
    for (const seed of ['abc', '1.5', '1e300', '4294967296']) {
      const run = dream(`${fixtures}/courtyard.tmj`, `${fixtures}/rules.txt`, '--out', join(scratch, 'never.tmj'), '--seed', seed);
      expect(run.status, seed).toBe(2);
      expect(run.stderr, seed).toContain('--seed should be a whole number from 0 to 4294967295');
    }
    expect(dream(`${fixtures}/courtyard.tmj`, `${fixtures}/rules.txt`, '--out', join(scratch, 'never.tmj'), '--phase', '2.5').status).toBe(2);
    expect(existsSync(join(scratch, 'never.tmj'))).toBe(false);
  }, 60_000);

  it('groups and caps the problems it prints, as validate-map does (20,000 bad lines in a rules list)', () => {
    const list = join(scratch, 'many.txt');
    writeFileSync(list, Array.from({ length: 20_000 }, (_, index) => `walls-${index}.png`).join('\n'));
    const run = dream(`${fixtures}/courtyard.tmj`, list, '--out', join(scratch, 'never.tmj'));
    expect(run.status).toBe(1);
    expect(run.lines.length).toBeLessThanOrEqual(41);
    expect(run.lines.at(-1)).toMatch(/^.*many\.txt: \.\.\. and \d+ more problems/);
  });
});
