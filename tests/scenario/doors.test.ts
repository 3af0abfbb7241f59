// Doors: Mira opens and closes them with Interact, a closed one blocks walking and sight, opening one is
// heard close by, an Enforcer on its way opens one after a short stop, and none closes on anyone in it.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { DOOR_PAUSE_TICKS } from '../../src/sim/doors.ts';
import { step } from '../../src/sim/step.ts';
import type { SimEvent, TileCell, World } from '../../src/sim/types.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { input, RIGHT } from './input-script.ts';
import { levelFromAscii } from './level-builder.ts';

const SPAN = 256;
const OPEN_RIGHT = input({ moveX: 1, interact: true });

function solidAt(world: World, cell: TileCell): boolean {
  return world.tiles.solid[cell.y * world.tiles.width + cell.x] === 1;
}

function opaqueAt(world: World, cell: TileCell): boolean {
  return world.tiles.opaque[cell.y * world.tiles.width + cell.x] === 1;
}

function miraTile(world: World): TileCell {
  return { x: Math.floor(world.mira.x / SPAN), y: Math.floor(world.mira.y / SPAN) };
}

describe('a door Mira opens', () => {
  // Mira at S, a closed door at d, an Enforcer at E looking west along the corridor at her.
  const { level } = levelFromAscii(['#########', '#S.d...E#', '#########'], {
    enforcers: [{ id: 1, start: [7, 1], facing: 180, sightRange: 112, sightAngle: 90 }],
  });
  const door = { x: 3, y: 1 };

  it('blocks movement and sight while closed', () => {
    const world = createWorld(level, { seed: 1 });
    expect(solidAt(world, door)).toBe(true);
    expect(opaqueAt(world, door)).toBe(true);
    for (let tick = 0; tick < 90; tick += 1) {
      step(world, RIGHT);
      expect(world.enforcers[0]!.seesMira).toBe(false);
    }
    // She walked up to the door and stopped there, her feet short of its cell.
    expect(miraTile(world).x).toBe(2);
    expect(world.mira.x + 5 * 16).toBeLessThanOrEqual(door.x * SPAN);
  });

  it('lets the Enforcer see her through it once it is open, from the next tile point', () => {
    const world = createWorld(level, { seed: 1 });
    for (let tick = 0; tick < 40; tick += 1) step(world, RIGHT);
    const pressed = step(world, OPEN_RIGHT);
    expect(pressed).toContainEqual({ type: 'door', doorId: level.doors[0]!.id, open: true });
    expect(world.enforcers[0]!.seesMira).toBe(false);
    const landed = step(world, NO_INPUT);
    expect(landed).toContainEqual({ type: 'tiles-changed', cells: [door] });
    expect(solidAt(world, door)).toBe(false);
    expect(world.enforcers[0]!.seesMira).toBe(true);
  });

  it('closes again with a second Interact, and the Enforcer loses sight of her', () => {
    const world = createWorld(level, { seed: 1 });
    for (let tick = 0; tick < 40; tick += 1) step(world, RIGHT);
    step(world, OPEN_RIGHT);
    step(world, NO_INPUT);
    expect(world.enforcers[0]!.seesMira).toBe(true);
    // Still facing the door, not stepping into it: a step would put her in the doorway, and it would wait.
    step(world, input({ interact: true }));
    step(world, NO_INPUT);
    expect(solidAt(world, door)).toBe(true);
    expect(world.enforcers[0]!.seesMira).toBe(false);
  });

  it('does nothing when no door is within reach', () => {
    const world = createWorld(level, { seed: 1 });
    const events = step(world, input({ interact: true }));
    expect(events.some((event) => event.type === 'door')).toBe(false);
    step(world, NO_INPUT);
    expect(solidAt(world, door)).toBe(true);
  });
});

describe('a door Mira opens makes a noise', () => {
  // A near Enforcer 2 tiles past the door (facing away), a far one 6 tiles past it.
  const { level } = levelFromAscii(['##############', '#S.d.N....F..#', '##############'], {
    enforcers: [
      { id: 1, start: [5, 1], facing: 0, sightRange: 16, sightAngle: 10 },
      { id: 2, start: [10, 1], facing: 0, sightRange: 16, sightAngle: 10 },
    ],
  });

  it('that an Enforcer within its radius hears, and one beyond it does not', () => {
    const world = createWorld(level, { seed: 1 });
    for (let tick = 0; tick < 40; tick += 1) step(world, RIGHT);
    const events: SimEvent[] = [...step(world, OPEN_RIGHT), ...step(world, NO_INPUT)];
    expect(events.some((event) => event.type === 'noise' && event.radius === 3)).toBe(true);
    const heard = events.flatMap((event) => (event.type === 'heard' ? [event.enforcerId] : []));
    expect(heard).toEqual([1]);
  });

  it('while a closed door stays silent and her sneaking makes none', () => {
    const world = createWorld(level, { seed: 1 });
    const events: SimEvent[] = [];
    for (let tick = 0; tick < 60; tick += 1) events.push(...step(world, input({ moveX: 1, sneak: true })));
    expect(events.some((event) => event.type === 'heard')).toBe(false);
  });
});

describe('an Enforcer whose path crosses a closed door', () => {
  // The way from A to B is through the door d; Mira waits in a sealed pocket below.
  const { level } = levelFromAscii(['#######', '#A.d.B#', '#######', '#S#####', '#######'], {
    enforcers: [{ id: 1, start: [1, 1], route: [[1, 1], [5, 1]], routeMode: 'ping-pong', speed: 60 }],
  });
  const door = { x: 3, y: 1 };

  it('stops before it for the pause, opens it, walks on and leaves it open', () => {
    const world = createWorld(level, { seed: 1 });
    let stillTicks = 0;
    let openedAt = -1;
    let reachedB = -1;
    for (let tick = 0; tick < 400 && reachedB === -1; tick += 1) {
      const before = { x: world.enforcers[0]!.x, y: world.enforcers[0]!.y };
      const events = step(world, NO_INPUT);
      const enforcer = world.enforcers[0]!;
      const cell = { x: Math.floor(enforcer.x / SPAN), y: Math.floor(enforcer.y / SPAN) };
      // It never walks into the door's cell while the door is shut.
      if (cell.x === door.x) expect(solidAt(world, door)).toBe(false);
      if (openedAt === -1 && enforcer.x === before.x && enforcer.y === before.y && enforcer.walk.path.length > 0) stillTicks += 1;
      if (events.some((event) => event.type === 'tiles-changed')) openedAt = world.tick;
      if (cell.x === 5) reachedB = world.tick;
    }
    expect(openedAt).toBeGreaterThan(0);
    expect(stillTicks).toBeGreaterThanOrEqual(DOOR_PAUSE_TICKS - 1);
    expect(reachedB).toBeGreaterThan(openedAt);
    expect(world.doors[0]!.open).toBe(true);
    expect(solidAt(world, door)).toBe(false);
    // Its own door is no sign of a child: nobody heard anything.
    expect(world.enforcers[0]!.state.name).toBe('patrol');
  });
});

describe('a door never closes on someone standing in it', () => {
  const { level } = levelFromAscii(['########', '#S.o...#', '########']);
  const door = { x: 3, y: 1 };

  it('waits until Mira has left the doorway, then closes', () => {
    const world = createWorld(level, { seed: 1 });
    expect(solidAt(world, door)).toBe(false);
    while (miraTile(world).x < door.x || world.mira.x < door.x * SPAN + SPAN / 2) step(world, RIGHT);
    const pressed = step(world, input({ interact: true }));
    expect(pressed.some((event) => event.type === 'door')).toBe(false);
    expect(world.doors[0]!.closeWaiting).toBe(true);
    for (let tick = 0; tick < 30; tick += 1) {
      step(world, NO_INPUT);
      expect(solidAt(world, door)).toBe(false);
    }
    let closedAt = -1;
    for (let tick = 0; tick < 120 && closedAt === -1; tick += 1) {
      step(world, RIGHT);
      if (solidAt(world, door)) closedAt = world.tick;
    }
    expect(closedAt).toBeGreaterThan(0);
    // Her feet are clear of the cell that turned solid.
    expect(world.mira.x - 5 * 16).toBeGreaterThanOrEqual((door.x + 1) * SPAN);
  });
});
