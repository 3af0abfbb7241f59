// What an Enforcer sees: a range (squared distances), a cone (dot and cross products against the sine
// and cosine of its half-angle, from a table) and a line of sight over opaque tiles. All integers.
import type { LevelDefinition } from '../level/level-definition.ts';
import { isWithinAngle, tileSpan } from './fixed-point.ts';
import { firstBlockedPoint, type TileGrid } from './grid-ray.ts';

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

const gridCaches = { opaque: new WeakMap<LevelDefinition, TileGrid>(), solid: new WeakMap<LevelDefinition, TileGrid>() };

/** The level's opaque (sight) or solid (walking) tiles as a grid for raycasts, built once per level. */
export function tileGrid(level: LevelDefinition, kind: 'opaque' | 'solid'): TileGrid {
  const cache = gridCaches[kind];
  let grid = cache.get(level);
  if (!grid) {
    grid = { cells: level[kind], width: level.width, height: level.height, span: tileSpan(level) };
    cache.set(level, grid);
  }
  return grid;
}

/**
 * Where a ray from -> to (sub-pixels) first enters an opaque tile or leaves the map, or `to` itself
 * when nothing is in the way. The view clips cone polygons with it; canSee uses the same walk.
 */
export function traceSight(
  level: LevelDefinition,
  fromX: number,
  fromY: number,
  toX: number,
  toY: number,
): { x: number; y: number } {
  return firstBlockedPoint(tileGrid(level, 'opaque'), { x: fromX, y: fromY }, { x: toX, y: toY }) ?? { x: toX, y: toY };
}

export function hasLineOfSight(
  level: LevelDefinition,
  from: { readonly x: number; readonly y: number },
  to: { readonly x: number; readonly y: number },
): boolean {
  return firstBlockedPoint(tileGrid(level, 'opaque'), from, to) === null;
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
export function canSee(level: LevelDefinition, viewer: Viewer, target: { readonly x: number; readonly y: number }): boolean {
  return (
    isWithinRange(viewer, target.x, target.y) &&
    isInsideCone(viewer, target.x, target.y) &&
    hasLineOfSight(level, viewer, target)
  );
}
