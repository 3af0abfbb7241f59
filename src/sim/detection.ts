// Gradual detection (fair stealth: never instant at the cone's edge): a meter per Enforcer fills while
// Mira is seen, fast in the near band and slowly in the far band, and drains when she is not. How fast
// it fills depends on her stance, the light she stands in, the Enforcer's class and the level's alert.
// What the senses found goes to the Enforcer's brain as a percept; the brain decides what it does.
// The children of her group are seen as she is (each by its own stance, light and hiding): an Enforcer
// has one meter, and the sighting that fills it fastest counts.
import { HUNTER_CLASS_PARAMETERS } from '../level/entity-schema.ts';
import type { Percept } from './enforcer/enforcer-behaviour.ts';
import { toSubpixels } from './fixed-point.ts';
import { lightingAt, type Lighting } from './lights.ts';
import { canSee, isInNearBand } from './sight.ts';
import { distanceBetween, HUDDLE_TILES } from './children.ts';
import type { AlertLevel, ChildState, EnforcerState, Gait, MiraState, SimEvent, World } from './types.ts';
import { DETECTION_FULL } from './types.ts';

export type { Lighting } from './lights.ts';

/** Per tick in the near band (within half the range): full in 24 ticks, 0.4 s, at a walk in normal light. */
export const NEAR_FILL_PER_TICK = 42;
/** Per tick in the far band: full in 91 ticks, about 1.5 s, at a walk in normal light. */
export const FAR_FILL_PER_TICK = 11;
/** Per tick while unseen: about a third of the far band's fill, so a glimpse is forgiven in ~4 s. */
export const DRAIN_PER_TICK = 4;

export type Stance = 'crouch' | 'still' | 'sneak' | 'walk' | 'run';
/**
 * How visible each stance makes Mira, in eighths. Pinned against the gait speeds (movement.ts) so that
 * crossing a cone fills the meter least on a sneak (3/8 at 10 sub-pixels a tick: 0.0375 a sub-pixel),
 * more on a walk (1 at 18: 0.056) and most on a run (14/8 at 30: 0.058). With smaller differences,
 * running was the safest way through a cone. Crouching (still, Sneak held) is lower than any move.
 */
export const STANCE_VISIBILITY_EIGHTHS: Readonly<Record<Stance, number>> = { crouch: 2, still: 8, sneak: 3, walk: 8, run: 14 };
/**
 * Inside a Light that is on, or on a lit tile, she is half again as easy to see as in the night's dark;
 * the dark is the light every other table here is pinned in (so a level without Lights plays as before
 * them), and it is below the lit rate: stepping out of the light always lowers the fill.
 */
export const LIGHT_VISIBILITY_EIGHTHS: Readonly<Record<Lighting, number>> = { lit: 12, dark: 8 };
/** Caution and alarm sharpen every Enforcer's eyes a quarter. */
export const ALERT_VISIBILITY_EIGHTHS: Readonly<Record<AlertLevel, number>> = { calm: 8, caution: 10, alarm: 10 };

export function stanceOf(mira: MiraState): Stance {
  if (mira.gait === 'still') return mira.crouching ? 'crouch' : 'still';
  return mira.gait;
}

export interface FillFactors {
  readonly near: boolean;
  readonly stance: Stance;
  readonly lighting: Lighting;
  readonly alert: AlertLevel;
  /** The class's own eighths (HUNTER_CLASS_PARAMETERS). */
  readonly classEighths: number;
}

/** One tick's fill, rounded down once at the end so no factor's rounding hides another's. */
export function fillPerTick(factors: FillFactors): number {
  const base = factors.near ? NEAR_FILL_PER_TICK : FAR_FILL_PER_TICK;
  const eighths =
    STANCE_VISIBILITY_EIGHTHS[factors.stance] *
    LIGHT_VISIBILITY_EIGHTHS[factors.lighting] *
    ALERT_VISIBILITY_EIGHTHS[factors.alert] *
    factors.classEighths;
  return Math.floor((base * eighths) / 4096);
}

/** Standing still on a hiding tile or inside a HidingSpot: Mira or a child, by its feet. */
export function isHiddenAt(world: World, body: { readonly x: number; readonly y: number; readonly gait: Gait }): boolean {
  const { tiles, level } = world;
  if (body.gait !== 'still') return false;
  const column = Math.floor(body.x / tiles.span);
  const row = Math.floor(body.y / tiles.span);
  if (column >= 0 && row >= 0 && column < tiles.width && row < tiles.height && tiles.hiding[row * tiles.width + column] === 1) return true;
  return level.hidingSpots.some((spot) => {
    const left = toSubpixels(spot.x);
    const top = toSubpixels(spot.y);
    return body.x >= left && body.y >= top && body.x < left + toSubpixels(spot.width) && body.y < top + toSubpixels(spot.height);
  });
}

/**
 * A following child that stands still close by while Mira hides crouches in her cover with her: hidden as
 * she is. Without it a first-time player hid under a tree and the children, stopped a tile or two behind
 * her in the open, got the group seen.
 */
export function huddlesWithMira(world: World, child: ChildState): boolean {
  return child.mode === 'following' && child.gait === 'still' && distanceBetween(child, world.mira) <= HUDDLE_TILES * world.tiles.span;
}

/** Someone an Enforcer can see: Mira (childId null) or a recruited child. */
export interface SightTarget {
  readonly childId: number | null;
  readonly x: number;
  readonly y: number;
  readonly stance: Stance;
  readonly hidden: boolean;
}

/** What `watching` calls a target: 0 for Mira (Tiled ids start at 1), else the child's id. */
export function watchKey(target: SightTarget): number {
  return target.childId ?? 0;
}

/** Mira first, then the recruited children in level order: the order ties are broken in. Asleep children are no one's business. */
export function sightTargets(world: World): SightTarget[] {
  const { mira } = world;
  const miraHidden = isHiddenAt(world, mira);
  const targets: SightTarget[] = [{ childId: null, x: mira.x, y: mira.y, stance: stanceOf(mira), hidden: miraHidden }];
  for (const child of world.children) {
    if (child.mode === 'asleep') continue;
    const hidden = isHiddenAt(world, child) || (miraHidden && huddlesWithMira(world, child));
    targets.push({ childId: child.id, x: child.x, y: child.y, stance: child.gait, hidden });
  }
  return targets;
}

export interface Senses {
  /** Heard this tick, or null; where the noise came from (sub-pixels) is where it goes to look. */
  readonly heard: { readonly loud: boolean; readonly x: number; readonly y: number } | null;
  /** Whom it might see, Mira first (sightTargets). */
  readonly targets: readonly SightTarget[];
}

const NOBODY: SightTarget[] = [];

/** The percept, and every target it saw this tick (a chaser may catch any of them). */
export type Detection = Percept & { readonly seen: readonly SightTarget[] };

/** Updates one Enforcer's meter and sight flag, adds the events it caused and returns the percept. */
export function updateDetection(enforcer: EnforcerState, world: World, options: { readonly events: SimEvent[]; readonly senses: Senses }): Detection {
  const { events, senses } = options;
  const mira = world.mira;
  // Hidden, a target is seen only by one that was already watching it as it stepped in.
  // Built only when someone is seen: most Enforcers see nobody on most ticks, and this runs for each.
  let seenTargets: SightTarget[] = NOBODY;
  for (const target of senses.targets) {
    if (!canSee(world.tiles, enforcer, target)) continue;
    if (target.hidden && !(enforcer.seesMira && enforcer.watching === watchKey(target))) continue;
    if (seenTargets === NOBODY) seenTargets = [];
    seenTargets.push(target);
  }
  // The sighting that fills fastest counts; ties go to the first (Mira, then the children in order).
  let counted: SightTarget | null = null;
  let countedFill = -1;
  for (const target of seenTargets) {
    const fill = fillPerTick({
      near: isInNearBand(enforcer, target.x, target.y),
      stance: target.stance,
      lighting: lightingAt(world, target.x, target.y),
      alert: world.alert.level,
      classEighths: HUNTER_CLASS_PARAMETERS[enforcer.hunterClass].fillEighths,
    });
    if (fill > countedFill) {
      counted = target;
      countedFill = fill;
    }
  }
  const seen = counted !== null;
  if (counted !== null) {
    enforcer.lastSeenX = counted.x;
    enforcer.lastSeenY = counted.y;
    // The assist scales the whole tick's fill once, in integers, so 100 percent plays exactly as designed.
    const assisted = Math.floor((countedFill * world.detectionPercent) / 100);
    enforcer.detection = Math.min(DETECTION_FULL, enforcer.detection + Math.max(1, assisted));
  } else {
    enforcer.detection = Math.max(0, enforcer.detection - DRAIN_PER_TICK);
  }
  enforcer.watching = counted === null ? -1 : watchKey(counted);
  const bumped = enforcer.bumped;
  enforcer.bumped = false;
  if (bumped) {
    // Touch needs no eyes: it knows where she is and that she is a child.
    enforcer.detection = DETECTION_FULL;
    enforcer.lastSeenX = mira.x;
    enforcer.lastSeenY = mira.y;
    events.push({ type: 'bumped', enforcerId: enforcer.id });
  }
  if (senses.heard !== null && !seen) {
    enforcer.lastSeenX = senses.heard.x;
    enforcer.lastSeenY = senses.heard.y;
    events.push({ type: 'heard', enforcerId: enforcer.id, loud: senses.heard.loud });
  }
  if (seen && !enforcer.seesMira) events.push({ type: 'spotted', enforcerId: enforcer.id });
  if (!seen && enforcer.seesMira) events.push({ type: 'lost-sight', enforcerId: enforcer.id });
  enforcer.seesMira = seen;
  return { seesMira: seen, heard: seen ? null : senses.heard === null ? null : { loud: senses.heard.loud }, bumped, seen: seenTargets };
}
