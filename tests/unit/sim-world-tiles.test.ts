// The world's tiles start as the level builder saw them, follow the tile rules when they change, and
// carry what tiles say about cost, noise and hiding.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevelFromText } from '../../src/level/load-level.ts';
import { cellRules } from '../../src/level/tile-rules.ts';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { applyPendingTileChanges, createWorldTiles, layerIndex, requestTileChanges } from '../../src/sim/world-tiles.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';

describe('world tiles', () => {
  it('start exactly as the level builder grids them, on the campaign map', () => {
    const text = readFileSync(new URL('../../maps/night-escape.tmj', import.meta.url), 'utf8');
    const loaded = loadLevelFromText(text, 'night-escape.tmj');
    if (!loaded.ok) throw new Error('night-escape.tmj does not load');
    const tiles = createWorldTiles(loaded.value);
    expect(tiles.solid).toEqual(loaded.value.solid);
    expect(tiles.opaque).toEqual(loaded.value.opaque);
    expect(tiles.layers.map((layer) => layer.name)).toEqual(loaded.value.tileLayers.map((layer) => layer.name));
    // The world has its own copy: changing it leaves the level (the next restart's tiles) alone.
    tiles.layers[0]!.gids[0] = 12345;
    expect(loaded.value.tileLayers[0]!.gids[0]).not.toBe(12345);
  });

  it('take cost, noise, hiding and light from the tiles on a cell, the strongest winning', () => {
    const behaviours = new Map([
      [1, { cost: 4, noise: 2 }],
      [2, { cost: 9, hide: true }],
      [3, { collides: false, opaque: false, noise: 300, lit: true }],
    ]);
    const ground = { blocksByDefault: false, gids: Uint32Array.of(1, 1, 0, 0) };
    const decor = { blocksByDefault: false, gids: Uint32Array.of(0, 2, 3, 0) };
    const walls = { blocksByDefault: true, gids: Uint32Array.of(0, 0, 3, 1) };
    expect(cellRules([ground, decor, walls], behaviours, 0)).toEqual({ solid: false, opaque: false, cost: 4, noise: 2, hide: false, lit: false, enforcerBlocks: false });
    expect(cellRules([ground, decor, walls], behaviours, 1)).toEqual({ solid: false, opaque: false, cost: 9, noise: 2, hide: true, lit: false, enforcerBlocks: false });
    // Noise is a byte: 300 is held at 255. A walls-layer tile that says collides false does not block.
    // One lit tile on any layer lights the cell.
    expect(cellRules([ground, decor, walls], behaviours, 2)).toEqual({ solid: false, opaque: false, cost: 1, noise: 255, hide: false, lit: true, enforcerBlocks: false });
    // On the walls layer a tile blocks unless it says otherwise.
    expect(cellRules([ground, decor, walls], behaviours, 3)).toMatchObject({ solid: true, opaque: true });
  });

  it('apply a batch in the order asked, the last change to a cell winning, and count one change', () => {
    const level = levelFromAscii(['S...', '....']).level;
    const world = createWorld(level, { seed: 1 });
    const walls = layerIndex(world.tiles, 'walls');
    requestTileChanges(world, [
      { layer: walls, x: 2, y: 1, gid: 1 },
      { layer: walls, x: 1, y: 0, gid: 1 },
      { layer: walls, x: 2, y: 1, gid: 0 },
    ]);
    const changed = applyPendingTileChanges(world);
    // (2,1) ends as it started, but it was written: it is listed, in row-major order after (1,0).
    expect(changed).toEqual([{ x: 1, y: 0 }, { x: 2, y: 1 }]);
    expect(world.tiles.solid[1]).toBe(1);
    expect(world.tiles.solid[6]).toBe(0);
    expect(world.tiles.changeCount).toBe(1);
    expect(world.tiles.pendingChanges).toEqual([]);
  });

  it('are rebuilt from the level on restart', () => {
    const level = levelFromAscii(['S...', '....']).level;
    const world = createWorld(level, { seed: 1 });
    requestTileChanges(world, [{ layer: 0, x: 3, y: 0, gid: 1 }]);
    step(world, NO_INPUT);
    expect(world.tiles.solid[3]).toBe(1);
    step(world, { ...NO_INPUT, restart: true });
    expect(world.tiles.solid[3]).toBe(0);
    expect(world.tiles.changeCount).toBe(0);
  });
});
