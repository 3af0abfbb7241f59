// loadLevelFromFiles: the map and every file it names read through the reader it is given, the map's
// hash as replays name it, and collision shapes from Tiled's collision editor deciding what blocks.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLevelFromFiles, type ReadFile } from '../../src/level/load-level.ts';
import { hashText } from '../../src/run/replay.ts';
import { hashTexts } from '../../src/tiled/text-hash.ts';
import { hashMapText } from '../../src/tiled/text-hash.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';

const FOLDER = 'tests/fixtures/maps/features/';

describe('loadLevelFromFiles', () => {
  it('plays the feature map from TMX: files read in order, the hash of every file read, the level built', async () => {
    const mapPath = `${FOLDER}features-zlib.tmx`;
    const loaded = await loadLevelFromFiles({ mapPath, readFile: readFromDisk, projectPath: 'maps/analog-dreams.tiled-project' });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.files[0]).toBe(mapPath);
    expect(loaded.files).toHaveLength(5);
    expect(loaded.mapHash).toBe(hashTexts(loaded.files.map((file) => readFileSync(file, 'utf8'))));
    expect(loaded.value).toMatchObject({ name: 'features-zlib', width: 16, height: 12, tileSize: 16 });
    expect(loaded.value.enforcers.map((enforcer) => enforcer.id)).toEqual([3, 8]);
    expect(loaded.warnings).toEqual([]);
  });

  it('a tile\'s collision shapes decide whether its cell blocks: half or more of the tile blocks, less does not', async () => {
    const loaded = await loadLevelFromFiles({ mapPath: `${FOLDER}features-csv.tmj`, readFile: readFromDisk });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const solid = (column: number, row: number): number | undefined => loaded.value.solid[row * 16 + column];
    // A ground tile whose circle fills the tile blocks though the ground layer blocks nothing by itself.
    expect(solid(7, 4)).toBe(1);
    // A walls tile whose shape is a 4-pixel pole does not; a bench whose shape is its lower half does.
    expect(solid(10, 4)).toBe(0);
    expect(solid(5, 8)).toBe(1);
    // Walls tiles without shapes block as before; open ground does not.
    expect(solid(4, 6)).toBe(1);
    expect(solid(2, 2)).toBe(0);
  });

  it('never rejects: an unreadable map is a problem naming the file, the hash that of no text', async () => {
    const readFile: ReadFile = (path) => Promise.reject(new Error(`nothing at ${path}`));
    const loaded = await loadLevelFromFiles({ mapPath: 'maps/gone.tmx', readFile });
    expect(loaded).toMatchObject({ ok: false, files: ['maps/gone.tmx'], mapHash: hashText('') });
    expect(!loaded.ok && loaded.problems).toEqual([
      expect.objectContaining({ severity: 'error', place: 'file "maps/gone.tmx"', message: 'the file cannot be read: nothing at maps/gone.tmx' }),
    ]);
  });

  it('hashes CRLF as LF', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (a, b) => {
      expect(hashMapText(`${a}\r\n${b}\r${a}\n`)).toBe(hashMapText(`${a}\n${b}\r${a}\n`));
    }), { numRuns: 300 });
    expect(hashMapText('a\r\nb')).toBe(hashMapText('a\nb'));
  });
});
