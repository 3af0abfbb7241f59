// The children of Mira's group: woken and ordered through Interact (interact.ts decides when). Following children walk the distance field to her tile (child-field.ts),
// straight at her when the way is clear, each stopping a little farther back than the one before so they
// trail behind her; they copy her gait (a sneaking Mira leads a sneaking group) and never collide with
// her, and one that cannot get closer for a while is put back beside her, out of sight where it can be.
import { distanceAt, distanceFieldTo, placeNear, type DistanceField } from './child-field.ts';
import { isHiddenAt } from './detection.ts';
import { isRayClear } from './grid-ray.ts';
import { FOOTSTEP_INTERVAL, noiseRadius } from './hearing.ts';
import { GAIT_SPEED, MIRA_HALF_HEIGHT, MIRA_HALF_WIDTH, moveBox } from './movement.ts';
import { tileGrid } from './sight.ts';
import type { ChildState, SimEvent, TileCell, World } from './types.ts';
import { cellIndexAt, tileAtSubpixels, tileCentre } from './world-tiles.ts';

/** Path steps beyond which a following child hurries (CHILD_CATCH_UP_SPEED) and may count as stuck. */
export const CATCH_UP_STEPS = 3;
/** Sub-pixels per tick of a hurrying child: a little above a run, so it gains even on a running Mira. */
export const CHILD_CATCH_UP_SPEED = GAIT_SPEED.run + 6;
/** Ticks (2 s) a far child may go without getting a step closer before it regroups beside her. */
export const CHILD_STUCK_TICKS = 120;
/** Tiles from her feet within which Interact gives the group its order. */
export const GROUP_ORDER_TILES = 2;
/** Tiles from a hidden Mira within which a still following child crouches in her cover (detection.ts). */
export const HUDDLE_TILES = 2;
/** Path steps within which a child checks for a straight walk at her: farther, the field leads anyway. */
const STRAIGHT_STEPS = 8;

/** A child's footstep that made a noise this tick: heard like hers, from where the child stands. */
export interface ChildNoise {
  readonly x: number;
  readonly y: number;
  readonly source: TileCell;
  readonly radius: number;
}

function isRecruited(child: ChildState): boolean {
  return child.mode !== 'asleep';
}

export function distanceBetween(a: { readonly x: number; readonly y: number }, b: { readonly x: number; readonly y: number }): number {
  return Math.floor(Math.sqrt((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)));
}

function standStill(child: ChildState): void {
  child.gait = 'still';
  child.footstepTicks = 0;
}

function resetStuck(child: ChildState): void {
  child.stuckTicks = 0;
  child.stuckBest = -1;
}

/** Tiles from her feet (an arm's length) within which Interact wakes a sleeping child: one beside her counts. */
export const WAKE_REACH_QUARTERS = 5;

/** The sleeping child within her reach, or undefined. */
export function sleeperInReach(world: World): ChildState | undefined {
  const reach = Math.floor((world.tiles.span * WAKE_REACH_QUARTERS) / 4);
  return world.children.find((child) => child.mode === 'asleep' && distanceBetween(child, world.mira) <= reach);
}

/** The order Interact near the group gives: wait if any child follows, follow if all wait; null with none near. */
export function groupOrder(world: World): boolean | null {
  const recruited = world.children.filter(isRecruited);
  if (!recruited.some((child) => distanceBetween(child, world.mira) <= GROUP_ORDER_TILES * world.tiles.span)) return null;
  return recruited.some((child) => child.mode === 'following');
}

/** The named children following her now: at the exit, those she brings out (a child told to wait stays behind). */
export function childrenBroughtOut(world: World): ChildState[] {
  return world.children.filter((child) => child.mode === 'following' && child.name !== '');
}

/** A child wakes and follows her. */
export function wakeChild(world: World, child: ChildState, events: SimEvent[]): void {
  child.mode = 'following';
  if (world.mira.gait !== 'still') child.pace = world.mira.gait;
  resetStuck(child);
  events.push({ type: 'child-joined', childId: child.id });
}

/** Every recruited child waits (true) or follows (false). */
export function orderGroup(world: World, waiting: boolean, events: SimEvent[]): void {
  for (const child of world.children) {
    if (!isRecruited(child)) continue;
    child.mode = waiting ? 'waiting' : 'following';
    standStill(child);
    resetStuck(child);
  }
  events.push({ type: 'group-order', waiting });
}

/** Puts every recruited child on a free cell around Mira, following again (a catch or a send-back). */
export function gatherGroup(world: World): void {
  const taken: TileCell[] = [];
  for (const child of world.children) {
    if (!isRecruited(child)) continue;
    const place = placeNear(world, { around: world.mira, taken });
    child.x = place.x;
    child.y = place.y;
    child.facingX = 0;
    child.facingY = 1;
    child.mode = 'following';
    standStill(child);
    resetStuck(child);
    taken.push(tileAtSubpixels(world.tiles, place.x, place.y));
  }
}

/** Whether the box can walk straight from `from` to `to`: no box corner's line crosses a solid cell. */
function isClearWalk(world: World, from: { readonly x: number; readonly y: number }, to: { readonly x: number; readonly y: number }): boolean {
  const grid = tileGrid(world.tiles, 'solid');
  for (const [cornerX, cornerY] of [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ] as const) {
    const offsetX = cornerX * (MIRA_HALF_WIDTH - 1);
    const offsetY = cornerY * (MIRA_HALF_HEIGHT - 1);
    if (!isRayClear(grid, { x: from.x + offsetX, y: from.y + offsetY }, { x: to.x + offsetX, y: to.y + offsetY })) return false;
  }
  return true;
}

/** The neighbouring cell closest to her under the field (orthogonal first on ties, no corner cutting), or null. */
function nextCell(world: World, field: DistanceField, cell: TileCell): TileCell | null {
  const { tiles } = world;
  const open = (x: number, y: number): boolean => distanceAt(tiles, field, { x, y }) >= 0;
  let best: TileCell | null = null;
  let bestSteps = distanceAt(tiles, field, cell);
  for (const [stepX, stepY] of [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
    [1, -1],
    [1, 1],
    [-1, 1],
    [-1, -1],
  ] as const) {
    const candidate = { x: cell.x + stepX, y: cell.y + stepY };
    const steps = distanceAt(tiles, field, candidate);
    if (steps < 0 || steps >= bestSteps) continue;
    if (stepX !== 0 && stepY !== 0 && !(open(cell.x + stepX, cell.y) && open(cell.x, cell.y + stepY))) continue;
    best = candidate;
    bestSteps = steps;
  }
  return best;
}

/** Sub-pixels per axis within which two children are too close: they softly keep this far apart. */
function spacingOf(world: World): number {
  return Math.floor((world.tiles.span * 3) / 8);
}

/** The child's move, not taken into another recruited child it would come closer to (each axis alone tried). */
function moveAroundChildren(world: World, child: ChildState, velocity: { x: number; y: number }): { x: number; y: number } {
  const spacing = spacingOf(world);
  const crowds = (to: { x: number; y: number }): boolean =>
    world.children.some(
      (other) =>
        other !== child &&
        isRecruited(other) &&
        Math.abs(to.x - other.x) < spacing &&
        Math.abs(to.y - other.y) < spacing &&
        distanceBetween(to, other) < distanceBetween(child, other),
    );
  const moved = moveBox(world.tiles, child, velocity);
  if (!crowds(moved)) return moved;
  for (const alone of [{ x: velocity.x, y: 0 }, { x: 0, y: velocity.y }]) {
    if (alone.x === 0 && alone.y === 0) continue;
    const slid = moveBox(world.tiles, child, alone);
    if (!crowds(slid)) return slid;
  }
  return { x: child.x, y: child.y };
}

/** Counts ticks far from her without a step of progress; true when the child should regroup now. */
function isStuck(child: ChildState, steps: number): boolean {
  if (steps >= 0 && steps <= CATCH_UP_STEPS) {
    resetStuck(child);
    return false;
  }
  if (steps >= 0 && (child.stuckBest < 0 || steps < child.stuckBest)) {
    child.stuckBest = steps;
    child.stuckTicks = 0;
    return false;
  }
  child.stuckTicks += 1;
  return child.stuckTicks >= CHILD_STUCK_TICKS;
}

/** One following child's tick; `rank` is its place among the following children (0 first). */
function followMira(world: World, child: ChildState, options: { readonly rank: number; readonly field: DistanceField; readonly miraHidden: boolean }): ChildNoise | null {
  const { mira, tiles } = world;
  const { rank, field } = options;
  const span = tiles.span;
  if (mira.gait !== 'still') child.pace = mira.gait;
  const cell = tileAtSubpixels(tiles, child.x, child.y);
  const steps = distanceAt(tiles, field, cell);
  if (isStuck(child, steps)) {
    const taken = world.children.filter((other) => other !== child && isRecruited(other)).map((other) => tileAtSubpixels(tiles, other.x, other.y));
    const place = placeNear(world, { around: mira, taken });
    child.x = place.x;
    child.y = place.y;
    standStill(child);
    resetStuck(child);
    return null;
  }
  const distance = distanceBetween(child, mira);
  // Child k stops about 1 + k/2 tiles from her, so the group trails behind rather than heaping on her;
  // while she hides they press in (half a tile plus a quarter each) to crouch in her cover with her.
  const stopAt = options.miraHidden ? Math.floor(span / 2) + Math.floor((rank * span) / 4) : span + Math.floor((rank * span) / 2);
  const arrived = steps >= 0 && steps <= 2 + Math.floor(rank / 2) && distance <= stopAt;
  if (arrived || steps < 0) {
    standStill(child);
    return null;
  }
  const straight = steps <= 1 || (steps <= STRAIGHT_STEPS && isClearWalk(world, child, mira));
  const next = straight ? null : nextCell(world, field, cell);
  const target = next === null ? mira : tileCentre(world.tiles, next);
  const speed = steps > CATCH_UP_STEPS ? Math.max(GAIT_SPEED[child.pace], CHILD_CATCH_UP_SPEED) : GAIT_SPEED[child.pace];
  const toTarget = distanceBetween(child, target);
  const velocity =
    toTarget <= speed
      ? { x: target.x - child.x, y: target.y - child.y }
      : { x: Math.trunc(((target.x - child.x) * speed) / toTarget), y: Math.trunc(((target.y - child.y) * speed) / toTarget) };
  const moved = moveAroundChildren(world, child, velocity);
  if (moved.x === child.x && moved.y === child.y) {
    standStill(child);
    return null;
  }
  child.facingX = Math.sign(moved.x - child.x) as -1 | 0 | 1;
  child.facingY = Math.sign(moved.y - child.y) as -1 | 0 | 1;
  child.x = moved.x;
  child.y = moved.y;
  child.gait = child.pace;
  return footstep(world, child);
}

/** Its footsteps keep the same rhythm and noise as hers. */
function footstep(world: World, child: ChildState): ChildNoise | null {
  const { tiles } = world;
  let noise: ChildNoise | null = null;
  if (child.footstepTicks <= 0) {
    child.footstepTicks = FOOTSTEP_INTERVAL[child.gait];
    const source = tileAtSubpixels(tiles, child.x, child.y);
    const cell = cellIndexAt(tiles, child.x, child.y);
    const radius = noiseRadius(child.gait, cell === -1 ? 0 : tiles.noise[cell]!);
    if (radius > 0) noise = { x: child.x, y: child.y, source, radius };
  }
  child.footstepTicks -= 1;
  return noise;
}

/**
 * Every recruited child's tick, after Mira moved: following children walk, waiting ones stand. Returns
 * the noises their steps made (each also reported as a `noise` event).
 */
export function updateChildren(world: World, events: SimEvent[]): ChildNoise[] {
  const noises: ChildNoise[] = [];
  if (!world.children.some((child) => child.mode === 'following')) {
    for (const child of world.children) if (child.mode === 'waiting') standStill(child);
    return noises;
  }
  const field = distanceFieldTo(world.tiles, tileAtSubpixels(world.tiles, world.mira.x, world.mira.y));
  const miraHidden = isHiddenAt(world, world.mira);
  let rank = 0;
  for (const child of world.children) {
    if (child.mode === 'waiting') standStill(child);
    if (child.mode !== 'following') continue;
    const noise = followMira(world, child, { rank, field, miraHidden });
    rank += 1;
    if (noise === null) continue;
    noises.push(noise);
    events.push({ type: 'noise', x: noise.x, y: noise.y, radius: noise.radius });
  }
  return noises;
}
