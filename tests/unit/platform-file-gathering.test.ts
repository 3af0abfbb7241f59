// A folder of more files than a map's folder holds: the map and what it names are kept first, and the
// player is told how many files were skipped.
import { describe, expect, it } from 'vitest';
import { filesFromList, keepMostImportant } from '../../src/platform/file-gathering.ts';
import { MAXIMUM_GATHERED_FILES } from '../../src/platform/file-import.ts';
import { droppedFileSet, isMapProblem } from '../../src/platform/map-files.ts';

/** A picked folder as the browser lists it: 10,000 files, the map and its tileset last of all. */
function bigFolder(): File[] {
  const files: File[] = [];
  const file = (path: string, text = ''): File => {
    const made = new File([text], path.replace(/^.*\//, ''));
    Object.defineProperty(made, 'webkitRelativePath', { value: path });
    return made;
  };
  for (let index = 0; index < 9_998; index += 1) files.push(file(`project/art/sources/sketch-${index}.kra`));
  files.push(file('project/level/tiles.tsx', '<tileset/>'), file('project/level/level.tmj', '{}'));
  return files;
}

describe('gathering a folder of 10,000 files', () => {
  it('keeps the map and its tileset among the first MAXIMUM_GATHERED_FILES and counts the rest skipped', () => {
    const gathered = filesFromList(bigFolder());
    expect(gathered.files).toHaveLength(MAXIMUM_GATHERED_FILES);
    expect(gathered.skipped).toBe(10_000 - MAXIMUM_GATHERED_FILES);
    expect(gathered.files.map((dropped) => dropped.path)).toEqual(expect.arrayContaining(['project/level/level.tmj', 'project/level/tiles.tsx']) as unknown);
  });

  it('plays the map with a warning that says how many files were skipped', () => {
    const gathered = filesFromList(bigFolder());
    const set = droppedFileSet(gathered.files, gathered);
    if (isMapProblem(set)) throw new Error(set.message);
    expect(set.mapPath).toBe('project/level/level.tmj');
    expect(set.notices).toEqual([expect.objectContaining({ severity: 'warning', place: '10000 dropped files' }) as unknown]);
    expect(set.notices?.[0]?.message).toBe('only 2000 files are read from a drop or a folder (MAXIMUM_GATHERED_FILES): 8000 more files were skipped; maps, tilesets, templates and images were kept first');
  });

  it('says how many were skipped when no map is among the files', () => {
    const files = bigFolder().filter((file) => !file.name.endsWith('.tmj'));
    const gathered = filesFromList(files);
    const refused = droppedFileSet(gathered.files, gathered);
    expect(isMapProblem(refused) && refused.message).toBe('there is no Tiled map (.tmx, .tmj or .json) among the dropped files (7999 more files were skipped: more than 2000 files)');
  });

  it('keeps everything, in order, when there are few files; ranks maps, Tiled files, images, then the rest, shallow first', () => {
    expect(keepMostImportant(['b.png', 'a.tmj'], (path) => path)).toEqual({ kept: ['b.png', 'a.tmj'], skipped: 0 });
    const ranked = keepMostImportant(['x/y/z.txt', 'notes.md', 'deep/a/b/map.tmx', 'tiles.png', 'set.tsx', 'map.tmj'], (path) => path, 4);
    expect(ranked).toEqual({ kept: ['x/y/z.txt', 'deep/a/b/map.tmx', 'set.tsx', 'map.tmj'], skipped: 2 });
  });
});
