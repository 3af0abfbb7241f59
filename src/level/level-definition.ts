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
}

/** A Child object: a child asleep at this point until Mira recruits it (src/sim/children.ts). */
export interface ChildDefinition {
  /** The Tiled object id. */
  readonly id: number;
  /** Its name in Tiled (e.g. "Leo"); may be empty. */
  readonly name: string;
  /** Where it stands at tick 0, pixels. */
  readonly start: Point;
  /** Which of the four child sprites draws it, 0..3. */
  readonly look: number;
}

/** A DreamCircle object: the area the children dream in, and how many following children it needs. */
export interface DreamCircleDefinition {
  /** The Tiled object id. */
  readonly id: number;
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
  /** Checkpoint rectangles, pixels, in the map's order: a Watcher sends Mira back to the last one she passed. */
  readonly checkpoints: readonly Rect[];
  /** How far an Enforcer's radio call carries, in tiles (the map property `radioRange`). */
  readonly radioRangeTiles: number;
  /** The collective dream (read-dream.ts): its phases, rules and timing; null when the map defines none. */
  readonly dream: DreamDefinition | null;
  /** The normalized map, kept for the view to draw. The sim never reads it. */
  readonly map: TiledMap;
}
