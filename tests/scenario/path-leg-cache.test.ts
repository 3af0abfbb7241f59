// A leg searched once is served again without a search until walkability changes; the answer is the
// search's own, so a patrol lapping the same wall plays exactly as before, only cheaper.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { findPathNow, navigationFor, searchPath } from '../../src/sim/navigation.ts';
import { step } from '../../src/sim/step.ts';
import { hashWorld } from '../../src/sim/world-hash.ts';
import { layerIndex, requestTileChanges } from '../../src/sim/world-tiles.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { BLOCK_ROWS, levelFromAscii } from './level-builder.ts';

const A = { x: 2, y: 2 };
const C = { x: 7, y: 5 };

describe('the path leg cache', () => {
  it('answers a repeated leg without searching, with the same path in a copy of its own', () => {
    const world = createWorld(levelFromAscii(BLOCK_ROWS).level, { seed: 1 });
    const navigation = navigationFor(world.tiles);
    const first = findPathNow(navigation, A, C);
    const second = findPathNow(navigation, A, C);
    expect(navigation.searchCount).toBe(1);
    expect(navigation.cacheHitCount).toBe(1);
    expect(second).toEqual(first);
    if (first.kind !== 'found' || second.kind !== 'found') throw new Error('expected paths');
    expect(second.path).not.toBe(first.path);
    second.path.length = 0;
    expect(findPathNow(navigation, A, C)).toEqual(first);
  });

  it('searches again once a tile change opens or closes a cell, and the new path uses the new ground', () => {
    const world = createWorld(levelFromAscii(BLOCK_ROWS).level, { seed: 1 });
    const navigation = navigationFor(world.tiles);
    const around = findPathNow(navigation, A, C);
    // Open a gap through the block's middle: the fresh path is shorter than the cached way round.
    const walls = layerIndex(world.tiles, 'walls');
    requestTileChanges(world, [3, 4].flatMap((row) => [3, 4, 5, 6].map((column) => ({ layer: walls, x: column, y: row, gid: 0 }))));
    step(world, NO_INPUT);
    const through = findPathNow(navigation, A, C);
    expect(navigation.searchCount).toBe(2);
    if (around.kind !== 'found' || through.kind !== 'found') throw new Error('expected paths');
    expect(through.path.length).toBeLessThan(around.path.length);
    expect(through.path).toEqual(searchPath(navigation, A, C));
  });

  it('leaves a patrol round a wall playing tick for tick as a search every time would', () => {
    const enforcers = [{ id: 1, start: [1, 1] as const, route: [[1, 1], [8, 6]] as [number, number][], routeMode: 'ping-pong' as const, speed: 90 }];
    const cached = createWorld(levelFromAscii(BLOCK_ROWS, { enforcers }).level, { seed: 1 });
    const fresh = createWorld(levelFromAscii(BLOCK_ROWS, { enforcers }).level, { seed: 1 });
    const freshNavigation = navigationFor(fresh.tiles);
    for (let tick = 0; tick < 600; tick += 1) {
      step(cached, NO_INPUT);
      // Forgetting every leg before each tick is what the rules did before the cache.
      freshNavigation.legs.clear();
      step(fresh, NO_INPUT);
      expect(hashWorld(cached)).toBe(hashWorld(fresh));
    }
    expect(navigationFor(cached.tiles).cacheHitCount).toBeGreaterThan(0);
    expect(navigationFor(cached.tiles).searchCount).toBeLessThan(freshNavigation.searchCount);
  });
});
