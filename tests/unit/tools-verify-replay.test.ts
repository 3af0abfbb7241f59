// verify-replay as a process, against replays and paths a stranger could hand it.
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLss } from '../../src/run/lss.ts';
import { LevelSession } from '../../src/run/level-session.ts';
import { encodeReplay } from '../../src/run/replay.ts';
import { formatTicks } from '../../src/run/time-format.ts';
import { hashWorld, type InputFrame } from '../../src/sim/index.ts';
import { chapterByKey } from '../../src/story/chapters.ts';
import { TEST_CHAPTERS } from '../../src/story/test-chapters.ts';
import { loadLevelWithStory } from '../../src/story/level-story.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';
import { RIGHT, input } from '../scenario/input-script.ts';

function verify(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['tools/run-tool.mjs', 'tools/verify-replay.ts', ...args], { encoding: 'utf8', timeout: 90_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

const GOLDEN = 'tests/golden/night-escape.replay.json';
const FIRST_STEPS = 'tests/fixtures/maps/campaign/first-steps.tmj';

/** A run of the first campaign fixture (a checkpoint, the Porch, on the way), recorded as the game records one. */
async function firstStepsRun(detectionPercent = 100): Promise<{ text: string; porchTick: number; finishTick: number }> {
  const chapter = chapterByKey('test-first-steps', TEST_CHAPTERS)!;
  const loaded = await loadLevelWithStory({ mapPath: FIRST_STEPS, readFile: readFromDisk });
  if (!loaded.ok) throw new Error(loaded.problems[0]?.message);
  const steps: InputFrame[] = [...Array<InputFrame>(40).fill(RIGHT), input({ moveX: 1, interact: true })];
  let step = 0;
  let porchTick = -1;
  const session = new LevelSession({
    level: loaded.value,
    seed: chapter.seed,
    input: { sample: () => steps[step++] ?? RIGHT, reset: () => {} },
    timeSource: { now: () => 0 },
    scenes: loaded.director,
    detectionPercent,
    listener: { afterTick: (world, events) => { if (events.some((event) => event.type === 'checkpoint')) porchTick = world.tick; } },
  });
  while (!session.finished && session.world.tick < 600) session.tick();
  const { record, world } = session;
  const text = encodeReplay({ level: 'first-steps', mapHash: loaded.mapHash, seed: chapter.seed, finishTick: world.finishTick, finalHash: hashWorld(world), inputs: record.inputs, choices: record.choices, detectionPercent });
  return { text, porchTick, finishTick: world.finishTick! };
}

// Each test starts the tool as a process (tsx compiles it first): on a loaded machine that alone takes
// seconds, so the limit only turns a hang into a failure; how fast the tool is, is the bench's to say.
describe('tools/verify-replay.ts', { timeout: 120_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'verify-replay-'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('verifies the golden run', () => {
    const { status, output } = verify(GOLDEN);
    expect(status).toBe(0);
    expect(output).toMatch(/verified on maps\/night-escape\.tmj: \d:\d\d\.\d{3}/);
  });

  it('prints the category, outcome, in-game time and splits of a run (a byte-order mark read as a map\'s is), and writes them for LiveSplit', async () => {
    const { text, porchTick, finishTick } = await firstStepsRun();
    expect(porchTick).toBeGreaterThan(0);
    const path = join(folder, 'first-steps.replay.json');
    writeFileSync(path, `\uFEFF${text}`);
    const lss = join(folder, 'first-steps.lss');
    const { status, output } = verify(path, FIRST_STEPS, '--lss', lss);
    expect(status).toBe(0);
    expect(output).toContain(`verified on ${FIRST_STEPS}: ${formatTicks(finishTick)} (${finishTick} ticks)`);
    expect(output).toContain('category: First steps');
    expect(output).toContain('outcome: reached the exit, never caught');
    expect(output).toContain(`in-game time: ${formatTicks(finishTick)}`);
    expect(output).toMatch(new RegExp(`Porch\\s+${formatTicks(porchTick).replace('.', '\\.')}\n`));
    expect(output).toMatch(new RegExp(`First steps\\s+${formatTicks(finishTick).replace('.', '\\.')}`));
    const read = readLss(readFileSync(lss, 'utf8'));
    expect(read.ok && read.value.personalBest.map((time) => time?.ticks)).toEqual([porchTick, finishTick]);
    expect(read.ok && read.value.categoryName).toBe('First steps');
  });

  it('ranks assisted runs on a board of their own beside the category\'s, never among the plain runs', async () => {
    const board = join(folder, 'assisted-board');
    mkdirSync(board);
    writeFileSync(join(board, 'plain.json'), (await firstStepsRun()).text);
    writeFileSync(join(board, 'assisted.json'), (await firstStepsRun(50)).text);
    const { status, output } = verify(board, FIRST_STEPS);
    expect(status).toBe(0);
    const lines = output.split('\n');
    const plain = lines.indexOf('First steps');
    const assisted = lines.indexOf('First steps (assisted)');
    expect(plain).toBeGreaterThanOrEqual(0);
    expect(assisted).toBeGreaterThanOrEqual(0);
    expect(lines[plain + 1]).toMatch(/^ {2}1\. .*plain\.json$/);
    expect(lines[assisted + 1]).toMatch(/^ {2}1\. .*assisted\.json \(assisted: detection at 50%\)$/);
    expect(output).toContain('2 verified, 0 refused');
  }, 60_000);

  it('refuses a replay of another map', () => {
    const { status, output } = verify(GOLDEN, 'tests/fixtures/maps/test-yard.tmj');
    expect(status).toBe(1);
    expect(output).toMatch(/NOT verified: recorded on another version of the map or its files/);
  });

  it('verifies a folder and ranks its runs per category, refusing other rules, a tampered run and inputs after the finish', () => {
    const board = join(folder, 'board');
    mkdirSync(board);
    const golden = readFileSync(GOLDEN, 'utf8');
    writeFileSync(join(board, 'a-golden.json'), golden);
    writeFileSync(join(board, 'b-lane.json'), readFileSync('tests/golden/night-escape-lane.replay.json', 'utf8'));
    writeFileSync(join(board, 'c-rules.json'), golden.replace(/"rules": \d+/, '"rules": 1'));
    // One tick of standing still slipped in: the run no longer ends where the file says.
    const tampered = golden.replace(/\[(\d+),"([A-Za-z]+)"\]/, (_run, count: string, keys: string) => `[${Number(count) - 1},"${keys}"],\n    [1,""]`);
    expect(tampered).not.toBe(golden);
    writeFileSync(join(board, 'd-tampered.json'), tampered);
    const ticks = Number(/"ticks": (\d+)/.exec(golden)![1]);
    writeFileSync(join(board, 'e-after.json'), golden.replace(/"ticks": \d+/, `"ticks": ${ticks + 30}`).replace(/\n {2}\]\n\}/, ',\n    [30,""]\n  ]\n}'));
    const { status, output } = verify(board);
    expect(status).toBe(1);
    const lines = output.split('\n');
    const heading = lines.indexOf('Enforcer Chase');
    expect(heading).toBeGreaterThanOrEqual(0);
    const ranked = lines.slice(heading + 1, heading + 3);
    expect(ranked[0]).toMatch(/^ {2}1\. \d:\d\d\.\d{3} /);
    expect(ranked[1]).toMatch(/^ {2}2\. \d:\d\d\.\d{3} /);
    const times = ranked.map((line) => line.slice(5, 13));
    expect([...times].sort()).toEqual(times);
    expect(output).toMatch(/refused: .*c-rules\.json: rules: recorded under rules version 1/);
    expect(output).toMatch(/refused: .*d-tampered\.json: NOT verified: /);
    expect(output).toMatch(/refused: .*e-after\.json: NOT verified: the replay holds 30 input\(s\) after the finish/);
    expect(output).toContain('2 verified, 3 refused');
  }, 60_000);

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
    // Four processes, each starting tsx: slow on a loaded machine, and no timed assertion.
  }, 90_000);

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
    const { status, output } = verify(GOLDEN, huge);
    expect(status).toBe(1);
    expect(output).toContain('cannot read the map: the file is 16 GB; files larger than 8 MB are not read');
  });
});
