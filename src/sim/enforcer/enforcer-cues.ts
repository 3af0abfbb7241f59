// What the view shows of each Enforcer, decided here so the view never re-derives the rules: the state's
// name, the mark over its head, where it is looking for Mira and the walk it is about to take.
import { currentWaypoint, definitionOf, isStationary, upcomingWaypoints } from './route.ts';
import { tileCentre } from '../world-tiles.ts';
import { toSubpixels } from '../fixed-point.ts';
import type { EnforcerState, EnforcerStateName, World } from '../types.ts';
import { DETECTION_FULL } from '../types.ts';

/** From this much of a full meter the mark over its head is "!" rather than a filling "?". */
export const ALERT_GLYPH_DETECTION = Math.round(DETECTION_FULL * 0.7);
/** How many waypoints past the current one the planned-walk assist hints at. */
const UPCOMING_WAYPOINTS = 2;

export type AlertGlyph = 'question' | 'alert';

/**
 * How its cone is drawn, by state: every colour comes with a shape, so no cue is told by colour alone.
 * calm (patrol, return): a plain edge; wary (suspicious, investigate): a dashed edge; hunting (chase): a
 * doubled, bright edge; searching (search): a dotted edge.
 */
export type ConeStyle = 'calm' | 'wary' | 'hunting' | 'searching';

const CONE_STYLES: { readonly [Name in EnforcerStateName]: ConeStyle } = {
  patrol: 'calm',
  return: 'calm',
  suspicious: 'wary',
  investigate: 'wary',
  chase: 'hunting',
  search: 'searching',
};

export interface EnforcerCue {
  readonly id: number;
  readonly state: EnforcerStateName;
  readonly coneStyle: ConeStyle;
  /** The mark over its head, or null when calm. */
  readonly glyph: AlertGlyph | null;
  /** How full the mark is drawn, 0..DETECTION_FULL. */
  readonly glyphFill: number;
  /**
   * Her last known position while it hunts for her without seeing her (suspicious with a meter,
   * investigating, chasing, searching), sub-pixels; else null.
   */
  readonly lastSeen: { readonly x: number; readonly y: number } | null;
  /**
   * The walk it is about to take, sub-pixels: its feet, each planned tile's centre, then the point it
   * walks to. Null while it stands and looks, while its path is being searched, and at a watcher's post.
   */
  readonly plannedWalk: readonly { readonly x: number; readonly y: number }[] | null;
  /** The route's waypoints after that one, in the order it will visit them, sub-pixels. */
  readonly upcoming: readonly { readonly x: number; readonly y: number }[];
}

/** Where a state is walking to, sub-pixels; null when it stands (suspicious) or looks round where it is. */
function walkTarget(world: World, enforcer: EnforcerState): { x: number; y: number } | null {
  const data = enforcer.state;
  switch (data.name) {
    case 'patrol':
    case 'return':
      return currentWaypoint(enforcer, definitionOf(world.level, enforcer.id));
    case 'suspicious':
      return null;
    case 'investigate':
      return data.arrived ? null : { x: enforcer.lastSeenX, y: enforcer.lastSeenY };
    case 'chase':
      return { x: enforcer.lastSeenX, y: enforcer.lastSeenY };
    case 'search': {
      const next = data.points[0];
      return next === undefined || data.arrived ? null : { x: next.x, y: next.y };
    }
  }
}

function lastKnown(enforcer: EnforcerState): { x: number; y: number } | null {
  const state = enforcer.state.name;
  if (enforcer.seesMira) return null;
  const hunting = state === 'investigate' || state === 'chase' || state === 'search';
  if (hunting || (state === 'suspicious' && enforcer.detection > 0)) return { x: enforcer.lastSeenX, y: enforcer.lastSeenY };
  return null;
}

export function enforcerCue(world: World, enforcer: EnforcerState): EnforcerCue {
  const definition = definitionOf(world.level, enforcer.id);
  const state = enforcer.state.name;
  const glyph: AlertGlyph | null =
    state === 'chase' ? 'alert' : enforcer.detection <= 0 ? null : enforcer.detection >= ALERT_GLYPH_DETECTION ? 'alert' : 'question';
  const target = walkTarget(world, enforcer);
  const route = state === 'patrol' || state === 'return';
  const standsAtPost = route && isStationary(definition) && target !== null && enforcer.x === target.x && enforcer.y === target.y;
  const walking = target !== null && !enforcer.walk.pathPending && !standsAtPost;
  // A search's later points are its "upcoming" stops, as a patrol's later waypoints are.
  const searchPoints = enforcer.state.name === 'search' ? enforcer.state.points.slice(1).map((point) => ({ x: point.x, y: point.y })) : [];
  return {
    id: enforcer.id,
    state,
    coneStyle: CONE_STYLES[state],
    glyph,
    glyphFill: state === 'chase' ? DETECTION_FULL : Math.min(DETECTION_FULL, enforcer.detection),
    lastSeen: lastKnown(enforcer),
    plannedWalk:
      walking
        ? [{ x: enforcer.x, y: enforcer.y }, ...enforcer.walk.path.map((tile) => tileCentre(world.tiles, tile)), target]
        : null,
    upcoming: !walking
      ? []
      : route
        ? upcomingWaypoints(definition, enforcer, UPCOMING_WAYPOINTS).map((point) => ({ x: toSubpixels(point.x), y: toSubpixels(point.y) }))
        : searchPoints,
  };
}
