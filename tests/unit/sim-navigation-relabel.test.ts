// Navigation after tiles change keeps exactly the regions a fresh labelling finds, however many cells open
// and close in one batch: the local shortcuts (a closing cell that cannot split its region, an opening
// one that touches a single region) never merge two regions or split one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelRegions } from '../../src/level/region-labels.ts';
import { createNavigationFromGrid, refreshNavigation } from '../../src/sim/navigation.ts';
import type { TileCell, WorldTiles } from '../../src/sim/types.ts';

const SIZE = 10;

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
  it('matches a fresh labelling after any batches of flips', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: SIZE * SIZE, maxLength: SIZE * SIZE }),
        fc.array(fc.array(fc.nat({ max: SIZE * SIZE - 1 }), { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 8 }),
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
      { numRuns: 400 },
    );
  });
});
