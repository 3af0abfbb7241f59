// Broken references: each missing or wrong file a map names is one problem naming that file, with a hint.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevelFromFiles, type ReadFile } from '../../src/level/load-level.ts';
import type { MapProblem } from '../../src/tiled/tiled-map.ts';

const FOLDER = 'tests/fixtures/maps/features/';
const FILES: Readonly<Record<string, string>> = {
  'level/features.tmx': readFileSync(`${FOLDER}features-csv.tmx`, 'utf8'),
  'level/tilesets/district.tsx': readFileSync(`${FOLDER}tilesets/district.tsx`, 'utf8'),
  'level/templates/enforcer.tx': readFileSync(`${FOLDER}templates/enforcer.tx`, 'utf8'),
  'level/templates/bench.tx': readFileSync(`${FOLDER}templates/bench.tx`, 'utf8'),
};

function reader(changes: Readonly<Record<string, string | null>>): ReadFile {
  return (path) => {
    const content = path in changes ? changes[path] : FILES[path];
    if (content === undefined || content === null) return Promise.reject(new Error(`${path} is not there`));
    return Promise.resolve(new TextEncoder().encode(content));
  };
}

async function errors(changes: Readonly<Record<string, string | null>>, projectPath?: string): Promise<MapProblem[]> {
  const loaded = await loadLevelFromFiles({ mapPath: 'level/features.tmx', readFile: reader(changes), ...(projectPath === undefined ? {} : { projectPath }) });
  return loaded.ok ? [] : loaded.problems.filter((problem) => problem.severity === 'error');
}

describe('files a map names', () => {
  it('all there: the map loads, and paths are resolved against the map\'s folder', async () => {
    const loaded = await loadLevelFromFiles({ mapPath: 'level/features.tmx', readFile: reader({}) });
    expect(loaded.ok).toBe(true);
    expect(loaded.files).toEqual(['level/features.tmx', 'level/tilesets/district.tsx', 'level/templates/enforcer.tx', 'level/templates/bench.tx']);
  });

  it('a missing template: one problem naming its file; its objects say they could not use it', async () => {
    const problems = await errors({ 'level/templates/enforcer.tx': null });
    expect(problems[0]).toEqual({
      severity: 'error', place: 'file "level/templates/enforcer.tx"', message: 'the file cannot be read: level/templates/enforcer.tx is not there',
      hint: 'Check that the file is where the map says: paths are relative to the file that names them (Tiled keeps them so when files move together).',
    });
    expect(problems).toContainEqual(expect.objectContaining({
      place: 'object 3 "North watcher" in layer "logic/entities"', message: 'the object uses the template file "templates/enforcer.tx", which was not read', count: 2,
    }));
  });

  it('a tileset file that is a template, a template that is not XML, a tile template whose tileset the map lacks', async () => {
    expect((await errors({ 'level/tilesets/district.tsx': FILES['level/templates/enforcer.tx']! }))[0]).toMatchObject({
      place: 'file "level/tilesets/district.tsx"', message: 'the file is a Tiled template, not a tileset',
    });
    expect((await errors({ 'level/templates/bench.tx': '{"type":"template"}' }))[0]).toMatchObject({
      place: 'file "level/templates/bench.tx"', message: expect.stringMatching(/^the file is not well-formed XML/) as unknown,
    });
    const elsewhere = FILES['level/templates/bench.tx']!.replace('../tilesets/district.tsx', '../other/district.tsx');
    expect((await errors({ 'level/templates/bench.tx': elsewhere }))[0]).toMatchObject({
      place: 'file "level/templates/bench.tx"',
      message: 'the template "templates/bench.tx" shows a tile of "../other/district.tsx", which is not one of the map\'s tilesets',
    });
  });

  it('a project file that cannot be read or is not JSON', async () => {
    expect((await errors({}, 'level/missing.tiled-project'))[0]).toMatchObject({ place: 'file "level/missing.tiled-project"', message: 'the file cannot be read: level/missing.tiled-project is not there' });
    expect((await errors({ 'level/p.tiled-project': '<xml/>' }, 'level/p.tiled-project'))[0]).toMatchObject({ place: 'file "level/p.tiled-project"', message: 'the project file is not valid JSON' });
  });
});
