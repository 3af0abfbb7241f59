// The world at tick 0 for a level and a seed. Restart builds this again, so everything the rules
// change must start here.
import type { EnforcerDefinition, LevelDefinition } from '../level/level-definition.ts';
import { facingFromDegrees, roundToInteger, toSubpixels } from './fixed-point.ts';
import { createPathQueue } from './path-queue.ts';
import { seedRandomState } from './random.ts';
import type { EnforcerState, World } from './types.ts';
import { MAX_SIGHT_RANGE_PIXELS, SUBPIXELS_PER_PIXEL, TICKS_PER_SECOND } from './types.ts';

/** Slowest Enforcer walk, sub-pixels per tick: below 2 a diagonal step could round to nothing. */
const MIN_ENFORCER_SPEED = 2;

export interface CreateWorldOptions {
  readonly seed: number;
}

function createEnforcer(definition: EnforcerDefinition): EnforcerState {
  const x = toSubpixels(definition.start.x);
  const y = toSubpixels(definition.start.y);
  const facing = facingFromDegrees(definition.facing);
  const first = definition.route[0];
  // An Enforcer placed on its first waypoint sets off for the second at once instead of waiting there.
  const startsOnFirst = first !== undefined && toSubpixels(first.x) === x && toSubpixels(first.y) === y;
  const routeIndex = startsOnFirst && definition.route.length > 1 ? 1 : 0;
  // Rounded before clamping: wrapping 359.6 would round it to 360 and then wrap that to 0, a blind cone.
  const sightAngle = Math.min(360, Math.max(0, roundToInteger(definition.sightAngle)));
  return {
    id: definition.id,
    name: definition.name,
    x,
    y,
    facingX: facing.x,
    facingY: facing.y,
    mode: 'patrol',
    detection: 0,
    seesMira: false,
    routeIndex,
    routeDirection: 1,
    waitTicks: 0,
    path: [],
    pathPending: false,
    lastSeenX: x,
    lastSeenY: y,
    speed: Math.max(MIN_ENFORCER_SPEED, roundToInteger((definition.speed * SUBPIXELS_PER_PIXEL) / TICKS_PER_SECOND)),
    sightRange: toSubpixels(Math.min(MAX_SIGHT_RANGE_PIXELS, Math.max(0, definition.sightRange))),
    sightAngle,
  };
}

export function createWorld(level: LevelDefinition, options: CreateWorldOptions): World {
  // Enforcers act in id order, which is also the tie-break order of the path queue.
  const enforcers = [...level.enforcers].sort((a, b) => a.id - b.id).map(createEnforcer);
  return {
    level,
    seed: options.seed,
    tick: 0,
    status: 'playing',
    finishTick: null,
    catches: 0,
    mira: {
      x: toSubpixels(level.spawn.x),
      y: toSubpixels(level.spawn.y),
      facingX: 0,
      facingY: 1,
      gait: 'still',
      footstepTicks: 0,
    },
    enforcers,
    rngState: seedRandomState(options.seed),
    pathQueue: createPathQueue(),
    respawnPending: false,
  };
}
