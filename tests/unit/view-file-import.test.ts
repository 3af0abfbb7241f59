import { describe, expect, it } from 'vitest';
import {
  MAXIMUM_IMPORT_BYTES,
  checkImportFile,
  describeSize,
  listenForFileDrops,
  pickDroppedFile,
  readImportFile,
  type ImportResult,
} from '../../src/platform/file-import.ts';

const GIGABYTE = 1024 ** 3;

/** A File whose contents must never be read: reading it fails the test. */
function unreadable(name: string, size: number): File {
  return {
    name,
    size,
    text: () => Promise.reject(new Error(`${name} was read`)),
  } as unknown as File;
}

describe('file import checks (before reading)', () => {
  it('accepts .tmj and .json maps up to 8 MB, whatever the case of the extension', () => {
    expect(checkImportFile({ name: 'night-escape.tmj', size: 30_000 })).toBeNull();
    expect(checkImportFile({ name: 'Level.JSON', size: MAXIMUM_IMPORT_BYTES })).toBeNull();
    expect(checkImportFile({ name: 'empty.tmj', size: 0 })).toBeNull();
  });

  it('refuses a file one byte over the limit, and a 2 GB one, naming the file and both sizes', () => {
    const justOver = checkImportFile({ name: 'big.tmj', size: MAXIMUM_IMPORT_BYTES + 1 });
    expect(justOver?.place).toBe('file "big.tmj"');
    const huge = checkImportFile({ name: 'huge.tmj', size: 2 * GIGABYTE });
    expect(huge).toMatchObject({ severity: 'error', place: 'file "huge.tmj"', message: 'the file is 2 GB; maps larger than 8 MB are not read' });
  });

  it('refuses other kinds of file, with a TMX map told how to save as JSON', () => {
    expect(checkImportFile({ name: 'photo.png', size: 10 })?.message).toBe('only Tiled JSON maps (.tmj or .json) can be played');
    expect(checkImportFile({ name: 'tmj', size: 10 })).not.toBeNull();
    expect(checkImportFile({ name: 'map.tmj.zip', size: 10 })).not.toBeNull();
    const tmx = checkImportFile({ name: 'night.tmx', size: 10 });
    expect(tmx?.message).toContain('TMX');
    expect(tmx?.hint).toContain('JSON map files');
  });

  it('refuses sizes that are not sizes', () => {
    expect(checkImportFile({ name: 'a.tmj', size: Number.NaN })).not.toBeNull();
    expect(checkImportFile({ name: 'a.tmj', size: -1 })).not.toBeNull();
    expect(checkImportFile({ name: 'a.tmj', size: Number.POSITIVE_INFINITY })).not.toBeNull();
  });

  it('describes sizes as people read them', () => {
    expect(describeSize(1)).toBe('1 byte');
    expect(describeSize(12)).toBe('12 bytes');
    expect(describeSize(1536)).toBe('1.5 KB');
    expect(describeSize(9.5 * 1024 * 1024)).toBe('9.5 MB');
    expect(describeSize(12 * 1024 * 1024)).toBe('12 MB');
    expect(describeSize(2 * GIGABYTE)).toBe('2 GB');
  });
});

describe('reading a dropped file', () => {
  it('never reads a refused file: a 2 GB map comes back at once as a problem', async () => {
    const result = await readImportFile(unreadable('huge.tmj', 2 * GIGABYTE));
    expect(result).toMatchObject({ ok: false, problem: { place: 'file "huge.tmj"' } });
    expect((await readImportFile(unreadable('notes.txt', 10))).ok).toBe(false);
  });

  it('reads an accepted file as text', async () => {
    const result = await readImportFile(new File(['{"width":1}'], 'tiny.tmj'));
    expect(result).toEqual({ ok: true, text: '{"width":1}', fileName: 'tiny.tmj' });
  });

  it('turns a failed read into a problem instead of an exception', async () => {
    const result = await readImportFile(unreadable('gone.tmj', 100));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toContain('could not be read (gone.tmj was read)');
  });

  it('picks the first map-like file of a drop, else the first file so its refusal names it', () => {
    const files = [{ name: 'a.png', size: 1 }, { name: 'b.tmj', size: 1 }, { name: 'c.tmj', size: 1 }];
    expect(pickDroppedFile(files)?.name).toBe('b.tmj');
    expect(pickDroppedFile([{ name: 'a.png', size: 1 }])?.name).toBe('a.png');
    expect(pickDroppedFile([])).toBeNull();
  });
});

describe('listening for drops', () => {
  function dragEvent(type: string, files: File[]): Event {
    return Object.assign(new Event(type, { cancelable: true }), { dataTransfer: { files, types: ['Files'], dropEffect: 'none' } });
  }

  it('accepts file drags, reads the dropped map, and stops when told', async () => {
    const target = new EventTarget();
    const results: ImportResult[] = [];
    const stop = listenForFileDrops(target as unknown as Window, (result) => results.push(result));
    const over = dragEvent('dragover', []);
    target.dispatchEvent(over);
    // Without this the browser would open the file instead of handing it to the page.
    expect(over.defaultPrevented).toBe(true);

    const drop = dragEvent('drop', [new File(['x'], 'readme.md'), new File(['{}'], 'level.tmj')]);
    target.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    await expect.poll(() => results.length).toBe(1);
    expect(results[0]).toEqual({ ok: true, text: '{}', fileName: 'level.tmj' });

    stop();
    target.dispatchEvent(dragEvent('drop', [new File(['{}'], 'again.tmj')]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(results).toHaveLength(1);
  });
});
