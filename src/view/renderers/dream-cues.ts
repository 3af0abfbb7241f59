// What the view shows of the children and the dream, worked out from world state only (no Phaser, so
// Node tests read it): the Interact and Dream prompts, the group count, each circle's readiness, the
// ring, the meter and how strongly a cell ripples. The rules decide; these only say what they decided.
import { interactTarget } from '../../sim/interact.ts';
import { circleGathering, isMiraSeen, readyCircle } from '../../sim/dream.ts';
import {
  DREAM_METER_FULL,
  DREAM_RING_TICKS,
  DREAM_RIPPLE_TICKS,
  type ChildState,
  type World,
} from '../../sim/types.ts';
import { doorPrompt } from '../input/controls-text.ts';
import type { Bindings } from '../input/bindings.ts';
import { currentBindings, promptLabel } from '../input/current-bindings.ts';

/** A child as the player reads it: its name from Tiled, or `fallback` for a child left unnamed. */
export function childLabel(child: ChildState | undefined, fallback = 'a child'): string {
  return child === undefined || child.name === '' ? fallback : child.name;
}

/**
 * What Interact would do now, in the rules' order (interactTarget, src/sim/interact.ts): talk, look at a
 * clue, a trigger, wake an asleep child in reach, the door in front of her, or order the group to wait or
 * follow. Null when it would do nothing, and while a scene is open.
 */
export function interactPrompt(world: World, bindings: Bindings = currentBindings()): string | null {
  // While a scene is open Interact shows its next line: the dialogue box says so.
  if (world.status !== 'playing' || world.scene !== null) return null;
  const target = interactTarget(world);
  if (target === null) return null;
  const key = promptLabel('interact', bindings);
  switch (target.kind) {
    case 'talk': {
      const talk = world.level.talks[target.index]!;
      return `${key}: talk${talk.name === '' ? '' : ` to ${talk.name}`}`;
    }
    case 'clue': {
      const clue = world.level.clues[target.index]!;
      return `${key}: ${clue.pickUp ? 'pick up' : 'look at'} ${clue.name === '' ? 'it' : clue.name}`;
    }
    case 'trigger': {
      const trigger = world.level.triggers[target.index]!;
      return `${key}: ${trigger.name === '' ? 'look' : trigger.name}`;
    }
    case 'wake':
      return `${key}: wake ${childLabel(target.child, 'the child')}`;
    case 'door': {
      const door = world.doors[target.index]!;
      if (target.locked) return 'locked';
      return door.closeWaiting ? 'closing when clear' : doorPrompt(door.open, bindings);
    }
    case 'group':
      return `${key}: ${target.waiting ? 'wait here' : 'follow me'}`;
  }
}

export interface CircleReadiness {
  readonly miraInside: boolean;
  /** Following children inside the circle. */
  readonly followersInside: number;
  readonly needed: number;
  /** Holding Dream now would fill this circle's ring: the rules' own answer (readyCircle, not seen). */
  readonly ready: boolean;
  /** Enough of them inside, but an Enforcer sees her: the ring will not fill. */
  readonly seen: boolean;
}

export function circleReadiness(world: World, index: number): CircleReadiness {
  const gathering = circleGathering(world, index);
  const seen = isMiraSeen(world);
  return { ...gathering, ready: readyCircle(world) === index && !seen, seen };
}

/** Over Mira inside a circle while the world wakes: how to dream, and what is missing. */
export function dreamPrompt(world: World, bindings: Bindings = currentBindings()): string | null {
  if (world.status !== 'playing' || world.scene !== null || world.dream.stage !== 'waking') return null;
  const index = world.level.dreamCircles.findIndex((_, at) => circleGathering(world, at).miraInside);
  if (index === -1) return null;
  const readiness = circleReadiness(world, index);
  const hold = `Hold ${promptLabel('dream', bindings)}: dream together`;
  if (readiness.ready) return hold;
  if (readiness.followersInside >= readiness.needed) return `${hold} — not while you are seen`;
  // Counted inside the ring, not following: two children trailing behind her outside it do not dream.
  return `${hold} — ${readiness.followersInside} of ${readiness.needed} ${readiness.needed === 1 ? 'child' : 'children'} inside the ring`;
}

/** The HUD's group line, or null on a level without children. */
export function groupLine(world: World): string | null {
  const total = world.children.length;
  if (total === 0) return null;
  const following = world.children.filter((child) => child.mode === 'following').length;
  const waiting = world.children.filter((child) => child.mode === 'waiting').length;
  return `children ${following}/${total} following${waiting > 0 ? ` · ${waiting} waiting` : ''}`;
}

/** 0..1: how full the ring is. */
export function ringProgress(ringTicks: number): number {
  return Math.min(1, Math.max(0, ringTicks / DREAM_RING_TICKS));
}

/** 0..1: the dream meter, shown while dreaming or fading; null while the world wakes. */
export function meterShare(world: World): number | null {
  if (world.dream.stage === 'waking') return null;
  return Math.min(1, Math.max(0, world.dream.meter / DREAM_METER_FULL));
}

/**
 * How close a cell is to its next change, 0..1 (1: changing now); 0 when no change is due or it is
 * further off than DREAM_RIPPLE_TICKS. Cells at 1 are the wave's front, and so is a cell whose change is
 * overdue: it waits, still scheduled, for Mira or a child to step off it.
 */
export function rippleStrength(changeAt: number, tick: number): number {
  if (changeAt < 0) return 0;
  const left = changeAt - tick;
  if (left > DREAM_RIPPLE_TICKS) return 0;
  return left <= 0 ? 1 : 1 - left / DREAM_RIPPLE_TICKS;
}
