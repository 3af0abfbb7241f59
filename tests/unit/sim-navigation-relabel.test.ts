// Navigation after tiles change keeps exactly the regions a fresh labelling finds, however many cells open
// and close in one batch: the local shortcuts (a closing cell that cannot split its region, an opening
// one that touches a single region) never merge two regions or split one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelRegions } from '../../src/level/region-labels.ts';
import { createNavigationFromGrid, refreshNavigation } from '../../src/sim/navigation.ts';
import type { TileCell, WorldTiles } from '../../src/sim/types.ts';


/** Two labellings describe the same regions: equal labels in one exactly where equal in the other. */
function sameRegions(a: Int32Array, b: Int32Array): boolean {
  const forward = new Map<number, number>();
  const backward = new Map<number, number>();
  for (let index = 0; index < a.length; index += 1) {
    if ((a[index] === -1) !== (b[index] === -1)) return false;
    if (a[index] === -1) continue;
    if ((forward.get(a[index]!) ?? b[index]) !== b[index] || (backward.get(b[index]!) ?? a[index]) !== a[index]) return false;
    forward.set(a[index]!, b[index]!);
    backward.set(b[index]!, a[index]!);
  }
  return true;
}

describe('navigation relabelling', () => {
  // 10x10: every piece round a flip is searched to its end; 40x40: large pieces (over the search's 256 cells) too.
  it.each([[10, 400, 30], [40, 60, 300]])('matches a fresh labelling after any batches of flips on a grid %i cells wide', (SIZE, runs, flipsPerBatch) => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }).map((wall) => wall === 0), { minLength: SIZE * SIZE, maxLength: SIZE * SIZE }),
        fc.array(fc.array(fc.nat({ max: SIZE * SIZE - 1 }), { minLength: 1, maxLength: flipsPerBatch }), { minLength: 1, maxLength: 8 }),
        (start, batches) => {
          const blocksPaths = Uint8Array.from(start, (wall) => (wall ? 1 : 0));
          const navigation = createNavigationFromGrid(blocksPaths, SIZE, SIZE);
          const tiles = { blocksPaths, changeCount: 0 } as unknown as WorldTiles;
          for (const batch of batches) {
            const cells: TileCell[] = [];
            for (const index of batch) {
              blocksPaths[index] = blocksPaths[index] === 1 ? 0 : 1;
              cells.push({ x: index % SIZE, y: Math.floor(index / SIZE) });
            }
            refreshNavigation(navigation, tiles, cells);
            expect(sameRegions(navigation.component, labelRegions(blocksPaths, SIZE, SIZE).labels)).toBe(true);
          }
        },
      ),
      { numRuns: runs },
    );
  });

  it('splits and joins two large halves through a one-cell gap', () => {
    const size = 40;
    const blocksPaths = new Uint8Array(size * size);
    for (let row = 0; row < size; row += 1) blocksPaths[row * size + 20] = 1;
    const gap = 20 * size + 20;
    blocksPaths[gap] = 0;
    const navigation = createNavigationFromGrid(blocksPaths, size, size);
    const tiles = { blocksPaths, changeCount: 0 } as unknown as WorldTiles;
    const flip = (index: number): void => {
      blocksPaths[index] = blocksPaths[index] === 1 ? 0 : 1;
      refreshNavigation(navigation, tiles, [{ x: index % size, y: Math.floor(index / size) }]);
      expect(sameRegions(navigation.component, labelRegions(blocksPaths, size, size).labels)).toBe(true);
    };
    flip(gap);
    expect(navigation.component[0]).not.toBe(navigation.component[size - 1]);
    flip(gap);
    expect(navigation.component[0]).toBe(navigation.component[size - 1]);
    flip(gap);
    // Another gap joins the two halves again.
    flip(5 * size + 20);
    expect(navigation.component[0]).toBe(navigation.component[size - 1]);
  });
});

