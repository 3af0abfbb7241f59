// Door objects in a Tiled map: read into the level (the cells their rectangle covers, open, openTile),
// and turned by the world into doors whose closed look is the tiles painted under them.
import { describe, expect, it } from 'vitest';
import type { LevelDefinition } from '../../src/level/level-definition.ts';
import { loadLevelFromText } from '../../src/level/load-level.ts';
import { createWorld } from '../../src/sim/create-world.ts';
import { layerIndex } from '../../src/sim/world-tiles.ts';
import type { Loaded } from '../../src/tiled/tiled-map.ts';
import { type Json, layerByName, rectangle, yardMap } from '../fixtures/maps/map-builder.ts';

function withDoor(properties: readonly Json[], box = { x: 176, y: 48, width: 16, height: 32 }): Loaded<LevelDefinition> {
  const map = yardMap();
  const entities = layerByName(map, 'entities');
  entities.objects = [...(entities.objects as Json[]), { ...rectangle(50, 'Door', box), properties }];
  return loadLevelFromText(JSON.stringify(map), 'maps/yard.tmj');
}

describe('a Door object', () => {
  it('counts as open for the reachability check: an exit behind a closed door is reachable', () => {
    const map = yardMap();
    const walls = layerByName(map, 'walls');
    // Wall off the exit with column 9 from row 1 to row 6, then put a Door over the wall at row 3.
    const data = [...(walls.data as number[])];
    const wall = data[0]!;
    for (let row = 1; row <= 6; row += 1) data[row * 12 + 9] = wall;
    walls.data = data;
    const entities = layerByName(map, 'entities');
    // The Enforcers' routes cross the wall; drop them, this is about the way to the exit.
    entities.objects = [...(entities.objects as Json[]).filter((object) => object.type === 'Spawn' || object.type === 'Exit'), rectangle(50, 'Door', { x: 144, y: 48, width: 16, height: 16 })];
    const blocked = loadLevelFromText(JSON.stringify({ ...map, layers: (map.layers as Json[]).map((layer) => (layer.name === 'entities' ? { ...layer, objects: (entities.objects as Json[]).slice(0, 2) } : layer)) }), 'maps/yard.tmj');
    const unreachable = (loaded: Loaded<LevelDefinition>): boolean =>
      loaded.ok && loaded.warnings.some((warning) => warning.message.startsWith('the Exit cannot be reached'));
    expect(unreachable(blocked)).toBe(true);
    const withDoor = loadLevelFromText(JSON.stringify(map), 'maps/yard.tmj');
    expect(withDoor.ok).toBe(true);
    expect(unreachable(withDoor)).toBe(false);
  });

  it('covers the cells under its rectangle, closed by default, emptied when open', () => {
    const loaded = withDoor([]);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.value.doors).toEqual([{ id: 50, cells: [{ x: 11, y: 3 }, { x: 11, y: 4 }], open: false, openGid: 0, requires: [] }]);
    const world = createWorld(loaded.value, { seed: 1 });
    expect(world.doors[0]).toMatchObject({ layer: layerIndex(world.tiles, 'walls'), open: false });
    // The right-hand wall is painted under it: that is its closed look, solid and opaque.
    expect(world.doors[0]!.closedGids.every((gid) => gid !== 0)).toBe(true);
    expect(world.tiles.solid[3 * world.tiles.width + 11]).toBe(1);
    expect(world.tiles.opaque[4 * world.tiles.width + 11]).toBe(1);
    // Enforcers may plan through it all the same: they open it when they get there.
    expect(world.tiles.blocksPaths[3 * world.tiles.width + 11]).toBe(0);
  });

  it('that starts open shows its open tile at tick 0 and lets walking and sight through', () => {
    const loaded = withDoor([{ name: 'open', type: 'bool', value: true }]);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const world = createWorld(loaded.value, { seed: 1 });
    const walls = world.tiles.layers[layerIndex(world.tiles, 'walls')]!;
    expect(walls.gids[3 * world.tiles.width + 11]).toBe(0);
    expect(world.tiles.solid[3 * world.tiles.width + 11]).toBe(0);
    expect(world.tiles.opaque[4 * world.tiles.width + 11]).toBe(0);
  });

  it('refuses an "open" that is not true or false, naming the object', () => {
    const loaded = withDoor([{ name: 'open', type: 'string', value: 'yes' }]);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems.some((problem) => problem.message.includes('"open" is'))).toBe(true);
  });
});
