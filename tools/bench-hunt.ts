// The hunt's benchmarks (tools/bench.ts lists them): a 256x256 stress tick with half the Enforcers
// chasing or searching, the night escape with every Enforcer in the alarm, and our paths against the
// `pathfinding` package's A* and JPS on one grid. Each prints its extra figures as a JSON line of its own.
import PF from 'pathfinding';
import { sendToState } from '../src/sim/enforcer/brain.ts';
import { isStraightWalkClear } from '../src/sim/enforcer/walking.ts';
import { navigationFor } from '../src/sim/navigation.ts';
import { createAdmissibleFinder, createNavigationFromGrid, searchPath, searchUnchecked, type TilePoint } from '../src/sim/navigation.ts';
import { randomBelow } from '../src/sim/random.ts';
import { step } from '../src/sim/step.ts';
import type { InputFrame, World, WorldTiles } from '../src/sim/types.ts';
import { NO_INPUT } from '../src/sim/types.ts';
import { createWorldTiles } from '../src/sim/world-tiles.ts';
import { generateGrid, generator, largestComponent, levelFromGrid, tilesWhere } from './generated-level.ts';

export function time(action: () => void): number {
  const start = process.hrtime.bigint();
  action();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Sends each chosen Enforcer after a fresh last known position: a reachable open cell near it. */
function huntAfresh(world: World, options: { readonly chasers: (index: number) => boolean }): void {
  const { tiles } = world;
  world.enforcers.forEach((enforcer, index) => {
    if (!options.chasers(index)) return;
    const column = Math.floor(enforcer.x / tiles.span) + randomBelow(world, 21) - 10;
    const row = Math.floor(enforcer.y / tiles.span) + randomBelow(world, 21) - 10;
    if (column < 0 || row < 0 || column >= tiles.width || row >= tiles.height || tiles.solid[row * tiles.width + column] === 1) return;
    enforcer.lastSeenX = column * tiles.span + tiles.span / 2;
    enforcer.lastSeenY = row * tiles.span + tiles.span / 2;
    // Alternate: half of the hunters chase, half search, so both states' costs are in the tick.
    sendToState({ enforcer, world, events: [] }, Math.floor(index / 2) % 2 === 0 ? 'chase' : 'search');
  });
}

export interface PathStatistics {
  /** easystarjs searches run. */
  readonly searches: number;
  /** Requests answered from the leg cache (navigation.ts) instead of a search. */
  readonly servedFromCache: number;
  /** Requests the component check refused without a search. */
  readonly rejected: number;
  readonly waiting: number;
  readonly requests: number;
}

/** Ticks of a world whose hunters get fresh targets every `every` ticks; Mira stands in a corner. */
export function huntTicks(world: World, options: { readonly ticks: number; readonly every: number; readonly chasers: (index: number) => boolean }): { samples: number[]; statistics: PathStatistics } {
  const navigation = navigationFor(world.tiles);
  const before = navigation.searchCount;
  const hitsBefore = navigation.cacheHitCount;
  const rejectedBefore = navigation.rejectionCount;
  let waiting = 0;
  let requests = 0;
  const samples: number[] = [];
  const frame: InputFrame = NO_INPUT;
  for (let tick = 0; tick < options.ticks; tick += 1) {
    if (tick % options.every === 0) huntAfresh(world, options);
    const pendingBefore = world.pathQueue.pending.length;
    samples.push(time(() => step(world, frame)));
    waiting += world.pathQueue.pending.length;
    requests += Math.max(0, world.pathQueue.pending.length - pendingBefore);
    if (world.status !== 'playing') step(world, { ...NO_INPUT, restart: true });
  }
  const statistics: PathStatistics = {
    searches: navigation.searchCount - before,
    servedFromCache: navigation.cacheHitCount - hitsBefore,
    rejected: navigation.rejectionCount - rejectedBefore,
    waiting: Math.round(waiting / options.ticks),
    requests,
  };
  return { samples, statistics };
}

const SQUARE = 1;
const DIAGONAL = Math.SQRT2;

/** Length of a path given as cells (each step straight or diagonal, or a straight jump between jump points). */
function pathLength(points: readonly { x: number; y: number }[]): number {
  let length = 0;
  for (let index = 1; index < points.length; index += 1) {
    const dx = Math.abs(points[index]!.x - points[index - 1]!.x);
    const dy = Math.abs(points[index]!.y - points[index - 1]!.y);
    length += Math.min(dx, dy) * DIAGONAL + Math.abs(dx - dy) * SQUARE;
  }
  return length;
}

/** The true shortest length (8 directions, no corner cutting), by Dijkstra: the yardstick for both. */
function shortestLength(grid: { readonly blocked: Uint8Array; readonly size: number }, from: TilePoint, to: TilePoint): number {
  const { blocked, size } = grid;
  const distance = new Float64Array(size * size).fill(Infinity);
  const done = new Uint8Array(size * size);
  const heap: [number, number][] = [[0, from.y * size + from.x]];
  distance[from.y * size + from.x] = 0;
  const open = (x: number, y: number): boolean => x >= 0 && y >= 0 && x < size && y < size && blocked[y * size + x] === 0;
  while (heap.length > 0) {
    let best = 0;
    for (let index = 1; index < heap.length; index += 1) if (heap[index]![0] < heap[best]![0]) best = index;
    const [cost, cell] = heap[best]!;
    heap[best] = heap[heap.length - 1]!;
    heap.pop();
    if (done[cell] === 1) continue;
    done[cell] = 1;
    const x = cell % size;
    const y = Math.floor(cell / size);
    if (x === to.x && y === to.y) return cost;
    for (let dy = -1; dy <= 1; dy += 1) {
      for (let dx = -1; dx <= 1; dx += 1) {
        if ((dx === 0 && dy === 0) || !open(x + dx, y + dy)) continue;
        if (dx !== 0 && dy !== 0 && (!open(x + dx, y) || !open(x, y + dy))) continue;
        const next = (y + dy) * size + x + dx;
        const step = dx !== 0 && dy !== 0 ? DIAGONAL : SQUARE;
        if (cost + step < distance[next]!) {
          distance[next] = cost + step;
          heap.push([cost + step, next]);
        }
      }
    }
  }
  return Infinity;
}

export interface PathComparison {
  readonly ours: number[];
  readonly astar: number[];
  readonly jps: number[];
  /** The same leg asked for again, as a patrol's next lap asks: served by the leg cache. */
  readonly repeat: number[];
  readonly excess: { readonly ours: number[]; readonly smoothed: number[]; readonly astar: number[]; readonly jps: number[] };
  /** easystarjs made admissible (ADMISSIBLE_COST_SCALE): its first-search times and its excess as walked. */
  readonly admissible: { readonly times: number[]; readonly walkedExcess: number[] };
}

/**
 * Our path as an Enforcer walks it: from each point it goes straight to the farthest later point its
 * body can reach without brushing a wall (isStraightWalkClear, the walk's own test), in tile units.
 */
function smoothedLength(tiles: WorldTiles, path: readonly TilePoint[]): number {
  const { span } = tiles;
  const centre = (point: TilePoint): { x: number; y: number } => ({ x: point.x * span + span / 2, y: point.y * span + span / 2 });
  let length = 0;
  let at = 0;
  while (at < path.length - 1) {
    let next = at + 1;
    for (let candidate = path.length - 1; candidate > at + 1; candidate -= 1) {
      if (isStraightWalkClear(tiles, centre(path[at]!), centre(path[candidate]!))) {
        next = candidate;
        break;
      }
    }
    length += Math.hypot(path[next]!.x - path[at]!.x, path[next]!.y - path[at]!.y);
    at = next;
  }
  return length;
}

/** The same reachable queries on one grid, answered by our navigation and by pathfinding's A* and JPS. */
export function comparePaths(size: number, queries: number): PathComparison {
  const blocked = generateGrid(size, 0.25, size);
  const navigation = createNavigationFromGrid(blocked, size, size);
  // The world's own tiles for this grid, so the walk test reads every grid it reads in play.
  const tiles = createWorldTiles(levelFromGrid(blocked, { width: size, height: size, spawn: { x: 0, y: 0 } }));
  const main = largestComponent(navigation);
  const open = tilesWhere(navigation, (label) => label === main);
  const random = generator(size * 11 + 3);
  const grid = new PF.Grid(size, size);
  for (let index = 0; index < size * size; index += 1) if (blocked[index] === 1) grid.setWalkableAt(index % size, Math.floor(index / size), false);
  const options = { diagonalMovement: PF.DiagonalMovement.OnlyWhenNoObstacles };
  const astarFinder = new PF.AStarFinder(options);
  const jpsFinder = PF.JumpPointFinder(options);
  const result: PathComparison = { ours: [], astar: [], jps: [], repeat: [], excess: { ours: [], smoothed: [], astar: [], jps: [] }, admissible: { times: [], walkedExcess: [] } };
  const admissible = { ...navigation, finder: createAdmissibleFinder(blocked, size, size), legs: new Map() };
  for (let query = 0; query < queries; query += 1) {
    const from = open[random(open.length)]!;
    const to = open[random(open.length)]!;
    const shortest = shortestLength({ blocked, size }, from, to);
    const found: { ours: TilePoint[] | null } = { ours: null };
    result.ours.push(time(() => (found.ours = searchPath(navigation, from, to))));
    // The first serve searches (and is what `ours` times); the second is the cache's.
    searchUnchecked(navigation, from, to);
    result.repeat.push(time(() => searchUnchecked(navigation, from, to)));
    // pathfinding marks the grid it searches: each search gets a fresh copy, made outside the timing.
    const forAstar = grid.clone();
    let astar: number[][] = [];
    result.astar.push(time(() => (astar = astarFinder.findPath(from.x, from.y, to.x, to.y, forAstar))));
    const forJps = grid.clone();
    let jps: number[][] = [];
    result.jps.push(time(() => (jps = jpsFinder.findPath(from.x, from.y, to.x, to.y, forJps))));
    const foundAdmissible: { path: TilePoint[] | null } = { path: null };
    result.admissible.times.push(time(() => (foundAdmissible.path = searchPath(admissible, from, to))));
    if (shortest === 0 || !Number.isFinite(shortest)) continue;
    result.admissible.walkedExcess.push(smoothedLength(tiles, [from, ...(foundAdmissible.path ?? [])]) / shortest - 1);
    const points = (path: number[][]): { x: number; y: number }[] => path.map(([x, y]) => ({ x: x!, y: y! }));
    result.excess.ours.push(pathLength(found.ours ?? []) / shortest - 1);
    result.excess.smoothed.push(smoothedLength(tiles, [from, ...(found.ours ?? [])]) / shortest - 1);
    result.excess.astar.push(pathLength(points(astar)) / shortest - 1);
    result.excess.jps.push(pathLength(points(jps)) / shortest - 1);
  }
  return result;
}
