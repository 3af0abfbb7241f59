// Builds small LevelDefinitions from ASCII art for tests, so a scenario's map sits next to its asserts.
//   #  wall (blocks movement and sight)      .  floor
//   g  glass (blocks movement, not sight)    c  curtain (blocks sight, not movement)
//   S  spawn (floor)                         X  exit (floor; the exit is the box around every X)
//   n  gravel (floor; a step on it is louder)  l  lit floor (a tile with `lit`)
//   d  a closed Door of one cell (a door tile)   o  an open Door of one cell (empty while open)
//   A-R, T-W, Y, Z and digits: floor with a name, found with `marks`.
import { NO_STORY, NO_STORY_ACTION, type DoorDefinition, type EnforcerDefinition, type FlagCondition, type LevelDefinition, type Point, type RouteMode } from '../../src/level/level-definition.ts';
import type { TileBehaviours } from '../../src/level/tile-rules.ts';
import { DEFAULT_MARBLES, DEFAULT_RADIO_RANGE_TILES, type HunterClass } from '../../src/level/entity-schema.ts';

/** The test maps' one tileset, on a `walls` layer: a wall, glass (see-through) and a curtain (walk-through). */
export const TEST_GIDS = { wall: 1, glass: 2, curtain: 3, gravel: 4, litFloor: 5, door: 6, vine: 10, stars: 11, tree: 12, dreamWall: 13, dreamFloor: 14 } as const;
export const TEST_BEHAVIOURS: TileBehaviours = new Map([
  [TEST_GIDS.glass, { opaque: false }],
  [TEST_GIDS.curtain, { collides: false }],
  // Gravel: walkable, see-through, and a step on it carries GRAVEL_NOISE tiles further.
  [TEST_GIDS.gravel, { collides: false, opaque: false, noise: 4 }],
  // Lit floor: walkable, see-through, and whoever stands on it is seen as inside a Light.
  [TEST_GIDS.litFloor, { collides: false, opaque: false, lit: true }],
  // The dream's tiles: a climbable vine and a river of stars stop only Enforcers, a tree hides, a dream
  // wall blocks everyone (on any layer), dream floor is open ground.
  [TEST_GIDS.vine, { collides: false, opaque: false, enforcerBlocks: true }],
  [TEST_GIDS.stars, { collides: false, opaque: false, enforcerBlocks: true }],
  [TEST_GIDS.tree, { collides: false, opaque: false, hide: true }],
  [TEST_GIDS.dreamWall, { collides: true, opaque: true }],
  [TEST_GIDS.dreamFloor, { collides: false, opaque: false }],
]);

/** Dream rows: `.` keeps the waking tiles, v vine, r river of stars, t tree, # dream wall, f dream floor. */
const DREAM_CHARACTERS: Readonly<Record<string, number>> = { v: TEST_GIDS.vine, r: TEST_GIDS.stars, t: TEST_GIDS.tree, '#': TEST_GIDS.dreamWall, f: TEST_GIDS.dreamFloor };

/** A dream for a test level: its phases as rows of dream characters, and its timing. */
export interface TestDream {
  readonly phases: readonly { readonly name: string; readonly rows: readonly string[] }[];
  readonly meterTicks?: number;
  readonly phaseTicks?: number;
  readonly waveTiles?: number;
  readonly ruleMaps?: readonly CompiledRuleMap[];
}
import { emptyTiledMap } from '../../tools/generated-level.ts';
import type { CompiledRuleMap } from '../../src/tiled/automap/automap-types.ts';
import type { DreamDefinition } from '../../src/level/dream-definition.ts';

export const TEST_TILE_SIZE = 16;

/**
 * A block of wall with floor all round, corners named A (top left), B, C, D clockwise: a walk from A to C
 * needs a path around it. Mira's spawn is in a sealed pocket below, so nobody ever sees her.
 */
export const BLOCK_ROWS: readonly string[] = [
  '##########',
  '#........#',
  '#.A....B.#',
  '#..####..#',
  '#..####..#',
  '#.D....C.#',
  '#........#',
  '##########',
  '#S########',
  '##########',
];

export interface TestEnforcer {
  readonly id: number;
  /** Tile coordinates; the Enforcer stands on the tile's centre. */
  readonly start: readonly [number, number];
  readonly route?: readonly (readonly [number, number])[];
  readonly routeMode?: RouteMode;
  /** Pixels per second. */
  readonly speed?: number;
  /** Pixels. */
  readonly sightRange?: number;
  readonly sightAngle?: number;
  readonly facing?: number;
  readonly waitTicks?: number;
  /** Stops at single waypoints (index from 0) instead of `waitTicks`, as a route's `waits` says. */
  readonly waypointWaits?: readonly { readonly index: number; readonly ticks: number }[];
  readonly hunterClass?: HunterClass;
}

/** Extra things a scenario may place, in tile coordinates. */
export interface TestExtras {
  readonly lights?: readonly { readonly at: readonly [number, number]; readonly radiusTiles: number; readonly switchable?: boolean }[];
  /** Cells where a child standing still is hidden (HidingSpot rectangles of one tile). */
  readonly hidingCells?: readonly (readonly [number, number])[];
  /** Checkpoint rectangles of one tile, in order. */
  readonly checkpointCells?: readonly (readonly [number, number])[];
  /** Flags every Door of the level needs before Mira can open it. */
  readonly doorRequires?: readonly FlagCondition[];
  /** Triggers, Talks, Clues, reveals, flags and the exit's flags, as the level builder would read them. */
  readonly story?: Partial<typeof NO_STORY>;
  readonly radioRangeTiles?: number;
  readonly marbles?: number;
  /** Cells with a noisy floor, and how much noise (tiles) each adds. */
  readonly noisyCells?: readonly { readonly at: readonly [number, number]; readonly noise: number }[];
  /** Child objects, ids 3000 on; `look` defaults to the index modulo 4. */
  readonly children?: readonly { readonly at: readonly [number, number]; readonly name?: string; readonly look?: number }[];
  /** DreamCircle rectangles: top-left cell and size in tiles, ids 4000 on. */
  readonly dreamCircles?: readonly { readonly at: readonly [number, number]; readonly size: readonly [number, number]; readonly children: number }[];
  /** A dream: the level then has layers ground (empty), walls and dream, in that order. */
  readonly dream?: TestDream;
}

function dreamOf(spec: TestDream, size: { readonly width: number; readonly height: number }): DreamDefinition {
  return {
    layer: 2,
    phases: spec.phases.map((phase) => {
      const painted = new Uint32Array(size.width * size.height);
      phase.rows.forEach((row, y) => {
        for (let x = 0; x < Math.min(size.width, row.length); x += 1) painted[y * size.width + x] = DREAM_CHARACTERS[row[x]!] ?? 0;
      });
      return { name: phase.name, painted };
    }),
    ruleMaps: spec.ruleMaps ?? [],
    rulesFile: null,
    meterTicks: spec.meterTicks ?? 1800,
    phaseTicks: spec.phaseTicks ?? 480,
    waveTiles: spec.waveTiles ?? 2,
  };
}

export interface TestLevel {
  readonly level: LevelDefinition;
  /** Tile coordinates of a named cell; throws when the map has no such cell. */
  readonly marks: (name: string) => { x: number; y: number };
}

export function tileCentre(column: number, row: number, tileSize = TEST_TILE_SIZE): Point {
  return { x: column * tileSize + tileSize / 2, y: row * tileSize + tileSize / 2 };
}

export function levelFromAscii(
  rows: readonly string[],
  options: { readonly enforcers?: readonly TestEnforcer[]; readonly tileSize?: number; readonly name?: string; readonly extras?: TestExtras } = {},
): TestLevel {
  const tileSize = options.tileSize ?? TEST_TILE_SIZE;
  const extras = options.extras ?? {};
  const height = rows.length;
  const width = Math.max(...rows.map((row) => row.length));
  const solid = new Uint8Array(width * height);
  const opaque = new Uint8Array(width * height);
  const walls = new Uint32Array(width * height);
  const marks = new Map<string, { x: number; y: number }>();
  const doors: DoorDefinition[] = [];
  let spawn = null as Point | null;
  let exitLeft = Infinity;
  let exitTop = Infinity;
  let exitRight = -Infinity;
  let exitBottom = -Infinity;
  rows.forEach((row, y) => {
    for (let x = 0; x < width; x += 1) {
      const cell = row[x] ?? '#';
      const index = y * width + x;
      if (cell === '#' || cell === 'g') solid[index] = 1;
      if (cell === '#' || cell === 'c') opaque[index] = 1;
      if (cell === '#') walls[index] = TEST_GIDS.wall;
      if (cell === 'n') walls[index] = TEST_GIDS.gravel;
      if (cell === 'l') walls[index] = TEST_GIDS.litFloor;
      if (cell === 'g') walls[index] = TEST_GIDS.glass;
      if (cell === 'c') walls[index] = TEST_GIDS.curtain;
      if (cell === 'S') spawn = tileCentre(x, y, tileSize);
      // The door tile is painted either way, as a level builder paints a closed door: the Door object says it starts open.
      if (cell === 'd' || cell === 'o') {
        walls[index] = TEST_GIDS.door;
        if (cell === 'd') {
          solid[index] = 1;
          opaque[index] = 1;
        }
        doors.push({ id: 2000 + doors.length, cells: [{ x, y }], open: cell === 'o', openGid: 0, requires: extras.doorRequires ?? [] });
      }
      if (cell === 'X') {
        exitLeft = Math.min(exitLeft, x);
        exitTop = Math.min(exitTop, y);
        exitRight = Math.max(exitRight, x + 1);
        exitBottom = Math.max(exitBottom, y + 1);
      }
      if (/[A-RT-WYZ0-9]/.test(cell)) marks.set(cell, { x, y });
    }
  });
  if (!spawn) throw new Error('a test level needs an S');
  const exit =
    exitLeft === Infinity
      ? { x: -1000 * tileSize, y: -1000 * tileSize, width: tileSize, height: tileSize }
      : {
          x: exitLeft * tileSize,
          y: exitTop * tileSize,
          width: (exitRight - exitLeft) * tileSize,
          height: (exitBottom - exitTop) * tileSize,
        };
  const enforcers: EnforcerDefinition[] = (options.enforcers ?? []).map((spec) => ({
    id: spec.id,
    name: `Enforcer ${spec.id}`,
    hunterClass: spec.hunterClass ?? 'Enforcer',
    start: tileCentre(spec.start[0], spec.start[1], tileSize),
    route: (spec.route ?? []).map(([x, y]) => tileCentre(x, y, tileSize)),
    routeMode: spec.routeMode ?? 'loop',
    speed: spec.speed ?? 60,
    sightRange: spec.sightRange ?? 80,
    sightAngle: spec.sightAngle ?? 90,
    facing: spec.facing ?? 0,
    waitTicks: spec.waitTicks ?? 0,
    waypointWaits: spec.waypointWaits ?? [],
    look: spec.hunterClass === 'Watcher' ? 'elena' : 'enforcer',
  }));
  return {
    level: {
      ...NO_STORY,
      ...extras.story,
      name: options.name ?? 'test',
      exitName: 'exit',
      width,
      height,
      tileSize,
      solid,
      opaque,
      tileLayers: extras.dream
        ? [
            { name: 'ground', above: false, blocksByDefault: false, gids: new Uint32Array(width * height) },
            { name: 'walls', above: false, blocksByDefault: true, gids: walls },
            { name: 'dream', above: false, blocksByDefault: false, gids: new Uint32Array(width * height) },
          ]
        : [{ name: 'walls', above: false, blocksByDefault: true, gids: walls }],
      tileBehaviours: TEST_BEHAVIOURS,
      spawn,
      exit,
      enforcers,
      lights: (extras.lights ?? []).map((light, index) => ({
        id: 1000 + index,
        ...tileCentre(light.at[0], light.at[1], tileSize),
        radius: light.radiusTiles * tileSize,
        switchable: light.switchable ?? false,
      })),
      doors,
      children: (extras.children ?? []).map((child, index) => ({
        id: 3000 + index,
        name: child.name ?? `Child ${index + 1}`,
        start: tileCentre(child.at[0], child.at[1], tileSize),
        look: child.look ?? index % 4,
      })),
      dreamCircles: (extras.dreamCircles ?? []).map((circle, index) => ({
        id: 4000 + index,
        name: `Circle ${index + 1}`,
        ...NO_STORY_ACTION,
        area: { x: circle.at[0] * tileSize, y: circle.at[1] * tileSize, width: circle.size[0] * tileSize, height: circle.size[1] * tileSize },
        round: false,
        children: circle.children,
      })),
      hidingSpots: (extras.hidingCells ?? []).map(([x, y]) => ({ x: x * tileSize, y: y * tileSize, width: tileSize, height: tileSize })),
      checkpoints: (extras.checkpointCells ?? []).map(([x, y], index) => ({ x: x * tileSize, y: y * tileSize, width: tileSize, height: tileSize, name: `checkpoint ${index + 1}` })),
      radioRangeTiles: extras.radioRangeTiles ?? DEFAULT_RADIO_RANGE_TILES,
      marbles: extras.marbles ?? DEFAULT_MARBLES,
      darkness: 0,
      dream: extras.dream ? dreamOf(extras.dream, { width, height }) : null,
      map: emptyTiledMap(width, height, tileSize),
    },
    marks: (name) => {
      const mark = marks.get(name);
      if (!mark) throw new Error(`no cell named ${name} in the test level`);
      return mark;
    },
  };
}
