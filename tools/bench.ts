// Benchmarks for the rules: `npx tsx tools/bench.ts [name-prefix]`. One JSON object per line, in the
// format of DESIGN.md: {"name","unit":"ms","median","p99","max","runs"} (or "skipped" with a reason).
// Generated maps come from the sim's own seeded generator, so every run measures the same work.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EnforcerDefinition, LevelDefinition } from '../src/level/level-definition.ts';
import { loadLevelFromText } from '../src/level/load-level.ts';
import { createWorld } from '../src/sim/create-world.ts';
import { createFinder, createNavigationFromGrid, searchPath, type Navigation, type TilePoint } from '../src/sim/navigation.ts';
import { createPathQueue, processPathQueue, requestPath } from '../src/sim/path-queue.ts';
import { nextRandomFromState, seedRandomState } from '../src/sim/random.ts';
import { step } from '../src/sim/step.ts';
import type { InputFrame, World } from '../src/sim/types.ts';
import { NO_INPUT } from '../src/sim/types.ts';

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

function report(line: Measured | { readonly name: string; readonly skipped: string }): void {
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

function benchmark(name: string, body: () => number[]): void {
  if (!name.startsWith(prefix)) return;
  report(summarize(name, body()));
}

/** A small deterministic generator for the tools (the sim's mulberry32, held locally). */
function generator(seed: number): (bound: number) => number {
  let state = seedRandomState(seed);
  return (bound) => {
    const next = nextRandomFromState(state);
    state = next.state;
    return Math.floor((next.value * bound) / 0x100000000);
  };
}

/** A square grid with about `wallShare` walls, a solid border and a sealed 3x3 pocket near the middle, so
 * that unreachable targets always exist. */
function generateGrid(size: number, wallShare: number, seed: number): Uint8Array {
  const random = generator(seed);
  const grid = new Uint8Array(size * size);
  for (let index = 0; index < grid.length; index += 1) grid[index] = random(1000) < wallShare * 1000 ? 1 : 0;
  for (let i = 0; i < size; i += 1) {
    grid[i] = 1;
    grid[(size - 1) * size + i] = 1;
    grid[i * size] = 1;
    grid[i * size + size - 1] = 1;
  }
  const middle = Math.floor(size / 2);
  for (let y = middle - 2; y <= middle + 2; y += 1) {
    for (let x = middle - 2; x <= middle + 2; x += 1) {
      const ring = Math.abs(x - middle) === 2 || Math.abs(y - middle) === 2;
      grid[y * size + x] = ring ? 1 : 0;
    }
  }
  return grid;
}

function largestComponent(navigation: Navigation): number {
  const sizes = new Array<number>(navigation.componentCount).fill(0);
  for (const label of navigation.component) if (label >= 0) sizes[label] = (sizes[label] ?? 0) + 1;
  return sizes.indexOf(Math.max(...sizes));
}

function tilesOf(navigation: Navigation, keep: (label: number) => boolean): TilePoint[] {
  const tiles: TilePoint[] = [];
  navigation.component.forEach((label, index) => {
    if (label >= 0 && keep(label)) tiles.push({ x: index % navigation.width, y: Math.floor(index / navigation.width) });
  });
  return tiles;
}

function pathPairs(size: number, reachable: boolean, count: number): { navigation: Navigation; pairs: [TilePoint, TilePoint][] } {
  const navigation = createNavigationFromGrid(generateGrid(size, 0.25, size), size, size);
  const main = largestComponent(navigation);
  const starts = tilesOf(navigation, (label) => label === main);
  const targets = reachable ? starts : tilesOf(navigation, (label) => label !== main);
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

function stressLevel(size: number, enforcerCount: number): LevelDefinition {
  const tileSize = 16;
  const solid = generateGrid(size, 0.25, 128);
  const navigation = createNavigationFromGrid(solid, size, size);
  const main = largestComponent(navigation);
  const open = tilesOf(navigation, (label) => label === main);
  const random = generator(4242);
  const centre = (tile: TilePoint): { x: number; y: number } => ({ x: tile.x * tileSize + 8, y: tile.y * tileSize + 8 });
  const enforcers: EnforcerDefinition[] = [];
  for (let id = 1; id <= enforcerCount; id += 1) {
    // Waypoints a few tiles apart, so routes mix straight walks with A* detours.
    const first = open[random(open.length)]!;
    const route = [centre(first)];
    for (let index = 0; index < 3; index += 1) {
      const near = open.filter((tile) => Math.abs(tile.x - first.x) < 12 && Math.abs(tile.y - first.y) < 12);
      route.push(centre(near[random(near.length)]!));
    }
    enforcers.push({
      id,
      name: `Stress ${id}`,
      start: route[0]!,
      route,
      routeMode: id % 2 === 0 ? 'loop' : 'ping-pong',
      speed: 60,
      sightRange: 96,
      sightAngle: 80,
      facing: 0,
      waitTicks: 30,
    });
  }
  const spawnTile = open[random(open.length)]!;
  return {
    name: `stress-${size}-${enforcerCount}`,
    width: size,
    height: size,
    tileSize,
    solid,
    opaque: solid,
    spawn: centre(spawnTile),
    exit: { x: -16000, y: -16000, width: 16, height: 16 },
    enforcers,
    map: { orientation: 'orthogonal', width: size, height: size, tileWidth: 16, tileHeight: 16, infinite: false, layers: [], tilesets: [], properties: {} },
  };
}

function nightEscape(): void {
  const name = 'tick/night-escape';
  if (!name.startsWith(prefix)) return;
  const file = join(root, 'maps', 'night-escape.tmj');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    report({ name, skipped: 'maps/night-escape.tmj is missing' });
    return;
  }
  const loaded = loadLevelFromText(text, 'night-escape.tmj');
  if (!loaded.ok) {
    report({ name, skipped: `maps/night-escape.tmj has problems: ${loaded.problems.map((problem) => problem.message).join('; ')}` });
    return;
  }
  const world = createWorld(loaded.value, { seed: 1 });
  tickTimes(world, 600); // warm-up
  report(summarize(name, tickTimes(world, 3000)));
}

nightEscape();
benchmark('tick/stress-128-32', () => {
  const world = createWorld(stressLevel(128, 32), { seed: 1 });
  tickTimes(world, 300);
  return tickTimes(world, 1200);
});
benchmark('path/easystar-64-reachable', () => rawEasystar(64, true, 300));
benchmark('path/easystar-64-unreachable', () => rawEasystar(64, false, 200));
benchmark('path/easystar-256-reachable', () => rawEasystar(256, true, 200));
benchmark('path/easystar-256-unreachable', () => rawEasystar(256, false, 40));
benchmark('path/queue-256-unreachable', () => queueUnreachable(256, 2000));
