// path/easystar-vs-pathfinding-256: the same reachable queries on one 256x256 grid (25% walls), answered by
// the rules' easystarjs finder, by other easystarjs setups, and by the `pathfinding` package's A* and JPS.
// Lengths are weighed against the true shortest 8-direction path; "walked" is what an Enforcer really
// walks along a path: the rules' own walkTo, tick by tick, which cuts the path's corners as it goes.
import PF from 'pathfinding';
import { isStraightWalkClear, stopWalking, walkTo } from '../src/sim/enforcer/walking.ts';
import { createFinder, createNavigationFromGrid, RULES_FINDER, searchPath, searchUnchecked, type FinderSetup, type TilePoint } from '../src/sim/navigation.ts';
import { createWorld } from '../src/sim/create-world.ts';
import type { World, WorldTiles } from '../src/sim/types.ts';
import { tileCentre } from '../src/sim/world-tiles.ts';
import { time } from './bench-hunt.ts';
import { generateGrid, generator, largestComponent, levelFromGrid, tilesWhere } from './generated-level.ts';

const SQUARE = 1;
const DIAGONAL = Math.SQRT2;

/**
 * The easystarjs setups weighed against the rules' own (issue 17 asked which can be both as fast as JPS and
 * within 1% of the shortest as walked). An open cost below 1 weights the heuristic (faster, longer paths);
 * 12/7 makes the diagonal heuristic admissible; without diagonals the heuristic (Manhattan) is admissible
 * at cost 1, and 1 - 2^-10 only breaks its many ties towards the goal without changing any path's length.
 */
export const FINDER_VARIANTS: readonly { readonly name: string; readonly setup: FinderSetup }[] = [
  { name: '8-way, cost 12/7 (admissible)', setup: { diagonals: true, openCost: 12 / 7 } },
  { name: '8-way, cost 1.15', setup: { diagonals: true, openCost: 1.15 } },
  { name: '4-way, cost 1 (admissible)', setup: { diagonals: false, openCost: 1 } },
  { name: '4-way, cost 1-2^-10 (ties to the goal)', setup: { diagonals: false, openCost: 1 - 2 ** -10 } },
  { name: '4-way, cost 0.9', setup: { diagonals: false, openCost: 0.9 } },
  { name: '4-way, cost 0.85', setup: { diagonals: false, openCost: 0.85 } },
];

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

/** The true shortest length (8 directions, no corner cutting), by Dijkstra: the yardstick for all. */
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

/**
 * The path string-pulled: from each point straight to the farthest later point its body can reach without
 * brushing a wall (isStraightWalkClear, the walk's own test), in tile units. An any-angle figure beside
 * the walked one: it can be longer than the walk, which also cuts from between tile centres.
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

/** Ticks a walk may take at most: a 256x256 map crossed twice at the slowest pace. */
const WALK_TICK_LIMIT = 100_000;

/**
 * How far the world's one Enforcer walks from the path's first tile centre to its last, given the path as
 * a search answered it (the rules' walkTo each tick, at its patrol pace), in tiles.
 */
function walkedLength(world: World, path: readonly TilePoint[]): number {
  const enforcer = world.enforcers[0]!;
  const { tiles } = world;
  const start = tileCentre(tiles, path[0]!);
  const goal = tileCentre(tiles, path.at(-1)!);
  stopWalking(enforcer, world);
  enforcer.x = start.x;
  enforcer.y = start.y;
  enforcer.walk.path = path.slice(1).map((point) => ({ x: point.x, y: point.y }));
  enforcer.walk.pathTarget = goal;
  let length = 0;
  for (let tick = 0; tick < WALK_TICK_LIMIT; tick += 1) {
    const before = { x: enforcer.x, y: enforcer.y };
    const arrived = walkTo(enforcer, world, goal);
    length += Math.hypot(enforcer.x - before.x, enforcer.y - before.y);
    if (arrived) return length / tiles.span;
    if (enforcer.walk.pathPending) throw new Error(`bench-paths: the walk from ${path[0]!.x},${path[0]!.y} asked for another path: the path given cannot be walked`);
  }
  throw new Error(`bench-paths: the walk from ${path[0]!.x},${path[0]!.y} did not arrive in ${WALK_TICK_LIMIT} ticks`);
}

export interface SetupFigures {
  readonly name: string;
  /** First-search times, ms. */
  readonly times: number[];
  /** Excess over the shortest: of the path as searched, string-pulled, and as walked. */
  readonly excess: { readonly searched: number[]; readonly smoothed: number[]; readonly walked: number[] };
}

export interface PathComparison {
  /** The rules' own finder (RULES_FINDER), first searches. */
  readonly ours: SetupFigures;
  /** The same leg asked for again, as a patrol's next lap asks: served by the leg cache. */
  readonly repeat: number[];
  readonly astar: { readonly times: number[]; readonly excess: number[] };
  readonly jps: { readonly times: number[]; readonly excess: number[] };
  /** FINDER_VARIANTS, in order. */
  readonly variants: SetupFigures[];
}

function emptyFigures(name: string): SetupFigures {
  return { name, times: [], excess: { searched: [], smoothed: [], walked: [] } };
}

/** The same reachable queries on one grid, answered by easystarjs set up every way and by pathfinding's A* and JPS. */
export function comparePaths(size: number, queries: number): PathComparison {
  const blocked = generateGrid(size, 0.25, size);
  const navigation = createNavigationFromGrid(blocked, size, size);
  const main = largestComponent(navigation);
  const open = tilesWhere(navigation, (label) => label === main);
  // One Enforcer at the patrol pace of the stress maps (60 px/s); Mira stands in the solid corner, out of every way.
  const start = open[0]!;
  const enforcer = { id: 1, name: 'Walker', hunterClass: 'Enforcer', start: { x: start.x * 16 + 8, y: start.y * 16 + 8 }, route: [], routeMode: 'loop', speed: 60, sightRange: 96, sightAngle: 80, facing: 0, waitTicks: 30, look: 'enforcer' } as const;
  const world = createWorld(levelFromGrid(blocked, { width: size, height: size, spawn: { x: 8, y: 8 }, enforcers: [{ ...enforcer, route: [enforcer.start] }] }), { seed: 1 });
  const random = generator(size * 11 + 3);
  const grid = new PF.Grid(size, size);
  for (let index = 0; index < size * size; index += 1) if (blocked[index] === 1) grid.setWalkableAt(index % size, Math.floor(index / size), false);
  const options = { diagonalMovement: PF.DiagonalMovement.OnlyWhenNoObstacles };
  const astarFinder = new PF.AStarFinder(options);
  const jpsFinder = PF.JumpPointFinder(options);
  const result: PathComparison = {
    ours: emptyFigures(`8-way, cost ${RULES_FINDER.openCost} (the rules)`),
    repeat: [],
    astar: { times: [], excess: [] },
    jps: { times: [], excess: [] },
    variants: FINDER_VARIANTS.map((variant) => emptyFigures(variant.name)),
  };
  const setups = [
    { figures: result.ours, navigation },
    ...FINDER_VARIANTS.map((variant, index) => ({ figures: result.variants[index]!, navigation: { ...navigation, finder: createFinder({ blocked, width: size, height: size, setup: variant.setup }), legs: new Map() } })),
  ];
  for (let query = 0; query < queries; query += 1) {
    const from = open[random(open.length)]!;
    const to = open[random(open.length)]!;
    const shortest = shortestLength({ blocked, size }, from, to);
    const found = setups.map(({ figures, navigation: finder }) => {
      const answer: { path: TilePoint[] | null } = { path: null };
      figures.times.push(time(() => (answer.path = searchPath(finder, from, to))));
      return answer.path ?? [];
    });
    // The first serve searches (and is what `ours` times); the second is the cache's.
    searchUnchecked(navigation, from, to);
    result.repeat.push(time(() => searchUnchecked(navigation, from, to)));
    // pathfinding marks the grid it searches: each search gets a fresh copy, made outside the timing.
    const forAstar = grid.clone();
    let astar: number[][] = [];
    result.astar.times.push(time(() => (astar = astarFinder.findPath(from.x, from.y, to.x, to.y, forAstar))));
    const forJps = grid.clone();
    let jps: number[][] = [];
    result.jps.times.push(time(() => (jps = jpsFinder.findPath(from.x, from.y, to.x, to.y, forJps))));
    if (shortest === 0 || !Number.isFinite(shortest)) continue;
    setups.forEach(({ figures }, index) => {
      const path = [from, ...found[index]!];
      figures.excess.searched.push(pathLength(path) / shortest - 1);
      figures.excess.smoothed.push(smoothedLength(world.tiles, path) / shortest - 1);
      figures.excess.walked.push(walkedLength(world, path) / shortest - 1);
    });
    const points = (path: number[][]): { x: number; y: number }[] => path.map(([x, y]) => ({ x: x!, y: y! }));
    result.astar.excess.push(pathLength(points(astar)) / shortest - 1);
    result.jps.excess.push(pathLength(points(jps)) / shortest - 1);
  }
  return result;
}
