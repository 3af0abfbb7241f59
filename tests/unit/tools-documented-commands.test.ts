// Every command the README documents, run as a reader of the README would run it (through npm), on a small
// input, so that none of them can rot unseen. The benchmarks run once each in `npm test` (bench --quick).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const DOCUMENTS = ['README.md', 'CONTRIBUTING.md', 'maps/README.md', 'assets/README.md'];
const YARD = 'tests/fixtures/maps/test-yard.tmj';
const scratch = mkdtempSync(join(tmpdir(), 'documented-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function npmRun(script: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the documented commands', () => {
  it('are npm scripts: every `npm run x` the documents name exists, and none says `npx tsx tools/`', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const document of DOCUMENTS) {
      const text = readFileSync(document, 'utf8');
      expect(text, document).not.toMatch(/npx tsx tools\//);
      for (const [, name] of text.matchAll(/npm run ([a-z][a-z:-]*)/g)) expect(Object.keys(scripts), `${document}: npm run ${name}`).toContain(name);
    }
  }, 180_000);

  it('record-golden finds a run of the test yard, verify-replay verifies it and simulate plays it to the same finish', () => {
    const replay = join(scratch, 'yard.replay.json');
    const recorded = npmRun('record-golden', YARD, '--out', replay);
    expect(recorded.status, recorded.stderr).toBe(0);
    const finishTick = Number(/finishes at tick (\d+)/.exec(recorded.stdout)?.[1]);
    expect(finishTick).toBeGreaterThan(0);
    const verified = npmRun('verify-replay', replay, YARD);
    expect(verified.status, verified.stderr).toBe(0);
    expect(verified.stdout).toContain(`verified on ${YARD}`);
    expect(verified.stdout).toContain(`(${finishTick} ticks)`);
    const simulated = npmRun('simulate', YARD, '--replay', replay);
    expect(simulated.status, simulated.stderr).toBe(0);
    expect(JSON.parse(simulated.stdout.trim().split('\n').at(-1)!)).toMatchObject({ type: 'summary', finished: true, finishTick });
  }, 180_000);

  it('record-golden refuses to write over the map it reads', () => {
    const map = join(scratch, 'own-yard.tmj');
    copyFileSync(YARD, map);
    const before = readFileSync(map, 'utf8');
    const run = npmRun('record-golden', map, '--out', map);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/which this command reads/);
    expect(readFileSync(map, 'utf8')).toBe(before);
  }, 180_000);

  it('restamp-golden re-stamps a copy of the golden replay to the very same bytes', () => {
    const copy = join(scratch, 'night-escape.replay.json');
    copyFileSync('tests/golden/night-escape.replay.json', copy);
    const run = npmRun('restamp-golden', copy);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync('tests/golden/night-escape.replay.json', 'utf8'));
  }, 180_000);

  it('validate-map passes the campaign map; dream applies its rule map; build-assets and build-tiled-project match what is committed', () => {
    expect(npmRun('validate-map', 'maps/night-escape.tmj').status).toBe(0);
    const out = join(scratch, 'night-escape-dreamed.tmj');
    const dreamed = npmRun('dream', 'maps/night-escape.tmj', 'maps/night-escape-dream.tmj', '--out', out);
    expect(dreamed.status, dreamed.stdout).toBe(0);
    expect(dreamed.stdout).toMatch(/ok: \d+ match\(es\)/);
    const again = npmRun('validate-map', out);
    expect(again.status, again.stdout).toBe(0);
    // Written elsewhere, the map still finds its rule map (a file property, rebased like tileset paths).
    expect(again.stdout).not.toMatch(/cannot be read/);
    const assets = npmRun('build-assets', '--check');
    expect(assets.status, assets.stderr).toBe(0);
    const project = npmRun('build-tiled-project', '--check');
    expect(project.status, project.stdout).toBe(0);
  }, 180_000);
});
