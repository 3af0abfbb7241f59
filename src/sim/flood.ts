// A bounded flood over open tiles: how far, in tile steps of path, each cell near a source is. Noise
// spreads by it (round walls, through doorways, never through a wall) and searches pick their points
// from it (every point it reaches has a way back). Only a window of (2r+1)^2 cells is touched, so a
// flood costs the same on any map size.
import type { TileCell, WorldTiles } from './types.ts';

/** Cells reached, in the order reached (nearest first, then north, east, south, west), and their distances. */
export interface FloodResult {
  readonly cells: readonly TileCell[];
  readonly distances: readonly number[];
}

const STEPS: readonly (readonly [number, number])[] = [
  [0, -1],
  [1, 0],
  [0, 1],
  [-1, 0],
];

/** Inside the map and not solid: a cell a flood (a noise, a child's walk) may enter. */
export function isOpen(tiles: WorldTiles, column: number, row: number): boolean {
  return column >= 0 && row >= 0 && column < tiles.width && row < tiles.height && tiles.solid[row * tiles.width + column] === 0;
}

/**
 * Every open cell within `radius` steps (4-connected) of `source` through open cells. A solid source
 * reaches nothing: a noise inside a wall is not heard anywhere.
 */
export function floodOpenCells(tiles: WorldTiles, source: TileCell, radius: number): FloodResult {
  const cells: TileCell[] = [];
  const distances: number[] = [];
  if (radius < 0 || !isOpen(tiles, source.x, source.y)) return { cells, distances };
  const side = 2 * radius + 1;
  const seen = new Uint8Array(side * side);
  const windowIndex = (column: number, row: number): number => (row - source.y + radius) * side + (column - source.x + radius);
  seen[windowIndex(source.x, source.y)] = 1;
  cells.push(source);
  distances.push(0);
  for (let head = 0; head < cells.length; head += 1) {
    const cell = cells[head]!;
    const distance = distances[head]!;
    if (distance === radius) continue;
    for (const [stepX, stepY] of STEPS) {
      const column = cell.x + stepX;
      const row = cell.y + stepY;
      if (Math.abs(column - source.x) > radius || Math.abs(row - source.y) > radius) continue;
      const index = windowIndex(column, row);
      if (seen[index] === 1 || !isOpen(tiles, column, row)) continue;
      seen[index] = 1;
      cells.push({ x: column, y: row });
      distances.push(distance + 1);
    }
  }
  return { cells, distances };
}

/** The flood's distance to one cell, or -1 when the flood did not reach it. */
export function floodDistanceTo(flood: FloodResult, cell: TileCell): number {
  const index = flood.cells.findIndex((candidate) => candidate.x === cell.x && candidate.y === cell.y);
  return index === -1 ? -1 : flood.distances[index]!;
}

/**
 * The nearest cell (row-major index) that `blocked` lets through, breadth-first from `start` over every
 * cell, neighbours in the fixed order north, east, south, west; -1 when every cell is blocked. The one rule
 * by which anyone the dream or a catch would leave inside a wall is put back on open ground.
 */
export function nearestUnblockedCell(grid: { readonly width: number; readonly height: number }, start: number, blocked: (cell: number) => boolean): number {
  const { width, height } = grid;
  const seen = new Uint8Array(width * height);
  const queue = [start];
  seen[start] = 1;
  for (let head = 0; head < queue.length; head += 1) {
    const cell = queue[head]!;
    if (!blocked(cell)) return cell;
    const column = cell % width;
    const neighbours = [cell >= width ? cell - width : -1, column < width - 1 ? cell + 1 : -1, cell < width * (height - 1) ? cell + width : -1, column > 0 ? cell - 1 : -1];
    for (const next of neighbours) {
      if (next === -1 || seen[next] === 1) continue;
      seen[next] = 1;
      queue.push(next);
    }
  }
  return -1;
}
