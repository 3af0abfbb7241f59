// A Door cell with a decor tile on it (a lamp's glow painted over the doorway, a lintel on `above`) plays
// like a bare door: the door is the blocking tile on the walls, never the topmost tile of the cell.
import { describe, expect, it } from 'vitest';
import type { LevelDefinition } from '../../src/level/level-definition.ts';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { World } from '../../src/sim/types.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { input, RIGHT } from './input-script.ts';
import { levelFromAscii, TEST_GIDS } from './level-builder.ts';

const SPAN = 256;
/** A tile with no properties: on a layer other than the walls it neither blocks nor hides. */
const LINTEL_GID = 7;
const ROWS = ['##########', '#S.d....X#', '##########'];
const DOOR = { x: 3, y: 1 };
const DOOR_INDEX = DOOR.y * ROWS[0]!.length + DOOR.x;

/** The bare level with a decor layer (the glow) and an above layer (the lintel) painted on the door's cell. */
function decorated(bare: LevelDefinition): LevelDefinition {
  const cells = bare.width * bare.height;
  const glow = new Uint32Array(cells);
  glow[DOOR_INDEX] = TEST_GIDS.litFloor;
  const lintel = new Uint32Array(cells);
  lintel[DOOR_INDEX] = LINTEL_GID;
  return {
    ...bare,
    tileLayers: [
      ...bare.tileLayers,
      { name: 'decor', above: false, blocksByDefault: false, gids: glow },
      { name: 'above', above: true, blocksByDefault: false, gids: lintel },
    ],
  };
}

/** Walks up to the door, opens it, walks through to the exit: the ticks it took, or -1. */
function playThrough(world: World): number {
  for (let tick = 0; tick < 40; tick += 1) step(world, RIGHT);
  step(world, input({ moveX: 1, interact: true }));
  for (let tick = 0; tick < 400; tick += 1) {
    const events = step(world, RIGHT);
    if (events.some((event) => event.type === 'finished')) return world.tick;
  }
  return -1;
}

describe('a door with decor painted on its cell', () => {
  const bare = levelFromAscii(ROWS).level;
  const level = decorated(bare);

  it('takes the walls tile as the door, not the glow or the lintel over it', () => {
    const world = createWorld(level, { seed: 1 });
    expect(world.doors[0]!.layer).toBe(world.tiles.layers.findIndex((layer) => layer.name === 'walls'));
    expect(world.tiles.solid[DOOR_INDEX]).toBe(1);
  });

  it('opens to let Mira through at the same tick as a bare door', () => {
    const bareTicks = playThrough(createWorld(bare, { seed: 1 }));
    expect(bareTicks).toBeGreaterThan(0);
    expect(playThrough(createWorld(level, { seed: 1 }))).toBe(bareTicks);
  });

  it('keeps its glow while open and closed, and closes back to the painted door', () => {
    const world = createWorld(level, { seed: 1 });
    const decor = world.tiles.layers.findIndex((layer) => layer.name === 'decor');
    const walls = world.tiles.layers.findIndex((layer) => layer.name === 'walls');
    for (let tick = 0; tick < 40; tick += 1) step(world, RIGHT);
    step(world, input({ moveX: 1, interact: true }));
    step(world, NO_INPUT);
    expect(world.tiles.solid[DOOR_INDEX]).toBe(0);
    expect(world.tiles.lit[DOOR_INDEX]).toBe(1);
    expect(world.tiles.layers[decor]!.gids[DOOR_INDEX]).toBe(TEST_GIDS.litFloor);
    step(world, input({ interact: true }));
    step(world, NO_INPUT);
    expect(world.tiles.solid[DOOR_INDEX]).toBe(1);
    expect(world.tiles.layers[walls]!.gids[DOOR_INDEX]).toBe(TEST_GIDS.door);
    expect(world.tiles.layers[decor]!.gids[DOOR_INDEX]).toBe(TEST_GIDS.litFloor);
    expect(world.mira.x).toBeLessThan(DOOR.x * SPAN);
  });
});
