// What the view shows of the children and the dream, worked out from world state only (no Phaser, so
// Node tests read it): the Interact and Dream prompts, the group count, each circle's readiness, the
// ring, the meter and how strongly a cell ripples. The rules decide; these only say what they decided.
import { interactTarget } from '../../sim/children.ts';
import { isInsideCircle } from '../../sim/dream-wave.ts';
import {
  DREAM_METER_FULL,
  DREAM_RING_TICKS,
  DREAM_RIPPLE_TICKS,
  SUBPIXELS_PER_PIXEL,
  type World,
} from '../../sim/types.ts';
import { doorPrompt } from '../input/controls-text.ts';
import { BINDINGS, keysLabel, type Bindings } from '../input/bindings.ts';

/**
 * What Interact would do now, in the rules' order (interactTarget): wake an asleep child in reach, else
 * the door in front of her, else order the group to wait or follow. Null when it would do nothing.
 */
export function interactPrompt(world: World, bindings: Bindings = BINDINGS): string | null {
  if (world.status !== 'playing') return null;
  const target = interactTarget(world);
  if (target === null) return null;
  const key = keysLabel('interact', bindings);
  switch (target.kind) {
    case 'wake':
      return `${key}: wake ${target.child.name === '' ? 'the child' : target.child.name}`;
    case 'door': {
      const door = world.doors[target.index]!;
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
  /** Mira inside with enough followers: holding Dream would fill the ring. */
  readonly ready: boolean;
}

export function circleReadiness(world: World, index: number): CircleReadiness {
  const circle = world.level.dreamCircles[index];
  if (!circle) return { miraInside: false, followersInside: 0, needed: 0, ready: false };
  const pixel = (value: number): number => value / SUBPIXELS_PER_PIXEL;
  const miraInside = isInsideCircle(circle, pixel(world.mira.x), pixel(world.mira.y));
  const followersInside = world.children.filter(
    (child) => child.mode === 'following' && isInsideCircle(circle, pixel(child.x), pixel(child.y)),
  ).length;
  return { miraInside, followersInside, needed: circle.children, ready: miraInside && followersInside >= circle.children };
}

/** Over Mira inside a circle while the world wakes: how to dream, and what is missing. */
export function dreamPrompt(world: World, bindings: Bindings = BINDINGS): string | null {
  if (world.status !== 'playing' || world.dream.stage !== 'waking') return null;
  const index = world.level.dreamCircles.findIndex((_, at) => circleReadiness(world, at).miraInside);
  if (index === -1) return null;
  const readiness = circleReadiness(world, index);
  const hold = `Hold ${keysLabel('dream', bindings)}: dream together`;
  if (readiness.ready) return hold;
  return `${hold} — needs ${readiness.needed} ${readiness.needed === 1 ? 'child' : 'children'}`;
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
 * further off than DREAM_RIPPLE_TICKS. Cells at 1 are the wave's front.
 */
export function rippleStrength(changeAt: number, tick: number): number {
  if (changeAt < 0) return 0;
  const left = changeAt - tick;
  if (left < 0 || left > DREAM_RIPPLE_TICKS) return 0;
  return 1 - left / DREAM_RIPPLE_TICKS;
}
