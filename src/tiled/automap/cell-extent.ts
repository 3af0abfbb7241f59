// The bounding box of a rule's cells, by a loop: a rule may be as large as its rule map (a million cells),
// past what Math.min(...cells) can take as arguments on the stack.

export interface CellExtent {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Inclusive bounds of non-empty `cells`. */
export function cellExtent(cells: readonly { readonly x: number; readonly y: number }[]): CellExtent {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const cell of cells) {
    if (cell.x < left) left = cell.x;
    if (cell.x > right) right = cell.x;
    if (cell.y < top) top = cell.y;
    if (cell.y > bottom) bottom = cell.y;
  }
  return { left, top, right, bottom };
}
