// Where children walk: a breadth-first distance field over open cells from Mira's tile, shared by every
// following child, and the cells near her a child is put on when it regroups or the group is sent back.
// The field is derived from the tiles and her tile alone, so it lives in a cache beside the world (like
// navigation.ts), not in the hashed state: rebuilt only when her tile or the tiles change.
import { floodOpenCells, isOpen } from './flood.ts';
import { boxOverlapsSolid } from './movement.ts';
import { canSee } from './sight.ts';
import type { TileCell, World, WorldTiles } from './types.ts';
import { tileCentre } from './world-tiles.ts';

/**
 * The breadth-first walk from her tile, taken only as far as the cells asked about: children are mostly
 * a few steps from her, and a fill of the whole FIELD_MAX_STEPS ran every time she entered a new tile.
 * Breadth-first order gives a cell its final distance when first reached, so a walk stopped early and
 * resumed later answers exactly as a whole fill would. The tiles do not change between a tick's
 * `distanceFieldTo` and its questions (changes land at the tick's tile point, before the children move).
 */
export interface DistanceField {
  changeCount: number;
  column: number;
  row: number;
  /** Row-major steps (4-connected) from her tile through open cells; -1 where not reached (yet). */
  readonly distances: Int32Array;
  /** The cells reached, in order: the walk resumes from `head`, and the next fill clears only these. */
  readonly queue: Int32Array;
  head: number;
  reached: number;
  /** The walk is over: every cell within FIELD_MAX_STEPS of her is reached; the rest have no path. */
  complete: boolean;
}

const fields = new WeakMap<WorldTiles, DistanceField>();

/**
 * The field reaches this many steps from her and no farther, so a big map costs no more than a small
 * one: a child left farther behind has no path and regroups (CHILD_STUCK_TICKS) as a stuck one does.
 */
export const FIELD_MAX_STEPS = 48;

function restart(tiles: WorldTiles, field: DistanceField): void {
  const { distances, queue } = field;
  for (let index = 0; index < field.reached; index += 1) distances[queue[index]!] = -1;
  field.head = 0;
  field.reached = 0;
  field.complete = !isOpen(tiles, field.column, field.row);
  if (field.complete) return;
  const start = field.row * tiles.width + field.column;
  distances[start] = 0;
  queue[0] = start;
  field.reached = 1;
}

/** Walks on, neighbours north, east, south, west, until the cell `wanted` (row-major) is reached or the walk ends. */
function walkUntilReached(tiles: WorldTiles, field: DistanceField, wanted: number): void {
  const { distances, queue } = field;
  const { width, height, solid } = tiles;
  // Neighbours as indices (-1 off the map) in one reused array, no closure: this is the tick's hot loop.
  const neighbours = new Int32Array(4);
  let tail = field.reached;
  let head = field.head;
  while (distances[wanted] === -1) {
    if (head === tail) {
      field.complete = true;
      break;
    }
    const index = queue[head]!;
    const column = index % width;
    const next = distances[index]! + 1;
    if (next > FIELD_MAX_STEPS) {
      field.complete = true;
      break;
    }
    head += 1;
    neighbours[0] = index >= width ? index - width : -1;
    neighbours[1] = column < width - 1 ? index + 1 : -1;
    neighbours[2] = index < width * (height - 1) ? index + width : -1;
    neighbours[3] = column > 0 ? index - 1 : -1;
    for (let side = 0; side < 4; side += 1) {
      const neighbour = neighbours[side]!;
      if (neighbour === -1 || solid[neighbour] !== 0 || distances[neighbour] !== -1) continue;
      distances[neighbour] = next;
      queue[tail] = neighbour;
      tail += 1;
    }
  }
  field.head = head;
  field.reached = tail;
}

/** The distance field to her tile, started afresh when her tile or the tiles changed since last asked. */
export function distanceFieldTo(tiles: WorldTiles, target: TileCell): DistanceField {
  let field = fields.get(tiles);
  if (!field) {
    const cells = tiles.width * tiles.height;
    field = { changeCount: -1, column: -1, row: -1, distances: new Int32Array(cells).fill(-1), queue: new Int32Array(cells), head: 0, reached: 0, complete: true };
    fields.set(tiles, field);
  }
  if (field.changeCount !== tiles.changeCount || field.column !== target.x || field.row !== target.y) {
    field.changeCount = tiles.changeCount;
    field.column = target.x;
    field.row = target.y;
    restart(tiles, field);
  }
  return field;
}

/** Steps of path from a cell to her tile under the field, -1 when there is no path (or off the map). */
export function distanceAt(tiles: WorldTiles, field: DistanceField, cell: TileCell): number {
  if (cell.x < 0 || cell.y < 0 || cell.x >= tiles.width || cell.y >= tiles.height) return -1;
  const index = cell.y * tiles.width + cell.x;
  if (field.distances[index] === -1 && !field.complete) walkUntilReached(tiles, field, index);
  return field.distances[index]!;
}

/** Cells a regrouping child may land on: at most this many steps of path from her tile. */
export const GROUP_PLACE_STEPS = 3;

/**
 * The centre of the cell near `around` (sub-pixels) a child is put on: the nearest by path from her
 * tile, then row-major, that no one else stands on (`taken` cells and Enforcers), preferring a cell no
 * Enforcer can see. Her own cell is the last resort, and her own position when even it is taken.
 */
export function placeNear(world: World, options: { readonly around: { readonly x: number; readonly y: number }; readonly taken: readonly TileCell[] }): { x: number; y: number } {
  const { tiles } = world;
  const { around, taken } = options;
  const origin = { x: Math.floor(around.x / tiles.span), y: Math.floor(around.y / tiles.span) };
  const flood = floodOpenCells(tiles, origin, GROUP_PLACE_STEPS);
  const order = flood.cells.map((cell, index) => ({ cell, distance: flood.distances[index]! }));
  // Her own cell last: a child on top of her is allowed (they never collide) but looks like a heap.
  const rank = (distance: number): number => (distance === 0 ? GROUP_PLACE_STEPS + 1 : distance);
  order.sort((a, b) => rank(a.distance) - rank(b.distance) || a.cell.y - b.cell.y || a.cell.x - b.cell.x);
  const occupied = (cell: TileCell): boolean =>
    taken.some((other) => other.x === cell.x && other.y === cell.y) ||
    world.enforcers.some((enforcer) => Math.floor(enforcer.x / tiles.span) === cell.x && Math.floor(enforcer.y / tiles.span) === cell.y);
  const free = order
    .map(({ cell }) => ({ cell, centre: tileCentre(tiles, cell) }))
    .filter(({ cell, centre }) => !occupied(cell) && !boxOverlapsSolid(tiles, centre.x, centre.y));
  const unseen = free.find(({ centre }) => !world.enforcers.some((enforcer) => canSee(tiles, enforcer, centre)));
  const chosen = unseen ?? free[0];
  return chosen ? chosen.centre : { x: around.x, y: around.y };
}
