// What a tile cache (tile-cache.ts) must draw again after cells changed, worked out without Phaser so
// Node can test it: which cells show another tile than the cache last drew, whether every tile stays
// inside its own cell (then those cells alone are cleared and drawn again, nothing around them), and the
// cleared cells as runs along their rows, so a wave of neighbouring cells costs few clears.
import type { TileCell } from '../../sim/index.ts';

/** How a tileset's tiles are drawn: their size and Phaser's offset of them, in pixels. */
export interface DrawnTileSize {
  readonly tileWidth: number;
  readonly tileHeight: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/**
 * True when every tile is drawn exactly over its own cell: as large as the map's cells (which are square,
 * so a quarter turn keeps it there) and not moved. Then a changed cell's pixels are its own tiles' only.
 */
export function tilesFitCells(tilesets: readonly DrawnTileSize[], cell: { readonly width: number; readonly height: number }): boolean {
  if (cell.width !== cell.height) return false;
  return tilesets.every((tileset) => tileset.tileWidth === cell.width && tileset.tileHeight === cell.height && tileset.offsetX === 0 && tileset.offsetY === 0);
}

/** What a layer holds at a cell, enough to tell whether it shows the same: nothing, or a tile with its flips and turn. */
export interface ShownTile {
  readonly index: number;
  readonly flipX: boolean;
  readonly flipY: boolean;
  /** Radians, a multiple of a quarter turn. */
  readonly rotation: number;
}

const QUARTER_TURN = Math.PI / 2;
/** The key of an empty cell: no tile's key is negative. */
export const EMPTY_TILE_KEY = -1;

/** One number per distinct look of a cell, for a typed array of what was drawn. */
export function shownTileKey(tile: ShownTile | null): number {
  if (tile === null || tile.index < 0) return EMPTY_TILE_KEY;
  const quarterTurns = Math.round(tile.rotation / QUARTER_TURN) & 3;
  return ((tile.index * 2 + (tile.flipY ? 1 : 0)) * 2 + (tile.flipX ? 1 : 0)) * 4 + quarterTurns;
}

/** A row's run of cells to clear: `length` cells from (x, y) rightwards. */
export interface CellRun {
  readonly x: number;
  readonly y: number;
  readonly length: number;
}

/** The cells as runs of neighbours along each row, top row first; a cell listed twice counts once. */
export function cellRuns(cells: readonly TileCell[]): CellRun[] {
  const sorted = [...cells].sort((a, b) => a.y - b.y || a.x - b.x);
  const runs: CellRun[] = [];
  let current: { x: number; y: number; length: number } | null = null;
  for (const cell of sorted) {
    if (current !== null && current.y === cell.y && cell.x < current.x + current.length) continue;
    if (current !== null && current.y === cell.y && cell.x === current.x + current.length) {
      current.length += 1;
      continue;
    }
    if (current !== null) runs.push(current);
    current = { x: cell.x, y: cell.y, length: 1 };
  }
  if (current !== null) runs.push(current);
  return runs;
}

/** Whether some layer shows a tile at the cell (`keys`, one array per layer, EMPTY_TILE_KEY where none). */
export function holdsTile(keys: readonly Int32Array[], index: number): boolean {
  return keys.some((layer) => layer[index] !== EMPTY_TILE_KEY);
}

/**
 * The parts of a cache's texture that hold a tile, for a cache whose tiles fit their cells: each row's
 * runs of cells where some layer shows a tile (`keys`, one array per layer, EMPTY_TILE_KEY where none), as
 * two triangles each, their corners in fractions of the texture (x, y pairs, y down). The rest of the
 * texture was never drawn on; under software WebGL a pixel costs the same drawn transparent or not, and a
 * layer above the characters holds tiles in a tenth of its cells or fewer.
 */
export function coveredParts(keys: readonly Int32Array[], map: { readonly width: number; readonly height: number }): Float32Array {
  const corners: number[] = [];
  for (let y = 0; y < map.height; y += 1) {
    let x = 0;
    while (x < map.width) {
      if (!holdsTile(keys, y * map.width + x)) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < map.width && holdsTile(keys, y * map.width + x)) x += 1;
      const left = start / map.width;
      const right = x / map.width;
      const top = y / map.height;
      const bottom = (y + 1) / map.height;
      corners.push(left, top, right, top, left, bottom, left, bottom, right, top, right, bottom);
    }
  }
  return new Float32Array(corners);
}
