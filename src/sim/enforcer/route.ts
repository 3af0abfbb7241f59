// An Enforcer's route as the level draws it: which waypoint comes next (loops wrap, ping-pong routes
// turn at the ends), and how a stationary watcher sweeps its gaze.
import type { EnforcerDefinition, LevelDefinition, Point } from '../../level/level-definition.ts';
import { facingFromDegrees, floorDivide, toSubpixels } from '../fixed-point.ts';
import type { EnforcerState } from '../types.ts';

/** A stationary watcher sweeps this many degrees either side of its facing... */
export const SWEEP_DEGREES = 15;
/** ...once every this many ticks (8 s). */
export const SWEEP_PERIOD_TICKS = 480;

const definitionsById = new WeakMap<LevelDefinition, Map<number, EnforcerDefinition>>();

export function definitionOf(level: LevelDefinition, enforcerId: number): EnforcerDefinition {
  let byId = definitionsById.get(level);
  if (!byId) {
    byId = new Map(level.enforcers.map((definition) => [definition.id, definition]));
    definitionsById.set(level, byId);
  }
  const definition = byId.get(enforcerId);
  if (!definition) throw new Error(`Enforcer ${enforcerId} is not in level "${level.name}"`);
  return definition;
}

export function isStationary(definition: EnforcerDefinition): boolean {
  return definition.routeMode === 'stationary' || definition.route.length <= 1;
}

/** Where the Enforcer is heading on its route, sub-pixels. Stationary ones keep to their start. */
export function currentWaypoint(enforcer: RoutePlace, definition: EnforcerDefinition): { x: number; y: number } {
  const point = isStationary(definition) ? definition.start : definition.route[enforcer.routeIndex] ?? definition.start;
  return { x: toSubpixels(point.x), y: toSubpixels(point.y) };
}

/** How long the Enforcer stops at waypoint `index`: the route's own wait there, else its wait. */
export function waitAtWaypoint(definition: EnforcerDefinition, index: number): number {
  return definition.waypointWaits?.find((wait) => wait.index === index)?.ticks ?? definition.waitTicks;
}

/** A place on a route: the waypoint index and, for ping-pong, which way along it. */
export interface RoutePlace {
  readonly routeIndex: number;
  readonly routeDirection: 1 | -1;
}

/** The waypoint after `place`: wrapping for loops, reversing at the ends for ping-pong. */
export function nextRoutePlace(definition: EnforcerDefinition, place: RoutePlace): RoutePlace {
  const count = definition.route.length;
  if (isStationary(definition)) return place;
  if (definition.routeMode === 'loop') return { routeIndex: (place.routeIndex + 1) % count, routeDirection: place.routeDirection };
  let routeDirection = place.routeDirection;
  let next = place.routeIndex + routeDirection;
  if (next < 0 || next >= count) {
    routeDirection = routeDirection === 1 ? -1 : 1;
    next = place.routeIndex + routeDirection;
  }
  return { routeIndex: next, routeDirection };
}

/** The next `count` waypoints after the one the Enforcer heads for, in pixels. */
export function upcomingWaypoints(definition: EnforcerDefinition, enforcer: RoutePlace, count: number): Point[] {
  const points: Point[] = [];
  let place: RoutePlace = enforcer;
  for (let taken = 0; taken < count && !isStationary(definition); taken += 1) {
    place = nextRoutePlace(definition, place);
    const point = definition.route[place.routeIndex];
    if (point) points.push(point);
  }
  return points;
}

export function advanceRoute(enforcer: EnforcerState, definition: EnforcerDefinition): void {
  const next = nextRoutePlace(definition, enforcer);
  enforcer.routeIndex = next.routeIndex;
  enforcer.routeDirection = next.routeDirection;
}

/** The facing a stationary watcher turns to: its own facing, swept a little back and forth. */
export function watchFacing(definition: EnforcerDefinition, tick: number): { x: number; y: number } {
  const phase = tick % SWEEP_PERIOD_TICKS;
  const half = SWEEP_PERIOD_TICKS / 2;
  const triangle = phase < half ? phase : SWEEP_PERIOD_TICKS - phase;
  const offset = floorDivide(triangle * 2 * SWEEP_DEGREES, SWEEP_PERIOD_TICKS / 2) - SWEEP_DEGREES;
  return facingFromDegrees(definition.facing + offset);
}
