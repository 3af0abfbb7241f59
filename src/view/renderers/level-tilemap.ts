// The level's tile layers on the world layer, drawn from the world's own tiles: on a tiles-changed event
// only the changed cells are put again, and a restart puts back the cells the last run changed. The
// layers under the characters and those above them are shown through a cached texture each where the map
// allows (tile-cache.ts).
import type Phaser from 'phaser';
import type { TileCell, WorldTiles } from '../../sim/index.ts';
import type { LoadedLevel } from '../game-data.ts';
import { LEVEL_DEPTH } from './level-depths.ts';
import { TileCache, canCacheTiles } from './tile-cache.ts';
import { buildTilemap, type BuiltTilemap } from './tilemap-builder.ts';

export class LevelTilemap {
  private readonly built: BuiltTilemap;
  /** Cells changed since the world's tick 0, by index. */
  private readonly changedSinceStart = new Map<number, TileCell>();
  private readonly caches: readonly TileCache[];

  constructor(
    scene: Phaser.Scene,
    options: { readonly layer: Phaser.GameObjects.Layer; readonly worldCamera: Phaser.Cameras.Scene2D.Camera; readonly loaded: LoadedLevel; readonly tiles: WorldTiles },
  ) {
    const { layer, loaded, tiles } = options;
    this.built = buildTilemap(scene, { map: loaded.level.map, tiles, tilesetTextures: loaded.tilesetTextures });
    this.built.below.forEach((tileLayer, index) => {
      tileLayer.setDepth(index);
      layer.add(tileLayer);
    });
    this.built.above.forEach((tileLayer, index) => {
      tileLayer.setDepth(LEVEL_DEPTH.above + index);
      layer.add(tileLayer);
    });
    const { map } = loaded.level;
    const cached = [
      { layers: this.built.below, textureKey: 'level-tile-cache', depth: 0 },
      { layers: this.built.above, textureKey: 'level-tile-cache-above', depth: LEVEL_DEPTH.above },
    ].filter((group) => group.layers.length > 0);
    this.caches = canCacheTiles(map) ? cached.map((group) => new TileCache(scene, { ...group, worldLayer: layer, worldCamera: options.worldCamera, map })) : [];
  }

  /** A tiles-changed event: these cells show something else now. */
  redraw(tiles: WorldTiles, cells: readonly TileCell[]): void {
    this.built.redrawCells(tiles, cells);
    for (const cell of cells) this.changedSinceStart.set(cell.y * tiles.width + cell.x, cell);
    for (const cache of this.caches) cache.redraw(cells);
  }

  /** A restart: the world's tiles are the level's again. */
  restore(tiles: WorldTiles): void {
    if (this.changedSinceStart.size === 0) return;
    const changed = [...this.changedSinceStart.values()];
    this.built.redrawCells(tiles, changed);
    this.changedSinceStart.clear();
    for (const cache of this.caches) cache.redraw(changed);
  }
}
