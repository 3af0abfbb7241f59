// Mira's movement: an axis-aligned box at her feet swept against solid tiles, X first then Y, so she
// slides along walls. The sweep checks every tile column (or row) the leading edge passes, so no speed
// can tunnel through a wall, and the map edge blocks like a wall.
import { MIRA_FEET } from '../level/level-definition.ts';
import { floorDivide } from './fixed-point.ts';
import { isSolidTile } from './world-tiles.ts';
import type { Gait, InputFrame, TileCell, WorldTiles } from './types.ts';
import { SUBPIXELS_PER_PIXEL } from './types.ts';

/** Half of Mira's foot box, in sub-pixels. */
export const MIRA_HALF_WIDTH = (MIRA_FEET.width / 2) * SUBPIXELS_PER_PIXEL;
export const MIRA_HALF_HEIGHT = (MIRA_FEET.height / 2) * SUBPIXELS_PER_PIXEL;

/** Sub-pixels per tick: sneak 0.625 px, walk 1.125 px, run 1.875 px. */
export const GAIT_SPEED: Readonly<Record<Gait, number>> = { still: 0, sneak: 10, walk: 18, run: 30 };
/** Diagonal moves are scaled by 181/256 (about 1/sqrt 2) so they are not faster than straight ones. */
const DIAGONAL_NUMERATOR = 181;
const DIAGONAL_DENOMINATOR = 256;

export function gaitFor(input: InputFrame): Gait {
  if (input.moveX === 0 && input.moveY === 0) return 'still';
  // Sneaking wins over running: holding both is the careful choice.
  if (input.sneak) return 'sneak';
  if (input.run) return 'run';
  return 'walk';
}

/** The velocity, in sub-pixels per tick, for an input and the gait it gives (gaitFor). */
export function velocityFor(input: InputFrame, gait: Gait): { x: number; y: number } {
  const speed = GAIT_SPEED[gait];
  const diagonal = input.moveX !== 0 && input.moveY !== 0;
  const axisSpeed = diagonal ? Math.trunc((speed * DIAGONAL_NUMERATOR) / DIAGONAL_DENOMINATOR) : speed;
  return { x: input.moveX * axisSpeed, y: input.moveY * axisSpeed };
}

/** Tiles from first to last column and row, inclusive. */
interface TileArea {
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

function anySolidIn(tiles: WorldTiles, area: TileArea): boolean {
  for (let row = area.firstRow; row <= area.lastRow; row += 1) {
    for (let column = area.firstColumn; column <= area.lastColumn; column += 1) if (isSolidTile(tiles, column, row)) return true;
  }
  return false;
}

/** A span of rows (or columns), inclusive: the sweeps' one allocation per call rather than one per tile. */
interface TileSpan {
  readonly first: number;
  readonly last: number;
}

function anySolidInColumn(tiles: WorldTiles, column: number, rows: TileSpan): boolean {
  for (let row = rows.first; row <= rows.last; row += 1) if (isSolidTile(tiles, column, row)) return true;
  return false;
}

function anySolidInRow(tiles: WorldTiles, row: number, columns: TileSpan): boolean {
  for (let column = columns.first; column <= columns.last; column += 1) if (isSolidTile(tiles, column, row)) return true;
  return false;
}

/** The box covers sub-pixels [x - halfWidth, x + halfWidth) and [y - halfHeight, y + halfHeight). */
function sweepX(tiles: WorldTiles, from: { readonly x: number; readonly y: number }, distance: number): number {
  const { x, y } = from;
  if (distance === 0) return x;
  const span = tiles.span;
  const rows = { first: floorDivide(y - MIRA_HALF_HEIGHT, span), last: floorDivide(y + MIRA_HALF_HEIGHT - 1, span) };
  const solidColumn = (column: number): boolean => anySolidInColumn(tiles, column, rows);
  if (distance > 0) {
    const edge = x + MIRA_HALF_WIDTH;
    const firstColumn = floorDivide(edge - 1, span);
    // Already overlapping a wall on the leading side (a Spawn placed close to it): going on would carry
    // her through it, since the sweep checks only the columns ahead. She may still move away.
    if (solidColumn(firstColumn)) return x;
    const lastColumn = floorDivide(edge + distance - 1, span);
    for (let column = firstColumn + 1; column <= lastColumn; column += 1) {
      if (solidColumn(column)) return column * span - MIRA_HALF_WIDTH;
    }
  } else {
    const edge = x - MIRA_HALF_WIDTH;
    const firstColumn = floorDivide(edge, span);
    if (solidColumn(firstColumn)) return x;
    const lastColumn = floorDivide(edge + distance, span);
    for (let column = firstColumn - 1; column >= lastColumn; column -= 1) {
      if (solidColumn(column)) return (column + 1) * span + MIRA_HALF_WIDTH;
    }
  }
  return x + distance;
}

function sweepY(tiles: WorldTiles, from: { readonly x: number; readonly y: number }, distance: number): number {
  const { x, y } = from;
  if (distance === 0) return y;
  const span = tiles.span;
  const columns = { first: floorDivide(x - MIRA_HALF_WIDTH, span), last: floorDivide(x + MIRA_HALF_WIDTH - 1, span) };
  const solidRow = (row: number): boolean => anySolidInRow(tiles, row, columns);
  if (distance > 0) {
    const edge = y + MIRA_HALF_HEIGHT;
    const firstRow = floorDivide(edge - 1, span);
    if (solidRow(firstRow)) return y;
    const lastRow = floorDivide(edge + distance - 1, span);
    for (let row = firstRow + 1; row <= lastRow; row += 1) {
      if (solidRow(row)) return row * span - MIRA_HALF_HEIGHT;
    }
  } else {
    const edge = y - MIRA_HALF_HEIGHT;
    const firstRow = floorDivide(edge, span);
    if (solidRow(firstRow)) return y;
    const lastRow = floorDivide(edge + distance, span);
    for (let row = firstRow - 1; row >= lastRow; row -= 1) {
      if (solidRow(row)) return (row + 1) * span + MIRA_HALF_HEIGHT;
    }
  }
  return y + distance;
}

/**
 * How far Mira is slipped sideways round a corner she only clips, sub-pixels: pushing straight into
 * the edge of a wall with a few pixels of it in her way slides her past instead of stopping her dead,
 * as top-down games do. More than this and the wall is really in the way.
 */
export const CORNER_SLIP_SUBPIXELS = 6 * SUBPIXELS_PER_PIXEL;

/**
 * The smallest sideways offset (within CORNER_SLIP_SUBPIXELS) from which a box could move one
 * sub-pixel on along `along`; 0 when there is none or both sides are equally near (a post dead ahead).
 */
function cornerSlip(tiles: WorldTiles, position: { readonly x: number; readonly y: number }, along: { readonly x: number; readonly y: number }): number {
  const toward = firstFreeOffset(tiles, { position, along, side: 1 });
  const away = firstFreeOffset(tiles, { position, along, side: -1 });
  if (toward === away) return 0;
  if (away === null || (toward !== null && toward < away)) return toward ?? 0;
  return -away;
}

/**
 * How far sideways (towards `side`) the box must go to move on along `along`, or null beyond the slip.
 * Sliding sideways only helps when the box's trailing edge leaves a tile (entering tiles never helps),
 * so only those offsets are tried: one or two per tile span, not every sub-pixel. This runs on every
 * tick Mira pushes into a wall.
 */
function firstFreeOffset(
  tiles: WorldTiles,
  { position, along, side }: { readonly position: { readonly x: number; readonly y: number }; readonly along: { readonly x: number; readonly y: number }; readonly side: 1 | -1 },
): number | null {
  const span = tiles.span;
  const sideways = along.x === 0 ? { x: side, y: 0 } : { x: 0, y: side };
  const centre = along.x === 0 ? position.x : position.y;
  const half = along.x === 0 ? MIRA_HALF_WIDTH : MIRA_HALF_HEIGHT;
  // Going +: the low edge (inclusive) leaves its tile after span - (edge mod span). Going -: the high
  // edge (exclusive) leaves the tile of its last sub-pixel after ((edge - 1) mod span) + 1.
  const first = side > 0 ? span - modulo(centre - half, span) : modulo(centre + half - 1, span) + 1;
  for (let offset = first; offset <= CORNER_SLIP_SUBPIXELS; offset += span) {
    const x = position.x + sideways.x * offset;
    const y = position.y + sideways.y * offset;
    if (!boxOverlapsSolid(tiles, x, y) && !boxOverlapsSolid(tiles, x + along.x, y + along.y)) return offset;
  }
  return null;
}

function modulo(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}

/** Moves a box centre by a velocity against the world's solid tiles: X first, then Y, then round a corner. */
export function moveBox(
  tiles: WorldTiles,
  position: { readonly x: number; readonly y: number },
  velocity: { readonly x: number; readonly y: number },
): { x: number; y: number } {
  const x = sweepX(tiles, position, velocity.x);
  const y = sweepY(tiles, { x, y: position.y }, velocity.y);
  const blocked = x === position.x && y === position.y;
  const straight = (velocity.x === 0) !== (velocity.y === 0);
  if (!blocked || !straight) return { x, y };
  // Blocked going straight: slip sideways towards the near side of the corner, no faster than she walks.
  const along = { x: Math.sign(velocity.x), y: Math.sign(velocity.y) };
  const slip = cornerSlip(tiles, position, along);
  if (slip === 0) return { x, y };
  const speed = Math.abs(velocity.x) + Math.abs(velocity.y);
  const step = Math.sign(slip) * Math.min(speed, Math.abs(slip));
  if (along.x === 0) return { x: sweepX(tiles, position, step), y };
  return { x, y: sweepY(tiles, position, step) };
}

/** A body's box: its centre and half its size, sub-pixels (feet default to Mira's, which a child shares). */
export interface BodyBox {
  readonly x: number;
  readonly y: number;
  readonly halfWidth?: number;
  readonly halfHeight?: number;
}

/** Whether a body's box overlaps a tile cell (edges touching do not count). */
export function boxOverlapsCell(tiles: WorldTiles, box: BodyBox, cell: TileCell): boolean {
  const { span } = tiles;
  const left = cell.x * span;
  const top = cell.y * span;
  const halfWidth = box.halfWidth ?? MIRA_HALF_WIDTH;
  const halfHeight = box.halfHeight ?? MIRA_HALF_HEIGHT;
  return box.x + halfWidth > left && box.x - halfWidth < left + span && box.y + halfHeight > top && box.y - halfHeight < top + span;
}

/** Whether Mira's box at a position overlaps a solid tile or the map edge. */
export function boxOverlapsSolid(tiles: WorldTiles, x: number, y: number): boolean {
  const span = tiles.span;
  return anySolidIn(tiles, {
    firstColumn: floorDivide(x - MIRA_HALF_WIDTH, span),
    lastColumn: floorDivide(x + MIRA_HALF_WIDTH - 1, span),
    firstRow: floorDivide(y - MIRA_HALF_HEIGHT, span),
    lastRow: floorDivide(y + MIRA_HALF_HEIGHT - 1, span),
  });
}
