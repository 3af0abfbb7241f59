// One fixed tick of the rules. The order inside a tick is part of the game (replays depend on it):
// apply tile changes, respawn if caught last tick or else move Mira, check the exit, answer path
// requests, run each Enforcer's brain, then the senses and detection.
import { createWorld } from './create-world.ts';
import { updateDetection } from './detection.ts';
import { deliverPathResult, perceive, replanAcrossChangedTiles, updateBrain } from './enforcer/brain.ts';
import { toSubpixels } from './fixed-point.ts';
import { gaitFor, moveBox, velocityFor } from './movement.ts';
import { navigationFor, refreshNavigation } from './navigation.ts';
import { processPathQueue } from './path-queue.ts';
import type { Gait, InputFrame, SimEvent, World } from './types.ts';
import { DETECTION_FULL } from './types.ts';
import { applyPendingTileChanges } from './world-tiles.ts';

/** Ticks between footsteps per gait: quick steps when running, slow when sneaking. */
export const FOOTSTEP_INTERVAL: Readonly<Record<Gait, number>> = { still: 0, sneak: 30, walk: 20, run: 12 };

/** Puts a world back to its tick-0 state for the same level and seed, in place. */
export function resetWorld(world: World): void {
  Object.assign(world, createWorld(world.level, { seed: world.seed }));
}

function respawn(world: World): void {
  const { mira, level } = world;
  mira.x = toSubpixels(level.spawn.x);
  mira.y = toSubpixels(level.spawn.y);
  mira.facingX = 0;
  mira.facingY = 1;
  mira.gait = 'still';
  mira.footstepTicks = 0;
  for (const enforcer of world.enforcers) enforcer.detection = 0;
  world.respawnPending = false;
}

function moveMira(world: World, input: InputFrame, events: SimEvent[]): void {
  const { mira } = world;
  mira.gait = gaitFor(input);
  if (input.moveX !== 0 || input.moveY !== 0) {
    mira.facingX = input.moveX;
    mira.facingY = input.moveY;
  }
  const moved = moveBox(world.tiles, mira, velocityFor(input, mira.gait));
  const changed = moved.x !== mira.x || moved.y !== mira.y;
  mira.x = moved.x;
  mira.y = moved.y;
  if (!changed || mira.gait === 'still') {
    mira.footstepTicks = 0;
    return;
  }
  if (mira.footstepTicks <= 0) {
    events.push({ type: 'footstep', gait: mira.gait });
    mira.footstepTicks = FOOTSTEP_INTERVAL[mira.gait];
  }
  mira.footstepTicks -= 1;
}

function isInsideExit(world: World): boolean {
  const { exit } = world.level;
  const left = toSubpixels(exit.x);
  const top = toSubpixels(exit.y);
  const { x, y } = world.mira;
  return x >= left && y >= top && x < left + toSubpixels(exit.width) && y < top + toSubpixels(exit.height);
}

/**
 * The tile point of the tick: every change asked for since the last one lands at once, then navigation
 * is brought up to date (relabelled once, a fresh easystarjs grid) and paths over changed cells asked for
 * again, so everything after this point in the tick sees the new tiles.
 */
function changeTiles(world: World, events: SimEvent[]): void {
  const cells = applyPendingTileChanges(world);
  if (cells.length === 0) return;
  refreshNavigation(navigationFor(world.tiles), world.tiles, cells);
  const changed = new Uint8Array(world.tiles.width * world.tiles.height);
  for (const cell of cells) changed[cell.y * world.tiles.width + cell.x] = 1;
  replanAcrossChangedTiles(world, changed);
  events.push({ type: 'tiles-changed', cells });
}

/** Advances the world by one tick (or restarts it) and returns what happened, for sounds and icons. */
export function step(world: World, input: InputFrame): SimEvent[] {
  if (input.restart) {
    resetWorld(world);
    return [{ type: 'restarted' }];
  }
  if (world.status !== 'playing') return [];

  const events: SimEvent[] = [];
  world.tick += 1;
  changeTiles(world, events);
  // On the tick after a catch Mira stands at the spawn: she does not also move this tick.
  if (world.respawnPending) respawn(world);
  else moveMira(world, input, events);

  if (isInsideExit(world)) {
    world.status = 'finished';
    world.finishTick = world.tick;
    events.push({ type: 'finished', tick: world.tick });
    return events;
  }

  const byId = new Map(world.enforcers.map((enforcer) => [enforcer.id, enforcer]));
  for (const result of processPathQueue(world.pathQueue, navigationFor(world.tiles))) {
    const enforcer = byId.get(result.request.enforcerId);
    if (enforcer) deliverPathResult(enforcer, result.outcome, world);
  }
  for (const enforcer of world.enforcers) updateBrain(enforcer, world);

  let caughtBy: number | null = null;
  for (const enforcer of world.enforcers) {
    perceive(enforcer, updateDetection(enforcer, world, events), world);
    if (caughtBy === null && enforcer.detection >= DETECTION_FULL) caughtBy = enforcer.id;
  }
  if (caughtBy !== null) {
    events.push({ type: 'caught', enforcerId: caughtBy });
    world.catches += 1;
    world.respawnPending = true;
  }
  return events;
}
