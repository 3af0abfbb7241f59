// The file sets a map is loaded from: dropped files and folders, the dev server, the bundle.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevelFromFiles } from '../../src/level/load-level.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';
import {
  MAXIMUM_DROPPED_BYTES,
  bundledFileSet,
  droppedFileSet,
  isLevelFile,
  isMapProblem,
  pickMap,
  resolveFromMap,
  serverFileSet,
  type DroppedFile,
  type MapFileSet,
} from '../../src/platform/map-files.ts';

const MAP_TEXT = readFileSync('maps/night-escape.tmj', 'utf8');

function dropped(path: string, text: string, lastModified = 0): DroppedFile {
  return { path, file: new Blob([text]), lastModified };
}

function fileSet(value: ReturnType<typeof droppedFileSet>): MapFileSet {
  if (isMapProblem(value)) throw new Error(value.message);
  return value;
}

async function readText(set: MapFileSet, path: string): Promise<string> {
  return new TextDecoder().decode(await set.readFile(path));
}

describe('dropped file sets', () => {
  it('read by the paths the loader resolved against the map, loose files by name; images relative to the map', async () => {
    const folder = fileSet(droppedFileSet([
      dropped('level/maps/a.tmx', '<map/>'),
      dropped('level/tilesets/ground.tsx', 'ground'),
      dropped('level/maps/ground.tsx', 'shadowed'),
    ]));
    expect(folder.mapPath).toBe('level/maps/a.tmx');
    expect(await readText(folder, 'level/maps/../tilesets/ground.tsx')).toBe('ground');
    expect(await readText(folder, 'level/maps/ground.tsx')).toBe('shadowed');
    const loose = fileSet(droppedFileSet([dropped('a.tmj', '{}'), dropped('district.tsj', 'district')]));
    expect(await readText(loose, '../tilesets/district.tsj')).toBe('district');
    await expect(loose.readFile('missing.tsx')).rejects.toThrow('"missing.tsx" is not among the 2 dropped files');
    expect(loose.imageUrl('night-district.png')).toBeNull();
    expect(fileSet(droppedFileSet([dropped('a.tmj', '{}'), dropped('tiles.png', 'png')])).imageUrl('../art/tiles.png')).toMatch(/^blob:/);
  });

  it('play the map saved last, prefer .tmx and .tmj to .json, and refuse a drop with no map or too many bytes', () => {
    expect(pickMap([dropped('old.tmj', '', 1), dropped('new.tmx', '', 2), dropped('tiles.json', '', 3)])?.path).toBe('new.tmx');
    const none = droppedFileSet([dropped('tiles.png', '')]);
    expect(isMapProblem(none) && none.message).toBe('there is no Tiled map (.tmx, .tmj or .json) among the dropped files');
    const huge = { path: 'a.tmj', file: { size: MAXIMUM_DROPPED_BYTES + 1 } as Blob, lastModified: 0 };
    const refused = droppedFileSet([huge]);
    expect(isMapProblem(refused) && refused.message).toContain('at most 64 MB are read');
  });

  it('load a dropped folder with a TMX map, its external tileset and its templates', async () => {
    const root = 'tests/fixtures/maps/features/';
    const names = ['features-csv.tmx', 'tilesets/district.tsx', 'templates/enforcer.tx', 'templates/bench.tx'];
    const set = fileSet(droppedFileSet(names.map((name) => ({ path: `my-level/${name}`, file: new Blob([readFileSync(root + name)]), lastModified: 0 }))));
    const loaded = await loadLevelFromFiles({ mapPath: set.mapPath, readFile: set.readFile });
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    expect(loaded.ok).toBe(true);
    expect([...loaded.files].sort()).toEqual(names.map((name) => `my-level/${name}`).sort());
  });

  it('load a real map through loadLevelFromFiles', async () => {
    const set = fileSet(droppedFileSet([
      dropped('night-escape.tmj', MAP_TEXT),
      dropped('night-escape-dream.tmj', readFileSync('maps/night-escape-dream.tmj', 'utf8')),
      dropped('night-escape.ink', readFileSync('maps/night-escape.ink', 'utf8')),
    ]));
    const loaded = await loadLevelFromFiles({ mapPath: set.mapPath, readFile: set.readFile });
    expect(loaded.ok).toBe(true);
    // The map, its dream rule map and the story its `story` property names: every file it reads.
    expect(loaded.files).toEqual(['night-escape.tmj', 'night-escape-dream.tmj', 'night-escape.ink']);
  });
});

describe('a dropped map over the size cap', () => {
  it('is refused for its size, with a hint about the file, not "check the path" (it is there)', async () => {
    const huge = dropped('level.tmj', ' '.repeat(9 * 1024 * 1024));
    const set = fileSet(droppedFileSet([huge]));
    const loaded = await loadLevelFromFiles({ mapPath: set.mapPath, readFile: set.readFile });
    const problem = loaded.ok ? undefined : loaded.problems[0];
    expect(problem?.message).toBe('the file cannot be read: "level.tmj" is 9 MB; files larger than 8 MB are not read');
    expect(problem?.hint).toMatch(/^Is this the right file\?/);
  });
});

describe('server and bundled file sets', () => {
  it('fetch from the map folder uncached, and refuse the server index page as a missing file', async () => {
    const asked: string[] = [];
    const fakeFetch = ((url: string, init?: RequestInit) => {
      asked.push(`${url} ${init?.cache ?? ''}`);
      const html = url.endsWith('missing.tsx');
      return Promise.resolve(new Response(html ? '<html>' : 'data', { headers: { 'content-type': html ? 'text/html' : 'application/json' } }));
    }) as typeof fetch;
    const set = serverFileSet('http://127.0.0.1:5173/', 'maps/a.tmx', fakeFetch);
    expect(await readText(set, 'maps/a.tmx')).toBe('data');
    expect(await readText(set, 'maps/../assets/t.tsx')).toBe('data');
    expect(asked).toEqual(['http://127.0.0.1:5173/maps/a.tmx no-store', 'http://127.0.0.1:5173/assets/t.tsx no-store']);
    await expect(set.readFile('maps/missing.tsx')).rejects.toThrow('"maps/missing.tsx" is not on the server');
    expect(set.imageUrl('../assets/generated/night-district.png')).toBe('http://127.0.0.1:5173/assets/generated/night-district.png');
  });

  it('read bundled texts by repository path', async () => {
    const set = bundledFileSet({ mapPath: 'maps/a.tmj', texts: new Map([['maps/a.tmj', () => Promise.resolve('{}')], ['maps/t.tsj', () => Promise.resolve('t')]]), images: new Map([['assets/x.png', '/x.png']]) });
    expect(await readText(set, 'maps/t.tsj')).toBe('t');
    expect(set.imageUrl('../assets/x.png')).toBe('/x.png');
    expect(resolveFromMap('maps/a.tmj', '..\\b\\c.tsx')).toBe('b/c.tsx');
  });
});

describe('live reload', () => {
  it('reloads for a save of the map, of a tileset or template it read from a subfolder, or of the project', async () => {
    const loaded = await loadLevelFromFiles({ mapPath: 'tests/fixtures/maps/features/features-csv.tmx', readFile: readFromDisk });
    const filesRead = loaded.files;
    const saved = (changedPath: string): boolean => isLevelFile({ filesRead, changedPath, loadFailed: false });
    expect(saved('tests/fixtures/maps/features/features-csv.tmx')).toBe(true);
    expect(saved('tests/fixtures/maps/features/tilesets/district.tsx')).toBe(true);
    expect(saved('tests/fixtures/maps/features/templates/enforcer.tx')).toBe(true);
    expect(saved('maps/analog-dreams.tiled-project')).toBe(true);
    expect(saved('tests/fixtures/maps/features/features-zlib.tmx')).toBe(false);
    expect(isLevelFile({ filesRead, changedPath: 'tests/fixtures/maps/features/anything.tsx', loadFailed: true })).toBe(true);
  });
});
