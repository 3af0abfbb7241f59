// What the dream's waves are made of, worked out once per level (and per seed) and kept beside the world,
// not in it: they are pure functions of the level and the seed, so they need no hashing, and an instant
// restart finds them ready. The world state itself stays plain data (types.ts DreamState).
import { computeDreamscape, type Dreamscape } from '../level/dreamscape.ts';
import type { DreamCircleDefinition, LevelDefinition } from '../level/level-definition.ts';

/** Seeds kept per level: a few restarts with other seeds, without holding every dreamscape ever made. */
const KEPT_SEEDS = 4;

const dreamscapes = new WeakMap<LevelDefinition, Map<number, Dreamscape>>();

/** The waking form and every phase's form of the level's dream for a seed, computed once. */
export function dreamscapeFor(level: LevelDefinition, seed: number): Dreamscape {
  let bySeed = dreamscapes.get(level);
  if (!bySeed) {
    bySeed = new Map();
    dreamscapes.set(level, bySeed);
  }
  let scape = bySeed.get(seed);
  if (!scape) {
    if (bySeed.size >= KEPT_SEEDS) bySeed.delete(bySeed.keys().next().value!);
    scape = computeDreamscape(level, seed);
    bySeed.set(seed, scape);
  }
  return scape;
}

/** Path distance, in tiles, of every cell from one circle. */
export interface WaveDistances {
  /** Per cell; cells the wave never reaches get `farthest`, so they change last. */
  readonly distance: Int32Array;
  readonly farthest: number;
}

const distances = new WeakMap<LevelDefinition, Map<number, WaveDistances>>();

/** Whether a point (pixels, any scale as long as both agree) is inside a circle's area. */
export function isInsideCircle(circle: Pick<DreamCircleDefinition, 'area' | 'round'>, x: number, y: number): boolean {
  const { area } = circle;
  if (x < area.x || y < area.y || x >= area.x + area.width || y >= area.y + area.height) return false;
  if (!circle.round) return true;
  // IEEE division and products are exact-rounded the same everywhere: deterministic, and free of the
  // 2^53 overflow integer products of sub-pixel radii would risk.
  const radiusX = area.width / 2;
  const radiusY = area.height / 2;
  const offsetX = (x - (area.x + radiusX)) / radiusX;
  const offsetY = (y - (area.y + radiusY)) / radiusY;
  return offsetX * offsetX + offsetY * offsetY <= 1;
}

/** The cells whose centres lie inside the circle, or the one under its centre for a circle smaller than a tile. */
function circleCells(level: LevelDefinition, circle: DreamCircleDefinition): number[] {
  const { tileSize, width, height } = level;
  const cells: number[] = [];
  for (let row = 0; row < height; row += 1) {
    const centreY = row * tileSize + tileSize / 2;
    if (centreY < circle.area.y || centreY >= circle.area.y + circle.area.height) continue;
    for (let column = 0; column < width; column += 1) {
      if (isInsideCircle(circle, column * tileSize + tileSize / 2, centreY)) cells.push(row * width + column);
    }
  }
  if (cells.length > 0) return cells;
  const column = Math.min(width - 1, Math.max(0, Math.floor((circle.area.x + circle.area.width / 2) / tileSize)));
  const row = Math.min(height - 1, Math.max(0, Math.floor((circle.area.y + circle.area.height / 2) / tileSize)));
  return [row * width + column];
}

/**
 * Breadth-first path distance (4 neighbours) from every cell of the circle over the waking map's open
 * cells: a solid cell is reached (a wall next to the street changes with it) but passes nothing on.
 */
function measure(level: LevelDefinition, circle: DreamCircleDefinition): WaveDistances {
  const { width, height, solid } = level;
  const distance = new Int32Array(width * height).fill(-1);
  const queue = new Int32Array(width * height);
  let head = 0;
  let tail = 0;
  for (const cell of circleCells(level, circle)) {
    if (distance[cell] !== -1) continue;
    distance[cell] = 0;
    queue[tail++] = cell;
  }
  let farthest = 0;
  while (head < tail) {
    const cell = queue[head++]!;
    const next = distance[cell]! + 1;
    farthest = Math.max(farthest, next - 1);
    if (solid[cell] === 1) continue;
    const column = cell % width;
    const reach = (to: number): void => {
      if (distance[to] !== -1) return;
      distance[to] = next;
      queue[tail++] = to;
    };
    if (cell >= width) reach(cell - width);
    if (column < width - 1) reach(cell + 1);
    if (cell < width * (height - 1)) reach(cell + width);
    if (column > 0) reach(cell - 1);
  }
  if (tail < distance.length) {
    farthest += 1;
    for (let cell = 0; cell < distance.length; cell += 1) if (distance[cell] === -1) distance[cell] = farthest;
  }
  return { distance, farthest };
}

export function waveDistances(level: LevelDefinition, circleIndex: number): WaveDistances {
  let byCircle = distances.get(level);
  if (!byCircle) {
    byCircle = new Map();
    distances.set(level, byCircle);
  }
  let found = byCircle.get(circleIndex);
  if (!found) {
    found = measure(level, level.dreamCircles[circleIndex]!);
    byCircle.set(circleIndex, found);
  }
  return found;
}

const orders = new WeakMap<LevelDefinition, Map<number, Int32Array>>();

/** Every cell by its distance from one circle, nearest first (row-major among equals): the wave's order. */
export function waveOrder(level: LevelDefinition, circleIndex: number): Int32Array {
  let byCircle = orders.get(level);
  if (!byCircle) {
    byCircle = new Map();
    orders.set(level, byCircle);
  }
  let order = byCircle.get(circleIndex);
  if (!order) {
    const { distance, farthest } = waveDistances(level, circleIndex);
    // A counting sort: distances are small integers.
    const starts = new Int32Array(farthest + 2);
    for (const reach of distance) starts[reach + 1]! += 1;
    for (let reach = 1; reach < starts.length; reach += 1) starts[reach]! += starts[reach - 1]!;
    order = new Int32Array(distance.length);
    for (let cell = 0; cell < distance.length; cell += 1) order[starts[distance[cell]!]!++] = cell;
    byCircle.set(circleIndex, order);
  }
  return order;
}
