// Records tests/golden/<level>.replay.json: a search over "run / walk / sneak / wait" along a tile path
// from the spawn to the exit that is never caught. Re-record only on purpose: a changed finish tick is a
// changed game.
//   npm run record-golden -- [maps/night-escape.tmj] [--via C,R C,R:wake C,R:dream C,R:toss ...] [--name suffix] [--out file]
// --via makes the path pass through those tiles in order (column,row): a level builder's proof that a
// chosen route can be played unseen; --name writes tests/golden/<level>-<suffix>.replay.json instead, and
// --out writes where it says (through the tools' one writer, never over the map it reads).
// A via tile may end in an action done on arrival: `:wake` presses Interact once (stand next to a sleeping
// child, facing it; a Talk in reach goes first, so it talks, and the scene plays its first choices), `:dream`
// holds Dream there until the dream has started (the group gathers meanwhile), `:toss` tosses a marble
// once, the way she faces as she arrives (the way she walked in). The legs after a `:dream` are planned
// over the dream's first phase, so a route may pass where the dream opens the way (a star wall).
import { basename } from 'node:path';
import type { LevelDefinition } from '../src/level/level-definition.ts';
import { withDoorsOpen } from '../src/level/reachability.ts';
import { ReplayInput } from '../src/run/input-source.ts';
import { LevelSession } from '../src/run/level-session.ts';
import { encodeReplay } from '../src/run/replay.ts';
import { NIGHT_ESCAPE, chapterForMap } from '../src/story/chapters.ts';
import { chaptersWithTests } from '../src/story/test-chapters.ts';
import { createWorld, hashWorld, step } from '../src/sim/index.ts';
import { dreamscapeFor } from '../src/sim/dream-wave.ts';
import { DETECTION_FULL, NO_INPUT, SUBPIXELS_PER_PIXEL, type InputFrame, type World } from '../src/sim/types.ts';
import { formatTicks } from '../src/run/time-format.ts';
import { loadMapFromDisk } from './read-capped-file.ts';
import { RefusedWriteError, writeUserFile } from './write-user-file.ts';

const TICKS_PER_DECISION = 6;
const MAX_EXPANSIONS = 400_000;
/** The recorded run may be glimpsed but never close to caught: a small rule change should not flip it. */
const SAFE_DETECTION = DETECTION_FULL / 2;

const options = process.argv.slice(2);
const viaIndex = options.indexOf('--via');
const nameIndex = options.indexOf('--name');
const outIndex = options.indexOf('--out');
const mapPath = options[0] !== undefined && !options[0].startsWith('--') ? options[0] : NIGHT_ESCAPE.mapPath;
/** The arguments after `flag`, up to the next option. */
function argumentsOf(flag: number): string[] {
  if (flag === -1) return [];
  const rest = options.slice(flag + 1);
  const end = rest.findIndex((option) => option.startsWith('--'));
  return end === -1 ? rest : rest.slice(0, end);
}
type ViaAction = 'wake' | 'dream' | 'toss';
const viaTiles = argumentsOf(viaIndex)
  .map((argument): Tile & { readonly action: ViaAction | undefined } => {
    const [pair = '', action] = argument.split(':');
    const [column, row] = pair.split(',').map(Number);
    if (column === undefined || row === undefined || !Number.isInteger(column) || !Number.isInteger(row)) throw new Error(`--via takes column,row pairs, not "${argument}"`);
    if (action === undefined || action === 'wake' || action === 'dream' || action === 'toss') return { x: column, y: row, action };
    throw new Error(`a via action is :wake, :dream or :toss, not ":${action}"`);
  });
const nameSuffix = nameIndex === -1 ? '' : `-${options[nameIndex + 1] ?? ''}`;
/**
 * --runner: a fast run that may be seen and chased, as long as it is never caught (nor sent back): the
 * proof that a runner can take a route by managing chases. Without it the run must stay unseen.
 */
const runner = options.includes('--runner');
const { level, mapHash, scenes } = await loadMapFromDisk(mapPath);
/** The chapter row's seed: a map that is no chapter is played by the first chapter's rules, as in the game. */
const SEED = (chapterForMap(mapPath, chaptersWithTests()) ?? NIGHT_ESCAPE).seed;

interface Tile {
  readonly x: number;
  readonly y: number;
}

/** Tile centres from spawn through each via tile to the exit, and the actions due on arrival at some of them. */
function tilePath(definition: LevelDefinition, via: readonly (Tile & { readonly action: ViaAction | undefined })[]): {
  points: { x: number; y: number }[];
  actions: { readonly waypoint: number; readonly kind: ViaAction }[];
} {
  const { tileSize } = definition;
  const start = { x: Math.floor(definition.spawn.x / tileSize), y: Math.floor(definition.spawn.y / tileSize) };
  const goal = {
    x: Math.floor((definition.exit.x + definition.exit.width / 2) / tileSize),
    y: Math.floor((definition.exit.y + definition.exit.height / 2) / tileSize),
  };
  const stops = [start, ...via, goal];
  const points: { x: number; y: number }[] = [];
  const actions: { waypoint: number; kind: ViaAction }[] = [];
  const dreamSolid = dreamscapeFor(definition, SEED).phases[0]?.solid ?? definition.solid;
  stops.slice(1).forEach((stop, index) => {
    const dreaming = via.slice(0, index).some((tile) => tile.action === 'dream');
    for (const point of tilePathBetween(definition, { start: stops[index]!, goal: stop, solid: dreaming ? dreamSolid : definition.solid })) points.push(point);
    const action = via[index]?.action;
    // A via on the tile before it adds no point: the action is due at the last point so far.
    if (action !== undefined) actions.push({ waypoint: Math.max(0, points.length - 1), kind: action });
  });
  return { points, actions };
}

/**
 * The cells a route may plan through: open ground of `solid`, every Door's cells (a `:wake` via in front
 * of a closed one opens it) and every cell a reveal changes (the story opens it on the way: the hidden door).
 */
function routeGrid(definition: LevelDefinition, solid: Uint8Array): Uint8Array {
  const { width } = definition;
  const grid = withDoorsOpen(solid, definition.doors, width);
  for (const reveal of definition.reveals) for (const change of reveal.changes) grid[change.y * width + change.x] = 0;
  return grid;
}

/** Tile centres after `start` up to `goal` over a leg's `solid` cells, breadth-first over 8 directions without cutting corners. */
function tilePathBetween(definition: LevelDefinition, leg: { readonly start: Tile; readonly goal: Tile; readonly solid: Uint8Array }): { x: number; y: number }[] {
  const { width, height, tileSize } = definition;
  const { start, goal } = leg;
  const solid = routeGrid(definition, leg.solid);
  const free = (x: number, y: number): boolean => x >= 0 && y >= 0 && x < width && y < height && solid[y * width + x] === 0;
  const previous = new Int32Array(width * height).fill(-1);
  const queue = [start.y * width + start.x];
  previous[queue[0]!] = queue[0]!;
  for (let head = 0; head < queue.length; head += 1) {
    const cell = queue[head]!;
    const x = cell % width;
    const y = (cell - x) / width;
    if (x === goal.x && y === goal.y) break;
    for (const [stepX, stepY] of [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [1, -1], [-1, 1], [-1, -1]] as const) {
      const nextX = x + stepX;
      const nextY = y + stepY;
      if (!free(nextX, nextY) || previous[nextY * width + nextX] !== -1) continue;
      if (stepX !== 0 && stepY !== 0 && (!free(x + stepX, y) || !free(x, y + stepY))) continue;
      previous[nextY * width + nextX] = cell;
      queue.push(nextY * width + nextX);
    }
  }
  const path: { x: number; y: number }[] = [];
  let cell = goal.y * width + goal.x;
  if (start.x === goal.x && start.y === goal.y) return path;
  if (previous[cell] === -1) throw new Error(`no path from tile ${start.x},${start.y} to ${goal.x},${goal.y}`);
  while (previous[cell] !== cell) {
    const x = cell % width;
    path.push({ x: (x * tileSize + tileSize / 2) * SUBPIXELS_PER_PIXEL, y: (((cell - x) / width) * tileSize + tileSize / 2) * SUBPIXELS_PER_PIXEL });
    cell = previous[cell]!;
  }
  return path.reverse();
}

type Gait = 'run' | 'walk' | 'sneak' | 'wait';

interface Node {
  readonly state: Snapshot;
  readonly waypoint: number;
  /** How many of the via actions are done, and for how many ticks Dream has been held. */
  readonly actionsDone: number;
  readonly dreamHeld: number;
  readonly inputs: readonly InputFrame[];
}

const { points: waypoints, actions } = tilePath(level, viaTiles);
/** Ticks a `:dream` via may hold Dream before the search gives that branch up. */
const DREAM_HOLD_LIMIT = 60 * 20;
// The world is plain data but for its level and its story player, which never change: snapshots leave
// them out. A structured clone keeps the tiles' typed arrays typed (JSON would turn them into records,
// which hash differently).
type Snapshot = Omit<World, 'level' | 'scenes'>;
const save = (world: World): Snapshot => {
  const { level: _level, scenes: _scenes, ...state } = world;
  return structuredClone(state);
};
const restore = (state: Snapshot): World => ({ ...structuredClone(state), level, scenes });

/**
 * A scene the search walked into is played through at once (skipped, its first choice taken), so no
 * snapshot ever holds an open scene: the director's place in it lives outside the world.
 */
function playThroughScene(world: World, inputs: InputFrame[]): void {
  while (world.scene !== null) {
    const frame: InputFrame = world.scene.display.choices.length > 0 ? { ...NO_INPUT, choice: 0 } : { ...NO_INPUT, skip: true };
    step(world, frame);
    inputs.push(frame);
  }
}

function towards(world: World, at: { readonly waypoint: number; readonly actionsDone: number }, gait: Gait): { input: InputFrame; waypoint: number; action: ViaAction | null } {
  let index = at.waypoint;
  const near = 2 * SUBPIXELS_PER_PIXEL;
  const isNear = (point: { x: number; y: number }): boolean => Math.abs(point.x - world.mira.x) <= near && Math.abs(point.y - world.mira.y) <= near;
  const due = actions[at.actionsDone];
  // Walking stops at the waypoint of the next action until it is done.
  while (index < waypoints.length - 1 && index !== due?.waypoint && isNear(waypoints[index]!)) index += 1;
  if (due !== undefined && index === due.waypoint && isNear(waypoints[index]!)) {
    return { input: { ...NO_INPUT, interact: due.kind === 'wake', dream: due.kind === 'dream', toss: due.kind === 'toss' }, waypoint: index, action: due.kind };
  }
  const target = waypoints[index]!;
  const offsetX = target.x - world.mira.x;
  const offsetY = target.y - world.mira.y;
  const still = NO_INPUT;
  if (gait === 'wait') return { input: still, waypoint: index, action: null };
  const axis = (delta: number): -1 | 0 | 1 => (delta > near / 2 ? 1 : delta < -near / 2 ? -1 : 0);
  return { input: { ...still, moveX: axis(offsetX), moveY: axis(offsetY), sneak: gait === 'sneak', run: gait === 'run' }, waypoint: index, action: null };
}

let expansions = 0;
let best: { world: World; inputs: readonly InputFrame[] } | null = null;
const stack: Node[] = [{ state: save(createWorld(level, { seed: SEED, scenes })), waypoint: 0, actionsDone: 0, dreamHeld: 0, inputs: [] }];
const seen = new Set<string>();
while (stack.length > 0 && best === null && expansions < MAX_EXPANSIONS) {
  const node = stack.pop()!;
  expansions += 1;
  // Pushed in reverse so the fastest gait is tried first.
  for (const gait of ['wait', 'sneak', 'walk', 'run'] as const) {
    const world = restore(node.state);
    const inputs = [...node.inputs];
    let waypoint = node.waypoint;
    let actionsDone = node.actionsDone;
    let dreamHeld = node.dreamHeld;
    let safe = true;
    for (let tick = 0; tick < TICKS_PER_DECISION && world.status === 'playing'; tick += 1) {
      const next = towards(world, { waypoint, actionsDone }, gait);
      waypoint = next.waypoint;
      step(world, next.input);
      inputs.push(next.input);
      playThroughScene(world, inputs);
      // A press is done once pressed; a dream once it runs (or, held too long, the branch is dropped).
      if (next.action === 'wake' || next.action === 'toss') actionsDone += 1;
      if (next.action === 'dream' && world.dream.stage !== 'waking') actionsDone += 1;
      if (next.action === 'dream') dreamHeld += 1;
      if (dreamHeld > DREAM_HOLD_LIMIT) safe = false;
      if (world.catches > 0 || world.respawnPending) safe = false;
      if (!runner && world.enforcers.some((enforcer) => enforcer.detection > SAFE_DETECTION)) safe = false;
    }
    if (!safe) continue;
    if (world.status === 'finished') {
      best = { world, inputs };
      break;
    }
    // A runner's world also differs by who is chasing: the same spot with a chaser behind is another state.
    const hunt = runner ? `:${world.enforcers.map((enforcer) => enforcer.state.name[0]).join('')}` : '';
    const key = `${waypoint}:${actionsDone}:${world.dream.ringTicks}:${Math.floor(world.mira.x / 32)}:${Math.floor(world.mira.y / 32)}:${world.tick % 600}${hunt}`;
    if (seen.has(key) || inputs.length > 60 * 60 * 5) continue;
    seen.add(key);
    stack.push({ state: save(world), waypoint, actionsDone, dreamHeld, inputs });
  }
}
if (best === null) throw new Error(`no safe run found after ${expansions} expansions`);
// The search steps saved snapshots; what is written is what the game's own session records playing it.
const session = new LevelSession({ level, seed: SEED, input: new ReplayInput(best.inputs), timeSource: { now: () => 0 }, scenes });
while (!session.finished && session.record.inputs.length < best.inputs.length) session.tick();
const record = session.record;
if (record.finishTick !== best.world.finishTick || hashWorld(session.world) !== hashWorld(best.world)) {
  throw new Error('the session played the found run differently from the search: a snapshot lost part of the world');
}
const name = basename(mapPath).replace(/\.[^.]+$/, '');
const out = (outIndex === -1 ? undefined : options[outIndex + 1]) ?? `tests/golden/${name}${nameSuffix}.replay.json`;
const replayText = encodeReplay({
  level: name, mapHash, seed: record.seed, finishTick: record.finishTick, finalHash: hashWorld(session.world), inputs: record.inputs, choices: record.choices,
});
try {
  writeUserFile(out, replayText, { inputs: [mapPath] });
} catch (error) {
  if (!(error instanceof RefusedWriteError)) throw error;
  console.error(`${out}: ${error.message}`);
  process.exit(1);
}
console.log(`${out}: finishes at tick ${record.finishTick} (${formatTicks(record.finishTick ?? 0)}) after ${expansions} expansions`);
