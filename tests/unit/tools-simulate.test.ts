// The play-test tool as a level builder runs it: one JSON line per event, then a summary; the golden
// replay played through it finishes at its recorded tick.
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeReplay } from '../../src/run/replay.ts';

function simulate(...args: string[]): { status: number | null; lines: Record<string, unknown>[]; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'tools/simulate.ts', ...args], { encoding: 'utf8' });
  const lines = result.stdout
    .trim()
    .split('\n')
    .filter((text) => text !== '')
    .map((text) => JSON.parse(text) as Record<string, unknown>);
  return { status: result.status, lines, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'simulate-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run simulate', () => {
  it('plays the golden replay to its finish and says so in the summary', () => {
    const replay = decodeReplay(readFileSync('tests/golden/night-escape.replay.json', 'utf8'));
    if (!replay.ok) throw new Error(replay.problem.message);
    const { status, lines } = simulate('maps/night-escape.tmj', '--replay', 'tests/golden/night-escape.replay.json');
    expect(status).toBe(0);
    const summary = lines.at(-1)!;
    expect(summary).toMatchObject({ type: 'summary', finished: true, finishTick: replay.value.finishTick, catches: 0 });
    expect(lines.at(-2)).toEqual({ tick: replay.value.finishTick, type: 'finished' });
    expect(lines.some((line) => line.type === 'footstep')).toBe(false);
  });

  it('prints state changes with Enforcer names when a run is heard, each line with its tick', () => {
    const { status, lines } = simulate('night-escape', '--inputs', '30R,12URr,60UR,40Ur');
    expect(status).toBe(0);
    const state = lines.find((line) => line.type === 'state');
    expect(state).toMatchObject({ type: 'state', from: 'patrol' });
    expect(typeof state!.enforcer).toBe('string');
    expect(String(state!.enforcer)).toMatch(/^Enforcer /);
    for (const line of lines.slice(0, -1)) expect(Number.isInteger(line.tick)).toBe(true);
    expect(lines.at(-1)).toMatchObject({ type: 'summary', ticks: 142, finished: false });
  });

  it('refuses bad inputs with a usage line and exit 2', () => {
    const { status, stderr } = simulate('night-escape', '--inputs', '30Q');
    expect(status).toBe(2);
    expect(stderr).toContain('"30Q"');
    expect(stderr).toContain('usage');
  });

  it('reads a .tmx map by its path (it used to become maps/maps/x.tmx.tmj)', () => {
    const { status, lines } = simulate('maps/template.tmx', '--inputs', '5');
    expect(status).toBe(0);
    expect(lines.at(-1)).toMatchObject({ type: 'summary', map: 'maps/template.tmx', ticks: 5 });
  });

  it('checks --seed as a replay checks it: abc, 1.5, 1e300, 2^32 and -1 are refused, 2^32-1 plays', () => {
    for (const seed of ['abc', '1.5', '1e300', '4294967296', '-1']) {
      const { status, stderr } = simulate('night-escape', '--inputs', '5', '--seed', seed);
      expect(status, seed).toBe(2);
      expect(stderr, seed).toContain('--seed should be a whole number from 0 to 4294967295');
    }
    expect(simulate('night-escape', '--inputs', '5', '--seed', '4294967295').lines.at(-1)).toMatchObject({ seed: 4294967295, ticks: 5 });
  }, 60_000);

  it('refuses --inputs longer than a replay may be before making a single frame', () => {
    for (const inputs of ['999999999999R', '200000R,200000L']) {
      const { status, stderr } = simulate('night-escape', '--inputs', inputs);
      expect(status, inputs).toBe(2);
      expect(stderr, inputs).toMatch(/216000/);
    }
  });

  it('reads --replay through the capped reader: a FIFO, a device, a folder and a 2 GB file are refused in one line', () => {
    const sparse = join(scratch, 'huge.replay.json');
    const handle = openSync(sparse, 'w');
    ftruncateSync(handle, 2 * 1024 ** 3);
    closeSync(handle);
    const pipe = join(scratch, 'pipe.replay.json');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    mkdirSync(join(scratch, 'folder.replay.json'));
    const cases: [string, string][] = [
      [pipe, 'this is a pipe (FIFO), not a file'],
      ['/dev/zero', 'this is a device, not a file'],
      [join(scratch, 'folder.replay.json'), 'this is a folder, not a file'],
      [sparse, 'the file is 2 GB; files larger than 4 MB are not read'],
      [join(scratch, 'missing.replay.json'), 'there is no such file'],
    ];
    for (const [path, reason] of cases) {
      const { status, stderr } = simulate('night-escape', '--replay', path);
      expect(status, path).toBe(2);
      expect(stderr.split('\n')[0], path).toBe(`simulate: ${path}: cannot read the replay: ${reason}${reason.startsWith('this is') ? '; only regular files are read' : ''}`);
    }
  }, 60_000);
});
