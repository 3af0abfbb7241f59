// What a tile does to its cell, by this game's conventions: one rule, used by the level builder for the
// starting grids and by the world whenever its tiles change mid-run (doors, the hidden door, the dream).
import { GID_MASK } from '../tiled/tiled-map.ts';

/** What a tile says about itself in Tiled; absent properties are undefined. */
export interface TileBehaviour {
  readonly collides?: boolean;
  readonly opaque?: boolean;
  /** Path cost for Enforcers, 1 (normal) to 255. */
  readonly cost?: number;
  /** Extra noise a step on it makes (gravel, creaky boards), 0 to 255. */
  readonly noise?: number;
  /** Standing on it can hide a child (tall grass, under a bed). */
  readonly hide?: boolean;
  /** Lit ground (a shop window's glow, a lamp's pool painted in): Mira is seen as inside a Light. */
  readonly lit?: boolean;
  /** Enforcers may neither walk into nor plan through it (a dream's vine, a river of stars); children ignore it. */
  readonly enforcerBlocks?: boolean;
}

/** Tile properties by masked gid, for tiles that set any of them. */
export type TileBehaviours = ReadonlyMap<number, TileBehaviour>;

/** One tile layer as the rules see it: what it shows per cell and whether it is the walls layer. */
export interface RuleLayer {
  /** Tiles here block movement and sight unless they say otherwise (the `walls` layer). */
  readonly blocksByDefault: boolean;
  /** Raw gids, row-major, flip flags included. */
  readonly gids: Uint32Array;
}

export interface CellRules {
  readonly solid: boolean;
  readonly opaque: boolean;
  /** 1..255. */
  readonly cost: number;
  /** 0..255. */
  readonly noise: number;
  readonly hide: boolean;
  readonly lit: boolean;
  /** Blocks Enforcers only (movement and planning); `solid` blocks everyone. */
  readonly enforcerBlocks: boolean;
}

/** On the walls layer a tile blocks unless it says false; elsewhere only when it says true. */
export function tileBlocks(onWallsLayer: boolean, flag: boolean | undefined): boolean {
  return onWallsLayer ? flag !== false : flag === true;
}

function clampByte(value: number, lowest: number): number {
  return Math.min(255, Math.max(lowest, Math.trunc(value)));
}

/**
 * What a cell does given every layer's tile on it: any layer can make it solid or opaque, the highest
 * cost and loudest noise count, and one hiding (or lit) tile hides (or lights) the cell.
 */
export function cellRules(layers: readonly RuleLayer[], behaviours: TileBehaviours, index: number): CellRules {
  let solid = false;
  let opaque = false;
  let cost = 1;
  let noise = 0;
  let hide = false;
  let lit = false;
  let enforcerBlocks = false;
  for (const layer of layers) {
    const gid = (layer.gids[index] ?? 0) & GID_MASK;
    if (gid === 0) continue;
    const behaviour = behaviours.get(gid);
    if (tileBlocks(layer.blocksByDefault, behaviour?.collides)) solid = true;
    if (tileBlocks(layer.blocksByDefault, behaviour?.opaque)) opaque = true;
    if (behaviour === undefined) continue;
    if (behaviour.cost !== undefined) cost = Math.max(cost, clampByte(behaviour.cost, 1));
    if (behaviour.noise !== undefined) noise = Math.max(noise, clampByte(behaviour.noise, 0));
    if (behaviour.hide === true) hide = true;
    if (behaviour.lit === true) lit = true;
    if (behaviour.enforcerBlocks === true) enforcerBlocks = true;
  }
  return { solid, opaque, cost, noise, hide, lit, enforcerBlocks };
}
