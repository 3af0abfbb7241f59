// Gradual detection (fair stealth: never instant at the cone's edge): a meter per Enforcer fills while
// Mira is seen, fast in the near band and slowly in the far band, and drains when she is not. What the
// senses found goes to the Enforcer's brain as a percept; the brain decides what the Enforcer does.
import type { Percept } from './enforcer/enforcer-behaviour.ts';
import { canSee, isInNearBand } from './sight.ts';
import type { EnforcerState, Gait, SimEvent, World } from './types.ts';
import { DETECTION_FULL } from './types.ts';

/** Per tick in the near band (within half the range): full in 24 ticks, 0.4 s, at a walk. */
export const NEAR_FILL_PER_TICK = 42;
/** Per tick in the far band: full in 91 ticks, about 1.5 s, at a walk. */
export const FAR_FILL_PER_TICK = 11;
/** Per tick while unseen: about a third of the far band's fill, so a glimpse is forgiven in ~4 s. */
export const DRAIN_PER_TICK = 4;
/**
 * How visible each gait makes Mira, in eighths. Pinned against the gait speeds (movement.ts) so that
 * crossing a cone fills the meter least on a sneak (3/8 at 10 sub-pixels a tick: 0.0375 a sub-pixel),
 * more on a walk (1 at 18: 0.056) and most on a run (14/8 at 30: 0.058). With smaller differences,
 * running was the safest way through a cone: it left sight sooner than the faster fill could catch up.
 */
export const GAIT_VISIBILITY_EIGHTHS: Readonly<Record<Gait, number>> = { still: 8, sneak: 3, walk: 8, run: 14 };

export function fillPerTick(near: boolean, gait: Gait): number {
  return Math.floor(((near ? NEAR_FILL_PER_TICK : FAR_FILL_PER_TICK) * GAIT_VISIBILITY_EIGHTHS[gait]) / 8);
}

/** Updates one Enforcer's meter and sight flag, adds the events it caused and returns the percept. */
export function updateDetection(enforcer: EnforcerState, world: World, events: SimEvent[]): Percept {
  const mira = world.mira;
  const seen = canSee(world.tiles, enforcer, mira);
  if (seen) {
    enforcer.lastSeenX = mira.x;
    enforcer.lastSeenY = mira.y;
    const near = isInNearBand(enforcer, mira.x, mira.y);
    enforcer.detection = Math.min(DETECTION_FULL, enforcer.detection + fillPerTick(near, mira.gait));
  } else {
    enforcer.detection = Math.max(0, enforcer.detection - DRAIN_PER_TICK);
  }
  if (seen && !enforcer.seesMira) events.push({ type: 'spotted', enforcerId: enforcer.id });
  if (!seen && enforcer.seesMira) events.push({ type: 'lost-sight', enforcerId: enforcer.id });
  enforcer.seesMira = seen;
  return { seesMira: seen };
}
