// What an Enforcer sees: a range (squared distances), a cone (dot and cross products against a
// precomputed cos^2 limit) and a line of sight over opaque tiles. All integers, no angles at run time.
import type { LevelDefinition } from '../level/level-definition.ts';
import { COS_SQUARED_SCALE, cosineSquaredLimit, roundToInteger, tileSpan } from './fixed-point.ts';
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
 * Whether the target's direction lies inside the cone; exactly on the edge counts as inside. The
 * angle test is dot^2 * S >= cos^2(half) * S * |f|^2 * |o|^2 with the dot product's sign checked
 * first; with |o| within MAX_SIGHT_RANGE_PIXELS every product stays an exact integer below 2^53.
 */
export function isInsideCone(viewer: Viewer, targetX: number, targetY: number): boolean {
  const offsetX = targetX - viewer.x;
  const offsetY = targetY - viewer.y;
  if (offsetX === 0 && offsetY === 0) return true;
  const halfAngle = roundToInteger(viewer.sightAngle / 2);
  if (halfAngle >= 180) return true;
  if (halfAngle <= 0) return false;
  const dot = viewer.facingX * offsetX + viewer.facingY * offsetY;
  const limit = cosineSquaredLimit(halfAngle);
  const left = dot * dot * COS_SQUARED_SCALE;
  const right =
    limit * (viewer.facingX * viewer.facingX + viewer.facingY * viewer.facingY) * (offsetX * offsetX + offsetY * offsetY);
  if (halfAngle < 90) return dot > 0 && left >= right;
  if (halfAngle === 90) return dot >= 0;
  // A cone wider than a half-plane: inside unless the target is in the narrow blind wedge behind.
  return dot >= 0 || left <= right;
}

/** Range, cone and line of sight together. */
export function canSee(level: LevelDefinition, viewer: Viewer, target: { readonly x: number; readonly y: number }): boolean {
  return (
    isWithinRange(viewer, target.x, target.y) &&
    isInsideCone(viewer, target.x, target.y) &&
    hasLineOfSight(level, viewer, target)
  );
}
