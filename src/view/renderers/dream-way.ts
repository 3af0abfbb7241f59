// The way the dream opened, worked out from world state only (no Phaser, so Node tests read it): while
// the children's dream runs and the exit is open, the cells from Mira towards the exit along the cheapest
// walk, where a cell only Enforcers cannot enter (the night escape's vines and river of stars) costs less
// than open street. A first player, out of the sanctuary, did not know which way; the view lays these
// cells as a trail of sparks in front of her.
import type { TileCell, World, WorldTiles } from '../../sim/types.ts';
import { SUBPIXELS_PER_PIXEL } from '../../sim/types.ts';
import { flagsHold } from '../../sim/story.ts';

/** How many cells of the way the trail shows ahead of her: enough to turn the first corner. */
export const DREAM_WAY_CELLS = 14;
/** Cost of a step onto a cell of the dream's own ways, and onto any other open cell. */
const DREAM_STEP = 1;
const STREET_STEP = 3;
const UNREACHED = 0xffffffff;
const NEIGHBOURS = [[1, 0], [-1, 0], [0, 1], [0, -1]] as const;
const NEIGHBOUR_STEPS_X = NEIGHBOURS.map(([stepX]) => stepX);
const NEIGHBOUR_STEPS_Y = NEIGHBOURS.map(([, stepY]) => stepY);

/** Whether the dream has opened a way to the exit now: it runs (or fades) and the exit's flags hold. */
export function dreamWayOpen(world: World): boolean {
  return world.dream.stage !== 'waking' && flagsHold(world, world.level.exitRequires);
}

/** The flood of each world's tiles as last worked out: it reads only the tiles and the exit, not where Mira is. */
const flooded = new WeakMap<WorldTiles, { readonly changeCount: number; readonly costs: Uint32Array }>();
/** The flood's four queues, kept for the next flood of a map of the same size (a 256x256 map's are 1 MB). */
let queues: Int32Array[] = [];

/** costsToExit of the tiles as they are now, worked out again only when a tile has changed since. */
function currentCostsToExit(world: World): Uint32Array {
  const known = flooded.get(world.tiles);
  if (known?.changeCount === world.tiles.changeCount) return known.costs;
  const costs = costsToExit(world);
  flooded.set(world.tiles, { changeCount: world.tiles.changeCount, costs });
  return costs;
}

/**
 * Cost to the exit from every cell (Dijkstra with two step costs, no floats): cells Mira can walk on only,
 * the exit's cells at 0. The steps cost 1 or 3, so every cell waiting costs one of the four from the cost
 * being spread: a queue per cost modulo four holds them, each queue in one typed array used as a ring.
 */
function costsToExit(world: World): Uint32Array {
  const { tiles, level } = world;
  const { width, height } = tiles;
  const cellCount = width * height;
  const costs = new Uint32Array(cellCount).fill(UNREACHED);
  if (queues[0]?.length !== cellCount) queues = [0, 1, 2, 3].map(() => new Int32Array(cellCount));
  // A queue never holds a cell twice (a cell joins one only when its cost drops, by less than four), so
  // `cellCount` places are enough for the ring.
  const heads = [0, 0, 0, 0];
  const lengths = [0, 0, 0, 0];
  const enqueue = (index: number, cost: number): void => {
    const queue = cost % 4;
    queues[queue]![(heads[queue]! + lengths[queue]!) % cellCount] = index;
    lengths[queue]! += 1;
  };
  const size = level.tileSize;
  const first = { x: Math.max(0, Math.floor(level.exit.x / size)), y: Math.max(0, Math.floor(level.exit.y / size)) };
  const last = { x: Math.min(width - 1, Math.ceil((level.exit.x + level.exit.width) / size) - 1), y: Math.min(height - 1, Math.ceil((level.exit.y + level.exit.height) / size) - 1) };
  let waiting = 0;
  for (let y = first.y; y <= last.y; y += 1) {
    for (let x = first.x; x <= last.x; x += 1) {
      costs[y * width + x] = 0;
      enqueue(y * width + x, 0);
      waiting += 1;
    }
  }
  for (let cost = 0; waiting > 0; cost += 1) {
    const queue = cost % 4;
    const cells = queues[queue]!;
    while (lengths[queue]! > 0) {
      const index = cells[heads[queue]!]!;
      heads[queue] = (heads[queue]! + 1) % cellCount;
      lengths[queue]! -= 1;
      waiting -= 1;
      if (costs[index] !== cost) continue;
      const x = index % width;
      const y = (index - x) / width;
      for (let neighbour = 0; neighbour < 4; neighbour += 1) {
        const nextX = x + NEIGHBOUR_STEPS_X[neighbour]!;
        const nextY = y + NEIGHBOUR_STEPS_Y[neighbour]!;
        if (nextX < 0 || nextY < 0 || nextX >= width || nextY >= height) continue;
        const next = nextY * width + nextX;
        if (tiles.solid[next] === 1) continue;
        const dreamOnly = tiles.enforcerSolid[next] === 1;
        const nextCost = cost + (dreamOnly ? DREAM_STEP : STREET_STEP);
        if (nextCost >= costs[next]!) continue;
        costs[next] = nextCost;
        enqueue(next, nextCost);
        waiting += 1;
      }
    }
  }
  return costs;
}

/**
 * The next `count` cells of the dream's way from Mira's cell towards the exit (her own cell left out), or
 * none while the way is not open or she has no walk to the exit.
 */
export function dreamWay(world: World, count = DREAM_WAY_CELLS): TileCell[] {
  if (!dreamWayOpen(world)) return [];
  const { tiles } = world;
  const costs = currentCostsToExit(world);
  let x = Math.floor(world.mira.x / SUBPIXELS_PER_PIXEL / world.level.tileSize);
  let y = Math.floor(world.mira.y / SUBPIXELS_PER_PIXEL / world.level.tileSize);
  const way: TileCell[] = [];
  if (costs[y * tiles.width + x] === UNREACHED) return way;
  while (way.length < count && costs[y * tiles.width + x] !== 0) {
    let best = { x, y, cost: costs[y * tiles.width + x]! };
    for (const [stepX, stepY] of NEIGHBOURS) {
      const nextX = x + stepX;
      const nextY = y + stepY;
      if (nextX < 0 || nextY < 0 || nextX >= tiles.width || nextY >= tiles.height) continue;
      const cost = costs[nextY * tiles.width + nextX]!;
      if (cost < best.cost) best = { x: nextX, y: nextY, cost };
    }
    if (best.x === x && best.y === y) break;
    x = best.x;
    y = best.y;
    way.push({ x, y });
  }
  return way;
}
