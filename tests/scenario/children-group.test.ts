import { describe, expect, it } from 'vitest';
import { CHILD_STUCK_TICKS } from '../../src/sim/children.ts';
import { boxOverlapsSolid } from '../../src/sim/movement.ts';
import { step } from '../../src/sim/step.ts';
import type { SimEvent, World } from '../../src/sim/types.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { input } from './input-script.ts';
import type { TestEnforcer } from './level-builder.ts';
import { INTERACT, cellOf, centre, child, wake, walk, worldOf } from './group-script.ts';

describe('a child left behind', () => {
  // A closed-off room east of the door o; an Enforcer in the niche above (5,2) looks down through it.
  const rows = ['###########', '#####.#####', '#S.o.....##', '####.....##', '###########'];
  const niche: TestEnforcer = { id: 1, start: [5, 1], routeMode: 'stationary', facing: 90, sightRange: 40, sightAngle: 20 };

  function leftBehind(enforcers: readonly TestEnforcer[]): { world: World; joinedAt: number } {
    const world = worldOf(rows, { children: [{ at: [2, 2] }] }, enforcers);
    walk(world, [{ x: centre(2) - 180, y: centre(2) }]);
    expect(step(world, INTERACT)).toContainEqual({ type: 'child-joined', childId: 3000 });
    expect(step(world, INTERACT)).toContainEqual({ type: 'group-order', waiting: true });
    walk(world, [{ x: centre(4), y: centre(2) }], { gait: { sneak: true } });
    world.mira.x = centre(4);
    // Sneaking taps, so the Enforcer in the niche hears nothing and keeps looking down.
    step(world, input({ moveX: -1, sneak: true }));
    expect(step(world, INTERACT)).toContainEqual({ type: 'door', doorId: 2000, open: false });
    step(world, input({ moveX: 1, sneak: true }));
    expect(step(world, INTERACT)).toContainEqual({ type: 'group-order', waiting: false });
    return { world, joinedAt: world.tick };
  }

  it('behind a closed door it stays put, then after the stuck time regroups beside her, on the cell the Enforcer cannot see', () => {
    const { world, joinedAt } = leftBehind([niche]);
    const start = { x: child(world).x, y: child(world).y };
    // The order's own tick counts as the first one stuck.
    while (world.tick < joinedAt + CHILD_STUCK_TICKS - 2) {
      step(world, NO_INPUT);
      expect({ x: child(world).x, y: child(world).y }).toEqual(start);
    }
    step(world, NO_INPUT);
    // (5,2), first in row order, is in the Enforcer's sight: it lands on (4,3) below her instead.
    expect(cellOf(child(world))).toEqual([4, 3]);
    expect(world.enforcers[0]!.detection).toBe(0);
  });

  it('with nobody watching it takes the first cell in row order (the test can fail)', () => {
    const { world, joinedAt } = leftBehind([]);
    while (world.tick < joinedAt + CHILD_STUCK_TICKS - 1) step(world, NO_INPUT);
    expect(cellOf(child(world))).toEqual([5, 2]);
  });
});

describe('a child in a doorway', () => {
  it('keeps the door from shutting on it: the close waits until the doorway is free', () => {
    const world = worldOf(['#######', '#S.o..#', '#######'], { children: [{ at: [3, 1] }] });
    world.mira.x = centre(3) - 150;
    expect(step(world, INTERACT)).toContainEqual({ type: 'child-joined', childId: 3000 });
    expect(step(world, INTERACT)).toContainEqual({ type: 'group-order', waiting: true });
    // Back a step, facing the door with the child waiting in it: Interact asks it to close.
    step(world, input({ moveX: -1, sneak: true }));
    world.mira.x = centre(2);
    step(world, input({ moveX: 1, sneak: true }));
    const events = step(world, INTERACT);
    expect(events.filter((event) => event.type === 'door')).toEqual([]);
    expect(world.doors[0]!.closeWaiting).toBe(true);
    for (let tick = 0; tick < 30; tick += 1) expect(step(world, NO_INPUT).filter((event) => event.type === 'door')).toEqual([]);
    expect(boxOverlapsSolid(world.tiles, child(world).x, child(world).y)).toBe(false);
  });
});

describe('a Watcher and the group', () => {
  it('a Watcher that sees only a child sends the whole group back to the checkpoint, waiting children too', () => {
    const corridor = ['#############', '#SK...H.....#', '#############'];
    const watcher: TestEnforcer = { id: 9, start: [11, 1], routeMode: 'stationary', facing: 180, sightRange: 112, sightAngle: 40, hunterClass: 'Watcher' };
    const world = worldOf(corridor, { children: [{ at: [3, 1] }], hidingCells: [[6, 1]], checkpointCells: [[2, 1]] }, [watcher]);
    walk(world, [{ x: centre(2), y: centre(1) }]);
    wake(world);
    expect(step(world, INTERACT)).toContainEqual({ type: 'group-order', waiting: true });
    world.mira.x = centre(6);
    child(world).x = centre(8);
    let sentBack: SimEvent | undefined;
    for (let tick = 0; tick < 600 && !sentBack; tick += 1) sentBack = step(world, NO_INPUT).find((event) => event.type === 'sent-back');
    expect(sentBack).toEqual({ type: 'sent-back', enforcerId: 9, checkpoint: 0 });
    step(world, NO_INPUT);
    expect({ x: world.mira.x, y: world.mira.y }).toEqual({ x: centre(2), y: centre(1) });
    expect(child(world).mode).toBe('following');
    expect(Math.abs(cellOf(child(world))[0] - 2)).toBe(1);
  });
});
