// Regions of open tiles that reach each other: the level builder warns about a sealed-off Exit with them,
// and the sim refuses an unreachable path request with them before any A* search runs.

export interface RegionLabels {
  /** Row-major region label per tile; -1 for blocked tiles. Equal labels reach each other. */
  readonly labels: Int32Array;
  readonly count: number;
}

/**
 * Labels the 4-connected regions of tiles whose `blocked` byte is 0. Walking never cuts a wall corner
 * (A* runs without corner cutting, Mira's box is swept per axis), so 4-connectivity is exactly what
 * any walk can reach.
 */
export function labelRegions(blocked: Uint8Array, width: number, height: number): RegionLabels {
  const labels = new Int32Array(width * height).fill(-1);
  const stack = new Int32Array(width * height);
  let count = 0;
  for (let start = 0; start < width * height; start += 1) {
    if (blocked[start] !== 0 || labels[start] !== -1) continue;
    let top = 0;
    stack[top++] = start;
    labels[start] = count;
    while (top > 0) {
      const cell = stack[--top]!;
      const column = cell % width;
      const neighbours = [
        column > 0 ? cell - 1 : -1,
        column < width - 1 ? cell + 1 : -1,
        cell >= width ? cell - width : -1,
        cell < width * (height - 1) ? cell + width : -1,
      ];
      for (const next of neighbours) {
        if (next >= 0 && blocked[next] === 0 && labels[next] === -1) {
          labels[next] = count;
          stack[top++] = next;
        }
      }
    }
    count += 1;
  }
  return { labels, count };
}
