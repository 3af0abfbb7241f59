// Tiled's flip bits in a gid, turned into what Phaser's tile renderer draws: a flipX and a rotation.
import {
  FLIPPED_DIAGONALLY,
  FLIPPED_HORIZONTALLY,
  FLIPPED_VERTICALLY,
  GID_MASK,
} from '../../tiled/tiled-map.ts';

export interface TileOrientation {
  /** The gid with every flag cleared: the tile to look up. */
  readonly gid: number;
  readonly flipX: boolean;
  /** Radians, clockwise, a multiple of a quarter turn. */
  readonly rotation: number;
}

const QUARTER_TURN = Math.PI / 2;

/**
 * Tiled applies the diagonal flip (swap x and y) first, then horizontal and vertical. Each of the eight
 * results equals one rotation optionally preceded by a horizontal mirror, which is what Phaser can draw.
 */
export function tileOrientation(rawGid: number): TileOrientation {
  const horizontal = (rawGid & FLIPPED_HORIZONTALLY) !== 0;
  const vertical = (rawGid & FLIPPED_VERTICALLY) !== 0;
  const diagonal = (rawGid & FLIPPED_DIAGONALLY) !== 0;
  const gid = (rawGid & GID_MASK) >>> 0;
  if (diagonal) {
    if (horizontal && vertical) return { gid, flipX: true, rotation: QUARTER_TURN };
    if (horizontal) return { gid, flipX: false, rotation: QUARTER_TURN };
    if (vertical) return { gid, flipX: false, rotation: 3 * QUARTER_TURN };
    return { gid, flipX: true, rotation: 3 * QUARTER_TURN };
  }
  if (horizontal && vertical) return { gid, flipX: false, rotation: 2 * QUARTER_TURN };
  if (horizontal) return { gid, flipX: true, rotation: 0 };
  if (vertical) return { gid, flipX: true, rotation: 2 * QUARTER_TURN };
  return { gid, flipX: false, rotation: 0 };
}
