// Keeping navigation's region labels right after one cell flips, by looking only round the cell. The
// dream opens and closes hundreds of cells a tick all over a map; labelling a 256x256 region again for
// each tick's batch cost most of a tick. Most flips settle locally: a closing cell whose neighbours still
// meet round it splits nothing, a small pocket cut off (or joined on) is relabelled by itself, and only
// two large pieces that a short search cannot join are left to the full relabel (navigation.ts).
import type { Navigation } from './navigation.ts';

/** Cells a search from one neighbour may visit before its piece counts as large. */
const PIECE_SEARCH_CELLS = 256;

function neighbourOf(navigation: Navigation, cell: number, side: number): number {
  const { width, height } = navigation;
  const column = cell % width;
  if (side === 0) return cell >= width ? cell - width : -1;
  if (side === 1) return column < width - 1 ? cell + 1 : -1;
  if (side === 2) return cell < width * (height - 1) ? cell + width : -1;
  return column > 0 ? cell - 1 : -1;
}

/**
 * Whether closing `index` leaves its open 4-neighbours connected to each other around it: walking the
 * ring of 8 cells round it, every open orthogonal neighbour lies in one run of open cells (a diagonal
 * joins two orthogonal neighbours only while it is open).
 */
function cannotSplit(navigation: Navigation, index: number): boolean {
  const { width, height, blocked } = navigation;
  const column = index % width;
  const row = Math.floor(index / width);
  const open = (dx: number, dy: number): boolean => {
    const x = column + dx;
    const y = row + dy;
    return x >= 0 && y >= 0 && x < width && y < height && blocked[y * width + x] === 0;
  };
  // N, NE, E, SE, S, SW, W, NW; the orthogonal ones at even places.
  const ring = [open(0, -1), open(1, -1), open(1, 0), open(1, 1), open(0, 1), open(-1, 1), open(-1, 0), open(-1, -1)];
  let runsWithNeighbour = 0;
  for (let at = 0; at < 8; at += 1) {
    // A run starts at an open cell whose predecessor is closed; count those holding an orthogonal neighbour.
    if (!ring[at] || ring[(at + 7) % 8]) continue;
    let holds = false;
    for (let step = at; ring[step % 8] && step < at + 8; step += 1) if (step % 2 === 0) holds = true;
    if (holds) runsWithNeighbour += 1;
  }
  // All eight open: one run with no start, counted as none.
  return runsWithNeighbour <= 1;
}

/** The pieces the open 4-neighbours of a (closed) cell fall into. */
interface Pieces {
  /** One neighbour of each piece whose search ran out before it was done. */
  readonly large: number[];
  /** The cells of each piece searched to its end: each is a whole region. */
  readonly small: Int32Array[];
}

/** Searches from each open neighbour of `index`, which must be blocked now, over at most PIECE_SEARCH_CELLS cells each. */
function piecesAround(navigation: Navigation, index: number): Pieces {
  const { blocked, visits, stack } = navigation;
  const base = navigation.visitStamp + 1;
  navigation.visitStamp += 4;
  const pieces: Pieces = { large: [], small: [] };
  for (let side = 0; side < 4; side += 1) {
    const start = neighbourOf(navigation, index, side);
    // Already in an earlier piece, or closed.
    if (start === -1 || blocked[start] !== 0 || visits[start]! >= base) continue;
    const stamp = base + side;
    let head = 0;
    let tail = 0;
    let joinsEarlier = false;
    stack[tail++] = start;
    visits[start] = stamp;
    while (head < tail && tail < PIECE_SEARCH_CELLS && !joinsEarlier) {
      const cell = stack[head++]!;
      for (let next = 0; next < 4; next += 1) {
        const to = neighbourOf(navigation, cell, next);
        if (to === -1 || blocked[to] !== 0 || visits[to] === stamp) continue;
        // A cell of an earlier piece: only a large one can be met (a small one held everything it reaches).
        if (visits[to]! >= base) {
          joinsEarlier = true;
          break;
        }
        visits[to] = stamp;
        stack[tail++] = to;
      }
    }
    if (joinsEarlier) continue;
    if (head === tail) pieces.small.push(stack.slice(0, tail));
    else pieces.large.push(start);
  }
  return pieces;
}

function newLabel(navigation: Navigation): number {
  const label = navigation.componentCount;
  navigation.componentCount += 1;
  return label;
}

/**
 * After `index` closed (its label already cleared): true when its region is labelled right again from
 * here alone, false when the caller must relabel the region.
 */
export function closeLocally(navigation: Navigation, index: number): boolean {
  if (cannotSplit(navigation, index)) return true;
  const pieces = piecesAround(navigation, index);
  // Two large pieces may or may not meet further off: only a full relabel can tell.
  if (pieces.large.length > 1) return false;
  // The large piece keeps the region's label; each small one is a region of its own now.
  for (const cells of pieces.small) {
    const label = newLabel(navigation);
    for (const cell of cells) navigation.component[cell] = label;
  }
  return true;
}

/** After `index` opened: labels it and whatever it joins, true when that was settled here alone. */
export function openLocally(navigation: Navigation, index: number): boolean {
  const { blocked, component } = navigation;
  // The common case: every open neighbour already has the one same label (or there is none).
  let single = -1;
  let mixed = false;
  for (let side = 0; side < 4; side += 1) {
    const next = neighbourOf(navigation, index, side);
    if (next === -1 || blocked[next] !== 0) continue;
    const label = component[next]!;
    if (label === -1 || (single !== -1 && label !== single)) mixed = true;
    single = label;
  }
  if (!mixed) {
    component[index] = single === -1 ? newLabel(navigation) : single;
    return true;
  }
  blocked[index] = 1;
  const pieces = piecesAround(navigation, index);
  blocked[index] = 0;
  let target = -1;
  for (const cell of pieces.large) {
    const label = component[cell]!;
    // A neighbour waiting for its flood, or two large regions joined here: the caller relabels.
    if (label === -1 || (target !== -1 && label !== target)) return false;
    target = label;
  }
  if (target === -1) target = newLabel(navigation);
  component[index] = target;
  for (const cells of pieces.small) for (const cell of cells) component[cell] = target;
  return true;
}
