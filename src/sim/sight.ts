// What an Enforcer sees: a range (squared distances), a cone (dot and cross products against the sine
// and cosine of its half-angle, from a table) and a line of sight over opaque tiles. All integers.
import { isWithinAngle } from './fixed-point.ts';
import { clipRay, isRayClear, type RayEnd, type TileGrid } from './grid-ray.ts';
import type { WorldTiles } from './types.ts';

/** What sight needs of a viewer; an EnforcerState has all of it. */
export interface Viewer {
  readonly x: number;
  readonly y: number;
  readonly facingX: number;
  readonly facingY: number;
  /** Sub-pixels. */
  readonly sightRange: number;
  /** Full cone angle in degrees. */
  readonly sightAngle: number;
}

const gridCaches = { opaque: new WeakMap<WorldTiles, TileGrid>(), solid: new WeakMap<WorldTiles, TileGrid>(), enforcerSolid: new WeakMap<WorldTiles, TileGrid>() };

/**
 * The world's opaque (sight), solid (walking) or enforcerSolid (an Enforcer's walking) tiles as a grid for raycasts. The grid shares the
 * world's arrays, which change in place, so one per tiles object stays current.
 */
export function tileGrid(tiles: WorldTiles, kind: 'opaque' | 'solid' | 'enforcerSolid'): TileGrid {
  const cache = gridCaches[kind];
  let grid = cache.get(tiles);
  if (!grid) {
    grid = { cells: tiles[kind], width: tiles.width, height: tiles.height, span: tiles.span };
    cache.set(tiles, grid);
  }
  return grid;
}

/**
 * Moves `end` back to where a ray from `from` to it (sub-pixels) first enters an opaque tile or leaves the
 * map, and leaves it where it is when nothing is in the way. The view clips cone polygons with it, 41 rays
 * through one point it keeps; canSee uses the same walk.
 */
export function clipSight(tiles: WorldTiles, from: { readonly x: number; readonly y: number }, end: RayEnd): RayEnd {
  clipRay(tileGrid(tiles, 'opaque'), from, end);
  return end;
}

export function hasLineOfSight(
  tiles: WorldTiles,
  from: { readonly x: number; readonly y: number },
  to: { readonly x: number; readonly y: number },
): boolean {
  return isRayClear(tileGrid(tiles, 'opaque'), from, to);
}

export function isWithinRange(viewer: Viewer, targetX: number, targetY: number): boolean {
  const offsetX = targetX - viewer.x;
  const offsetY = targetY - viewer.y;
  return offsetX * offsetX + offsetY * offsetY <= viewer.sightRange * viewer.sightRange;
}

/** Within half the range: the near band, where detection is fast. */
export function isInNearBand(viewer: Viewer, targetX: number, targetY: number): boolean {
  const offsetX = targetX - viewer.x;
  const offsetY = targetY - viewer.y;
  const half = Math.floor(viewer.sightRange / 2);
  return offsetX * offsetX + offsetY * offsetY <= half * half;
}

/**
 * Half the cone, in the whole degrees the rules test with. Rounded down, so the cone the view draws
 * from it (twice this, either side of the facing) is exactly the cone that sees: never narrower.
 */
export function coneHalfAngle(sightAngle: number): number {
  return Math.min(180, Math.max(0, Math.floor(sightAngle / 2)));
}

/**
 * Whether the target's direction lies inside the cone; exactly on the edge counts as inside. With |o|
 * within MAX_SIGHT_RANGE_PIXELS and a facing of FACING_LENGTH every product stays an exact integer.
 */
export function isInsideCone(viewer: Viewer, targetX: number, targetY: number): boolean {
  const offsetX = targetX - viewer.x;
  const offsetY = targetY - viewer.y;
  if (offsetX === 0 && offsetY === 0) return true;
  return isWithinAngle({ x: viewer.facingX, y: viewer.facingY }, { x: offsetX, y: offsetY }, coneHalfAngle(viewer.sightAngle));
}

/** Range, cone and line of sight together. */
export function canSee(tiles: WorldTiles, viewer: Viewer, target: { readonly x: number; readonly y: number }): boolean {
  return (
    isWithinRange(viewer, target.x, target.y) &&
    isInsideCone(viewer, target.x, target.y) &&
    hasLineOfSight(tiles, viewer, target)
  );
}
