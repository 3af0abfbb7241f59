// maps/template.tmx, the map a level builder starts from: Tiled opens it, and it passes validation.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLevelFromFiles, loadLevelFromText } from '../../src/level/load-level.ts';
import { cappedFileReader } from '../../tools/read-capped-file.ts';

const TEMPLATE = 'maps/template.tmx';
const scratch = mkdtempSync(join(tmpdir(), 'analog-dreams-template-'));
const readFile = cappedFileReader(TEMPLATE, 8 * 1024 * 1024);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('maps/template.tmx', () => {
  it('is opened by Tiled 1.8 and, as Tiled exports it to JSON, validates with no warning', () => {
    if (!existsSync('/usr/bin/tiled')) throw new Error('/usr/bin/tiled is missing: install Tiled with "apt-get install -y tiled" (CI does this)');
    const output = join(scratch, 'template.tmj');
    const result = spawnSync('/usr/bin/tiled', ['--export-map', 'json', TEMPLATE, output], { env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' }, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    // The export sits in another folder: its image path is relative to it, which validation does not read.
    const exported = loadLevelFromText(readFileSync(output, 'utf8'), 'template.tmj');
    expect(exported.ok && exported.warnings).toEqual([]);
    expect(exported.ok && [exported.value.width, exported.value.height, exported.value.enforcers.length]).toEqual([20, 14, 1]);
  });

  it('validates as TMX through loadLevelFromFiles, with no warning', async () => {
    const loaded = await loadLevelFromFiles({ mapPath: TEMPLATE, readFile });
    expect(loaded.ok ? loaded.warnings : loaded.problems).toEqual([]);
    expect(loaded.files[0]).toBe(TEMPLATE);
  });
});
