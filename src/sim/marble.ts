// The distraction: Mira tosses a marble where she faces. It flies a few ticks and lands in the last open
// cell before a wall, a closed door or its range; its click on landing is a noise there, so whoever hears
// it goes to look at the marble, not at her (the hearing model carries it round walls, as any noise).
// The toss itself is silent (a flick of the wrist), so she may toss from a hiding place and stay hidden.
import { tileCentre } from './world-tiles.ts';
import type { TileCell, World } from './types.ts';
import type { SimEvent } from './sim-events.ts';

/** The furthest cell from hers a marble lands in, along her facing. */
export const MARBLE_RANGE_TILES = 5;
/** Ticks in the air from her hand to the landing, whatever the distance (the view draws the arc over them). */
export const MARBLE_FLIGHT_TICKS = 18;
/** Ticks after a toss before the next (1.5 s): one marble at a time, never a rattle. */
export const MARBLE_COOLDOWN_TICKS = 90;
/** Tiles of path the landing click carries: loud (LOUD_NOISE_TILES), so a hearer goes to look at once. */
export const MARBLE_NOISE_TILES = 6;

/** A marble on its way: where it left her hand and where it lands (sub-pixels), and the tick it lands. */
export interface MarbleFlight {
  readonly fromX: number;
  readonly fromY: number;
  readonly toX: number;
  readonly toY: number;
  readonly landsAt: number;
}

/** Her marbles (world.marbles): how many are left this chapter, the wait before the next toss, the one in the air. */
export interface MarbleState {
  left: number;
  cooldownTicks: number;
  flight: MarbleFlight | null;
}

/** A landing's noise, for the senses: the cell it carries from and the point hearers go to. */
export interface MarbleNoise {
  readonly source: TileCell;
  readonly radius: number;
  readonly x: number;
  readonly y: number;
}

export function createMarbles(supply: number): MarbleState {
  return { left: supply, cooldownTicks: 0, flight: null };
}

function isOpen(world: World, x: number, y: number): boolean {
  const { tiles } = world;
  return x >= 0 && y >= 0 && x < tiles.width && y < tiles.height && tiles.solid[y * tiles.width + x] === 0;
}

/**
 * The cell a marble tossed from `from` along (dx, dy) lands in: cell by cell up to the range, stopping
 * before a solid one (a closed door is solid). A diagonal step also needs both cells beside it open, so
 * a marble never slips between two walls that touch at a corner.
 */
export function landingCell(world: World, from: TileCell, direction: { readonly dx: number; readonly dy: number }): TileCell {
  let cell = from;
  for (let distance = 1; distance <= MARBLE_RANGE_TILES; distance += 1) {
    const next = { x: cell.x + direction.dx, y: cell.y + direction.dy };
    const diagonal = direction.dx !== 0 && direction.dy !== 0;
    if (!isOpen(world, next.x, next.y)) break;
    if (diagonal && (!isOpen(world, next.x, cell.y) || !isOpen(world, cell.x, next.y))) break;
    cell = next;
  }
  return cell;
}

/**
 * One tick of her marbles: the one in the air lands (its noise is returned for the senses), the wait
 * counts down, and a toss asked for now leaves her hand if the wait is over and she has one left.
 */
export function updateMarbles(world: World, options: { readonly toss: boolean; readonly events: SimEvent[] }): MarbleNoise | null {
  const { marbles, mira, tiles } = world;
  let noise: MarbleNoise | null = null;
  const flight = marbles.flight;
  if (flight !== null && world.tick >= flight.landsAt) {
    marbles.flight = null;
    noise = { source: { x: Math.floor(flight.toX / tiles.span), y: Math.floor(flight.toY / tiles.span) }, radius: MARBLE_NOISE_TILES, x: flight.toX, y: flight.toY };
    options.events.push({ type: 'marble-landed', x: flight.toX, y: flight.toY });
    options.events.push({ type: 'noise', x: flight.toX, y: flight.toY, radius: MARBLE_NOISE_TILES });
  }
  if (marbles.cooldownTicks > 0) marbles.cooldownTicks -= 1;
  if (!options.toss || marbles.cooldownTicks > 0 || marbles.left <= 0 || marbles.flight !== null) return noise;
  const from = { x: Math.floor(mira.x / tiles.span), y: Math.floor(mira.y / tiles.span) };
  const to = tileCentre(tiles, landingCell(world, from, { dx: mira.facingX, dy: mira.facingY }));
  marbles.left -= 1;
  marbles.cooldownTicks = MARBLE_COOLDOWN_TICKS;
  marbles.flight = { fromX: mira.x, fromY: mira.y, toX: to.x, toY: to.y, landsAt: world.tick + MARBLE_FLIGHT_TICKS };
  options.events.push({ type: 'marble-tossed', fromX: mira.x, fromY: mira.y, toX: to.x, toY: to.y, ticks: MARBLE_FLIGHT_TICKS, left: marbles.left });
  return noise;
}
