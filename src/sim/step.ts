// One fixed tick of the rules. The order inside a tick is part of the game (replays depend on it):
// the dream (its ring, meter and the cells its wave reaches now, checked against where everyone stood at
// the end of last tick), apply tile changes, doors (waiting closes, last tick's opening noises), respawn
// if caught last tick or else move Mira (touch and noise), her Interact (interact.ts) and the children of
// her group, her marbles (marble.ts: a landing, then a toss), enter and auto Triggers, checkpoints, the
// exit (counting the children she brings out), answer path requests, run each Enforcer's brain, deliver due radio calls, then the senses
// (sight, hearing, touch), the catch, and the level's alert.
import { HUNTER_CLASS_PARAMETERS } from '../level/entity-schema.ts';
import { updateAlert } from './alert.ts';
import { gatherGroup, updateChildren, type ChildNoise } from './children.ts';
import { createWorld } from './create-world.ts';
import { sightTargets, updateDetection } from './detection.ts';
import { updateDoors } from './doors.ts';
import { updateDream } from './dream.ts';
import { deliverPathResult, perceive, replanAcrossChangedTiles, sendToState, updateBrain } from './enforcer/brain.ts';
import { nearestUnblockedCell } from './flood.ts';
import { toSubpixels } from './fixed-point.ts';
import { FOOTSTEP_INTERVAL, noiseRadius, whoHears } from './hearing.ts';
import { interact } from './interact.ts';
import { updateMarbles, type MarbleNoise } from './marble.ts';
import { boxOverlapsSolid, gaitFor, moveBox, velocityFor } from './movement.ts';
import { navigationFor, refreshNavigation } from './navigation.ts';
import { processPathQueue } from './path-queue.ts';
import { dueRadioCalls } from './radio.ts';
import { countChildrenOut, flagsHold, isMiraInside, resetStoryProgress, stepScene, updateTriggers } from './story.ts';
import { isWithinCatch, runsInto } from './touch.ts';
import type { EnforcerState, InputFrame, SimEvent, TileCell, World } from './types.ts';
import { DETECTION_FULL } from './types.ts';
import { applyPendingTileChanges, cellIndexAt, tileAtSubpixels, tileCentre } from './world-tiles.ts';

export { FOOTSTEP_INTERVAL } from './hearing.ts';

/** Puts a world back to its tick-0 state for the same level, seed, story and start, in place. */
export function resetWorld(world: World): void {
  Object.assign(world, createWorld(world.level, { seed: world.seed, scenes: world.scenes, start: world.start, detectionPercent: world.detectionPercent }));
}

/**
 * The centre of the open cell nearest a point inside a wall (the dream may grow one over her checkpoint
 * while she is away), by the fixed north, east, south, west rule; the point itself when none is open.
 */
function beside(world: World, point: { readonly x: number; readonly y: number }): { x: number; y: number } {
  const { tiles } = world;
  const cell = tileAtSubpixels(tiles, point.x, point.y);
  if (cell.x < 0 || cell.y < 0 || cell.x >= tiles.width || cell.y >= tiles.height) return { ...point };
  const open = nearestUnblockedCell(tiles, cell.y * tiles.width + cell.x, (index) => tiles.solid[index] === 1);
  return open === -1 ? { ...point } : tileCentre(tiles, { x: open % tiles.width, y: Math.floor(open / tiles.width) });
}

function respawn(world: World, events: SimEvent[]): void {
  const { mira } = world;
  const point = { x: toSubpixels(world.respawnPoint.x), y: toSubpixels(world.respawnPoint.y) };
  const place = boxOverlapsSolid(world.tiles, point.x, point.y) ? beside(world, point) : point;
  mira.x = place.x;
  mira.y = place.y;
  mira.facingX = 0;
  mira.facingY = 1;
  mira.gait = 'still';
  mira.crouching = false;
  mira.footstepTicks = 0;
  world.radioCalls = [];
  for (const enforcer of world.enforcers) {
    enforcer.detection = 0;
    enforcer.seesMira = false;
    enforcer.bumped = false;
    // The hunt is over: everyone who was after her goes back to work.
    if (enforcer.state.name !== 'patrol' && enforcer.state.name !== 'return') sendToState({ enforcer, world, events }, 'return');
  }
  gatherGroup(world);
  if (world.level.resetFlagsOnCatch) resetStoryProgress(world);
  world.respawnPending = false;
}

/** Her move this tick, stopped short of any Enforcer she would run into (trying each axis alone). */
function moveAroundEnforcers(world: World, velocity: { x: number; y: number }): { x: number; y: number } {
  const { mira } = world;
  const blockedBy = (to: { x: number; y: number }): EnforcerState[] =>
    world.enforcers.filter((enforcer) => runsInto({ from: mira, to, other: enforcer }));
  const moved = moveBox(world.tiles, mira, velocity);
  const bumped = blockedBy(moved);
  if (bumped.length === 0) return moved;
  for (const enforcer of bumped) enforcer.bumped = true;
  for (const alone of [{ x: velocity.x, y: 0 }, { x: 0, y: velocity.y }]) {
    if (alone.x === 0 && alone.y === 0) continue;
    const slid = moveBox(world.tiles, mira, alone);
    if (blockedBy(slid).length === 0) return slid;
  }
  return { x: mira.x, y: mira.y };
}

/** Moves Mira; returns the noise her step made this tick, in tiles (0 for none). */
function moveMira(world: World, input: InputFrame, events: SimEvent[]): number {
  const { mira, tiles } = world;
  mira.gait = gaitFor(input);
  mira.crouching = mira.gait === 'still' && input.sneak;
  if (input.moveX !== 0 || input.moveY !== 0) {
    mira.facingX = input.moveX;
    mira.facingY = input.moveY;
  }
  const moved = moveAroundEnforcers(world, velocityFor(input, mira.gait));
  const changed = moved.x !== mira.x || moved.y !== mira.y;
  mira.x = moved.x;
  mira.y = moved.y;
  if (!changed || mira.gait === 'still') {
    mira.footstepTicks = 0;
    return 0;
  }
  let noise = 0;
  if (mira.footstepTicks <= 0) {
    events.push({ type: 'footstep', gait: mira.gait });
    mira.footstepTicks = FOOTSTEP_INTERVAL[mira.gait];
    const cell = cellIndexAt(tiles, mira.x, mira.y);
    noise = noiseRadius(mira.gait, cell === -1 ? 0 : tiles.noise[cell]!);
    if (noise > 0) events.push({ type: 'noise', x: mira.x, y: mira.y, radius: noise });
  }
  mira.footstepTicks -= 1;
  return noise;
}

/**
 * A checkpoint counts the first time she reaches it: it becomes the one a catch sends her back to and is
 * reported once (a split); walking back over an earlier one changes and reports nothing.
 */
function passCheckpoints(world: World, events: SimEvent[]): void {
  world.level.checkpoints.forEach((checkpoint, index) => {
    if (world.checkpointsReached[index] === 1 || !isMiraInside(world, checkpoint)) return;
    world.checkpointsReached[index] = 1;
    world.checkpoint = index;
    events.push({ type: 'checkpoint', index, name: checkpoint.name });
  });
}

/** Whether she stands in the Exit with its flags holding; stepping in while they do not says it is locked. */
function reachesExit(world: World, events: SimEvent[]): boolean {
  const inside = isMiraInside(world, world.level.exit);
  const open = inside && flagsHold(world, world.level.exitRequires);
  if (inside && !open && !world.atLockedExit) events.push({ type: 'locked', what: 'exit', id: 0 });
  world.atLockedExit = inside && !open;
  return open;
}

/** Where a catch or a Watcher sends her: the centre of the last checkpoint she passed, or the spawn. */
function checkpointPoint(world: World): { x: number; y: number } {
  const checkpoint = world.level.checkpoints[world.checkpoint];
  if (!checkpoint) return { ...world.level.spawn };
  return { x: Math.floor(checkpoint.x + checkpoint.width / 2), y: Math.floor(checkpoint.y + checkpoint.height / 2) };
}

/** Radio calls whose delay ended: each that goes out sends the Enforcers in range to investigate. */
function deliverRadio(world: World, events: SimEvent[]): void {
  for (const { caller, recipients } of dueRadioCalls(world)) {
    events.push({ type: 'radio', enforcerId: caller.id, recipients: recipients.map((enforcer) => enforcer.id) });
    for (const enforcer of recipients) {
      enforcer.lastSeenX = caller.lastSeenX;
      enforcer.lastSeenY = caller.lastSeenY;
      sendToState({ enforcer, world, events }, 'investigate');
    }
  }
}

/** Sight, hearing and touch for every Enforcer, then the catch (a chaser at her or a child) or a Watcher's send-back. */
function senseAndCatch(
  world: World,
  options: {
    readonly noise: number;
    readonly doorNoises: readonly { readonly source: TileCell; readonly radius: number }[];
    readonly childNoises: readonly ChildNoise[];
    readonly marbleNoise: MarbleNoise | null;
    readonly events: SimEvent[];
  },
): void {
  const { events, noise } = options;
  const targets = sightTargets(world);
  const { mira } = world;
  const source = tileAtSubpixels(world.tiles, mira.x, mira.y);
  // Her step and her doors send a hearer to look where she is; a child's step, where the child is; a
  // marble's click, where it landed.
  const noises = [{ source, radius: noise, x: mira.x, y: mira.y }, ...options.doorNoises.map((sound) => ({ ...sound, x: mira.x, y: mira.y })), ...options.childNoises];
  if (options.marbleNoise !== null) noises.push(options.marbleNoise);
  const heard: { readonly enforcerId: number; readonly loud: boolean; readonly x: number; readonly y: number }[] = [];
  for (const sound of noises) {
    if (sound.radius <= 0) continue;
    for (const entry of whoHears({ tiles: world.tiles, enforcers: world.enforcers, source: sound.source, radius: sound.radius })) heard.push({ ...entry, x: sound.x, y: sound.y });
  }
  let caught: { readonly enforcer: EnforcerState; readonly childId: number | null } | null = null;
  let sentBackBy: EnforcerState | null = null;
  for (const enforcer of world.enforcers) {
    // Heard twice (a step and a door), the louder counts; it looks where the first came from.
    // Nothing heard is the common tick: no list is built per Enforcer for it.
    const hearings = heard.length === 0 ? heard : heard.filter((entry) => entry.enforcerId === enforcer.id);
    const first = hearings[0];
    const hearing = first === undefined ? null : { loud: hearings.some((entry) => entry.loud), x: first.x, y: first.y };
    // Only a chase already under way catches: a chase that starts now (a bump) gives her a tick to run.
    const wasChasing = enforcer.state.name === 'chase';
    const detection = updateDetection(enforcer, world, { events, senses: { targets, heard: hearing } });
    perceive({ enforcer, world, events }, detection);
    if (wasChasing && enforcer.state.name === 'chase' && enforcer.seesMira) {
      const reached = detection.seen.find((target) => isWithinCatch(enforcer, target));
      if (reached) caught ??= { enforcer, childId: reached.childId };
    }
    if (!HUNTER_CLASS_PARAMETERS[enforcer.hunterClass].chases && enforcer.detection >= DETECTION_FULL) sentBackBy ??= enforcer;
  }
  if (caught !== null) {
    events.push({ type: 'caught', enforcerId: caught.enforcer.id, childId: caught.childId });
    world.catches += 1;
    world.respawnPending = true;
    world.respawnPoint = checkpointPoint(world);
  } else if (sentBackBy !== null) {
    events.push({ type: 'sent-back', enforcerId: sentBackBy.id, checkpoint: world.checkpoint });
    world.respawnPending = true;
    world.respawnPoint = checkpointPoint(world);
  }
}

/**
 * The tile point of the tick: every change asked for since the last one lands at once, then navigation
 * is brought up to date (relabelled once, a fresh easystarjs grid) and paths over changed cells asked for
 * again, so everything after this point in the tick sees the new tiles.
 */
function changeTiles(world: World, events: SimEvent[]): void {
  const cells = applyPendingTileChanges(world);
  if (cells.length === 0) return;
  const flipped = refreshNavigation(navigationFor(world.tiles), world.tiles, cells);
  if (flipped.length > 0) replanAcrossChangedTiles(world, new Set(flipped));
  events.push({ type: 'tiles-changed', cells });
}

/** Advances the world by one tick (or restarts it) and returns what happened, for sounds and icons. */
export function step(world: World, input: InputFrame): SimEvent[] {
  if (input.restart) {
    resetWorld(world);
    return [{ type: 'restarted' }];
  }
  if (world.status !== 'playing') return [];
  // A scene holds the world still: no tick, only the scene's own input.
  if (world.scene !== null) return stepScene(world, input);

  const events: SimEvent[] = [];
  world.tick += 1;
  updateDream(world, input, events);
  changeTiles(world, events);
  // On the tick after a catch Mira stands at her checkpoint (or the spawn): she does not also move this tick.
  const doorNoises = updateDoors(world, events);
  let noise = 0;
  let childNoises: ChildNoise[] = [];
  const tossing = input.toss && !world.respawnPending;
  if (world.respawnPending) respawn(world, events);
  else {
    noise = moveMira(world, input, events);
    if (input.interact) interact(world, events);
    childNoises = updateChildren(world, events);
  }
  // After her move, so a toss goes the way she faces now; a marble in the air lands even on a respawn tick.
  const marbleNoise = updateMarbles(world, { toss: tossing, events });
  updateTriggers(world, events);
  passCheckpoints(world, events);

  if (reachesExit(world, events)) {
    countChildrenOut(world, events);
    world.status = 'finished';
    world.finishTick = world.tick;
    events.push({ type: 'finished', tick: world.tick });
    return events;
  }

  const pathResults = processPathQueue(world.pathQueue, navigationFor(world.tiles));
  // Most ticks answer no path: the lookup is built only for those that do.
  const byId = pathResults.length === 0 ? null : new Map(world.enforcers.map((enforcer) => [enforcer.id, enforcer]));
  for (const result of pathResults) {
    const enforcer = byId?.get(result.request.enforcerId);
    if (enforcer) deliverPathResult({ enforcer, world, events }, result.outcome);
  }
  for (const enforcer of world.enforcers) updateBrain({ enforcer, world, events });
  deliverRadio(world, events);
  senseAndCatch(world, { noise, doorNoises, childNoises, marbleNoise, events });
  updateAlert(world, events);
  return events;
}
