// The play-test tool as a level builder runs it: one JSON line per event, then a summary; the golden
// replay played through it finishes at its recorded tick.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
});
