// The way the dream opened, worked out from world state only (no Phaser, so Node tests read it): while
// the children's dream runs and the exit is open, the cells from Mira towards the exit along the cheapest
// walk, where a cell only Enforcers cannot enter (the night escape's vines and river of stars) costs less
// than open street. A first player, out of the sanctuary, did not know which way; the view lays these
// cells as a trail of sparks in front of her.
import type { TileCell, World } from '../../sim/types.ts';
import { SUBPIXELS_PER_PIXEL } from '../../sim/types.ts';
import { flagsHold } from '../../sim/story.ts';

/** How many cells of the way the trail shows ahead of her: enough to turn the first corner. */
export const DREAM_WAY_CELLS = 14;
/** Cost of a step onto a cell of the dream's own ways, and onto any other open cell. */
const DREAM_STEP = 1;
const STREET_STEP = 3;
const UNREACHED = 0xffffffff;
const NEIGHBOURS = [[1, 0], [-1, 0], [0, 1], [0, -1]] as const;

/** Whether the dream has opened a way to the exit now: it runs (or fades) and the exit's flags hold. */
export function dreamWayOpen(world: World): boolean {
  return world.dream.stage !== 'waking' && flagsHold(world, world.level.exitRequires);
}

/**
 * Cost to the exit from every cell, by a bucket queue (two step costs, no floats): cells Mira can walk
 * on only, the exit's cells at 0.
 */
function costsToExit(world: World): Uint32Array {
  const { tiles, level } = world;
  const { width, height } = tiles;
  const costs = new Uint32Array(width * height).fill(UNREACHED);
  const buckets: number[][] = [];
  const size = level.tileSize;
  const first = { x: Math.max(0, Math.floor(level.exit.x / size)), y: Math.max(0, Math.floor(level.exit.y / size)) };
  const last = { x: Math.min(width - 1, Math.ceil((level.exit.x + level.exit.width) / size) - 1), y: Math.min(height - 1, Math.ceil((level.exit.y + level.exit.height) / size) - 1) };
  buckets[0] = [];
  for (let y = first.y; y <= last.y; y += 1) {
    for (let x = first.x; x <= last.x; x += 1) {
      costs[y * width + x] = 0;
      buckets[0].push(y * width + x);
    }
  }
  for (let cost = 0; cost < buckets.length; cost += 1) {
    for (const index of buckets[cost] ?? []) {
      if (costs[index] !== cost) continue;
      const x = index % width;
      const y = (index - x) / width;
      for (const [stepX, stepY] of NEIGHBOURS) {
        const nextX = x + stepX;
        const nextY = y + stepY;
        if (nextX < 0 || nextY < 0 || nextX >= width || nextY >= height) continue;
        const next = nextY * width + nextX;
        if (tiles.solid[next] === 1) continue;
        const dreamOnly = tiles.enforcerSolid[next] === 1;
        const nextCost = cost + (dreamOnly ? DREAM_STEP : STREET_STEP);
        if (nextCost >= costs[next]!) continue;
        costs[next] = nextCost;
        (buckets[nextCost] ??= []).push(next);
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
  const costs = costsToExit(world);
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
