import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { labelRegions } from '../../src/level/region-labels.ts';
import type { WorldTiles } from '../../src/sim/types.ts';
import { createFinder, createNavigationFromGrid, findPathNow, refreshNavigation, searchPath, type Navigation, type TilePoint } from '../../src/sim/navigation.ts';
import { createPathQueue, processPathQueue, requestPath } from '../../src/sim/path-queue.ts';
import type { PathRequest } from '../../src/sim/types.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';

// Two rooms: the left one (with a pillar) and a sealed right one.
const level = levelFromAscii([
  'S.....#....',
  '......#....',
  '..##..#....',
  '......#....',
]).level;

function navigationOf(built: typeof level): Navigation {
  return createNavigationFromGrid(built.solid, built.width, built.height);
}

function request(options: { readonly enforcerId: number; readonly tick: number; readonly from: TilePoint; readonly to: TilePoint }): PathRequest {
  const { enforcerId, tick, from, to } = options;
  return { enforcerId, tick, fromX: from.x, fromY: from.y, toX: to.x, toY: to.y };
}

describe('navigation', () => {
  it('finds a path of single steps without cutting corners', () => {
    const navigation = navigationOf(level);
    const outcome = findPathNow(navigation, { x: 0, y: 3 }, { x: 5, y: 0 });
    expect(outcome.kind).toBe('found');
    if (outcome.kind !== 'found') return;
    expect(outcome.path[0]).toEqual({ x: 0, y: 3 });
    expect(outcome.path.at(-1)).toEqual({ x: 5, y: 0 });
    for (let index = 1; index < outcome.path.length; index += 1) {
      const a = outcome.path[index - 1]!;
      const b = outcome.path[index]!;
      expect(Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y))).toBe(1);
      expect(level.solid[b.y * level.width + b.x]).toBe(0);
      if (a.x !== b.x && a.y !== b.y) {
        expect(level.solid[a.y * level.width + b.x]).toBe(0);
        expect(level.solid[b.y * level.width + a.x]).toBe(0);
      }
    }
    expect(navigation.searchCount).toBe(1);
  });

  it('rejects unreachable and solid targets without running A*', () => {
    const navigation = navigationOf(level);
    expect(navigation.componentCount).toBe(2);
    expect(findPathNow(navigation, { x: 0, y: 0 }, { x: 9, y: 1 })).toEqual({ kind: 'rejected', reason: 'unreachable' });
    expect(findPathNow(navigation, { x: 0, y: 0 }, { x: 6, y: 1 })).toEqual({ kind: 'rejected', reason: 'solid-target' });
    expect(findPathNow(navigation, { x: 0, y: 0 }, { x: 99, y: 1 })).toEqual({ kind: 'rejected', reason: 'out-of-bounds' });
    expect(navigation.searchCount).toBe(0);
    // The check is not what makes it fail: easystarjs itself would have searched (and found nothing).
    expect(findPathNow(navigation, { x: 7, y: 0 }, { x: 10, y: 3 }).kind).toBe('found');
    expect(navigation.searchCount).toBe(1);
  });
});

describe('path queue', () => {
  it('runs at most its budget of searches per tick, first in first out', () => {
    const navigation = navigationOf(level);
    const queue = createPathQueue(4);
    for (let id = 1; id <= 10; id += 1) requestPath(queue, request({ enforcerId: id, tick: 0, from: { x: 0, y: 0 }, to: { x: 5, y: id % 4 } }));
    const first = processPathQueue(queue, navigation);
    expect(first.map((result) => result.request.enforcerId)).toEqual([1, 2, 3, 4]);
    expect(navigation.searchCount).toBe(4);
    expect(processPathQueue(queue, navigation).map((result) => result.request.enforcerId)).toEqual([5, 6, 7, 8]);
    expect(processPathQueue(queue, navigation).map((result) => result.request.enforcerId)).toEqual([9, 10]);
    expect(processPathQueue(queue, navigation)).toEqual([]);
    // Four different legs were searched; the six repeats came from the leg cache, each still spending
    // the budget, so which requests wait is what it was before the cache.
    expect(navigation.searchCount).toBe(4);
    expect(navigation.cacheHitCount).toBe(6);
  });

  it('answers rejected requests at once without spending the budget', () => {
    const navigation = navigationOf(level);
    const queue = createPathQueue(1);
    requestPath(queue, request({ enforcerId: 1, tick: 0, from: { x: 0, y: 0 }, to: { x: 5, y: 3 } }));
    requestPath(queue, request({ enforcerId: 2, tick: 0, from: { x: 0, y: 0 }, to: { x: 5, y: 2 } }));
    requestPath(queue, request({ enforcerId: 3, tick: 0, from: { x: 0, y: 0 }, to: { x: 9, y: 0 } }));
    const results = processPathQueue(queue, navigation);
    expect(results.map((result) => [result.request.enforcerId, result.outcome.kind])).toEqual([
      [1, 'found'],
      [3, 'rejected'],
    ]);
    expect(navigation.searchCount).toBe(1);
    expect(queue.pending.map((pending) => pending.enforcerId)).toEqual([2]);
  });

  it('orders requests by tick, then by Enforcer id, and keeps one per Enforcer', () => {
    const queue = createPathQueue(4);
    requestPath(queue, request({ enforcerId: 7, tick: 3, from: { x: 0, y: 0 }, to: { x: 1, y: 1 } }));
    requestPath(queue, request({ enforcerId: 2, tick: 3, from: { x: 0, y: 0 }, to: { x: 1, y: 1 } }));
    requestPath(queue, request({ enforcerId: 5, tick: 2, from: { x: 0, y: 0 }, to: { x: 1, y: 1 } }));
    requestPath(queue, request({ enforcerId: 9, tick: 4, from: { x: 0, y: 0 }, to: { x: 1, y: 1 } }));
    requestPath(queue, request({ enforcerId: 2, tick: 4, from: { x: 0, y: 0 }, to: { x: 2, y: 2 } }));
    expect(queue.pending.map((pending) => [pending.tick, pending.enforcerId])).toEqual([
      [2, 5],
      [3, 7],
      [4, 2],
      [4, 9],
    ]);
  });
});

describe('navigation after tiles change', () => {
  /** Whether two labellings split the open tiles into the same regions (labels themselves may differ). */
  function sameRegions(a: Int32Array, b: Int32Array): boolean {
    const forward = new Map<number, number>();
    const backward = new Map<number, number>();
    for (let index = 0; index < a.length; index += 1) {
      const left = a[index]!;
      const right = b[index]!;
      if ((left === -1) !== (right === -1)) return false;
      if (left === -1) continue;
      if ((forward.get(left) ?? right) !== right || (backward.get(right) ?? left) !== left) return false;
      forward.set(left, right);
      backward.set(right, left);
    }
    return true;
  }

  it('relabels only what changed and always agrees with labelling from scratch', () => {
    const cellsOf = (width: number, height: number) =>
      fc.array(fc.record({ x: fc.nat(width - 1), y: fc.nat(height - 1) }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 14 }).chain((width) =>
          fc.integer({ min: 2, max: 14 }).chain((height) =>
            fc.record({
              width: fc.constant(width),
              height: fc.constant(height),
              walls: fc.uint8Array({ minLength: width * height, maxLength: width * height }),
              batches: fc.array(cellsOf(width, height), { minLength: 1, maxLength: 6 }),
            }),
          ),
        ),
        ({ width, height, walls, batches }) => {
          const solid = Uint8Array.from(walls, (value) => (value < 90 ? 1 : 0));
          const navigation = createNavigationFromGrid(solid, width, height);
          const tiles = { width, height, solid, blocksPaths: solid, changeCount: 0 } as unknown as WorldTiles;
          for (const batch of batches) {
            for (const cell of batch) solid[cell.y * width + cell.x] = solid[cell.y * width + cell.x] === 1 ? 0 : 1;
            tiles.changeCount += 1;
            refreshNavigation(navigation, tiles, batch);
            expect(navigation.blocked).toEqual(solid);
            expect(sameRegions(navigation.component, labelRegions(solid, width, height).labels)).toBe(true);
            expect(Math.max(-1, ...navigation.component)).toBeLessThan(navigation.componentCount);
          }
        },
      ),
      { numRuns: 300, seed: 77 },
    );
  });

  it('searches the new grid, never the one easystarjs was given before', () => {
    const solid = new Uint8Array(5 * 3);
    const navigation = createNavigationFromGrid(solid, 5, 3);
    const tiles = { width: 5, height: 3, solid, blocksPaths: solid, changeCount: 0 } as unknown as WorldTiles;
    // A wall across the middle column, with a gap at the bottom.
    const wall = [{ x: 2, y: 0 }, { x: 2, y: 1 }];
    for (const cell of wall) solid[cell.y * 5 + cell.x] = 1;
    tiles.changeCount = 1;
    refreshNavigation(navigation, tiles, wall);
    const outcome = findPathNow(navigation, { x: 0, y: 0 }, { x: 4, y: 0 });
    expect(outcome.kind).toBe('found');
    if (outcome.kind !== 'found') return;
    for (const tile of outcome.path) expect(solid[tile.y * 5 + tile.x]).toBe(0);
    expect(outcome.path).toContainEqual({ x: 2, y: 2 });
  });
});

describe('finder setups (the path benchmark weighs them against the rules\' own)', () => {
  const steps = (path: readonly TilePoint[]): { straight: number; diagonal: number } => {
    let straight = 0;
    let diagonal = 0;
    for (let index = 1; index < path.length; index += 1) {
      const diagonalStep = path[index]!.x !== path[index - 1]!.x && path[index]!.y !== path[index - 1]!.y;
      if (diagonalStep) diagonal += 1;
      else straight += 1;
    }
    return { straight, diagonal };
  };

  it('without diagonals every step is straight; the rules\' setup steps diagonally across open ground', () => {
    const navigation = navigationOf(level);
    const from = { x: 0, y: 3 };
    const to = { x: 5, y: 0 };
    const fourWay = searchPath({ ...navigation, finder: createFinder({ blocked: navigation.blocked, width: level.width, height: level.height, setup: { diagonals: false, openCost: 1 } }) }, from, to);
    expect([fourWay?.[0], fourWay?.at(-1)]).toEqual([from, to]);
    expect(steps(fourWay!)).toEqual({ straight: 8, diagonal: 0 });
    const rules = findPathNow(navigation, from, to);
    if (rules.kind !== 'found') throw new Error('the rules found no path');
    expect(steps(rules.path).diagonal).toBeGreaterThan(0);
  });
});
