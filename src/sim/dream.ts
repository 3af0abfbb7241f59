// The collective dream (issue 8): the ring a DreamCircle fills while Mira and enough following children
// stand in it holding Dream, the wave that spreads each phase's dreamscape from the circle by path
// distance, the phases that follow one another, the meter that drains (faster while Enforcers stand in
// the dream) and the reverse wave back to the waking map. Every cell change goes through
// requestTileChanges, so movement, sight, navigation, the hash and the view follow by themselves.
//
// It runs first in the tick, before the tile point (step.ts): a change decided here lands at this very
// tick's tile point, with everyone standing where this rule checked them. So "seen" is last tick's sight
// (each Enforcer's seesMira), the only sight there is at that point.
//
// No cell turns solid under an actor: a change that would make a cell solid while Mira or a child
// overlaps it waits (it stays scheduled and ripples) until the cell is free. An Enforcer on a cell that
// turns solid or enforcerBlocks is moved to the nearest free cell by one fixed rule: breadth-first from
// its cell over the grid as it will be after this tick's changes, neighbours in the order N, E, S, W.
import { DREAM_PROPERTIES } from '../level/dream-definition.ts';
import { MAX_DREAM_CELLS_PER_TICK } from '../level/level-limits.ts';
import type { Dreamscape, DreamForm } from '../level/dreamscape.ts';
import { dreamscapeFor, isInsideCircle, waveDistances, waveOrder } from './dream-wave.ts';
import { sendToState } from './enforcer/brain.ts';
import { act, flagsHold } from './story.ts';
import { requestPathTo, stopWalking } from './enforcer/walking.ts';
import { floorDivide } from './fixed-point.ts';
import { nearestUnblockedCell } from './flood.ts';
import { boxOverlapsCell } from './movement.ts';
import type { EnforcerState, InputFrame, SimEvent, TileChange, World } from './types.ts';
import { DREAM_METER_FULL, DREAM_RING_TICKS, DREAM_RIPPLE_TICKS, SUBPIXELS_PER_PIXEL } from './types.ts';
import { cellIndexAt, requestTileChanges, tileCentre } from './world-tiles.ts';

/** Who stands inside a circle: Mira, and how many of the children following her (each by its feet). */
export function circleGathering(world: World, index: number): { readonly miraInside: boolean; readonly followersInside: number; readonly needed: number } {
  const circle = world.level.dreamCircles[index];
  if (circle === undefined) return { miraInside: false, followersInside: 0, needed: 0 };
  // Feet points, in pixels as the circle is drawn; sub-pixels would overflow nothing but read worse.
  const inside = (x: number, y: number): boolean => isInsideCircle(circle, x / SUBPIXELS_PER_PIXEL, y / SUBPIXELS_PER_PIXEL);
  const followersInside = world.children.filter((child) => child.mode === 'following' && inside(child.x, child.y)).length;
  return { miraInside: inside(world.mira.x, world.mira.y), followersInside, needed: circle.children };
}

/** Index of the first circle (in level order) where Mira and enough following children stand, or -1. */
export function readyCircle(world: World): number {
  return world.level.dreamCircles.findIndex((_, index) => {
    const gathering = circleGathering(world, index);
    return gathering.miraInside && gathering.followersInside >= gathering.needed && flagsHold(world, world.level.dreamCircles[index]!.requires);
  });
}

/** An Enforcer saw her last tick: a ring cannot fill (or start) while she is seen. */
export function isMiraSeen(world: World): boolean {
  return world.enforcers.some((enforcer) => enforcer.seesMira);
}

function interrupt(world: World, events: SimEvent[], reason: 'seen' | 'left' | 'released'): void {
  events.push({ type: 'dream-interrupted', circle: world.dream.circle, reason });
  world.dream.ringTicks = 0;
  world.dream.circle = -1;
}

/** While waking: the ring fills, is interrupted, or completes and starts the dream. */
function updateRing(world: World, input: InputFrame, events: SimEvent[]): void {
  const { dream } = world;
  const seen = isMiraSeen(world);
  if (dream.ringTicks > 0) {
    const reason = !input.dream ? 'released' : seen ? 'seen' : readyCircle(world) !== dream.circle ? 'left' : null;
    if (reason !== null) {
      interrupt(world, events, reason);
      return;
    }
  } else {
    if (!input.dream || seen) return;
    const circle = readyCircle(world);
    if (circle === -1) return;
    dream.circle = circle;
  }
  dream.ringTicks += 1;
  if (dream.ringTicks < DREAM_RING_TICKS) return;
  dream.ringTicks = 0;
  dream.stage = 'dreaming';
  dream.meter = DREAM_METER_FULL;
  dream.drained = 0;
  events.push({ type: 'dream-started', circle: dream.circle });
  startPhase(world, 0, events);
  // The story moves on as the minds merge (the night escape's dream_merged and its scene): the scene
  // opens with the first phase already scheduled, so the wave spreads the moment it closes.
  const circle = world.level.dreamCircles[dream.circle]!;
  act(world, { action: circle, source: { kind: 'DreamCircle', id: circle.id }, events });
}

function scapeOf(world: World): Dreamscape {
  return dreamscapeFor(world.level, world.seed);
}

/** The form the scheduled changes lead to: the current phase's, or the waking map's while fading. */
function targetForm(world: World): DreamForm {
  const scape = scapeOf(world);
  return world.dream.stage === 'fading' ? scape.waking : (scape.phases[world.dream.phase] ?? scape.waking);
}

/** Whether the world's tiles at a cell differ from a form's. */
function differs(world: World, form: DreamForm, index: number): boolean {
  const { layers } = world.tiles;
  for (let layer = 0; layer < layers.length; layer += 1) if (layers[layer]!.gids[index] !== form.layers[layer]![index]) return true;
  return false;
}

/**
 * Schedules every cell whose tiles differ from the target form: each ripples DREAM_RIPPLE_TICKS, then
 * changes when the wave reaches it (outwards from the circle, or back towards it while fading).
 */
function scheduleWave(world: World): void {
  const { dream, tiles, level } = world;
  const form = targetForm(world);
  const { distance, farthest } = waveDistances(level, dream.circle);
  const waveTiles = level.dream?.waveTiles ?? 1;
  const inwards = dream.stage === 'fading';
  dream.waveTick = world.tick;
  dream.pending = 0;
  dream.cursor = 0;
  dream.waiting = [];
  for (let index = 0; index < dream.changeAt.length; index += 1) {
    // A door's cells belong to the door (doors.ts), not to the dream.
    if (tiles.doorAt[index] !== 0 || !differs(world, form, index)) {
      dream.changeAt[index] = -1;
      continue;
    }
    const reach = inwards ? farthest - distance[index]! : distance[index]!;
    dream.changeAt[index] = world.tick + DREAM_RIPPLE_TICKS + floorDivide(reach, waveTiles);
    dream.pending += 1;
  }
  const passed = world.tick + DREAM_RIPPLE_TICKS + floorDivide(farthest, waveTiles);
  const phases = level.dream?.phases.length ?? 0;
  dream.nextPhaseAt = !inwards && phases > 1 ? passed + (level.dream?.phaseTicks ?? 0) : -1;
}

function startPhase(world: World, phase: number, events: SimEvent[]): void {
  world.dream.phase = phase;
  events.push({ type: 'dream-phase', phase });
  scheduleWave(world);
}

/** Whether Mira's or a child's feet overlap a cell. */
function isCellUnderFeet(world: World, index: number): boolean {
  const { tiles } = world;
  const cell = { x: index % tiles.width, y: Math.floor(index / tiles.width) };
  return boxOverlapsCell(tiles, world.mira, cell) || world.children.some((child) => boxOverlapsCell(tiles, child, cell));
}

/** The nearest cell an Enforcer may stand on once this tick's changes land (N, E, S, W breadth-first), or -1. */
function nearestFreeCell(world: World, start: number, after: ReadonlyMap<number, boolean>): number {
  const { enforcerSolid } = world.tiles;
  return nearestUnblockedCell(world.tiles, start, (cell) => after.get(cell) ?? enforcerSolid[cell] === 1);
}

function moveEnforcerOut(world: World, enforcer: EnforcerState, after: ReadonlyMap<number, boolean>): void {
  const from = cellIndexAt(world.tiles, enforcer.x, enforcer.y);
  if (from === -1 || after.get(from) !== true) return;
  const to = nearestFreeCell(world, from, after);
  if (to === -1) return;
  const centre = tileCentre(world.tiles, { x: to % world.tiles.width, y: Math.floor(to / world.tiles.width) });
  const target = enforcer.walk.pathTarget;
  stopWalking(enforcer, world);
  enforcer.x = centre.x;
  enforcer.y = centre.y;
  // Its planned path started where it stood: asked for again from where it stands now.
  if (target !== null) requestPathTo(enforcer, world, target);
}

interface DueChanges {
  readonly form: DreamForm;
  readonly waking: DreamForm;
  readonly changes: TileChange[];
  /** Per cell changed this tick: whether it will be closed to Enforcers. */
  readonly after: Map<number, boolean>;
}

/** Changes one due cell, or leaves it scheduled (false) when it would turn solid under Mira or a child. */
function changeCell(world: World, due: DueChanges, index: number): boolean {
  const { dream, tiles } = world;
  const { form } = due;
  if (form.solid[index] === 1 && tiles.solid[index] === 0 && isCellUnderFeet(world, index)) return false;
  const x = index % tiles.width;
  const y = Math.floor(index / tiles.width);
  let dreamForm = false;
  for (let layer = 0; layer < tiles.layers.length; layer += 1) {
    const gid = form.layers[layer]![index]!;
    if (tiles.layers[layer]!.gids[index] !== gid) due.changes.push({ layer, x, y, gid });
    if (gid !== due.waking.layers[layer]![index]) dreamForm = true;
  }
  due.after.set(index, form.solid[index] === 1 || form.enforcerBlocks[index] === 1);
  dream.changeAt[index] = -1;
  dream.pending -= 1;
  dream.dreamed[index] = dreamForm ? 1 : 0;
  return true;
}

/**
 * Cells whose time has come change now, unless one would turn solid under Mira or a child (it waits in
 * `waiting`, retried first each tick). The rest are met in wave order (dream-wave.ts), whose change ticks
 * only grow along it: the cursor stops at the first cell not yet due, so a tick looks at no more cells
 * than change. At most MAX_DREAM_CELLS_PER_TICK change in one tick; the cursor stops there too, and the
 * rest of a wave front that wide changes on the next ticks.
 */
function applyDueCells(world: World): void {
  const { dream } = world;
  if (dream.pending === 0) return;
  const due: DueChanges = { form: targetForm(world), waking: scapeOf(world).waking, changes: [], after: new Map() };
  const waiting: number[] = [];
  for (const index of dream.waiting) {
    if (due.after.size >= MAX_DREAM_CELLS_PER_TICK || !changeCell(world, due, index)) waiting.push(index);
  }
  const order = waveOrder(world.level, dream.circle);
  const inwards = dream.stage === 'fading';
  while (dream.cursor < order.length && due.after.size < MAX_DREAM_CELLS_PER_TICK) {
    const index = order[inwards ? order.length - 1 - dream.cursor : dream.cursor]!;
    const at = dream.changeAt[index]!;
    if (at > world.tick) break;
    dream.cursor += 1;
    if (at !== -1 && !changeCell(world, due, index)) waiting.push(index);
  }
  dream.waiting = waiting;
  if (due.after.size === 0) return;
  requestTileChanges(world, due.changes);
  for (const enforcer of world.enforcers) moveEnforcerOut(world, enforcer, due.after);
}

/** The wave front passes this tick over cells at this reach: Enforcers there lose track of the children. */
function passOverEnforcers(world: World, events: SimEvent[]): void {
  const { dream, level } = world;
  const offset = world.tick - dream.waveTick - DREAM_RIPPLE_TICKS;
  if (offset < 0) return;
  const { distance, farthest } = waveDistances(level, dream.circle);
  const waveTiles = level.dream?.waveTiles ?? 1;
  // Once the front has passed the farthest cell, no Enforcer is under it for the rest of the phase.
  if (offset > floorDivide(farthest, waveTiles)) return;
  for (const enforcer of world.enforcers) {
    const cell = cellIndexAt(world.tiles, enforcer.x, enforcer.y);
    if (cell === -1 || floorDivide(distance[cell]!, waveTiles) !== offset) continue;
    enforcer.detection = 0;
    if (enforcer.state.name !== 'chase') continue;
    events.push({ type: 'lost', enforcerId: enforcer.id });
    sendToState({ enforcer, world, events }, 'search');
  }
}

/** The meter drains a tick's worth, and one more for each Enforcer standing in the dream. */
function drainMeter(world: World): void {
  const { dream } = world;
  let inside = 0;
  for (const enforcer of world.enforcers) {
    const cell = cellIndexAt(world.tiles, enforcer.x, enforcer.y);
    if (cell !== -1 && dream.dreamed[cell] === 1) inside += 1;
  }
  const meterTicks = world.level.dream?.meterTicks ?? DREAM_PROPERTIES.dreamSeconds.defaultValue * 60;
  dream.drained = Math.min(meterTicks, dream.drained + 1 + inside);
  dream.meter = DREAM_METER_FULL - floorDivide(dream.drained * DREAM_METER_FULL, meterTicks);
}

/** One tick of the dream; step.ts calls it first, before the tile point. */
export function updateDream(world: World, input: InputFrame, events: SimEvent[]): void {
  const { dream } = world;
  if (dream.stage === 'waking') {
    if (world.level.dreamCircles.length > 0) updateRing(world, input, events);
    return;
  }
  if (dream.stage === 'dreaming') {
    drainMeter(world);
    if (dream.meter === 0) {
      dream.stage = 'fading';
      events.push({ type: 'dream-fading' });
      scheduleWave(world);
    } else if (dream.nextPhaseAt !== -1 && world.tick >= dream.nextPhaseAt) {
      startPhase(world, (dream.phase + 1) % (world.level.dream?.phases.length ?? 1), events);
    } else {
      passOverEnforcers(world, events);
    }
  }
  applyDueCells(world);
  if (dream.stage === 'fading' && dream.pending === 0) {
    dream.stage = 'waking';
    dream.circle = -1;
    dream.phase = -1;
    dream.meter = 0;
    dream.nextPhaseAt = -1;
    dream.waveTick = -1;
    events.push({ type: 'dream-ended' });
  }
}
