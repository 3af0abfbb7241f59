// Touch: Mira and Enforcers are solid to each other. Bodies are boxes at the feet (hers MIRA_FEET, an
// Enforcer's ENFORCER_BODY_HALF either side); a move that would make them overlap, and brings them
// closer, is not taken. An Enforcer in a chase that comes within CATCH_DISTANCE of her catches her.
import { MIRA_HALF_HEIGHT, MIRA_HALF_WIDTH } from './movement.ts';
import type { EnforcerState } from './types.ts';
import { SUBPIXELS_PER_PIXEL } from './types.ts';

/** Half an Enforcer's body, sub-pixels (an 8x8 pixel box). */
export const ENFORCER_BODY_HALF = 4 * SUBPIXELS_PER_PIXEL;
/**
 * A chaser this close (sub-pixels, centre to centre) and in sight catches her: more than the farthest
 * two touching bodies can be apart (about 12 px corner to corner), so pressing against her is a catch.
 */
export const CATCH_DISTANCE = 14 * SUBPIXELS_PER_PIXEL;

interface Body {
  readonly x: number;
  readonly y: number;
}

export function bodiesOverlap(mira: Body, enforcer: Body): boolean {
  return (
    Math.abs(mira.x - enforcer.x) < MIRA_HALF_WIDTH + ENFORCER_BODY_HALF &&
    Math.abs(mira.y - enforcer.y) < MIRA_HALF_HEIGHT + ENFORCER_BODY_HALF
  );
}

function distanceSquared(a: Body, b: Body): number {
  return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y);
}

/** Whether moving one body from `from` to `to` runs it into the other: overlapping there, and closer. */
export function runsInto(options: { readonly from: Body; readonly to: Body; readonly other: Body }): boolean {
  const { from, to, other } = options;
  return bodiesOverlap(to, other) && distanceSquared(to, other) < distanceSquared(from, other);
}

/** Whether a chaser is close enough to catch Mira or a child of her group. */
export function isWithinCatch(enforcer: EnforcerState, target: Body): boolean {
  return distanceSquared(enforcer, target) <= CATCH_DISTANCE * CATCH_DISTANCE;
}
