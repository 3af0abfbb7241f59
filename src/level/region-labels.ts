// Regions of open tiles that reach each other: the level builder warns about a sealed-off Exit with them,
// and the sim refuses an unreachable path request with them before any A* search runs.

export interface RegionLabels {
  /** Row-major region label per tile; -1 for blocked tiles. Equal labels reach each other. */
  readonly labels: Int32Array;
  readonly count: number;
}

/** The grid a flood walks: `blocked` is 0 for open tiles; `labels` is written, -1 meaning unlabelled. */
export interface FloodGrid {
  readonly blocked: Uint8Array;
  readonly labels: Int32Array;
  readonly width: number;
  readonly height: number;
  /** Scratch space of at least width * height cells, reused between floods. */
  readonly stack: Int32Array;
}

/**
 * Gives `label` to the open, unlabelled tiles 4-connected to `start` (which must be open and unlabelled);
 * returns how many. Walking never cuts a wall corner (A* runs without corner cutting, Mira's box is
 * swept per axis), so 4-connectivity is exactly what any walk can reach.
 */
export function floodRegion(grid: FloodGrid, start: number, label: number): number {
  const { blocked, labels, width, stack } = grid;
  const last = width * grid.height - width;
  let top = 0;
  let count = 0;
  stack[top++] = start;
  labels[start] = label;
  while (top > 0) {
    const cell = stack[--top]!;
    count += 1;
    const column = cell % width;
    // Written out rather than looped over a neighbour list: this runs for every tile of a region.
    if (column > 0 && blocked[cell - 1] === 0 && labels[cell - 1] === -1) {
      labels[cell - 1] = label;
      stack[top++] = cell - 1;
    }
    if (column < width - 1 && blocked[cell + 1] === 0 && labels[cell + 1] === -1) {
      labels[cell + 1] = label;
      stack[top++] = cell + 1;
    }
    if (cell >= width && blocked[cell - width] === 0 && labels[cell - width] === -1) {
      labels[cell - width] = label;
      stack[top++] = cell - width;
    }
    if (cell < last && blocked[cell + width] === 0 && labels[cell + width] === -1) {
      labels[cell + width] = label;
      stack[top++] = cell + width;
    }
  }
  return count;
}

/** Labels the 4-connected regions of tiles whose `blocked` byte is 0. */
export function labelRegions(blocked: Uint8Array, width: number, height: number): RegionLabels {
  const grid: FloodGrid = { blocked, labels: new Int32Array(width * height).fill(-1), width, height, stack: new Int32Array(width * height) };
  let count = 0;
  for (let start = 0; start < width * height; start += 1) {
    if (blocked[start] !== 0 || grid.labels[start] !== -1) continue;
    floodRegion(grid, start, count);
    count += 1;
  }
  return { labels: grid.labels, count };
}
