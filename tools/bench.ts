// Benchmarks for the rules: `npm run bench [-- name-prefix]`. One JSON object per line:
// {"name","unit":"ms","median","p99","max","runs"} (or "skipped" with a reason). Run it through npm:
// tools/run-bench.ts bundles this file the way the game is built, because under tsx the figures are of
// code no player runs (its keepNames helpers alone took about a quarter of a tick).
// Generated maps come from the sim's own seeded generator, so every run measures the same work.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLevelFromText } from '../src/level/load-level.ts';
import { createWorld } from '../src/sim/create-world.ts';
import { createFinder, createNavigationFromGrid, searchPath, type Navigation, type TilePoint } from '../src/sim/navigation.ts';
import { createPathQueue, processPathQueue, requestPath } from '../src/sim/path-queue.ts';
import { step } from '../src/sim/step.ts';
import type { InputFrame, World } from '../src/sim/types.ts';
import { NO_INPUT } from '../src/sim/types.ts';
import { NIGHT_ESCAPE_SEED } from '../src/story/chapters.ts';
import { automapRuns } from './bench-automap.ts';
import { navigationBuilds, tileChangeTicks } from './bench-tiles.ts';
import { generateGrid, generator, largestComponent, stressLevel, tilesWhere } from './generated-level.ts';

const root = join(import.meta.dirname, '..');
const prefix = process.argv[2] ?? '';

interface Measured {
  readonly name: string;
  readonly unit: 'ms';
  readonly median: number;
  readonly p99: number;
  readonly max: number;
  readonly runs: number;
}

/** Why a benchmark could not run here (a missing map): reported instead of figures. */
interface Skipped {
  readonly skipped: string;
}

interface Benchmark {
  /** Stable, `area/what-size`: results are compared by name across runs. */
  readonly name: string;
  /** The duration of each timed run in milliseconds, after any warm-up the body does itself. */
  readonly run: () => number[] | Skipped;
}

function report(line: Measured | ({ readonly name: string } & Skipped)): void {
  console.log(JSON.stringify(line));
}

function summarize(name: string, samples: number[]): Measured {
  const sorted = [...samples].sort((a, b) => a - b);
  const pick = (fraction: number): number => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
  const round = (value: number): number => Math.round(value * 10000) / 10000;
  return { name, unit: 'ms', median: round(pick(0.5)), p99: round(pick(0.99)), max: round(sorted.at(-1) ?? 0), runs: samples.length };
}

function time(action: () => void): number {
  const start = process.hrtime.bigint();
  action();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function pathPairs(size: number, reachable: boolean, count: number): { navigation: Navigation; pairs: [TilePoint, TilePoint][] } {
  const navigation = createNavigationFromGrid(generateGrid(size, 0.25, size), size, size);
  const main = largestComponent(navigation);
  const starts = tilesWhere(navigation, (label) => label === main);
  const targets = reachable ? starts : tilesWhere(navigation, (label) => label !== main);
  const random = generator(size * 7 + (reachable ? 1 : 2));
  const pairs: [TilePoint, TilePoint][] = [];
  for (let index = 0; index < count; index += 1) {
    pairs.push([starts[random(starts.length)]!, targets[random(targets.length)]!]);
  }
  return { navigation, pairs };
}

function rawEasystar(size: number, reachable: boolean, runs: number): number[] {
  const { navigation, pairs } = pathPairs(size, reachable, runs);
  return pairs.map(([from, to]) => {
    // A fresh finder per search, as the queue would after tiles change; setup is not timed.
    const fresh = { ...navigation, finder: createFinder(navigation.blocked, size, size) };
    return time(() => searchPath(fresh, from, to));
  });
}

function queueUnreachable(size: number, runs: number): number[] {
  const { navigation, pairs } = pathPairs(size, false, runs);
  const queue = createPathQueue();
  const before = navigation.searchCount;
  const samples = pairs.map(([from, to], index) =>
    time(() => {
      requestPath(queue, { enforcerId: index, tick: index, fromX: from.x, fromY: from.y, toX: to.x, toY: to.y });
      processPathQueue(queue, navigation);
    }),
  );
  if (navigation.searchCount !== before) throw new Error('the queue ran A* for an unreachable target');
  return samples;
}

/** Mira wanders: a direction held for a second, from a fixed sequence, running now and then. */
function wanderingInput(tick: number): InputFrame {
  const directions: [number, number][] = [[1, 0], [1, 1], [0, 1], [-1, 1], [-1, 0], [-1, -1], [0, -1], [1, -1]];
  const [moveX, moveY] = directions[Math.floor(tick / 60) % 8]!;
  return { ...NO_INPUT, moveX: moveX as -1 | 0 | 1, moveY: moveY as -1 | 0 | 1, run: tick % 240 < 60 };
}

function tickTimes(world: World, ticks: number): number[] {
  const samples: number[] = [];
  for (let tick = 0; tick < ticks; tick += 1) {
    const frame = wanderingInput(tick);
    samples.push(time(() => step(world, frame)));
    if (world.status !== 'playing') step(world, { ...NO_INPUT, restart: true });
  }
  return samples;
}

function nightEscape(): number[] | Skipped {
  let text: string;
  try {
    text = readFileSync(join(root, 'maps', 'night-escape.tmj'), 'utf8');
  } catch {
    return { skipped: 'maps/night-escape.tmj is missing' };
  }
  const loaded = loadLevelFromText(text, 'night-escape.tmj');
  if (!loaded.ok) {
    return { skipped: `maps/night-escape.tmj has problems: ${loaded.problems.map((problem) => problem.message).join('; ')}` };
  }
  const world = createWorld(loaded.value, { seed: NIGHT_ESCAPE_SEED });
  tickTimes(world, 600); // warm-up
  return tickTimes(world, 3000);
}

function stressTicks(): number[] {
  const world = createWorld(stressLevel({ size: 128, enforcerCount: 32, seed: 128 }), { seed: 1 });
  tickTimes(world, 300); // warm-up
  return tickTimes(world, 1200);
}

/** Add a benchmark here: a stable name and a body that returns its samples. */
const BENCHMARKS: readonly Benchmark[] = [
  { name: 'tick/night-escape', run: nightEscape },
  { name: 'tick/stress-128-32', run: stressTicks },
  { name: 'path/easystar-64-reachable', run: () => rawEasystar(64, true, 300) },
  { name: 'path/easystar-64-unreachable', run: () => rawEasystar(64, false, 200) },
  { name: 'path/easystar-256-reachable', run: () => rawEasystar(256, true, 200) },
  { name: 'path/easystar-256-unreachable', run: () => rawEasystar(256, false, 40) },
  { name: 'path/queue-256-unreachable', run: () => queueUnreachable(256, 2000) },
  { name: 'tiles/change-256', run: () => tileChangeTicks(time, 300) },
  { name: 'tiles/navigation-build-256', run: () => navigationBuilds(time, 60) },
  { name: 'dream/automap-256', run: () => automapRuns(time, 30) },
];

for (const { name, run } of BENCHMARKS) {
  if (!name.startsWith(prefix)) continue;
  const samples = run();
  report(Array.isArray(samples) ? summarize(name, samples) : { name, ...samples });
}
