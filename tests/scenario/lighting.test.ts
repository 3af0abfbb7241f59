// Light as an Enforcer meets it: a Light that is on, or a lit tile, fills its meter faster than the
// dark; a switchable Light the world switches off stops doing so at once.
import { describe, expect, it } from 'vitest';
import type { LevelDefinition } from '../../src/level/level-definition.ts';
import { createWorld } from '../../src/sim/create-world.ts';
import { isLightOn, lightingAt, switchLight } from '../../src/sim/lights.ts';
import { step } from '../../src/sim/step.ts';
import type { World } from '../../src/sim/index.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { hashWorld } from '../../src/sim/world-hash.ts';
import { createWorldTiles, requestTileChanges } from '../../src/sim/world-tiles.ts';
import { loadLevelFromText } from '../../src/level/load-level.ts';
import { yardMap, type Json } from '../fixtures/maps/map-builder.ts';
import { levelFromAscii, TEST_GIDS, type TestExtras } from './level-builder.ts';

// Mira stands still three tiles in front of a stationary Enforcer: its far band, in plain sight.
const ROWS = ['#########', '#...S...#', '#########'];
const SPAWN: [number, number] = [4, 1];
const WATCHER = { id: 1, start: [1, 1] as const, sightRange: 80, sightAngle: 90, facing: 0 };
const TICKS = 6;

function levelWith(extras: TestExtras = {}): LevelDefinition {
  return levelFromAscii(ROWS, { enforcers: [WATCHER], extras }).level;
}

function meterAfter(world: World, ticks: number): number {
  for (let tick = 0; tick < ticks; tick += 1) step(world, NO_INPUT);
  return world.enforcers[0]!.detection;
}

/** A world whose Mira stands on a lit tile, painted under her by the world's own tile changes. */
function litTileWorld(): World {
  const world = createWorld(levelWith(), { seed: 1 });
  requestTileChanges(world, [{ layer: 0, x: SPAWN[0], y: SPAWN[1], gid: TEST_GIDS.litFloor }]);
  return world;
}

describe('detection by the light Mira stands in (meter after 6 ticks standing still, far band, calm)', () => {
  const lamp = { at: SPAWN, radiusTiles: 1, switchable: true } as const;
  // Each row: the world, the meter after TICKS ticks, and why.
  const TABLE: readonly (readonly [string, () => World, number])[] = [
    // The dark is what every other table is pinned in: 11 a tick in the far band at a stand.
    ['dark', () => createWorld(levelWith(), { seed: 1 }), 66],
    // A Light fills it half again as fast.
    ['inside a Light', () => createWorld(levelWith({ lights: [lamp] }), { seed: 1 }), 96],
    // A lit tile is a Light painted into the ground: the same rate, from the first tick (a tile change
    // lands at the tick's tile point, before sight).
    ['on a lit tile', litTileWorld, 96],
    // A Light switched off is dark again.
    [
      'inside a switched-off Light',
      () => {
        const world = createWorld(levelWith({ lights: [lamp] }), { seed: 1 });
        switchLight(world, 1000, false);
        return world;
      },
      66,
    ],
  ];
  it.each(TABLE)('%s', (_name, makeWorld, meter) => {
    expect(meterAfter(makeWorld(), TICKS)).toBe(meter);
  });

  it('is lower in the dark than in any light', () => {
    const [dark, ...lit] = TABLE.slice(0, 3).map(([, makeWorld]) => meterAfter(makeWorld(), TICKS));
    for (const meter of lit) expect(dark).toBeLessThan(meter);
  });
});

describe('a switchable Light', () => {
  const level = levelWith({ lights: [{ at: SPAWN, radiusTiles: 1, switchable: true }, { at: [6, 1], radiusTiles: 1 }] });

  it('switched off mid-watch slows the meter from the next tick, and the hash tells the worlds apart', () => {
    const steady = createWorld(level, { seed: 1 });
    const switched = createWorld(level, { seed: 1 });
    meterAfter(steady, 3);
    meterAfter(switched, 3);
    expect(hashWorld(switched)).toBe(hashWorld(steady));
    expect(switchLight(switched, 1000, false)).toBe(true);
    expect(isLightOn(switched, 1000)).toBe(false);
    expect(hashWorld(switched)).not.toBe(hashWorld(steady));
    const before = switched.enforcers[0]!.detection;
    expect(meterAfter(steady, 3) - before).toBe(3 * 16);
    expect(meterAfter(switched, 3) - before).toBe(3 * 11);
    // On again, it is lit again.
    expect(switchLight(switched, 1000, true)).toBe(true);
    expect(lightingAt(switched, switched.mira.x, switched.mira.y)).toBe('lit');
  });

  it('is the only kind that switches: a fixed Light, an unknown id or no change report false', () => {
    const world = createWorld(level, { seed: 1 });
    expect(switchLight(world, 1001, false)).toBe(false);
    expect(isLightOn(world, 1001)).toBe(true);
    expect(switchLight(world, 4242, false)).toBe(false);
    expect(switchLight(world, 1000, true)).toBe(false);
  });
});

describe('the tile property "lit"', () => {
  it('is read from the tileset into the world\'s tiles, on any layer', () => {
    const map: Json = yardMap();
    const tileset = (map.tilesets as Json[])[0]!;
    // Tile id 5 (gid 6), painted on the ground layer's first cell, lights it.
    (tileset.tiles as Json[]).push({ id: 5, properties: [{ name: 'lit', type: 'bool', value: true }] });
    const ground = (map.layers as Json[])[0]!;
    (ground.data as number[])[0] = 6;
    const loaded = loadLevelFromText(JSON.stringify(map), 'maps/yard.tmj');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const tiles = createWorldTiles(loaded.value);
    expect(tiles.lit[0]).toBe(1);
    expect(tiles.lit.reduce((sum, cell) => sum + cell, 0)).toBe(1);
  });
});
