// The shape of the world as the rest of the game sees it. Everything here is plain data, integers only.
import type { HunterClass } from '../level/entity-schema.ts';
import type { LevelDefinition } from '../level/level-definition.ts';
import type { MarbleState } from './marble.ts';
import type { SceneDirector, SceneState, StoryFlags } from './scene-director.ts';

export const TICKS_PER_SECOND = 60;
/** Fixed point: world positions are integer sub-pixels, this many per pixel. */
export const SUBPIXELS_PER_PIXEL = 16;
/** Detection meter scale: an Enforcer's meter for Mira runs from 0 to this; full means caught. */
export const DETECTION_FULL = 1000;
/** Enforcer facing vectors are integers of about this length (one degree is about 2 units across). */
export const FACING_LENGTH = 128;

/** What the player asked for during one tick. Sampled once per tick by the view, replayed by tests. */
export interface InputFrame {
  /** -1 left, 0, 1 right. */
  readonly moveX: -1 | 0 | 1;
  /** -1 up, 0, 1 down. */
  readonly moveY: -1 | 0 | 1;
  readonly sneak: boolean;
  readonly run: boolean;
  /** Pressed this tick: the whole level starts over, timer included. */
  readonly restart: boolean;
  /**
   * Pressed this tick: act on what interact.ts names (a talk, a clue, a child, a door...); in a scene, the
   * next line (or, at its end, close it).
   */
  readonly interact: boolean;
  /** Held: dream together (inside a DreamCircle with enough following children it fills the ring). */
  readonly dream: boolean;
  /** Pressed this tick: toss a marble where she faces (marble.ts). */
  readonly toss: boolean;
  /** Pressed this tick, in a scene: run on to its next choice, or to its end and close it. */
  readonly skip: boolean;
  /** In a scene, the choice taken this tick, from 0; -1 for none. */
  readonly choice: number;
}

export const NO_INPUT: InputFrame = { moveX: 0, moveY: 0, sneak: false, run: false, restart: false, interact: false, dream: false, toss: false, skip: false, choice: -1 };

export type Gait = 'still' | 'sneak' | 'walk' | 'run';

export interface MiraState {
  /** Sub-pixels (SUBPIXELS_PER_PIXEL per pixel), centre of her feet. */
  x: number;
  y: number;
  /** Facing as a unit-ish integer direction: each of -1, 0, 1, not both 0. */
  facingX: -1 | 0 | 1;
  facingY: -1 | 0 | 1;
  gait: Gait;
  /** Ticks until the next footstep event while she moves; 0 when still, so the first step sounds at once. */
  footstepTicks: number;
  /** Standing still while holding Sneak: the least visible stance. */
  crouching: boolean;
}

/** asleep: where the level placed it, not yet met; following Mira; waiting where she told it to. */
export type ChildMode = 'asleep' | 'following' | 'waiting';

/** A child of the group (src/sim/children.ts). */
export interface ChildState {
  /** The Child object's id in Tiled. */
  readonly id: number;
  readonly name: string;
  /** Which child sprite draws it, 0 to CHILD_LOOK_COUNT - 1 (0 Tomas, 1 Pip, 2 Ayla, 3 Juno, 4 Leo). */
  readonly look: number;
  /** Sub-pixels, centre of its feet (the same box as Mira's). */
  x: number;
  y: number;
  facingX: -1 | 0 | 1;
  facingY: -1 | 0 | 1;
  /** 'still' when it stood this tick, else the gait it moved at: the one it is seen and heard at. */
  gait: Gait;
  /** The gait it walks at: Mira's while she moves, kept while she stands. */
  pace: Gait;
  /** Ticks until its next footstep while it moves, as Mira's footstepTicks. */
  footstepTicks: number;
  mode: ChildMode;
  /** Ticks it has followed far from her without getting any closer (or with no way to her); it regroups at CHILD_STUCK_TICKS. */
  stuckTicks: number;
  /** The fewest path steps from her it has been since it was far (children.ts), -1 while it is near. */
  stuckBest: number;
}

/** waking: the map as drawn; dreaming: the wave and phases run; fading: the reverse wave back to waking. */
export type DreamStage = 'waking' | 'dreaming' | 'fading';

/** Ticks the Dream action must be held inside a ready circle before the dream starts (about a second). */
export const DREAM_RING_TICKS = 60;
/** The dream meter's scale: full when the dream starts, it slips away at 0. */
export const DREAM_METER_FULL = 10000;
/** Ticks a cell ripples before the dream changes it, so no change is a surprise. */
export const DREAM_RIPPLE_TICKS = 60;

/** The collective dream (src/sim/dream.ts): what the view reads to draw the ring, the ripple and the meter. */
export interface DreamState {
  stage: DreamStage;
  /** Index into level.dreamCircles of the circle being filled or dreamed from; -1 for none. */
  circle: number;
  /** Ticks the Dream action has been held in a ready circle, 0..DREAM_RING_TICKS; drops to 0 when interrupted. */
  ringTicks: number;
  /** 0..DREAM_METER_FULL while dreaming or fading. */
  meter: number;
  /** The phase shown or being spread, from 0; -1 while waking. */
  phase: number;
  /**
   * Per cell, row-major: the tick at which the dream next changes this cell, or -1. The view ripples a
   * cell from DREAM_RIPPLE_TICKS before it.
   */
  changeAt: Int32Array;
  /** Per cell, row-major: 1 while the cell shows a dream form (the wave has been there). */
  dreamed: Uint8Array;
  /** Tick the current phase's (or the fade's) wave was scheduled: its front leaves the circle DREAM_RIPPLE_TICKS later. */
  waveTick: number;
  /** Tick the next phase is scheduled (once this phase's wave has passed and it has held); -1 for none. */
  nextPhaseAt: number;
  /** Ticks' worth of meter spent: one a tick, one more for each Enforcer standing on a dreamed cell. */
  drained: number;
  /** Cells with a change still scheduled (changeAt not -1), including ones waiting for an actor to move. */
  pending: number;
  /** How far along the wave's order of cells (nearest first; farthest first while fading) the wave has come. */
  cursor: number;
  /** Due cells whose change waits for Mira or a child to step off, in the order they came due. */
  waiting: number[];
}

/** The Enforcer brain's states (src/sim/enforcer/): each is one module with its own data below. */
export type EnforcerStateName = 'patrol' | 'suspicious' | 'investigate' | 'chase' | 'search' | 'return';

/** A point in sub-pixels. */
export interface SubpixelPoint {
  readonly x: number;
  readonly y: number;
}

/** What each state keeps, tagged by its name: the brain swaps the whole value on a change of state. */
export type EnforcerStateData =
  /** Walking the route; `waitTicks` counts down a stop at a waypoint. */
  | { readonly name: 'patrol'; waitTicks: number }
  /** Stopped, turned to the stimulus, the meter filling or draining; `ticks` since it last noticed anything. */
  | { readonly name: 'suspicious'; ticks: number }
  /** Walking to the last known position, then looking round there for `lookTicks`. */
  | { readonly name: 'investigate'; arrived: boolean; lookTicks: number }
  /** Following a child's last known position; re-plans when `repathTicks` runs out and her tile changed. */
  | { readonly name: 'chase'; repathTicks: number; targetColumn: number; targetRow: number }
  /** Visiting `points` (tile centres, next first), looking round `lookTicks` at each. */
  | { readonly name: 'search'; points: SubpixelPoint[]; arrived: boolean; lookTicks: number }
  /** Walking back to the nearest point of its route, then patrolling again. */
  | { readonly name: 'return' };

/** How an Enforcer is getting somewhere: shared by every state that walks. */
export interface EnforcerWalk {
  /** Planned path in tile coordinates, next tile first; empty when walking straight or idle. */
  path: TileCell[];
  /** A path request is waiting in the world's queue; the Enforcer stands still until it is answered. */
  pathPending: boolean;
  /** Where the path asked for leads, sub-pixels: asked for again when tiles on the way change. */
  pathTarget: { x: number; y: number } | null;
  /** Ticks to stand after a path request failed, before the state goes on. */
  retryTicks: number;
  /**
   * A straight walk found clear of walls: to this point (sub-pixels), under the tiles of this change
   * count. Walking on towards the same point only shortens the checked lines, so they stay clear until
   * the tiles change: the three ray casts are skipped. Null when none is known.
   */
  clearTo: { readonly x: number; readonly y: number; readonly changeCount: number } | null;
  /** Ticks left of the stop before a closed door on its path; it opens the door when they run out. */
  doorTicks: number;
}

export interface EnforcerState {
  readonly id: number;
  readonly name: string;
  /** Which row of the class parameter table its rules follow. */
  readonly hunterClass: HunterClass;
  /** Who it is drawn as (the `look` property: enforcer, drone, elena, sam, niko). */
  readonly look: string;
  x: number;
  y: number;
  /** Facing vector in sub-pixel units, length about FACING_LENGTH; integer. */
  facingX: number;
  facingY: number;
  /** The brain's current state and its data; only the brain (enforcer/brain.ts) replaces it. */
  state: EnforcerStateData;
  /** 0..DETECTION_FULL: how close this Enforcer is to catching Mira. */
  detection: number;
  /**
   * Whether Mira or a child of her group (following or waiting) was in this Enforcer's sight this tick:
   * the name is older than the group, and to an Enforcer they are all the same runaway.
   */
  seesMira: boolean;
  /** Whom that was (the one whose sighting counted): 0 for Mira, a child's id, -1 for nobody. */
  watching: number;
  /** Index of the next waypoint on the route. */
  routeIndex: number;
  /** +1 or -1 for ping-pong routes. */
  routeDirection: 1 | -1;
  walk: EnforcerWalk;
  /** Her last known position, sub-pixels: where it last saw, heard or was radioed her; the start until then. */
  lastSeenX: number;
  lastSeenY: number;
  /** Percent of `speed` it walks at: more in a chase. */
  pacePercent: number;
  /** It and Mira ran into each other this tick (set by movement, read by the senses). */
  bumped: boolean;

  /** Walking speed in sub-pixels per tick (from the definition's pixels per second). */
  readonly speed: number;
  /** Sight range in sub-pixels (from the definition, capped at MAX_SIGHT_RANGE_PIXELS). */
  readonly sightRange: number;
  /** Full cone angle in whole degrees, 0..360 (for drawing; the rules use the same value). */
  readonly sightAngle: number;
}

/** Longest sight range the integer cone test stays exact for (products below 2^53). */
export const MAX_SIGHT_RANGE_PIXELS = 1000;

/** One path search asked for by an Enforcer, in tile coordinates. */
export interface PathRequest {
  readonly enforcerId: number;
  /** Tick the request was made: the queue is first in, first out by tick, then by Enforcer id. */
  readonly tick: number;
  readonly fromX: number;
  readonly fromY: number;
  readonly toX: number;
  readonly toY: number;
}

/** Pending path searches, in the order they will be processed. Plain data so it is hashed and restarted. */
export interface PathQueue {
  /** How many A* searches may run in one tick; rejected requests (unreachable, solid) cost nothing. */
  readonly searchesPerTick: number;
  pending: PathRequest[];
}

/** A cell of the tile grid, in tiles. */
export interface TileCell {
  readonly x: number;
  readonly y: number;
}

/** Put `gid` (raw, flip flags included; 0 empties the cell) on layer `layer` (an index into WorldTiles.layers). */
export interface TileChange extends TileCell {
  readonly layer: number;
  readonly gid: number;
}

export interface WorldTileLayer {
  readonly name: string;
  readonly above: boolean;
  readonly blocksByDefault: boolean;
  /** Raw gids, row-major. */
  readonly gids: Uint32Array;
}

/**
 * The world's tiles (world-tiles.ts). Per cell, row-major: what each layer shows, and what the cell does,
 * derived from those tiles by the level's tile rules. Room for more per-cell rules (the dream's own
 * walkability for Enforcers) is more arrays beside these.
 */
export interface WorldTiles {
  readonly width: number;
  readonly height: number;
  /** Sub-pixels per tile edge. */
  readonly span: number;
  readonly layers: readonly WorldTileLayer[];
  /** 1 blocks movement. */
  readonly solid: Uint8Array;
  /** 1 blocks sight. */
  readonly opaque: Uint8Array;
  /** 1 where a child standing still can hide. */
  readonly hiding: Uint8Array;
  /** Enforcer path cost, 1..255. */
  readonly cost: Uint8Array;
  /** Extra noise of a step, 0..255. */
  readonly noise: Uint8Array;
  /** 1 where the ground is lit (a tile with `lit`): Mira is seen there as inside a Light. */
  readonly lit: Uint8Array;
  /**
   * 1 where an Enforcer may not plan a path: solid cells except a Door's, which it opens on the way
   * (walking.ts), so a closed door is passable for planning and solid for movement; and every
   * enforcerBlocks cell. This is the Enforcers' own walkability grid.
   */
  readonly blocksPaths: Uint8Array;
  /** 1 where an Enforcer may not walk: solid, or a tile that says `enforcerBlocks` (a dream's vine, a river of stars). */
  readonly enforcerSolid: Uint8Array;
  /** Per cell the index + 1 of the Door (level.doors) covering it, 0 for none. */
  readonly doorAt: Int32Array;
  /**
   * How many ticks changed tiles since tick 0: caches (navigation) compare it. Not hashed: a change and
   * its undoing leave the same world.
   */
  changeCount: number;
  /** Changes asked for, applied at the tile point of the next tick. */
  pendingChanges: TileChange[];
}

export type WorldStatus = 'playing' | 'finished';

/** The level's alert: calm, caution (after a chase, until `cautionTicks` runs out) and alarm (during one). */
export type AlertLevel = 'calm' | 'caution' | 'alarm';

export interface AlertState {
  level: AlertLevel;
  /** Ticks until caution decays to calm; counted only in caution. */
  cautionTicks: number;
}

/** A radio call an Enforcer will make when `dueTick` comes, if it still sees a child then. */
export interface RadioCall {
  readonly callerId: number;
  readonly dueTick: number;
}

export interface World {
  readonly level: LevelDefinition;
  readonly seed: number;
  /** Detection assist: meters fill at this percent (100: as designed). A rule input a replay records. */
  readonly detectionPercent: number;
  /** Ticks since the level (re)started: the in-game time. */
  tick: number;
  status: WorldStatus;
  /** Tick the exit was reached; null while playing. */
  finishTick: number | null;
  /** How many times Mira was caught since the level (re)started. */
  catches: number;
  /** How many chases began since the level (re)started: "never caught" is not "never chased". */
  chases: number;
  tiles: WorldTiles;
  mira: MiraState;
  enforcers: EnforcerState[];
  /** The seeded generator's state: the only randomness the rules may use. */
  rngState: number;
  /** Enforcers' path searches waiting for their turn. */
  pathQueue: PathQueue;
  /**
   * Mira or a child was caught (or a Watcher saw her) this tick: on the next tick she is back at the last
   * checkpoint (or the spawn) with her group around her, and every meter is empty.
   */
  respawnPending: boolean;
  /** Where the pending respawn puts her, pixels: the centre of the last checkpoint she passed, or the spawn. */
  respawnPoint: { x: number; y: number };
  /** Index into level.checkpoints of the last one she passed; -1 for none (the spawn). */
  checkpoint: number;
  alert: AlertState;
  /** Radio calls waiting for their delay, in the order they were made. */
  radioCalls: RadioCall[];
  /** Per Light (level.lights, same order), 1 while it shines; only a switchable one changes (lights.ts). */
  lightsOn: Uint8Array;
  /** Per Door (level.doors, same order): whether it is open and what it is waiting to do (doors.ts). */
  doors: DoorState[];
  /** Per Child (level.children, same order). */
  children: ChildState[];
  dream: DreamState;
  marbles: MarbleState;
  /** Story flags, ink variables among them: the map's and the story's names, each from its start value. */
  flags: StoryFlags;
  /** The story's saved state between scenes (ink's variables, visit counts and generator); null before the first. */
  storyState: string | null;
  /** The scene open now: while one is, the world holds still (no tick) and only scene input counts. */
  scene: SceneState | null;
  /** Per Trigger (level.triggers): 1 once it fired. Per Talk and Clue likewise: 1 once done or taken. */
  triggersFired: Uint8Array;
  /** Per Trigger: 1 while Mira stands in an enter Trigger (an auto one: while its flags hold), so it acts once per entry. */
  triggersInside: Uint8Array;
  talksDone: Uint8Array;
  cluesTaken: Uint8Array;
  /** Per reveal (level.reveals): 1 once its tiles were asked for. */
  revealed: Uint8Array;
  /** Per Checkpoint (level.checkpoints): 1 once reached; each is reported the first time only. */
  checkpointsReached: Uint8Array;
  /** She stands in the Exit while its flags do not hold (the `locked` event is told once per visit). */
  atLockedExit: boolean;
  /** What the chapter started from: restart and a catch (with resetFlagsOnCatch) go back to it. */
  readonly start: WorldStart;
  /** Plays scenes for the rules (src/story); null where no story was given, and then a scene closes as it opens. Not hashed. */
  readonly scenes: SceneDirector | null;
}

/** What a chapter hands the next: flags, and the children who came out with Mira, by name (for the save). */
export interface WorldStart {
  readonly flags: Readonly<StoryFlags>;
  readonly followers: readonly string[];
}

export interface DoorState {
  /** The world tile layer its tiles are on, and what they show while it is closed (tick 0's tiles). */
  readonly layer: number;
  readonly closedGids: readonly number[];
  /** Open as asked for: its tiles follow at the next tile point. */
  open: boolean;
  /** Asked to close while someone stood in it: it closes once the doorway is free. */
  closeWaiting: boolean;
  /** Opened this tick: its noise sounds at the next tile point, when the doorway lets it through. */
  sounding: boolean;
}

export type { SimEvent } from './sim-events.ts';
export type { SceneSource, SceneState } from './scene-director.ts';
