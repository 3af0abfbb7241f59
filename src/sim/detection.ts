// Gradual detection (fair stealth: never instant at the cone's edge): a meter per Enforcer fills while
// Mira is seen, fast in the near band and slowly in the far band, and drains when she is not. How fast
// it fills depends on her stance, the light she stands in, the Enforcer's class and the level's alert.
// What the senses found goes to the Enforcer's brain as a percept; the brain decides what it does.
import { HUNTER_CLASS_PARAMETERS } from '../level/entity-schema.ts';
import type { Percept } from './enforcer/enforcer-behaviour.ts';
import { toSubpixels } from './fixed-point.ts';
import { lightingAt, type Lighting } from './lights.ts';
import { canSee, isInNearBand } from './sight.ts';
import type { AlertLevel, EnforcerState, MiraState, SimEvent, World } from './types.ts';
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

/** Standing still on a hiding tile or inside a HidingSpot. */
export function isMiraHidden(world: World): boolean {
  const { mira, tiles, level } = world;
  if (mira.gait !== 'still') return false;
  const column = Math.floor(mira.x / tiles.span);
  const row = Math.floor(mira.y / tiles.span);
  if (column >= 0 && row >= 0 && column < tiles.width && row < tiles.height && tiles.hiding[row * tiles.width + column] === 1) return true;
  return level.hidingSpots.some((spot) => {
    const left = toSubpixels(spot.x);
    const top = toSubpixels(spot.y);
    return mira.x >= left && mira.y >= top && mira.x < left + toSubpixels(spot.width) && mira.y < top + toSubpixels(spot.height);
  });
}

export interface Senses {
  /** Heard this tick, or null. */
  readonly heard: { readonly loud: boolean } | null;
  readonly hidden: boolean;
}

/** Updates one Enforcer's meter and sight flag, adds the events it caused and returns the percept. */
export function updateDetection(enforcer: EnforcerState, world: World, options: { readonly events: SimEvent[]; readonly senses: Senses }): Percept {
  const { events, senses } = options;
  const mira = world.mira;
  // Hidden, she is seen only by one that was already watching her as she stepped in.
  const inSight = canSee(world.tiles, enforcer, mira);
  const seen = inSight && (!senses.hidden || enforcer.seesMira);
  if (seen) {
    enforcer.lastSeenX = mira.x;
    enforcer.lastSeenY = mira.y;
    const fill = fillPerTick({
      near: isInNearBand(enforcer, mira.x, mira.y),
      stance: stanceOf(mira),
      lighting: lightingAt(world, mira.x, mira.y),
      alert: world.alert.level,
      classEighths: HUNTER_CLASS_PARAMETERS[enforcer.hunterClass].fillEighths,
    });
    enforcer.detection = Math.min(DETECTION_FULL, enforcer.detection + Math.max(1, fill));
  } else {
    enforcer.detection = Math.max(0, enforcer.detection - DRAIN_PER_TICK);
  }
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
    enforcer.lastSeenX = mira.x;
    enforcer.lastSeenY = mira.y;
    events.push({ type: 'heard', enforcerId: enforcer.id, loud: senses.heard.loud });
  }
  if (seen && !enforcer.seesMira) events.push({ type: 'spotted', enforcerId: enforcer.id });
  if (!seen && enforcer.seesMira) events.push({ type: 'lost-sight', enforcerId: enforcer.id });
  enforcer.seesMira = seen;
  return { seesMira: seen, heard: seen ? null : senses.heard, bumped };
}
