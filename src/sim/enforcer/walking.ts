// How an Enforcer gets somewhere: turning at a readable rate, stepping straight when the way is clear,
// and otherwise asking the world's path queue and following the tiles it answers with.
import { DOOR_PAUSE_TICKS, doorIndexAt, setDoor } from '../doors.ts';
import { floorDivide, isWithinAngle, rotateVector, scaleVector } from '../fixed-point.ts';
import { isRayClear } from '../grid-ray.ts';
import { cancelPathRequests, requestPath } from '../path-queue.ts';
import { tileGrid } from '../sight.ts';
import { runsInto } from '../touch.ts';
import type { EnforcerState, TileCell, World, WorldTiles } from '../types.ts';
import { FACING_LENGTH, SUBPIXELS_PER_PIXEL } from '../types.ts';
import { cellIndexAt, tileAtSubpixels, tileCentre } from '../world-tiles.ts';

/** Degrees an Enforcer turns per tick at most: a half turn takes about 0.4 s, readable but quick. */
export const TURN_DEGREES_PER_TICK = 8;
/** Half an Enforcer's body width, sub-pixels: straight walks keep this far from solid tiles. */
export const ENFORCER_CLEARANCE = 3 * SUBPIXELS_PER_PIXEL;

/** Turns the facing towards a direction by at most TURN_DEGREES_PER_TICK. */
export function turnToward(enforcer: EnforcerState, directionX: number, directionY: number): void {
  if (directionX === 0 && directionY === 0) return;
  const desired = scaleVector(directionX, directionY, FACING_LENGTH);
  const facing = { x: enforcer.facingX, y: enforcer.facingY };
  const cross = enforcer.facingX * desired.y - enforcer.facingY * desired.x;
  if ((facing.x === 0 && facing.y === 0) || isWithinAngle(facing, desired, TURN_DEGREES_PER_TICK)) {
    enforcer.facingX = desired.x;
    enforcer.facingY = desired.y;
    return;
  }
  // Positive cross means the target is clockwise on screen (y down); a target straight behind turns clockwise.
  const turned = rotateVector(enforcer.facingX, enforcer.facingY, cross >= 0 ? TURN_DEGREES_PER_TICK : -TURN_DEGREES_PER_TICK);
  const renormalized = scaleVector(turned.x, turned.y, FACING_LENGTH);
  enforcer.facingX = renormalized.x;
  enforcer.facingY = renormalized.y;
}

/** Degrees a looking-round Enforcer turns per tick, and how many ticks it sweeps one way before the other. */
export const LOOK_DEGREES_PER_TICK = 3;
export const LOOK_SWEEP_TICKS = 30;

/** Percent of its pace an Enforcer keeps on dream ground (a cell the dream has changed). */
export const DREAM_GROUND_PACE_PERCENT = 60;

/** Its speed this tick: the state's pace, slowed on dream ground, never below one sub-pixel. */
function speedOf(enforcer: EnforcerState, world: World): number {
  const cell = cellIndexAt(world.tiles, enforcer.x, enforcer.y);
  const onDream = cell !== -1 && world.dream.dreamed[cell] === 1;
  const pace = onDream ? floorDivide(enforcer.pacePercent * DREAM_GROUND_PACE_PERCENT, 100) : enforcer.pacePercent;
  return Math.max(1, Math.floor((enforcer.speed * pace) / 100));
}

/**
 * Steps straight towards a point at the Enforcer's pace; true when it stands on the point. A step into
 * Mira's body is not taken: it bumps into her instead.
 */
function stepToward(enforcer: EnforcerState, world: World, target: { readonly x: number; readonly y: number }): boolean {
  const offsetX = target.x - enforcer.x;
  const offsetY = target.y - enforcer.y;
  if (offsetX === 0 && offsetY === 0) return true;
  turnToward(enforcer, offsetX, offsetY);
  const speed = speedOf(enforcer, world);
  const distance = Math.sqrt(offsetX * offsetX + offsetY * offsetY);
  const next =
    distance <= speed
      ? { x: target.x, y: target.y }
      : { x: enforcer.x + Math.trunc((offsetX * speed) / distance), y: enforcer.y + Math.trunc((offsetY * speed) / distance) };
  if (!world.respawnPending && runsInto({ from: enforcer, to: next, other: world.mira })) {
    enforcer.bumped = true;
    return false;
  }
  if (entersClosedCell(world, enforcer, next)) {
    // Tiles changed across its way since it planned (the dream): it asks again from here instead.
    const goal = enforcer.walk.pathTarget ?? target;
    requestPathTo(enforcer, world, goal);
    return false;
  }
  enforcer.x = next.x;
  enforcer.y = next.y;
  return distance <= speed;
}

/** Whether a step would take its centre from an open cell into one closed to Enforcers (solid or enforcerBlocks). */
function entersClosedCell(world: World, from: { readonly x: number; readonly y: number }, to: { readonly x: number; readonly y: number }): boolean {
  const { tiles } = world;
  const here = tileAtSubpixels(tiles, from.x, from.y);
  const there = tileAtSubpixels(tiles, to.x, to.y);
  if (here.x === there.x && here.y === there.y) return false;
  if (there.x < 0 || there.y < 0 || there.x >= tiles.width || there.y >= tiles.height) return false;
  return tiles.enforcerSolid[there.y * tiles.width + there.x] === 1;
}

/** Standing and looking round: a slow sweep one way, then the other. */
export function lookAround(enforcer: EnforcerState, ticksLeft: number): void {
  const direction = Math.floor(ticksLeft / LOOK_SWEEP_TICKS) % 2 === 0 ? 1 : -1;
  const turned = rotateVector(enforcer.facingX, enforcer.facingY, direction * LOOK_DEGREES_PER_TICK);
  const renormalized = scaleVector(turned.x, turned.y, FACING_LENGTH);
  enforcer.facingX = renormalized.x;
  enforcer.facingY = renormalized.y;
}

/**
 * Whether an Enforcer can walk straight from one point to another: its centre line and two lines
 * ENFORCER_CLEARANCE to either side all miss solid (and enforcerBlocks) tiles, so its body never brushes a wall corner.
 */
export function isStraightWalkClear(
  tiles: WorldTiles,
  from: { readonly x: number; readonly y: number },
  to: { readonly x: number; readonly y: number },
): boolean {
  // Vines and rivers of stars (enforcerBlocks) stop an Enforcer as walls do.
  const grid = tileGrid(tiles, 'enforcerSolid');
  if (!isRayClear(grid, from, to)) return false;
  const side = scaleVector(to.y - from.y, from.x - to.x, ENFORCER_CLEARANCE);
  if (side.x === 0 && side.y === 0) return true;
  return (
    isRayClear(grid, { x: from.x + side.x, y: from.y + side.y }, { x: to.x + side.x, y: to.y + side.y }) &&
    isRayClear(grid, { x: from.x - side.x, y: from.y - side.y }, { x: to.x - side.x, y: to.y - side.y })
  );
}

/**
 * The next path tile is a closed door (planning sees doors as open, walking.ts must open them): the
 * Enforcer stops, turned to it, for DOOR_PAUSE_TICKS, then opens it and walks on at the next tile point.
 * True while it waits.
 */
function isClosedDoorAhead(enforcer: EnforcerState, world: World, next: TileCell): boolean {
  const index = doorIndexAt(world.tiles, next);
  const door = world.doors[index];
  if (!door) return false;
  // Asked open already (by anyone): its tiles land at the next tile point, so it only waits for that.
  if (door.open) return world.tiles.solid[next.y * world.tiles.width + next.x] !== 0;
  const centre = tileCentre(world.tiles, next);
  turnToward(enforcer, centre.x - enforcer.x, centre.y - enforcer.y);
  if (enforcer.walk.doorTicks === 0) enforcer.walk.doorTicks = DOOR_PAUSE_TICKS;
  enforcer.walk.doorTicks -= 1;
  // The rules' event list is the brain's; an Enforcer's door still tells the view through tiles-changed.
  if (enforcer.walk.doorTicks === 0) setDoor(world, { index, open: true, events: [], byMira: false });
  return true;
}

/** Asks the world's queue for a path to a point; the Enforcer stands still until it is answered. */
export function requestPathTo(enforcer: EnforcerState, world: World, target: { readonly x: number; readonly y: number }): void {
  const from = tileAtSubpixels(world.tiles, enforcer.x, enforcer.y);
  const to = tileAtSubpixels(world.tiles, target.x, target.y);
  requestPath(world.pathQueue, { enforcerId: enforcer.id, tick: world.tick, fromX: from.x, fromY: from.y, toX: to.x, toY: to.y });
  enforcer.walk.path = [];
  enforcer.walk.clearTo = null;
  enforcer.walk.pathPending = true;
  enforcer.walk.doorTicks = 0;
  enforcer.walk.pathTarget = { x: target.x, y: target.y };
}

/** Forgets any walk in progress: a request waiting in the queue, a planned path, a wait to retry. */
export function stopWalking(enforcer: EnforcerState, world: World): void {
  cancelPathRequests(world.pathQueue, enforcer.id);
  enforcer.walk.path = [];
  enforcer.walk.pathPending = false;
  enforcer.walk.pathTarget = null;
  enforcer.walk.retryTicks = 0;
  enforcer.walk.clearTo = null;
  enforcer.walk.doorTicks = 0;
}

/**
 * One tick of walking to a point: along the planned path if there is one, else straight when the line
 * is clear of solid tiles, else by asking for a path. Returns whether it stands on the point.
 */
export function walkTo(enforcer: EnforcerState, world: World, target: { readonly x: number; readonly y: number }): boolean {
  if (enforcer.x === target.x && enforcer.y === target.y) return true;
  const { walk } = enforcer;
  const { tiles } = world;
  if (walk.pathPending) return false;
  // Cut the path's zigzags: skip the next tile when the one after it can be walked to straight.
  const after = walk.path[1];
  if (after && isStraightWalkClear(tiles, enforcer, tileCentre(tiles, after))) walk.path.shift();
  const next = walk.path[0];
  if (next && isClosedDoorAhead(enforcer, world, next)) return false;
  if (next) {
    const centre = tileCentre(tiles, next);
    if (stepToward(enforcer, world, centre)) walk.path.shift();
    return false;
  }
  const here = tileAtSubpixels(tiles, enforcer.x, enforcer.y);
  const there = tileAtSubpixels(tiles, target.x, target.y);
  const sameTile = here.x === there.x && here.y === there.y;
  const known = walk.clearTo;
  const knownClear = known !== null && known.x === target.x && known.y === target.y && known.changeCount === tiles.changeCount;
  if (sameTile || knownClear || isStraightWalkClear(tiles, enforcer, target)) {
    if (!knownClear) walk.clearTo = { x: target.x, y: target.y, changeCount: tiles.changeCount };
    return stepToward(enforcer, world, target);
  }
  walk.clearTo = null;
  requestPathTo(enforcer, world, target);
  return false;
}
