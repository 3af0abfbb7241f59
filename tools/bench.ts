// Benchmarks for the rules: `npm run bench [-- name-prefix] [--quick]`. One JSON object per line:
// {"name","unit":"ms","median","p99","max","runs"} (or "skipped" with a reason), with "budget" and
// "withinBudget" where a row has one; a row over its budget makes the run exit 1. `--quick` runs every
// body a few times only and judges no figure: CI runs it so that no benchmark can rot. Run it through npm:
// tools/run-bench.ts bundles this file the way the game is built, because under tsx the figures are of
// code no player runs (its keepNames helpers alone took about a quarter of a tick).
// Generated maps come from the sim's own seeded generator, so every run measures the same work.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLevelFromFiles, loadLevelFromText } from '../src/level/load-level.ts';
import { createWorld } from '../src/sim/create-world.ts';
import { createFinder, createNavigationFromGrid, searchPath, type Navigation, type TilePoint } from '../src/sim/navigation.ts';
import { createPathQueue, processPathQueue, requestPath } from '../src/sim/path-queue.ts';
import { step } from '../src/sim/step.ts';
import type { InputFrame, World } from '../src/sim/types.ts';
import { NO_INPUT } from '../src/sim/types.ts';
import { NIGHT_ESCAPE_SEED } from '../src/story/chapters.ts';
import { automapRuns } from './bench-automap.ts';
import { bombRefusals, problemDigests } from './bench-hostile.ts';
import { dreamWaveTicks } from './bench-dream.ts';
import { navigationBuilds, tileChangeTicks } from './bench-tiles.ts';
import { benchMapFiles, type BenchEncoding, type BenchFormat } from './bench-maps.ts';
import { generateGrid, generator, largestComponent, stressLevel, tilesWhere } from './generated-level.ts';
import { huntTicks } from './bench-hunt.ts';
import { comparePaths, type SetupFigures } from './bench-paths.ts';
import { PROCESS_BUDGET_MILLISECONDS, VERIFY_BUDGET_MILLISECONDS, verifyProcessRuns, verifyRuns } from './bench-verify.ts';

const root = join(import.meta.dirname, '..');
const options = process.argv.slice(2);
/** Few iterations, no budgets: proves each benchmark still runs, not how fast. */
const quick = options.includes('--quick');
const prefix = options.find((option) => !option.startsWith('--')) ?? '';

/** How many times a body runs: `full` for figures, `few` under --quick. */
function iterations(full: number, few: number): number {
  return quick ? few : full;
}

interface Measured {
  readonly name: string;
  readonly unit: 'ms';
  readonly median: number;
  readonly p99: number;
  readonly max: number;
  readonly runs: number;
  /** The most the median may be, in ms; judged only in a full run. */
  readonly budget?: number;
  readonly withinBudget?: boolean;
}

/** Why a benchmark could not run here (a missing map): reported instead of figures. */
interface Skipped {
  readonly skipped: string;
}

interface Benchmark {
  /** Stable, `area/what-size`: results are compared by name across runs. */
  readonly name: string;
  /** The duration of each timed run in milliseconds, after any warm-up the body does itself. */
  readonly run: () => number[] | Skipped | Promise<number[] | Skipped>;
  /** The most the median may take, in ms, where a figure was once a test's "under N ms". */
  readonly budget?: number;
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
    const fresh = { ...navigation, finder: createFinder({ blocked: navigation.blocked, width: size, height: size }) };
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

function nightEscapeWorld(): World | Skipped {
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
  return createWorld(loaded.value, { seed: NIGHT_ESCAPE_SEED });
}

/** The night escape as a player wanders it. */
function nightEscapeCalm(): number[] | Skipped {
  const world = nightEscapeWorld();
  if (!('tick' in world)) return world;
  tickTimes(world, iterations(600, 5)); // warm-up
  return tickTimes(world, iterations(3000, 20));
}

/** Every Enforcer of the night escape in the alarm: chasing or searching, sent after fresh targets each second. */
function nightEscapeAlarm(): number[] | Skipped {
  const world = nightEscapeWorld();
  if (!('tick' in world)) return world;
  huntTicks(world, { ticks: iterations(300, 5), every: 60, chasers: () => true }); // warm-up
  return huntTicks(world, { ticks: iterations(3000, 61), every: 60, chasers: () => true }).samples;
}

/** 256x256, 25% walls, 64 Enforcers all moving, half of them chasing or searching with fresh targets. */
function stress256(): number[] {
  const world = createWorld(stressLevel({ size: 256, enforcerCount: 64, seed: 256 }), { seed: 1 });
  huntTicks(world, { ticks: iterations(300, 5), every: 90, chasers: (index) => index % 2 === 0 }); // warm-up
  const { samples, statistics } = huntTicks(world, { ticks: iterations(1200, 91), every: 90, chasers: (index) => index % 2 === 0 });
  console.log(JSON.stringify({ name: 'tick/stress-256-64/paths', ...statistics, ticks: samples.length }));
  return samples;
}

/** Issue 17's targets for path/easystar-vs-pathfinding-256: first search at most JPS's median time, and as walked within 1% (mean) and 5% (worst) of the shortest. */
const PATH_TARGETS = { value: 1, walkedExcessMean: 0.01, walkedExcessWorst: 0.05 } as const;

function pathComparison(): number[] {
  const comparison = comparePaths(256, iterations(200, 5));
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const round = (value: number): number => Math.round(value * 10000) / 10000;
  const jps = median(comparison.jps.times);
  const figures = (setup: SetupFigures): Record<string, unknown> => {
    const value = median(setup.times) / jps;
    const walkedMean = mean(setup.excess.walked);
    const walkedWorst = Math.max(...setup.excess.walked);
    return {
      median: round(median(setup.times)),
      value: round(value),
      excessMean: { searched: round(mean(setup.excess.searched)), smoothed: round(mean(setup.excess.smoothed)), walked: round(walkedMean) },
      excessWorst: { searched: round(Math.max(...setup.excess.searched)), smoothed: round(Math.max(...setup.excess.smoothed)), walked: round(walkedWorst) },
      // Which of issue 17's targets this setup misses (none: it meets both); a few queries under --quick say nothing.
      misses: quick ? 'not judged under --quick' : [
        ...(value > PATH_TARGETS.value ? ['time'] : []),
        ...(walkedMean > PATH_TARGETS.walkedExcessMean || walkedWorst > PATH_TARGETS.walkedExcessWorst ? ['length'] : []),
      ],
    };
  };
  console.log(
    JSON.stringify({
      name: 'path/easystar-vs-pathfinding-256/figures',
      ours: figures(comparison.ours),
      medians: { oursRepeat: round(median(comparison.repeat)), astar: round(median(comparison.astar.times)), jps: round(jps) },
      value: round(median(comparison.ours.times) / jps),
      repeatOverJps: round(median(comparison.repeat) / jps),
      oursOverAstar: round(median(comparison.ours.times) / median(comparison.astar.times)),
      excessMean: { astar: round(mean(comparison.astar.excess)), jps: round(mean(comparison.jps.excess)) },
      excessWorst: { astar: round(Math.max(...comparison.astar.excess)), jps: round(Math.max(...comparison.jps.excess)) },
    }),
  );
  // The other easystarjs setups, one line each, so the table reads down the terminal.
  for (const variant of comparison.variants) console.log(JSON.stringify({ name: 'path/easystar-vs-pathfinding-256/setup', setup: variant.name, ...figures(variant) }));
  return comparison.ours.times;
}

function stressTicks(): number[] {
  const world = createWorld(stressLevel({ size: 128, enforcerCount: 32, seed: 128 }), { seed: 1 });
  tickTimes(world, iterations(300, 5)); // warm-up
  return tickTimes(world, iterations(1200, 20));
}

/**
 * Reading, normalizing and validating the 256x256 benchmark map (bench-maps.ts) from bytes in memory:
 * the file reader answers at once, so the figure is the loader's own work, not a disk's.
 */
async function loadMap(format: BenchFormat, encoding: BenchEncoding): Promise<number[] | Skipped> {
  const { mapPath, files } = benchMapFiles(format, encoding);
  const readFile = (path: string): Promise<Uint8Array> => {
    const bytes = files.get(path);
    return bytes === undefined ? Promise.reject(new Error(`no file ${path}`)) : Promise.resolve(bytes);
  };
  const once = async (): Promise<number> => {
    const start = process.hrtime.bigint();
    const loaded = await loadLevelFromFiles({ mapPath, readFile });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (!loaded.ok) throw new Error(`the benchmark map has problems: ${loaded.problems.map((problem) => problem.message).join('; ')}`);
    return elapsed;
  };
  for (let warmUp = 0; warmUp < iterations(5, 0); warmUp += 1) await once();
  const samples: number[] = [];
  for (let run = 0; run < iterations(30, 1); run += 1) samples.push(await once());
  return samples;
}

const LOAD_BENCHMARKS: Benchmark[] = (['tmx', 'json'] as const).flatMap((format) =>
  (['csv', 'base64', 'zlib', 'gzip', 'zstd'] as const).map((encoding) => ({
    name: `load/256-${format}-${encoding}`,
    run: () => loadMap(format, encoding),
  })));

/** Add a benchmark here: a stable name and a body that returns its samples. */
const BENCHMARKS: readonly Benchmark[] = [
  { name: 'tick/night-escape', run: nightEscapeAlarm },
  { name: 'verify/night-escape', run: () => verifyRuns(time, { root, runs: iterations(20, 1), warmUps: iterations(3, 0) }), budget: VERIFY_BUDGET_MILLISECONDS },
  { name: 'verify/process', run: () => verifyProcessRuns({ root, runs: iterations(10, 1) }), budget: PROCESS_BUDGET_MILLISECONDS },
  { name: 'tick/night-escape-calm', run: nightEscapeCalm },
  { name: 'tick/stress-128-32', run: stressTicks },
  { name: 'tick/stress-256-64', run: stress256 },
  { name: 'tick/dream-wave-256-64', run: () => dreamWaveTicks(time, iterations(4, 1)) },
  { name: 'path/easystar-vs-pathfinding-256', run: pathComparison },
  { name: 'path/easystar-64-reachable', run: () => rawEasystar(64, true, iterations(300, 3)) },
  { name: 'path/easystar-64-unreachable', run: () => rawEasystar(64, false, iterations(200, 3)) },
  { name: 'path/easystar-256-reachable', run: () => rawEasystar(256, true, iterations(200, 3)) },
  { name: 'path/easystar-256-unreachable', run: () => rawEasystar(256, false, iterations(40, 2)) },
  { name: 'path/queue-256-unreachable', run: () => queueUnreachable(256, iterations(2000, 10)) },
  { name: 'tiles/change-256', run: () => tileChangeTicks(time, { runs: iterations(300, 2), warmUps: iterations(40, 0) }) },
  { name: 'tiles/navigation-build-256', run: () => navigationBuilds(time, iterations(60, 2)) },
  ...LOAD_BENCHMARKS,
  { name: 'dream/automap-256', run: () => automapRuns(time, { runs: iterations(30, 1), warmUps: iterations(5, 0) }) },
  // fflate's one-shot inflate took 1.2 s on these bombs (and never failed); stopping at the layer's size takes milliseconds.
  { name: 'hostile/zlib-bomb-400mb', run: () => bombRefusals(time, { kind: 'zlib', runs: iterations(10, 1) }), budget: 500 },
  { name: 'hostile/gzip-bomb-400mb', run: () => bombRefusals(time, { kind: 'gzip', runs: iterations(10, 1) }), budget: 500 },
  { name: 'problems/digest-150k', run: () => problemDigests(time, iterations(20, 1)), budget: 1000 },
];

let overBudget = 0;
for (const { name, run, budget } of BENCHMARKS) {
  if (!name.startsWith(prefix)) continue;
  const samples = await run();
  if (!Array.isArray(samples)) {
    report({ name, ...samples });
    continue;
  }
  const measured = summarize(name, samples);
  if (budget === undefined || quick) {
    report(measured);
    continue;
  }
  const withinBudget = measured.median <= budget;
  if (!withinBudget) overBudget += 1;
  report({ ...measured, budget, withinBudget });
}
if (overBudget > 0) {
  console.error(`${overBudget} benchmark(s) over budget`);
  process.exitCode = 1;
}
