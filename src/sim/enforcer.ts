// Sleep Enforcers: route following and the named modes, each a small behaviour behind one interface.
// Adding a mode (investigate, chase, search) means adding one entry to ENFORCER_MODES and its name to
// EnforcerMode; the transitions live in enterMode and in detection.ts.
import type { EnforcerDefinition, LevelDefinition, Point } from '../level/level-definition.ts';
import {
  facingFromDegrees,
  floorDivide,
  isWithinAngle,
  rotateVector,
  scaleVector,
  tileSpan,
  toSubpixels,
} from './fixed-point.ts';
import { firstBlockedPoint } from './grid-ray.ts';
import type { PathOutcome } from './navigation.ts';
import { cancelPathRequests, requestPath } from './path-queue.ts';
import { tileGrid } from './sight.ts';
import type { EnforcerMode, EnforcerState, World } from './types.ts';
import { FACING_LENGTH, SUBPIXELS_PER_PIXEL } from './types.ts';

/** Degrees an Enforcer turns per tick at most: a half turn takes about 0.4 s, readable but quick. */
export const TURN_DEGREES_PER_TICK = 8;
/** A stationary watcher sweeps this many degrees either side of its facing... */
export const SWEEP_DEGREES = 15;
/** ...once every this many ticks (8 s). */
export const SWEEP_PERIOD_TICKS = 480;
/** Half an Enforcer's body width, sub-pixels: straight walks keep this far from solid tiles. */
export const ENFORCER_CLEARANCE = 3 * SUBPIXELS_PER_PIXEL;
/** After a path request fails, wait this long before trying again (and skip to the next waypoint). */
export const PATH_RETRY_TICKS = 30;

export interface EnforcerContext {
  readonly world: World;
  readonly definition: EnforcerDefinition;
}

export interface EnforcerModeBehaviour {
  /** One tick of this mode: move, turn, wait. Mode changes caused by senses happen in detection.ts. */
  readonly update: (enforcer: EnforcerState, context: EnforcerContext) => void;
}

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

function isStationary(definition: EnforcerDefinition): boolean {
  return definition.routeMode === 'stationary' || definition.route.length <= 1;
}

/** Where the Enforcer is heading on its route, sub-pixels. Stationary ones keep to their start. */
function currentWaypoint(enforcer: EnforcerState, definition: EnforcerDefinition): { x: number; y: number } {
  const point = isStationary(definition) ? definition.start : definition.route[enforcer.routeIndex] ?? definition.start;
  return { x: toSubpixels(point.x), y: toSubpixels(point.y) };
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

/** The next `count` waypoints after the one the Enforcer heads for, in pixels: what the view previews. */
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

/** Turns the facing towards a direction by at most TURN_DEGREES_PER_TICK. */
export function turnToward(enforcer: EnforcerState, directionX: number, directionY: number): void {
  if (directionX === 0 && directionY === 0) return;
  const desired = scaleVector(directionX, directionY, FACING_LENGTH);
  const facing = { x: enforcer.facingX, y: enforcer.facingY };
  const cross = enforcer.facingX * desired.y - enforcer.facingY * desired.x;
  if ((facing.x === 0 && facing.y === 0) || isWithinAngle(facing, desired, TURN_DEGREES_PER_TICK)) {
    enforcer.facingX = desired.x;
    enforcer.facingY = desired.y;
    return;
  }
  // Positive cross means the target is clockwise on screen (y down); a target straight behind turns clockwise.
  const turned = rotateVector(enforcer.facingX, enforcer.facingY, cross >= 0 ? TURN_DEGREES_PER_TICK : -TURN_DEGREES_PER_TICK);
  const renormalized = scaleVector(turned.x, turned.y, FACING_LENGTH);
  enforcer.facingX = renormalized.x;
  enforcer.facingY = renormalized.y;
}

/** Steps straight towards a point at the Enforcer's speed; true when it stands on the point. */
function stepToward(enforcer: EnforcerState, targetX: number, targetY: number): boolean {
  const offsetX = targetX - enforcer.x;
  const offsetY = targetY - enforcer.y;
  if (offsetX === 0 && offsetY === 0) return true;
  turnToward(enforcer, offsetX, offsetY);
  const distance = Math.sqrt(offsetX * offsetX + offsetY * offsetY);
  if (distance <= enforcer.speed) {
    enforcer.x = targetX;
    enforcer.y = targetY;
    return true;
  }
  enforcer.x += Math.trunc((offsetX * enforcer.speed) / distance);
  enforcer.y += Math.trunc((offsetY * enforcer.speed) / distance);
  return false;
}

function tileOf(world: World, x: number, y: number): { x: number; y: number } {
  const span = tileSpan(world.level);
  return { x: floorDivide(x, span), y: floorDivide(y, span) };
}

/**
 * Whether an Enforcer can walk straight from one point to another: its centre line and two lines
 * ENFORCER_CLEARANCE to either side all miss solid tiles, so its body never brushes a wall corner.
 */
export function isStraightWalkClear(
  world: World,
  from: { readonly x: number; readonly y: number },
  to: { readonly x: number; readonly y: number },
): boolean {
  const grid = tileGrid(world.level, 'solid');
  if (firstBlockedPoint(grid, from, to) !== null) return false;
  const side = scaleVector(to.y - from.y, from.x - to.x, ENFORCER_CLEARANCE);
  if (side.x === 0 && side.y === 0) return true;
  return (
    firstBlockedPoint(grid, { x: from.x + side.x, y: from.y + side.y }, { x: to.x + side.x, y: to.y + side.y }) === null &&
    firstBlockedPoint(grid, { x: from.x - side.x, y: from.y - side.y }, { x: to.x - side.x, y: to.y - side.y }) === null
  );
}

function tileCentreOf(world: World, tile: { readonly x: number; readonly y: number }): { x: number; y: number } {
  const span = tileSpan(world.level);
  const half = floorDivide(span, 2);
  return { x: tile.x * span + half, y: tile.y * span + half };
}

/** Asks the world's queue for a path to a point; the Enforcer stands still until it is answered. */
function requestPathTo(enforcer: EnforcerState, world: World, target: { x: number; y: number }): void {
  const from = tileOf(world, enforcer.x, enforcer.y);
  const to = tileOf(world, target.x, target.y);
  requestPath(world.pathQueue, { enforcerId: enforcer.id, tick: world.tick, fromX: from.x, fromY: from.y, toX: to.x, toY: to.y });
  enforcer.path = [];
  enforcer.pathPending = true;
}

/**
 * One tick of walking to a point: along the planned path if there is one, else straight when the line
 * is clear of solid tiles, else by asking for a path. Returns whether it stands on the point.
 */
function walkTo(enforcer: EnforcerState, world: World, target: { x: number; y: number }): boolean {
  if (enforcer.x === target.x && enforcer.y === target.y) return true;
  if (enforcer.pathPending) return false;
  // Cut the path's zigzags: skip the next tile when the one after it can be walked to straight.
  const after = enforcer.path[1];
  if (after && isStraightWalkClear(world, enforcer, tileCentreOf(world, after))) enforcer.path.shift();
  const next = enforcer.path[0];
  if (next) {
    const centre = tileCentreOf(world, next);
    if (stepToward(enforcer, centre.x, centre.y)) enforcer.path.shift();
    return false;
  }
  const here = tileOf(world, enforcer.x, enforcer.y);
  const there = tileOf(world, target.x, target.y);
  const sameTile = here.x === there.x && here.y === there.y;
  if (sameTile || isStraightWalkClear(world, enforcer, target)) {
    return stepToward(enforcer, target.x, target.y);
  }
  requestPathTo(enforcer, world, target);
  return false;
}

/** The facing a stationary watcher turns to: its own facing, swept a little back and forth. */
export function watchFacing(definition: EnforcerDefinition, tick: number): { x: number; y: number } {
  const phase = tick % SWEEP_PERIOD_TICKS;
  const half = SWEEP_PERIOD_TICKS / 2;
  const triangle = phase < half ? phase : SWEEP_PERIOD_TICKS - phase;
  const offset = floorDivide(triangle * 2 * SWEEP_DEGREES, SWEEP_PERIOD_TICKS / 2) - SWEEP_DEGREES;
  return facingFromDegrees(definition.facing + offset);
}

const patrol: EnforcerModeBehaviour = {
  update(enforcer, { world, definition }) {
    if (enforcer.waitTicks > 0) {
      enforcer.waitTicks -= 1;
      return;
    }
    const arrived = walkTo(enforcer, world, currentWaypoint(enforcer, definition));
    if (!arrived) return;
    if (isStationary(definition)) {
      const facing = watchFacing(definition, world.tick);
      turnToward(enforcer, facing.x, facing.y);
      return;
    }
    enforcer.waitTicks = definition.waitTicks;
    advanceRoute(enforcer, definition);
  },
};

const suspicious: EnforcerModeBehaviour = {
  update(enforcer) {
    // Stop and look: at Mira while she is seen, at where she was last seen while the meter drains.
    turnToward(enforcer, enforcer.lastSeenX - enforcer.x, enforcer.lastSeenY - enforcer.y);
  },
};

const returning: EnforcerModeBehaviour = {
  update(enforcer, { world, definition }) {
    if (walkTo(enforcer, world, currentWaypoint(enforcer, definition))) enforcer.mode = 'patrol';
  },
};

export const ENFORCER_MODES: Readonly<Record<EnforcerMode, EnforcerModeBehaviour>> = {
  patrol,
  suspicious,
  return: returning,
};

/** Switches mode, doing what leaving the old one and entering the new one needs. */
export function enterMode(enforcer: EnforcerState, mode: EnforcerMode, world: World): void {
  if (enforcer.mode === mode) return;
  enforcer.mode = mode;
  if (mode === 'suspicious') {
    cancelPathRequests(world.pathQueue, enforcer.id);
    enforcer.path = [];
    enforcer.pathPending = false;
    enforcer.waitTicks = 0;
  } else if (mode === 'return') {
    const definition = definitionOf(world.level, enforcer.id);
    const target = currentWaypoint(enforcer, definition);
    if (enforcer.x !== target.x || enforcer.y !== target.y) requestPathTo(enforcer, world, target);
  }
}

/** Hands a finished search to its Enforcer. A failed one makes it pause and try its next waypoint. */
export function deliverPath(enforcer: EnforcerState, outcome: PathOutcome, world: World): void {
  enforcer.pathPending = false;
  if (outcome.kind === 'found') {
    const span = tileSpan(world.level);
    const [first, ...rest] = outcome.path;
    const startsHere = first && first.x === floorDivide(enforcer.x, span) && first.y === floorDivide(enforcer.y, span);
    enforcer.path = startsHere ? rest : outcome.path;
    return;
  }
  enforcer.path = [];
  enforcer.waitTicks = PATH_RETRY_TICKS;
  if (enforcer.mode === 'patrol') advanceRoute(enforcer, definitionOf(world.level, enforcer.id));
  else if (enforcer.mode === 'return') enforcer.mode = 'patrol';
}

export function updateEnforcer(enforcer: EnforcerState, world: World): void {
  const definition = definitionOf(world.level, enforcer.id);
  ENFORCER_MODES[enforcer.mode].update(enforcer, { world, definition });
}
