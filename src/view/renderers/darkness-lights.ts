// Where a dark map is lit, from world state only (no Phaser, so Node tests check it against the rules):
// every Light that is on and every `lit` cell, exactly where lightingAt (src/sim/lights.ts) says Mira is
// lit, plus a small glow around Mira herself that lets her see her feet and is no light to the rules.
import { SUBPIXELS_PER_PIXEL, type World } from '../../sim/index.ts';

/** A clear circle in the dark, pixels: fully clear within `radius`, fading out to FADE_REACH times it. */
export interface LightPool {
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

/** How far past its clear core a pool's soft edge reaches, as a multiple of the core's radius. */
export const FADE_REACH = 1.75;
/** Mira's own glow, pixels: about two tiles clear, enough to see the next turn and not the room. */
export const MIRA_GLOW_RADIUS = 28;
/** A lit cell's pool covers its corners (half a 16-pixel tile's diagonal is 11.3 pixels). */
const LIT_CELL_RADIUS_OF_SPAN = 0.75;

export interface ViewWindow {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

function touches(view: ViewWindow, pool: LightPool): boolean {
  const reach = pool.radius * FADE_REACH;
  return pool.x + reach >= view.left && pool.x - reach <= view.left + view.width && pool.y + reach >= view.top && pool.y - reach <= view.top + view.height;
}

/** The pools that reach into `view` (pixels), Mira's (at `mira`, her drawn position) first. */
export function lightPools(world: World, options: { readonly view: ViewWindow; readonly mira: { readonly x: number; readonly y: number } }): LightPool[] {
  const { view, mira } = options;
  const { tiles, level } = world;
  const pools: LightPool[] = [{ x: mira.x, y: mira.y, radius: MIRA_GLOW_RADIUS }];
  level.lights.forEach((light, index) => {
    if (world.lightsOn[index] !== 1) return;
    const pool = { x: light.x, y: light.y, radius: light.radius };
    if (touches(view, pool)) pools.push(pool);
  });
  const tilePixels = tiles.span / SUBPIXELS_PER_PIXEL;
  const cellRadius = Math.ceil(tilePixels * LIT_CELL_RADIUS_OF_SPAN);
  const margin = Math.ceil(cellRadius * FADE_REACH / tilePixels);
  const firstColumn = Math.max(0, Math.floor(view.left / tilePixels) - margin);
  const lastColumn = Math.min(tiles.width - 1, Math.floor((view.left + view.width) / tilePixels) + margin);
  const firstRow = Math.max(0, Math.floor(view.top / tilePixels) - margin);
  const lastRow = Math.min(tiles.height - 1, Math.floor((view.top + view.height) / tilePixels) + margin);
  for (let row = firstRow; row <= lastRow; row += 1) {
    for (let column = firstColumn; column <= lastColumn; column += 1) {
      if (tiles.lit[row * tiles.width + column] !== 1) continue;
      pools.push({ x: (column + 0.5) * tilePixels, y: (row + 0.5) * tilePixels, radius: cellRadius });
    }
  }
  return pools;
}
