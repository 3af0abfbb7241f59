// What a step sounds like and who hears it. A walk makes a small noise, a run a large one, a sneak none;
// a noisy floor (gravel, creaky boards: the tile's `noise`) adds its value in tiles to a walk or run.
// The noise carries by path distance through open tiles (flood.ts), so a wall stops it and a doorway
// lets it through; an Enforcer hears it when its tile is within its class's share of that distance.
import { HUNTER_CLASS_PARAMETERS } from '../level/entity-schema.ts';
import { floodDistanceTo, floodOpenCells } from './flood.ts';
import type { EnforcerState, Gait, TileCell, WorldTiles } from './types.ts';

/** Tiles of path a step carries on plain floor, by gait. Sneaking is the quiet answer to every floor. */
export const GAIT_NOISE_TILES: Readonly<Record<Gait, number>> = { still: 0, sneak: 0, walk: 3, run: 7 };
/** Ticks between footsteps per gait, for Mira and the children alike: quick steps when running, slow when sneaking. */
export const FOOTSTEP_INTERVAL: Readonly<Record<Gait, number>> = { still: 0, sneak: 30, walk: 20, run: 12 };
/** From this radius a noise is loud: it sends an Enforcer to investigate at once, not just to look. */
export const LOUD_NOISE_TILES = 6;
/** No step carries further than this (a bounded flood, whatever a tile's property says). */
export const MAX_NOISE_TILES = 12;

/** The radius of one step's noise, in tiles, on a floor with the given `noise` property. */
export function noiseRadius(gait: Gait, floorNoise: number): number {
  const base = GAIT_NOISE_TILES[gait];
  if (base === 0) return 0;
  return Math.min(MAX_NOISE_TILES, base + floorNoise);
}

export interface HeardNoise {
  readonly enforcerId: number;
  readonly loud: boolean;
}

/** Which Enforcers hear a noise of `radius` tiles made on `source`, in the order given. */
export function whoHears(options: {
  readonly tiles: WorldTiles;
  readonly source: TileCell;
  readonly radius: number;
  readonly enforcers: readonly EnforcerState[];
}): HeardNoise[] {
  const { tiles, source, radius, enforcers } = options;
  if (radius <= 0) return [];
  const cellOf = (enforcer: EnforcerState): TileCell => ({ x: Math.floor(enforcer.x / tiles.span), y: Math.floor(enforcer.y / tiles.span) });
  const reachOf = (enforcer: EnforcerState): number => Math.floor((radius * HUNTER_CLASS_PARAMETERS[enforcer.hunterClass].hearingPercent) / 100);
  // A path of 4-connected steps is never shorter than the straight-line steps across (Manhattan): with
  // nobody that near, nobody can hear, and the flood (the costly part of a tick's hearing) is skipped.
  const near = enforcers.filter((enforcer) => {
    const cell = cellOf(enforcer);
    return Math.abs(cell.x - source.x) + Math.abs(cell.y - source.y) <= reachOf(enforcer);
  });
  if (near.length === 0) return [];
  const flood = floodOpenCells(tiles, source, radius);
  const heard: HeardNoise[] = [];
  for (const enforcer of near) {
    const distance = floodDistanceTo(flood, cellOf(enforcer));
    if (distance >= 0 && distance <= reachOf(enforcer)) heard.push({ enforcerId: enforcer.id, loud: radius >= LOUD_NOISE_TILES });
  }
  return heard;
}
