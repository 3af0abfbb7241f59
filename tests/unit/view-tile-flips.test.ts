import { describe, expect, it } from 'vitest';
import { tileOrientation } from '../../src/view/renderers/tile-flips.ts';
import { FLIPPED_DIAGONALLY, FLIPPED_HORIZONTALLY, FLIPPED_VERTICALLY } from '../../src/tiled/tiled-map.ts';

type Cell = readonly [number, number];

/** Every cell of a 3x3 tile, as offsets from its centre (y down, as on screen). */
const CELLS: Cell[] = [-1, 0, 1].flatMap((y) => [-1, 0, 1].map((x): Cell => [x, y]));

/** Where Tiled draws a source cell: diagonal flip (swap x and y) first, then horizontal, then vertical. */
function tiledPlaces(cell: Cell, flags: { horizontal: boolean; vertical: boolean; diagonal: boolean }): Cell {
  let [x, y] = cell;
  if (flags.diagonal) [x, y] = [y, x];
  if (flags.horizontal) x = -x;
  if (flags.vertical) y = -y;
  return [x, y];
}

/** Where Phaser draws it: mirror first (flipX), then rotate clockwise on a y-down screen. */
function phaserPlaces(cell: Cell, flipX: boolean, rotation: number): Cell {
  let [x, y] = cell;
  if (flipX) x = -x;
  const quarterTurns = Math.round(rotation / (Math.PI / 2));
  for (let turn = 0; turn < quarterTurns; turn += 1) [x, y] = [-y, x];
  return [x, y];
}

const COMBINATIONS = [false, true].flatMap((horizontal) =>
  [false, true].flatMap((vertical) => [false, true].map((diagonal) => ({ horizontal, vertical, diagonal }))),
);

describe('tile flips: Tiled flag bits as a Phaser mirror and rotation', () => {
  it.each(COMBINATIONS)('draws every cell where Tiled does (%o)', (flags) => {
    const raw =
      (7 | (flags.horizontal ? FLIPPED_HORIZONTALLY : 0) | (flags.vertical ? FLIPPED_VERTICALLY : 0) | (flags.diagonal ? FLIPPED_DIAGONALLY : 0)) >>> 0;
    const orientation = tileOrientation(raw);
    expect(orientation.gid).toBe(7);
    for (const cell of CELLS) {
      expect(phaserPlaces(cell, orientation.flipX, orientation.rotation)).toEqual(tiledPlaces(cell, flags));
    }
  });

  it('gives eight different results for the eight combinations', () => {
    const seen = new Set(COMBINATIONS.map((flags) => JSON.stringify(CELLS.map((cell) => tiledPlaces(cell, flags)))));
    expect(seen.size).toBe(8);
  });

  it('keeps rotations to whole quarter turns below a full turn', () => {
    for (const flags of COMBINATIONS) {
      const raw = ((flags.horizontal ? FLIPPED_HORIZONTALLY : 0) | (flags.vertical ? FLIPPED_VERTICALLY : 0) | (flags.diagonal ? FLIPPED_DIAGONALLY : 0) | 1) >>> 0;
      const { rotation } = tileOrientation(raw);
      const quarterTurns = rotation / (Math.PI / 2);
      expect(Math.abs(quarterTurns - Math.round(quarterTurns))).toBeLessThan(1e-12);
      expect(quarterTurns).toBeGreaterThanOrEqual(0);
      expect(quarterTurns).toBeLessThan(4);
    }
  });

  it('clears the hexagonal bit too when looking a tile up, and leaves an unflipped tile alone', () => {
    expect(tileOrientation(0x10000000 | 42).gid).toBe(42);
    expect(tileOrientation(42)).toEqual({ gid: 42, flipX: false, rotation: 0 });
    expect(tileOrientation(0).gid).toBe(0);
  });
});
