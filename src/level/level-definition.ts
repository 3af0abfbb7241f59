// What the game needs from a level, by this game's conventions. Built from a TiledMap by level/.
// All positions are in world pixels (the sim converts them to fixed point).
import type { TiledMap } from '../tiled/tiled-map.ts';
import type { DreamDefinition } from './dream-definition.ts';
import type { HunterClass } from './entity-schema.ts';
import type { RuleLayer, TileBehaviours } from './tile-rules.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Mira's feet, in pixels: the box that collides with walls. Here rather than in the sim because the
 * level checks that a Spawn leaves room for it.
 */
export const MIRA_FEET = { width: 10, height: 8 } as const;

export type RouteMode = 'loop' | 'ping-pong' | 'stationary';

/** A stop at one waypoint that overrides the Enforcer's own wait. */
export interface WaypointWait {
  /** Index into the route, from 0. */
  readonly index: number;
  readonly ticks: number;
}

export interface EnforcerDefinition {
  /** The Tiled object id: stable, and what error messages name. */
  readonly id: number;
  readonly name: string;
  /** Its class in Tiled: which row of HUNTER_CLASS_PARAMETERS (entity-schema.ts) its rules follow. */
  readonly hunterClass: HunterClass;
  /** Where it stands at tick 0, pixels. */
  readonly start: Point;
  /** Waypoints in pixels (tile centres are typical). Empty or one point for a stationary watcher. */
  readonly route: readonly Point[];
  readonly routeMode: RouteMode;
  /** Walking speed in pixels per second. */
  readonly speed: number;
  /** Sight range in pixels. */
  readonly sightRange: number;
  /** Full cone angle in degrees. */
  readonly sightAngle: number;
  /** Facing in degrees at tick 0 and while stationary: 0 = east, 90 = south (Tiled's y points down). */
  readonly facing: number;
  /** Ticks to wait at each waypoint. */
  readonly waitTicks: number;
  /** Waypoints (indexes into `route`) whose stop is not `waitTicks`: the route's `waits` property. */
  readonly waypointWaits?: readonly WaypointWait[];
  /** Who it is drawn as: one of HUNTER_LOOKS (entity-schema.ts). */
  readonly look: string;
}

/** A Light object: inside its radius Mira is easier to see. */
export interface LightDefinition {
  readonly id: number;
  /** Centre, pixels. */
  readonly x: number;
  readonly y: number;
  /** Pixels. */
  readonly radius: number;
  /** Whether a switch may turn it off (drawn differently, so the player knows to look for one). */
  readonly switchable: boolean;
}

/** A Door object: the tile cells it covers open and close together (src/sim/doors.ts). */
export interface DoorDefinition {
  /** The Tiled object id. */
  readonly id: number;
  /** Tile coordinates of every cell the rectangle covers. */
  readonly cells: readonly Point[];
  /** Whether it is open at tick 0. */
  readonly open: boolean;
  /** The gid its cells show while open; 0 empties them (the floor below shows). */
  readonly openGid: number;
  /** Flags that must hold before Mira can open it (locked until then); empty for none. */
  readonly requires: readonly FlagCondition[];
}

/** A Child object: a child asleep at this point until Mira recruits it (src/sim/children.ts). */
export interface ChildDefinition {
  /** The Tiled object id. */
  readonly id: number;
  /** Its name in Tiled (e.g. "Leo"); may be empty. */
  readonly name: string;
  /** Where it stands at tick 0, pixels. */
  readonly start: Point;
  /** Which child sprite draws it, 0 to CHILD_LOOK_COUNT - 1 (0 Tomas, 1 Pip, 2 Ayla, 3 Juno, 4 Leo). */
  readonly look: number;
}

/** A DreamCircle object: the area the children dream in, and how many following children it needs. */
export interface DreamCircleDefinition extends StoryAction {
  /** The Tiled object id. */
  readonly id: number;
  /** Its Tiled name ("The sanctuary"), as the goal hint and the story name it. */
  readonly name: string;
  /** The rectangle (an ellipse's bounding box), pixels. */
  readonly area: Rect;
  /** Drawn as an ellipse: only points inside the ellipse count as inside. */
  readonly round: boolean;
  readonly children: number;
}

/**
 * A tile layer the game draws and the world owns, in drawing order. Hidden layers and the map's dream layers
 * are not here; a map with a dream has one layer named `dream` (empty at tick 0) that the dream paints.
 */
export interface LevelTileLayer extends RuleLayer {
  /** The layer's name in Tiled (`group/child` inside groups). */
  readonly name: string;
  /** Drawn over the characters. */
  readonly above: boolean;
}

/** A test of one story flag: `fragments>=3`, `leo_met` (!= 0), `!door_open` (== 0). */
export interface FlagCondition {
  readonly flag: string;
  readonly compare: '==' | '!=' | '>=' | '<=' | '>' | '<';
  readonly value: number;
}

/** A change of one story flag: `leo_met` (= 1), `door_open=0`, `fragments+=1`. */
export interface FlagChange {
  readonly flag: string;
  readonly operation: 'set' | 'add';
  readonly value: number;
}

/** What a Trigger, a Talk or a Clue does when it acts: all optional, in this order. */
export interface StoryAction {
  /** Flags that must hold for it to act at all. */
  readonly requires: readonly FlagCondition[];
  /** Acts only the first time (a Trigger's or Talk's `once`; a Clue always once). */
  readonly once: boolean;
  /** Flags changed when it acts, before its scene opens. */
  readonly sets: readonly FlagChange[];
  /** The ink knot its scene plays; empty for none. */
  readonly scene: string;
  /** The reveal (a `reveal/<name>` layer) it applies; empty for none. */
  readonly reveal: string;
}

/** A story action that does nothing: a DreamCircle built in code with no story. */
export const NO_STORY_ACTION: StoryAction = { requires: [], once: false, sets: [], scene: '', reveal: '' };

export type TriggerActivation = 'enter' | 'interact' | 'auto';

/** A Trigger area: acts when Mira enters it, presses Interact inside it, or (auto) as soon as its flags hold. */
export interface TriggerDefinition extends StoryAction {
  readonly id: number;
  readonly name: string;
  readonly area: Rect;
  readonly activation: TriggerActivation;
}

/** A Talk: someone to talk to, at a point (within reach), over an area, or wherever its `person` stands. */
export interface TalkDefinition extends StoryAction {
  readonly id: number;
  /** Who is talked to, as the prompt names them ("Leo"). */
  readonly name: string;
  readonly area: Rect;
  /** The Child, Watcher or Enforcer it moves with (its object id), or 0 to stay where drawn. */
  readonly person: number;
  /** A Child (object id) that wakes and follows when the scene closes, or 0. */
  readonly recruits: number;
}

/** A Clue: examined (or picked up) with Interact; it may count toward a flag (three story fragments). */
export interface ClueDefinition extends StoryAction {
  readonly id: number;
  readonly name: string;
  readonly area: Rect;
  /** Picked up: it is gone from the map once taken (else it stays, examined). */
  readonly pickUp: boolean;
}

/** A named tile change drawn in Tiled as `reveal/<name>` layers, applied through the world's tile changes. */
export interface RevealDefinition {
  readonly name: string;
  /** Cells to change: layer is an index into tileLayers; gid 0 empties the cell. */
  readonly changes: readonly { readonly layer: number; readonly x: number; readonly y: number; readonly gid: number }[];
}

/** A Checkpoint: a named split, in the order the map gives. */
export interface CheckpointDefinition extends Rect {
  /** The object's name in Tiled, or its `split` property; `checkpoint N` when it has neither. */
  readonly name: string;
}

/** A story flag the level knows, with its value at the start. */
export interface FlagDefinition {
  readonly name: string;
  readonly initial: number;
}

export interface LevelDefinition {
  readonly name: string;
  /** Map size in tiles. */
  readonly width: number;
  readonly height: number;
  /** Square tiles, in pixels. */
  readonly tileSize: number;
  /** Row-major, one byte per tile: 1 blocks movement at tick 0 (the level's checks read it; the world owns its own). */
  readonly solid: Uint8Array;
  /** Row-major, one byte per tile: 1 blocks sight at tick 0. */
  readonly opaque: Uint8Array;
  /** The starting tiles the world copies: every drawn layer, and what each tile does (tile-rules.ts). */
  readonly tileLayers: readonly LevelTileLayer[];
  readonly tileBehaviours: TileBehaviours;
  readonly spawn: Point;
  readonly exit: Rect;
  /** The Exit object's name in Tiled (e.g. "Sanctuary gate"), for the goal hint; may be empty. */
  readonly exitName: string;
  readonly enforcers: readonly EnforcerDefinition[];
  readonly lights: readonly LightDefinition[];
  readonly doors: readonly DoorDefinition[];
  /** Child objects, in id order. */
  readonly children: readonly ChildDefinition[];
  readonly dreamCircles: readonly DreamCircleDefinition[];
  /** HidingSpot rectangles, pixels: a child standing still inside one is hidden (as on a hiding tile). */
  readonly hidingSpots: readonly Rect[];
  /** Checkpoints, pixels, in their order: a catch sends Mira back to the last one she reached. */
  readonly checkpoints: readonly CheckpointDefinition[];
  /** Flags that must hold before the Exit ends the level; empty for none. */
  readonly exitRequires: readonly FlagCondition[];
  readonly triggers: readonly TriggerDefinition[];
  readonly talks: readonly TalkDefinition[];
  readonly clues: readonly ClueDefinition[];
  readonly reveals: readonly RevealDefinition[];
  /** Every story flag the map names, from 0, or as the map property `flags` starts it. */
  readonly flags: readonly FlagDefinition[];
  /** A catch or a send-back puts the story back to the level's start (the map property `resetFlagsOnCatch`): flags, what fired, was talked to and taken; reveals stay. */
  readonly resetFlagsOnCatch: boolean;
  /** The map property `story`: the ink source, relative to the map; empty for none. */
  readonly storyPath: string;
  /** How far an Enforcer's radio call carries, in tiles (the map property `radioRange`). */
  readonly radioRangeTiles: number;
  /** Marbles Mira has to toss in this chapter (the map property `marbles`). */
  readonly marbles: number;
  /** How dark the view is outside the light, 0 to 1 (the map property `darkness`): the view's alone, the rules light by Lights and `lit` tiles. */
  readonly darkness: number;
  /** The collective dream (read-dream.ts): its phases, rules and timing; null when the map defines none. */
  readonly dream: DreamDefinition | null;
  /** The normalized map, kept for the view to draw. The sim never reads it. */
  readonly map: TiledMap;
}

/** The story parts of a level that has none: levels made in code (tests, benchmarks) start from this. */
export const NO_STORY: Pick<LevelDefinition, 'exitRequires' | 'triggers' | 'talks' | 'clues' | 'reveals' | 'flags' | 'resetFlagsOnCatch' | 'storyPath'> = {
  exitRequires: [],
  triggers: [],
  talks: [],
  clues: [],
  reveals: [],
  flags: [],
  resetFlagsOnCatch: false,
  storyPath: '',
};
