// One fixed tick of the rules. The order inside a tick is part of the game (replays depend on it):
// respawn if caught last tick, move Mira, check the exit, answer path requests, move Enforcers, then
// senses and detection.
import { moveBox, gaitFor, velocityFor } from './movement.ts';
import { createWorld } from './create-world.ts';
import { updateDetection } from './detection.ts';
import { deliverPath, updateEnforcer } from './enforcer.ts';
import { navigationFor } from './navigation.ts';
import { processPathQueue } from './path-queue.ts';
import { toSubpixels } from './fixed-point.ts';
import type { Gait, InputFrame, SimEvent, World } from './types.ts';
import { DETECTION_FULL } from './types.ts';

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
  const { mira, level } = world;
  mira.gait = gaitFor(input);
  if (input.moveX !== 0 || input.moveY !== 0) {
    mira.facingX = input.moveX;
    mira.facingY = input.moveY;
  }
  const moved = moveBox(level, mira, velocityFor(input));
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

/** Advances the world by one tick (or restarts it) and returns what happened, for sounds and icons. */
export function step(world: World, input: InputFrame): SimEvent[] {
  if (input.restart) {
    resetWorld(world);
    return [{ type: 'restarted' }];
  }
  if (world.status !== 'playing') return [];

  const events: SimEvent[] = [];
  world.tick += 1;
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
  for (const result of processPathQueue(world.pathQueue, navigationFor(world.level))) {
    const enforcer = byId.get(result.request.enforcerId);
    if (enforcer) deliverPath(enforcer, result.outcome, world);
  }
  for (const enforcer of world.enforcers) updateEnforcer(enforcer, world);

  let caughtBy: number | null = null;
  for (const enforcer of world.enforcers) {
    events.push(...updateDetection(enforcer, world));
    if (caughtBy === null && enforcer.detection >= DETECTION_FULL) caughtBy = enforcer.id;
  }
  if (caughtBy !== null) {
    events.push({ type: 'caught', enforcerId: caughtBy });
    world.catches += 1;
    world.respawnPending = true;
  }
  return events;
}
