// What the view shows of each Enforcer, decided here so the view never re-derives the rules: the state's
// name, the mark over its head, where it is looking for Mira and the walk it is about to take.
import { currentWaypoint, definitionOf, isStationary, upcomingWaypoints } from './route.ts';
import { tileCentre } from './walking.ts';
import { toSubpixels } from '../fixed-point.ts';
import type { EnforcerState, EnforcerStateName, World } from '../types.ts';
import { DETECTION_FULL } from '../types.ts';

/** From this much of a full meter the mark over its head is "!" rather than a filling "?". */
export const ALERT_GLYPH_DETECTION = Math.round(DETECTION_FULL * 0.7);
/** How many waypoints past the current one the planned-walk assist hints at. */
const UPCOMING_WAYPOINTS = 2;

export type AlertGlyph = 'question' | 'alert';

export interface EnforcerCue {
  readonly id: number;
  readonly state: EnforcerStateName;
  /** The mark over its head, or null when calm. */
  readonly glyph: AlertGlyph | null;
  /** How full the mark is drawn, 0..DETECTION_FULL. */
  readonly glyphFill: number;
  /** Where a suspicious Enforcer is looking for Mira once it no longer sees her, sub-pixels; else null. */
  readonly lastSeen: { readonly x: number; readonly y: number } | null;
  /**
   * The walk it is about to take, sub-pixels: its feet, each planned tile's centre, then the point it
   * walks to. Null while it stands and looks, while its path is being searched, and at a watcher's post.
   */
  readonly plannedWalk: readonly { readonly x: number; readonly y: number }[] | null;
  /** The route's waypoints after that one, in the order it will visit them, sub-pixels. */
  readonly upcoming: readonly { readonly x: number; readonly y: number }[];
}

export function enforcerCue(world: World, enforcer: EnforcerState): EnforcerCue {
  const definition = definitionOf(world.level, enforcer.id);
  const state = enforcer.state.name;
  const glyph: AlertGlyph | null =
    enforcer.detection <= 0 ? null : enforcer.detection >= ALERT_GLYPH_DETECTION ? 'alert' : 'question';
  const lastSeen =
    state === 'suspicious' && !enforcer.seesMira && enforcer.detection > 0 ? { x: enforcer.lastSeenX, y: enforcer.lastSeenY } : null;
  const target = currentWaypoint(enforcer, definition);
  const standsAtPost = isStationary(definition) && enforcer.x === target.x && enforcer.y === target.y;
  const walking = state !== 'suspicious' && !enforcer.walk.pathPending && !standsAtPost;
  return {
    id: enforcer.id,
    state,
    glyph,
    glyphFill: Math.min(DETECTION_FULL, enforcer.detection),
    lastSeen,
    plannedWalk: walking
      ? [{ x: enforcer.x, y: enforcer.y }, ...enforcer.walk.path.map((tile) => tileCentre(world.tiles, tile)), target]
      : null,
    upcoming: walking
      ? upcomingWaypoints(definition, enforcer, UPCOMING_WAYPOINTS).map((point) => ({ x: toSubpixels(point.x), y: toSubpixels(point.y) }))
      : [],
  };
}
