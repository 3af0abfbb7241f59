// Tiles that change mid-run (doors, the hidden door, the dream): the world, its navigation, its sight
// and its hash follow them, and the same inputs still give the same worlds.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { EnforcerState, SimEvent, TileCell, World } from '../../src/sim/types.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { hashWorld } from '../../src/sim/world-hash.ts';
import { layerIndex, requestTileChanges } from '../../src/sim/world-tiles.ts';
import { levelFromAscii, TEST_GIDS } from './level-builder.ts';

const SPAN = 256;

function tileOfEnforcer(enforcer: EnforcerState): TileCell {
  return { x: Math.floor(enforcer.x / SPAN), y: Math.floor(enforcer.y / SPAN) };
}

function setWall(world: World, cell: TileCell, gid: number): void {
  requestTileChanges(world, [{ layer: layerIndex(world.tiles, 'walls'), x: cell.x, y: cell.y, gid }]);
}

describe('a wall that opens mid-run', () => {
  // The only way from A to B is down the right-hand side, through W; Mira waits in a sealed pocket.
  const { level, marks } = levelFromAscii(
    ['#######', '#A....#', '#####.#', '#####W#', '#B....#', '#######', '#S#####', '#######'],
    { enforcers: [{ id: 1, start: [1, 1], route: [[1, 1], [1, 4]], routeMode: 'ping-pong', speed: 60 }] },
  );
  const door = marks('W');
  const target = marks('B');

  it('lets an Enforcer whose way was walled off walk through it once its new path arrives', () => {
    const world = createWorld(level, { seed: 1 });
    setWall(world, door, TEST_GIDS.wall);
    for (let tick = 0; tick < 90; tick += 1) {
      step(world, NO_INPUT);
      const enforcer = world.enforcers[0]!;
      // B cannot be reached: every request is refused and the Enforcer stays in the top corridor.
      expect(enforcer.walk.path).toEqual([]);
      expect(tileOfEnforcer(enforcer).y).toBe(1);
    }

    setWall(world, door, 0);
    const events = step(world, NO_INPUT);
    expect(events).toContainEqual({ type: 'tiles-changed', cells: [door] });
    expect(world.tiles.solid[door.y * world.tiles.width + door.x]).toBe(0);

    let pathArrived = -1;
    let passedDoor = false;
    for (let tick = 0; tick < 600; tick += 1) {
      const before = { x: world.enforcers[0]!.x, y: world.enforcers[0]!.y };
      const hadPath = world.enforcers[0]!.walk.path.length > 0;
      step(world, NO_INPUT);
      const enforcer = world.enforcers[0]!;
      if (pathArrived === -1 && enforcer.walk.path.length > 0) {
        pathArrived = world.tick;
        expect(enforcer.walk.path).toContainEqual(door);
      } else if (pathArrived !== -1 && hadPath && world.tick === pathArrived + 1) {
        // The tick after its path arrives it is on its way.
        expect({ x: enforcer.x, y: enforcer.y }).not.toEqual(before);
      }
      const here = tileOfEnforcer(enforcer);
      expect(world.tiles.solid[here.y * world.tiles.width + here.x]).toBe(0);
      if (here.x === door.x && here.y === door.y) passedDoor = true;
      if (here.x === target.x && here.y === target.y) break;
    }
    expect(pathArrived).toBeGreaterThan(0);
    expect(passedDoor).toBe(true);
    expect(tileOfEnforcer(world.enforcers[0]!)).toEqual(target);
  });

  it('makes an Enforcer on a path through a cell that closes ask for its path again and stop short of it', () => {
    const world = createWorld(level, { seed: 1 });
    let tick = 0;
    while (!world.enforcers[0]!.walk.path.some((cell) => cell.x === door.x && cell.y === door.y)) {
      step(world, NO_INPUT);
      tick += 1;
      if (tick > 200) throw new Error('the Enforcer never planned a path through W');
    }
    setWall(world, door, TEST_GIDS.wall);
    step(world, NO_INPUT);
    const enforcer = world.enforcers[0]!;
    // The old path is gone; the new request is refused (B is sealed off again), so no path through W remains.
    expect(enforcer.walk.path.some((cell) => cell.x === door.x && cell.y === door.y)).toBe(false);
    for (let more = 0; more < 300; more += 1) {
      step(world, NO_INPUT);
      const here = tileOfEnforcer(world.enforcers[0]!);
      expect(world.tiles.solid[here.y * world.tiles.width + here.x]).toBe(0);
      expect(here.y).toBeLessThan(door.y);
    }
  });
});

describe('sight through a cell that turns opaque', () => {
  // A watcher at E looking east at Mira three tiles away; a curtain drawn at C between them.
  const { level, marks } = levelFromAscii(['#########', '#E.C.S..#', '#########'], {
    enforcers: [{ id: 1, start: [1, 1], routeMode: 'stationary', facing: 0, sightRange: 160, sightAngle: 90 }],
  });

  it('stops at once, on the tick the curtain is drawn, and the meter drains', () => {
    const world = createWorld(level, { seed: 1 });
    const events: SimEvent[] = [];
    for (let tick = 0; tick < 5; tick += 1) events.push(...step(world, NO_INPUT));
    expect(world.enforcers[0]!.seesMira).toBe(true);
    expect(events).toContainEqual({ type: 'spotted', enforcerId: 1 });
    const filled = world.enforcers[0]!.detection;

    setWall(world, marks('C'), TEST_GIDS.curtain);
    const after = step(world, NO_INPUT);
    expect(world.enforcers[0]!.seesMira).toBe(false);
    expect(after).toContainEqual({ type: 'lost-sight', enforcerId: 1 });
    expect(world.enforcers[0]!.detection).toBeLessThan(filled);
    // A curtain blocks sight, not walking.
    expect(world.tiles.solid[marks('C').y * world.tiles.width + marks('C').x]).toBe(0);
    expect(world.tiles.opaque[marks('C').y * world.tiles.width + marks('C').x]).toBe(1);
  });
});

describe('the hash of a world whose tiles change', () => {
  const { level, marks } = levelFromAscii(
    ['##########', '#S.......#', '#...##...#', '#....T...#', '#........#', '##########'],
    { enforcers: [{ id: 1, start: [8, 4], route: [[8, 4], [8, 1]], routeMode: 'ping-pong', sightRange: 32 }] },
  );
  const cell = marks('T');
  const run = (changes: ReadonlyMap<number, number>): string[] => {
    const world = createWorld(level, { seed: 5 });
    const hashes: string[] = [];
    for (let tick = 0; tick < 120; tick += 1) {
      const gid = changes.get(tick);
      if (gid !== undefined) setWall(world, cell, gid);
      step(world, { ...NO_INPUT, moveX: tick % 60 < 30 ? 1 : -1 });
      hashes.push(hashWorld(world));
    }
    return hashes;
  };

  it('differs after a change, matches tick for tick between two runs, and comes back when the change is undone', () => {
    const unchanged = run(new Map());
    const changedAndBack = run(new Map([[40, TEST_GIDS.wall], [41, 0]]));
    expect(changedAndBack).toEqual(run(new Map([[40, TEST_GIDS.wall], [41, 0]])));
    expect(changedAndBack.slice(0, 40)).toEqual(unchanged.slice(0, 40));
    // Tick 41 ran with the wall up: that world differs.
    expect(changedAndBack[40]).not.toBe(unchanged[40]);
    // From the tick the wall is gone again, nothing else remembers it.
    expect(changedAndBack.slice(41)).toEqual(unchanged.slice(41));
  });

  it('counts a change asked for but not yet made', () => {
    const world = createWorld(level, { seed: 5 });
    const before = hashWorld(world);
    setWall(world, cell, TEST_GIDS.wall);
    expect(hashWorld(world)).not.toBe(before);
  });

  it('leaves the world alone for a change to a cell off the map, to a missing layer, or to the same tile', () => {
    const world = createWorld(level, { seed: 5 });
    const reference = createWorld(level, { seed: 5 });
    requestTileChanges(world, [
      { layer: 0, x: -1, y: 2, gid: TEST_GIDS.wall },
      { layer: 0, x: 2, y: 99, gid: TEST_GIDS.wall },
      { layer: 7, x: 2, y: 2, gid: TEST_GIDS.wall },
      { layer: 0, x: 0, y: 0, gid: TEST_GIDS.wall },
    ]);
    const events = step(world, NO_INPUT);
    step(reference, NO_INPUT);
    expect(events.filter((event) => event.type === 'tiles-changed')).toEqual([]);
    expect(world.tiles.changeCount).toBe(0);
    expect(hashWorld(world)).toBe(hashWorld(reference));
  });
});
