// The world at tick 0 for a level and a seed. Restart builds this again, so everything the rules
// change must start here.
import type { ChildDefinition, EnforcerDefinition, LevelDefinition } from '../level/level-definition.ts';
import { startingStateData } from './enforcer/brain.ts';
import { nextRoutePlace } from './enforcer/route.ts';
import { facingFromDegrees, roundToInteger, toSubpixels } from './fixed-point.ts';
import { createDoors } from './doors.ts';
import { dreamscapeFor, waveOrder } from './dream-wave.ts';
import { createLightsOn } from './lights.ts';
import { createMarbles } from './marble.ts';
import { createPathQueue } from './path-queue.ts';
import { seedRandomState } from './random.ts';
import type { SceneDirector, StoryFlags } from './scene-director.ts';
import type { ChildState, DreamState, EnforcerState, World, WorldStart } from './types.ts';
import { MAX_SIGHT_RANGE_PIXELS, SUBPIXELS_PER_PIXEL, TICKS_PER_SECOND } from './types.ts';
import { createWorldTiles } from './world-tiles.ts';

/** Slowest Enforcer walk, sub-pixels per tick: below 2 a diagonal step could round to nothing. */
const MIN_ENFORCER_SPEED = 2;

export interface CreateWorldOptions {
  readonly seed: number;
  /** Plays the level's scenes; without one a scene closes as it opens. */
  readonly scenes?: SceneDirector | null;
  /**
   * What the chapter before handed on: its flags override the level's and the story's start values. Its
   * followers are only kept: a level's children start where its map draws them, asleep, in a campaign or not.
   */
  readonly start?: WorldStart;
  /** The slower-detection assist (DETECTION_ASSIST_PERCENTS); 100, the default, plays as designed. */
  readonly detectionPercent?: number;
}

/** The slower-detection assist's settings: the meters fill at 100, 75 or 50 percent of the rules' rate. */
export const DETECTION_ASSIST_PERCENTS = [100, 75, 50] as const;

/** The flags a world starts with: the level's names, the story's variables, then what the chapter before handed on. */
function startingFlags(level: LevelDefinition, scenes: SceneDirector | null, carried: Readonly<StoryFlags>): StoryFlags {
  const flags: StoryFlags = {};
  for (const flag of level.flags) flags[flag.name] = flag.initial;
  const variables = scenes?.initialVariables() ?? {};
  for (const name of Object.keys(variables)) flags[name] = variables[name]!;
  // The map's own `flags` property sets what the level starts with, over the story's defaults.
  for (const flag of level.flags) if (flag.initial !== 0) flags[flag.name] = flag.initial;
  for (const name of Object.keys(carried)) flags[name] = carried[name]!;
  return flags;
}

function createEnforcer(definition: EnforcerDefinition): EnforcerState {
  const x = toSubpixels(definition.start.x);
  const y = toSubpixels(definition.start.y);
  const facing = facingFromDegrees(definition.facing);
  // An Enforcer placed on one of its waypoints sets off for the one after it, along the route as drawn;
  // one placed elsewhere walks to the first waypoint.
  const standsOn = definition.route.findIndex((point) => toSubpixels(point.x) === x && toSubpixels(point.y) === y);
  const { routeIndex, routeDirection } =
    standsOn === -1 ? { routeIndex: 0, routeDirection: 1 as const } : nextRoutePlace(definition, { routeIndex: standsOn, routeDirection: 1 });
  // Rounded before clamping: wrapping 359.6 would round it to 360 and then wrap that to 0, a blind cone.
  const sightAngle = Math.min(360, Math.max(0, roundToInteger(definition.sightAngle)));
  return {
    id: definition.id,
    name: definition.name,
    hunterClass: definition.hunterClass,
    look: definition.look,
    x,
    y,
    facingX: facing.x,
    facingY: facing.y,
    state: startingStateData(),
    detection: 0,
    seesMira: false,
    watching: -1,
    routeIndex,
    routeDirection,
    walk: { path: [], pathPending: false, pathTarget: null, retryTicks: 0, clearTo: null, doorTicks: 0 },
    lastSeenX: x,
    lastSeenY: y,
    pacePercent: 100,
    bumped: false,
    speed: Math.max(MIN_ENFORCER_SPEED, roundToInteger((definition.speed * SUBPIXELS_PER_PIXEL) / TICKS_PER_SECOND)),
    sightRange: toSubpixels(Math.min(MAX_SIGHT_RANGE_PIXELS, Math.max(0, definition.sightRange))),
    sightAngle,
  };
}

function createChild(definition: ChildDefinition): ChildState {
  return {
    id: definition.id,
    name: definition.name,
    look: definition.look,
    x: toSubpixels(definition.start.x),
    y: toSubpixels(definition.start.y),
    facingX: 0,
    facingY: 1,
    gait: 'still',
    pace: 'walk',
    footstepTicks: 0,
    mode: 'asleep',
    stuckTicks: 0,
    stuckBest: -1,
  };
}

function createDream(level: LevelDefinition, seed: number): DreamState {
  const cells = level.width * level.height;
  // Worked out now, not when the dream starts: the dreamscape's automapping can take a while on a big map,
  // and each circle's wave order is a search over the whole map, in the frame the dream starts otherwise.
  if (level.dream !== null) dreamscapeFor(level, seed);
  level.dreamCircles.forEach((_circle, index) => waveOrder(level, index));
  return {
    stage: 'waking', circle: -1, ringTicks: 0, meter: 0, phase: -1,
    changeAt: new Int32Array(cells).fill(-1), dreamed: new Uint8Array(cells), waveTick: -1, nextPhaseAt: -1, drained: 0, pending: 0, cursor: 0, waiting: [],
  };
}

export function createWorld(level: LevelDefinition, options: CreateWorldOptions): World {
  const percent = options.detectionPercent ?? 100;
  if (!DETECTION_ASSIST_PERCENTS.some((allowed) => allowed === percent)) {
    throw new Error(`createWorld: detectionPercent ${percent} is not one of ${DETECTION_ASSIST_PERCENTS.join(', ')}`);
  }
  // Enforcers act in id order, which is also the tie-break order of the path queue.
  const enforcers = [...level.enforcers].sort((a, b) => a.id - b.id).map(createEnforcer);
  const tiles = createWorldTiles(level);
  const doors = createDoors(level, tiles);
  const scenes = options.scenes ?? null;
  const start: WorldStart = options.start ?? { flags: {}, followers: [] };
  const flags = startingFlags(level, scenes, start.flags);
  return {
    level,
    seed: options.seed,
    detectionPercent: percent,
    tick: 0,
    status: 'playing',
    finishTick: null,
    catches: 0,
    chases: 0,
    tiles,
    mira: {
      x: toSubpixels(level.spawn.x),
      y: toSubpixels(level.spawn.y),
      facingX: 0,
      facingY: 1,
      gait: 'still',
      footstepTicks: 0,
      crouching: false,
    },
    enforcers,
    rngState: seedRandomState(options.seed),
    pathQueue: createPathQueue(),
    respawnPending: false,
    respawnPoint: { ...level.spawn },
    checkpoint: -1,
    alert: { level: 'calm', cautionTicks: 0 },
    radioCalls: [],
    lightsOn: createLightsOn(level.lights.length),
    doors,
    children: level.children.map(createChild),
    dream: createDream(level, options.seed),
    marbles: createMarbles(level.marbles),
    flags,
    storyState: null,
    scene: null,
    triggersFired: new Uint8Array(level.triggers.length),
    triggersInside: new Uint8Array(level.triggers.length),
    talksDone: new Uint8Array(level.talks.length),
    cluesTaken: new Uint8Array(level.clues.length),
    revealed: new Uint8Array(level.reveals.length),
    checkpointsReached: new Uint8Array(level.checkpoints.length),
    atLockedExit: false,
    start: { flags: { ...flags }, followers: [...start.followers] },
    scenes,
  };
}
