import { describe, expect, it } from 'vitest';
import { boxOverlapsSolid } from '../../src/sim/movement.ts';
import { step } from '../../src/sim/step.ts';
import { requestTileChanges } from '../../src/sim/world-tiles.ts';
import type { SimEvent, World } from '../../src/sim/types.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { input } from './input-script.ts';
import { BLOCK_ROWS, type TestEnforcer } from './level-builder.ts';
import { INTERACT, SPAN, cellOf, centre, child, wake, walk, worldOf } from './group-script.ts';

describe('a child who follows', () => {
  // BLOCK: floor round a block of wall; she walks from A round the corners B and C to D.
  const blockRows = BLOCK_ROWS.map((row) => row.replace('#S', '.S').replace('S#', 'S.'));
  const rows = [...blockRows.slice(0, 8), '#S........#', '##########'];

  it('wakes with Interact, follows her round two corners, never stands in a wall and never blocks her', () => {
    const withChild = worldOf(rows, { children: [{ at: [1, 2] }] });
    const alone = worldOf(rows, {});
    for (const world of [withChild, alone]) {
      world.mira.x = centre(2) - 100;
      world.mira.y = centre(2);
    }
    expect(step(withChild, INTERACT)).toContainEqual({ type: 'child-joined', childId: 3000 });
    step(alone, INTERACT);
    expect(child(withChild).mode).toBe('following');
    const route = [{ x: centre(7), y: centre(2) }, { x: centre(7), y: centre(5) }, { x: centre(2), y: centre(5) }];
    let ticks = 0;
    walk(withChild, route, {
      each: () => {
        ticks += 1;
        expect(boxOverlapsSolid(withChild.tiles, child(withChild).x, child(withChild).y)).toBe(false);
      },
    });
    walk(alone, route);
    expect(withChild.tick).toBe(alone.tick);
    expect({ x: withChild.mira.x, y: withChild.mira.y }).toEqual({ x: alone.mira.x, y: alone.mira.y });
    for (let tick = 0; tick < 60; tick += 1) step(withChild, NO_INPUT);
    // Caught up round both corners: within about a tile and a half of her, on her side of the block.
    expect(Math.hypot(child(withChild).x - withChild.mira.x, child(withChild).y - withChild.mira.y)).toBeLessThanOrEqual(1.5 * SPAN);
    expect(cellOf(child(withChild))[1]).toBeGreaterThanOrEqual(5);
    // She walks straight back over it: it does not stop her.
    const before = withChild.mira.x;
    const back = worldOf(rows, {});
    back.mira.x = withChild.mira.x;
    back.mira.y = withChild.mira.y;
    for (let tick = 0; tick < 30; tick += 1) {
      step(withChild, input({ moveX: 1 }));
      step(back, input({ moveX: 1 }));
    }
    expect(withChild.mira.x).toBe(back.mira.x);
    expect(withChild.mira.x).toBeGreaterThan(before);
    expect(ticks).toBeGreaterThan(0);
  });

  it('copies her gait: a sneaking Mira leads a sneaking, silent child; a walking one a walking, heard one', () => {
    const corridor = ['##############', '#S...........#', '##############'];
    const sneaking = worldOf(corridor, { children: [{ at: [2, 1] }] });
    wake(sneaking);
    const gaits = new Set<string>();
    const noises: SimEvent[] = [];
    walk(sneaking, [{ x: centre(11), y: centre(1) }], {
      gait: { sneak: true },
      each: (events) => {
        gaits.add(child(sneaking).gait);
        noises.push(...events.filter((event) => event.type === 'noise'));
      },
    });
    expect([...gaits].sort()).toEqual(['sneak', 'still']);
    expect(noises).toEqual([]);

    const walking = worldOf(corridor, { children: [{ at: [2, 1] }] });
    wake(walking);
    const childNoises: SimEvent[] = [];
    walk(walking, [{ x: centre(11), y: centre(1) }], {
      each: (events) => {
        if (child(walking).gait === 'walk') {
          childNoises.push(...events.filter((event) => event.type === 'noise' && event.x === child(walking).x && event.y === child(walking).y));
        }
      },
    });
    expect(childNoises.length).toBeGreaterThan(0);
    expect(childNoises[0]).toMatchObject({ radius: 3 });
  });
});

describe('a group of three', () => {
  it('trails behind her at growing distances and never ends up with two children on one spot', () => {
    const room = ['##############', '#S...........#', '#............#', '#............#', '##############'];
    const world = worldOf(room, { children: [{ at: [2, 1] }, { at: [2, 2] }, { at: [3, 2] }] });
    for (const index of [0, 1, 2]) {
      world.mira.x = child(world, index).x - 100;
      world.mira.y = child(world, index).y;
      expect(step(world, INTERACT)).toContainEqual({ type: 'child-joined', childId: 3000 + index });
    }
    walk(world, [{ x: centre(11), y: centre(2) }, { x: centre(11), y: centre(3) }, { x: centre(6), y: centre(3) }]);
    for (let tick = 0; tick < 120; tick += 1) step(world, NO_INPUT);
    const distances = world.children.map((each) => Math.hypot(each.x - world.mira.x, each.y - world.mira.y));
    distances.forEach((distance, rank) => {
      expect(distance).toBeLessThanOrEqual(SPAN + (rank * SPAN) / 2 + 1);
    });
    for (const [a, b] of [[0, 1], [0, 2], [1, 2]] as const) {
      const first = child(world, a);
      const second = child(world, b);
      expect(Math.max(Math.abs(first.x - second.x), Math.abs(first.y - second.y))).toBeGreaterThanOrEqual(SPAN / 4);
    }
  });
});

describe('the group told to wait', () => {
  const room = ['##########', '#S.......#', '#........#', '##########'];

  it('Interact near the group makes it wait where it stands, and again makes it follow', () => {
    const world = worldOf(room, { children: [{ at: [2, 1] }, { at: [3, 1] }] });
    world.mira.x = centre(2) + SPAN / 2;
    world.mira.y = centre(1);
    expect(step(world, INTERACT)).toContainEqual({ type: 'child-joined', childId: 3000 });
    // The second child is within reach too: Interact wakes it before it gives any order.
    expect(step(world, INTERACT)).toContainEqual({ type: 'child-joined', childId: 3001 });
    expect(step(world, INTERACT)).toContainEqual({ type: 'group-order', waiting: true });
    expect(world.children.map((each) => each.mode)).toEqual(['waiting', 'waiting']);
    const stands = world.children.map((each) => ({ x: each.x, y: each.y }));
    walk(world, [{ x: centre(8), y: centre(1) }]);
    expect(world.children.map((each) => ({ x: each.x, y: each.y }))).toEqual(stands);
    walk(world, [{ x: centre(3), y: centre(1) }]);
    expect(step(world, INTERACT)).toContainEqual({ type: 'group-order', waiting: false });
    walk(world, [{ x: centre(8), y: centre(2) }]);
    for (let tick = 0; tick < 60; tick += 1) step(world, NO_INPUT);
    expect(world.children.every((each) => Math.abs(each.x - world.mira.x) <= 2 * SPAN)).toBe(true);
  });

  // An Enforcer at the east end looks down the corridor at the child's cell H (8 tiles away); Mira leaves
  // by the pocket below the west end, out of its sight.
  const corridor = ['###########', '#.H.......#', '#S#########', '###########'];
  const watcher: TestEnforcer = { id: 1, start: [9, 1], routeMode: 'stationary', facing: 180, sightRange: 160, sightAngle: 30 };

  function waitingChild(hiding: boolean): World {
    const world = worldOf(corridor, { children: [{ at: [2, 1] }], hidingCells: hiding ? [[2, 1]] : [] }, [watcher]);
    // She stands in the child's cell, still (hidden there too when it is a hiding cell), wakes it and tells it to wait.
    world.mira.x = centre(2) - 60;
    world.mira.y = centre(1);
    step(world, INTERACT);
    step(world, INTERACT);
    expect(world.children[0]!.mode).toBe('waiting');
    world.mira.x = centre(1);
    world.mira.y = centre(2);
    for (let tick = 0; tick < 60; tick += 1) step(world, NO_INPUT);
    return world;
  }

  it('a waiting child standing still in a hiding spot is not seen by the Enforcer looking at it', () => {
    const world = waitingChild(true);
    expect(world.enforcers[0]!.detection).toBe(0);
    expect(world.enforcers[0]!.seesMira).toBe(false);
  });

  it('the same child in the open is seen (the test can fail)', () => {
    const world = waitingChild(false);
    expect(world.enforcers[0]!.seesMira).toBe(true);
    expect(world.enforcers[0]!.watching).toBe(3000);
    expect(world.enforcers[0]!.detection).toBeGreaterThan(0);
    expect({ x: world.enforcers[0]!.lastSeenX, y: world.enforcers[0]!.lastSeenY }).toEqual({ x: centre(2), y: centre(1) });
  });
});

describe('Enforcers and the group', () => {
  // K is a checkpoint she passes; H a hiding cell. The Enforcer at the east end looks west along the corridor.
  const corridor = ['#############', '#SK...H.....#', '#############'];
  const looker: TestEnforcer = { id: 1, start: [11, 1], routeMode: 'stationary', facing: 180, sightRange: 112, sightAngle: 40 };

  it('an Enforcer that sees only a following child grows suspicious, chases it, catches it, and the group is back at the checkpoint', () => {
    const world = worldOf(corridor, { children: [{ at: [3, 1] }], hidingCells: [[6, 1]], checkpointCells: [[2, 1]] }, [looker]);
    const events: SimEvent[] = [];
    walk(world, [{ x: centre(2), y: centre(1) }], { each: (tick) => events.push(...tick) });
    expect(world.checkpoint).toBe(0);
    events.push(...wake(world));
    // She slips into the hiding cell unwatched; the child stands beside her in the open, in the cone.
    world.mira.x = centre(6);
    world.mira.y = centre(1);
    world.children[0]!.x = centre(7);
    world.children[0]!.y = centre(1);
    let caughtTick = -1;
    for (let tick = 0; tick < 600 && caughtTick === -1; tick += 1) {
      const now = step(world, NO_INPUT);
      events.push(...now);
      if (now.some((event) => event.type === 'caught')) caughtTick = world.tick;
    }
    const states = events.flatMap((event) => (event.type === 'state' ? [event.to] : []));
    expect(states.slice(0, 2)).toEqual(['suspicious', 'chase']);
    expect(events).toContainEqual({ type: 'caught', enforcerId: 1, childId: 3000 });
    const respawnEvents = step(world, NO_INPUT);
    // Back at the checkpoint's centre, the child on a free cell beside her, following again.
    expect({ x: world.mira.x, y: world.mira.y }).toEqual({ x: centre(2), y: centre(1) });
    expect(child(world).mode).toBe('following');
    expect(Math.abs(cellOf(child(world))[0] - 2)).toBe(1);
    expect(respawnEvents).toContainEqual({ type: 'state', enforcerId: 1, from: 'chase', to: 'return' });
  });

  // First play: she hid under a tree and the children, stopped a tile or two behind her in the open, got
  // the group seen. Now a still follower close to a hidden Mira crouches in her cover.
  function huddled(hiding: boolean): World {
    const world = worldOf(corridor, { children: [{ at: [3, 1] }], hidingCells: hiding ? [[6, 1]] : [] }, [looker]);
    wake(world);
    world.mira.x = centre(6);
    world.mira.y = centre(1);
    world.children[0]!.x = centre(6) + SPAN / 4;
    world.children[0]!.y = centre(1);
    for (let tick = 0; tick < 90; tick += 1) step(world, NO_INPUT);
    return world;
  }

  it('a still follower beside a hidden Mira hides with her: the Enforcer looking at both sees neither', () => {
    const world = huddled(true);
    expect(child(world).gait).toBe('still');
    expect(world.enforcers[0]!.seesMira).toBe(false);
    expect(world.enforcers[0]!.detection).toBe(0);
  });

  it('the same two out of cover are seen (the test can fail)', () => {
    const world = huddled(false);
    expect(world.enforcers[0]!.seesMira).toBe(true);
  });

  it('while she hides the followers press in close to her; when she comes out they trail again', () => {
    const world = worldOf(corridor, { children: [{ at: [3, 1] }], hidingCells: [[6, 1]] });
    wake(world);
    world.mira.x = centre(6);
    world.mira.y = centre(1);
    world.children[0]!.x = centre(8);
    world.children[0]!.y = centre(1);
    for (let tick = 0; tick < 120; tick += 1) step(world, NO_INPUT);
    expect(Math.abs(child(world).x - world.mira.x)).toBeLessThanOrEqual(SPAN / 2);
    expect(child(world).gait).toBe('still');
    // Out of cover (three tiles east, off the hiding cell) the child follows and stops a tile behind her again.
    world.mira.x = centre(9);
    for (let tick = 0; tick < 120; tick += 1) step(world, NO_INPUT);
    expect(Math.abs(child(world).x - world.mira.x)).toBeGreaterThan(SPAN / 2);
  });

  it('a catch without a checkpoint sends the group to the spawn', () => {
    const world = worldOf(corridor, { children: [{ at: [3, 1] }], hidingCells: [[6, 1]] }, [looker]);
    wake(world);
    world.mira.x = centre(6);
    world.children[0]!.x = centre(7);
    for (let tick = 0; tick < 600 && !world.respawnPending; tick += 1) step(world, NO_INPUT);
    step(world, NO_INPUT);
    expect({ x: world.mira.x, y: world.mira.y }).toEqual({ x: centre(1), y: centre(1) });
  });

  it('a catch after the dream grew a wall over the spawn puts her beside it, north first, never inside it', () => {
    const world = worldOf(corridor, { children: [{ at: [3, 1] }] }, [looker]);
    wake(world);
    world.mira.x = centre(6);
    // What a dream phase does while she is away: the spawn's cell turns to wall (walls layer, tile 1).
    requestTileChanges(world, [{ layer: 0, x: 1, y: 1, gid: 1 }]);
    for (let tick = 0; tick < 600 && !world.respawnPending; tick += 1) step(world, NO_INPUT);
    expect(world.respawnPending).toBe(true);
    step(world, NO_INPUT);
    // North, east, south, west from the walled spawn (1,1): only east is open.
    expect(cellOf(world.mira)).toEqual([2, 1]);
    expect(boxOverlapsSolid(world.tiles, world.mira.x, world.mira.y)).toBe(false);
    expect(boxOverlapsSolid(world.tiles, child(world).x, child(world).y)).toBe(false);
  });

  it('an Enforcer facing away hears a running child and turns to where the child is', () => {
    const rows = ['##############', '#S...........#', '##############'];
    const deaf: TestEnforcer = { id: 1, start: [12, 1], routeMode: 'stationary', facing: 0, sightRange: 80, sightAngle: 60 };
    const world = worldOf(rows, { children: [{ at: [2, 1] }] }, [deaf]);
    wake(world);
    // She runs a few steps (the child copies the run), then stands; the child, far behind, runs to her.
    walk(world, [{ x: centre(4), y: centre(1) }], { gait: { run: true } });
    world.children[0]!.x = centre(1);
    world.mira.x = centre(9);
    const heard: SimEvent[] = [];
    let heardAt = { x: 0, y: 0 };
    for (let tick = 0; tick < 60 && heard.length === 0; tick += 1) {
      heard.push(...step(world, NO_INPUT).filter((event) => event.type === 'heard'));
      heardAt = { x: world.enforcers[0]!.lastSeenX, y: world.enforcers[0]!.lastSeenY };
    }
    expect(heard).toEqual([{ type: 'heard', enforcerId: 1, loud: true }]);
    expect(heardAt.x).toBeLessThan(world.mira.x);
    expect(heardAt.x).toBe(child(world).x);
  });
});
