// What the game will do for one level, bounded before it does it: the file readers' own limits are in
// src/tiled/map-limits.ts, these are the game's. The game, npm run validate-map and the tools all reach
// them through buildLevel and the loaders, so a map one of them refuses, all of them refuse, with the
// same message naming the limit, the place and what to do.
import type { MapProblem } from '../tiled/tiled-map.ts';
import { GID_MASK } from '../tiled/tiled-map.ts';
import { MAX_REFERENCED_FILES } from '../tiled/map-limits.ts';

/** Cells of all drawn layers together: each is one slot in Phaser's grid, empty or not (8 bytes). */
export const MAX_VIEW_CELLS = 4 * 1024 * 1024;
/** Cells that hold a tile, waking or in any dream phase: each is a Phaser Tile object of a few hundred bytes. */
export const MAX_VIEW_TILES = 1024 * 1024;
/**
 * Drawn cells over the waking map and every dream phase together: the dreamscape keeps each phase's
 * layers (4 bytes a cell) for each of a few seeds, so a map of 1000 `dream/<name>` layers would ask for
 * tens of gigabytes.
 */
export const MAX_DREAMSCAPE_CELLS = 16 * 1024 * 1024;
/** Rule maps read for one map's dreamRules: each is a whole Tiled map. */
export const MAX_RULE_MAPS = 64;
/**
 * Files a map's dreamRules may name in all, rules lists and rule maps, whether they can be read or not:
 * the same bound as the files one map may name (MAX_REFERENCED_FILES).
 */
export const MAX_RULE_FILES = MAX_REFERENCED_FILES;
/** Rules lists nested deeper than this are a loop in all but name. */
export const MAX_LIST_DEPTH = 16;
/**
 * Cells the dream changes in one tick; the rest of a wave that reaches more at once changes on the
 * following ticks. 16,384 (a 128x128 block) keeps a tick's redraw and re-pathing within a frame.
 */
export const MAX_DREAM_CELLS_PER_TICK = 16_384;

/** Cells and tiles one set of layers asks the view for. */
export interface ViewSize {
  readonly cells: number;
  readonly tiles: number;
}

/**
 * What the view builds for these layers: every cell, and every cell that holds a tile in any of the
 * forms given (the waking layers and each dream phase's), since a dream puts a Phaser Tile where it paints.
 */
export function viewSize(forms: readonly (readonly Uint32Array[])[]): ViewSize {
  const waking = forms[0] ?? [];
  let cells = 0;
  let tiles = 0;
  for (let layer = 0; layer < waking.length; layer += 1) {
    const length = waking[layer]!.length;
    cells += length;
    const layerForms = forms.map((form) => form[layer]);
    for (let index = 0; index < length; index += 1) {
      for (const gids of layerForms) {
        if (((gids?.[index] ?? 0) & GID_MASK) === 0) continue;
        tiles += 1;
        break;
      }
    }
  }
  return { cells, tiles };
}

/** Null when the view can draw these layers (waking first, then any dream phases); otherwise why not and what to do. */
export function checkViewSize(forms: readonly (readonly Uint32Array[])[], place: string): MapProblem | null {
  const size = viewSize(forms);
  if (size.cells > MAX_VIEW_CELLS) {
    return {
      severity: 'error',
      message: `the drawn tile layers hold ${size.cells} cells in all; the game draws at most ${MAX_VIEW_CELLS} (MAX_VIEW_CELLS)`,
      place,
      hint: 'Use fewer or smaller tile layers (for example 4 layers of 1024x1024, or 16 of 512x512), or crop the map (Map > Resize Map).',
    };
  }
  if (size.tiles > MAX_VIEW_TILES) {
    const dreaming = forms.length > 1 ? ', waking or dreaming,' : '';
    return {
      severity: 'error',
      message: `the drawn tile layers hold ${size.tiles} tiles in all${dreaming}; the game draws at most ${MAX_VIEW_TILES} (MAX_VIEW_TILES)`,
      place,
      hint: 'Leave cells empty where a lower layer already shows the ground, use fewer layers, or let the dream paint fewer cells.',
    };
  }
  return null;
}
