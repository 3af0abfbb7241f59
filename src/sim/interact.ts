// Interact, decided in one place: what Mira can act on now, in one documented order, and acting on it.
// The view's prompt reads interactTarget, the same answer the rules act on, so it never names one thing
// and does another. The order (the first that applies wins):
//   1. a Talk within reach (its person beside her, or her feet in its area), if its flags hold;
//   2. a Clue within reach, not yet taken, if its flags hold;
//   3. an `interact` Trigger she stands in, if its flags hold (and it has not fired, when once);
//   4. a sleeping child within reach: it wakes and follows;
//   5. the door within reach: it opens or closes, or says it is locked while its flags do not hold;
//   6. with a recruited child within GROUP_ORDER_TILES: the whole group waits, or follows.
// A Talk goes before waking, so "talk to Leo" and "wake Leo" never collide: his Talk can recruit him.
import type { Rect } from '../level/level-definition.ts';
import { distanceBetween, groupOrder, orderGroup, sleeperInReach, wakeChild, WAKE_REACH_QUARTERS } from './children.ts';
import { interactWithDoor, reachableDoor } from './doors.ts';
import { act, fireTrigger, flagsHold, isMiraInside } from './story.ts';
import type { ChildState, SimEvent, World } from './types.ts';

export type InteractTarget =
  | { readonly kind: 'talk'; readonly index: number }
  | { readonly kind: 'clue'; readonly index: number }
  | { readonly kind: 'trigger'; readonly index: number }
  | { readonly kind: 'wake'; readonly child: ChildState }
  /** `locked`: its flags do not hold yet, so Interact only says so. */
  | { readonly kind: 'door'; readonly index: number; readonly locked: boolean }
  /** Order the whole group: `waiting` is the order given (wait if any child follows, else follow). */
  | { readonly kind: 'group'; readonly waiting: boolean };

/** Where a Talk's person stands now (sub-pixels), or null when it has none or they are gone. */
function personAt(world: World, id: number): { readonly x: number; readonly y: number } | null {
  return world.children.find((child) => child.id === id) ?? world.enforcers.find((enforcer) => enforcer.id === id) ?? null;
}

function isTalkInReach(world: World, talk: { readonly person: number; readonly area: Rect }): boolean {
  if (talk.person === 0) return isMiraInside(world, talk.area);
  const person = personAt(world, talk.person);
  return person !== null && distanceBetween(person, world.mira) <= Math.floor((world.tiles.span * WAKE_REACH_QUARTERS) / 4);
}

/** What Interact would do now, by the order above; null when it would do nothing. */
export function interactTarget(world: World): InteractTarget | null {
  const { level } = world;
  const talk = level.talks.findIndex((entry, index) =>
    !(entry.once && world.talksDone[index] === 1) && flagsHold(world, entry.requires) && isTalkInReach(world, entry));
  if (talk !== -1) return { kind: 'talk', index: talk };
  const clue = level.clues.findIndex((entry, index) => world.cluesTaken[index] === 0 && flagsHold(world, entry.requires) && isMiraInside(world, entry.area));
  if (clue !== -1) return { kind: 'clue', index: clue };
  const trigger = level.triggers.findIndex((entry, index) =>
    entry.activation === 'interact' && !(entry.once && world.triggersFired[index] === 1) && flagsHold(world, entry.requires) && isMiraInside(world, entry.area));
  if (trigger !== -1) return { kind: 'trigger', index: trigger };
  const sleeper = sleeperInReach(world);
  if (sleeper) return { kind: 'wake', child: sleeper };
  const door = reachableDoor(world);
  if (door !== -1) return { kind: 'door', index: door, locked: !world.doors[door]!.open && !flagsHold(world, level.doors[door]!.requires) };
  const waiting = groupOrder(world);
  return waiting === null ? null : { kind: 'group', waiting };
}

export function interact(world: World, events: SimEvent[]): void {
  const target = interactTarget(world);
  if (target === null) return;
  switch (target.kind) {
    case 'talk': {
      const talk = world.level.talks[target.index]!;
      world.talksDone[target.index] = 1;
      act(world, { action: talk, source: { kind: 'Talk', id: talk.id }, recruits: talk.recruits, events });
      return;
    }
    case 'clue': {
      const clue = world.level.clues[target.index]!;
      world.cluesTaken[target.index] = 1;
      events.push({ type: 'clue', clueId: clue.id, pickedUp: clue.pickUp });
      act(world, { action: clue, source: { kind: 'Clue', id: clue.id }, events });
      return;
    }
    case 'trigger':
      fireTrigger(world, target.index, events);
      return;
    case 'wake':
      wakeChild(world, target.child, events);
      return;
    case 'door':
      if (target.locked) events.push({ type: 'locked', what: 'door', id: world.level.doors[target.index]!.id });
      else interactWithDoor(world, events);
      return;
    case 'group':
      orderGroup(world, target.waiting, events);
  }
}
