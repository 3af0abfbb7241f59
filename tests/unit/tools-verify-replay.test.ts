// verify-replay as a process, against replays and paths a stranger could hand it.
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

function verify(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync('npx', ['tsx', 'tools/verify-replay.ts', ...args], { encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

const GOLDEN = 'tests/golden/night-escape.replay.json';

describe('tools/verify-replay.ts', () => {
  const folder = mkdtempSync(join(tmpdir(), 'verify-replay-'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('verifies the golden run', () => {
    const { status, output } = verify(GOLDEN);
    expect(status).toBe(0);
    expect(output).toMatch(/verified on maps\/night-escape\.tmj: \d:\d\d\.\d{3}/);
  });

  it('refuses a level name that reaches outside maps/', () => {
    const replay = JSON.parse(readFileSync(GOLDEN, 'utf8')) as { level: string };
    for (const level of ['../tests/fixtures/maps/test-yard', '/etc/passwd', 'sub/../../x', '..']) {
      replay.level = level;
      const path = join(folder, 'evil.replay.json');
      writeFileSync(path, JSON.stringify(replay));
      const { status, output } = verify(path);
      expect(status).toBe(1);
      expect(output).toContain('is not a map name inside maps/');
    }
  });

  it('refuses a FIFO, a device and a map over the cap without reading them', () => {
    const fifo = join(folder, 'pipe.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(verify(fifo).output).toContain('cannot read the replay: this is a pipe (FIFO), not a file');
    const zero = join(folder, 'zero.json');
    symlinkSync('/dev/zero', zero);
    expect(verify(zero).output).toContain('cannot read the replay: this is a device, not a file');
    mkdirSync(join(folder, 'maps'));
    const huge = join(folder, 'maps', 'huge.tmj');
    const handle = openSync(huge, 'w');
    ftruncateSync(handle, 16 * 1024 ** 3);
    closeSync(handle);
    const started = Date.now();
    const { status, output } = verify(GOLDEN, huge);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(status).toBe(1);
    expect(output).toContain('cannot read the map: the file is 16 GB; files larger than 8 MB are not read');
  });
});
