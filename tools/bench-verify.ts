// The speedrun benchmark (bench.ts runs it): `verify/night-escape`, the golden night-escape replay verified
// as verify-replay verifies it (re-simulated through the level session, the world hashed every 60 ticks,
// the splits taken), warm. Its budget is 500 times real time: the run's in-game seconds / 500. A second
// line gives the figure itself, `verify/night-escape/speed`: how many times faster than real time it ran.
// `verify/process` is the whole command a runner types, `npm run verify-replay` on that replay, from the
// process starting to its exit, wall time; its budget is a second.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeReplay } from '../src/run/replay.ts';
import { verifyReplay } from '../src/run/verify-replay.ts';
import { loadLevelWithStory } from '../src/story/level-story.ts';
import { readFromDisk } from './read-capped-file.ts';
import { cachedCompileStory } from './ink-cache.ts';

type Time = (action: () => void) => number;

/** In-game ticks of the golden run, for the budget (792 ticks: 13.2 s of play, so 26.4 ms); checked against the file. */
export const GOLDEN_TICKS = 792;
export const VERIFY_BUDGET_MILLISECONDS = (GOLDEN_TICKS * 1000) / 60 / 500;

export async function verifyRuns(time: Time, options: { readonly root: string; readonly runs: number; readonly warmUps: number }): Promise<number[] | { readonly skipped: string }> {
  const mapPath = join(options.root, 'maps/night-escape.tmj');
  const decoded = decodeReplay(readFileSync(join(options.root, 'tests/golden/night-escape.replay.json'), 'utf8'));
  const loaded = await loadLevelWithStory({ mapPath, readFile: readFromDisk, compile: cachedCompileStory() });
  if (!decoded.ok || !loaded.ok) return { skipped: 'the night escape or its golden replay does not load' };
  const replay = decoded.value;
  // A budget from another run's length would judge the wrong figure: say so rather than drift.
  if (replay.finishTick !== GOLDEN_TICKS) throw new Error(`the golden night escape now finishes at tick ${String(replay.finishTick)}: set GOLDEN_TICKS in tools/bench-verify.ts to it`);
  const verify = (): void => {
    const verdict = verifyReplay({ level: loaded.value, mapHash: loaded.mapHash, replay, scenes: loaded.director });
    if (!verdict.verified) throw new Error(`the golden replay no longer verifies: ${verdict.reason}`);
  };
  for (let run = 0; run < options.warmUps; run += 1) verify();
  const samples: number[] = [];
  for (let run = 0; run < options.runs; run += 1) samples.push(time(verify));
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const playedMilliseconds = (GOLDEN_TICKS * 1000) / 60;
  console.log(JSON.stringify({ name: 'verify/night-escape/speed', unit: 'x real time', value: Math.round(playedMilliseconds / Math.max(median, 1e-6)) }));
  return samples;
}

export const PROCESS_BUDGET_MILLISECONDS = 1000;

/** Wall milliseconds of whole `npm run verify-replay` processes; the first run builds the tool's bundle if it is stale. */
export function verifyProcessRuns(options: { readonly root: string; readonly runs: number }): number[] {
  const run = (): number => {
    const start = process.hrtime.bigint();
    const finished = spawnSync('npm', ['run', '-s', 'verify-replay', '--', 'tests/golden/night-escape.replay.json'], { cwd: options.root, encoding: 'utf8' });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (finished.status !== 0) throw new Error(`npm run verify-replay failed (exit ${String(finished.status)}): ${finished.stderr || finished.stdout}`);
    return elapsed;
  };
  run();
  return Array.from({ length: options.runs }, run);
}
