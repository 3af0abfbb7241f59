// What the view will build for a level, bounded before it builds anything: the file readers allow 16
// layers of 1024x1024 (16 M cells), and drawing that with one Phaser Tile per cell took the tab to 3 GB.
// No Phaser here, so Node tests can check it.
import type { LevelTileLayer } from '../level/level-definition.ts';
import type { MapProblem } from '../tiled/tiled-map.ts';
import { GID_MASK } from '../tiled/tiled-map.ts';

/** Cells of all drawn layers together: each is one slot in Phaser's grid, empty or not (8 bytes). */
export const MAXIMUM_VIEW_CELLS = 4 * 1024 * 1024;
/** Cells that hold a tile: each becomes a Phaser Tile object of a few hundred bytes. */
export const MAXIMUM_VIEW_TILES = 1024 * 1024;

export interface ViewSize {
  readonly cells: number;
  readonly tiles: number;
}

export function viewSize(layers: readonly Pick<LevelTileLayer, 'gids'>[]): ViewSize {
  let cells = 0;
  let tiles = 0;
  for (const layer of layers) {
    cells += layer.gids.length;
    for (const gid of layer.gids) if ((gid & GID_MASK) !== 0) tiles += 1;
  }
  return { cells, tiles };
}

/** Null when the level can be drawn; otherwise the problem that says why not and what to do. */
export function checkViewSize(layers: readonly Pick<LevelTileLayer, 'gids' | 'name'>[], mapLabel: string): MapProblem | null {
  const size = viewSize(layers);
  const place = `the tile layers of ${mapLabel} (${layers.length} drawn)`;
  if (size.cells > MAXIMUM_VIEW_CELLS) {
    return {
      severity: 'error',
      message: `the drawn tile layers hold ${size.cells} cells in all; the game draws at most ${MAXIMUM_VIEW_CELLS}`,
      place,
      hint: 'Use fewer or smaller tile layers (for example 4 layers of 1024x1024, or 16 of 512x512), or crop the map (Map > Resize Map).',
    };
  }
  if (size.tiles > MAXIMUM_VIEW_TILES) {
    return {
      severity: 'error',
      message: `the drawn tile layers hold ${size.tiles} tiles in all; the game draws at most ${MAXIMUM_VIEW_TILES}`,
      place,
      hint: 'Leave cells empty where a lower layer already shows the ground, or use fewer layers.',
    };
  }
  return null;
}
