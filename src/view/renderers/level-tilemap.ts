// The level's tile layers on the world layer, drawn from the world's own tiles: on a tiles-changed event
// only the changed cells are put again, and a restart puts back the cells the last run changed. The
// layers under the characters and those above them are shown through a cached texture each where the map
// allows (tile-cache.ts).
// Those textures are drawn again just before the frame renders, not when the tick changes the cells: drawing
// into a texture waits on the GPU, and in the tick it would stall the frame's JavaScript (a dream changing
// cells every tick cost 15-70 ms a frame); a frame that runs several ticks also draws their cells once.
import Phaser from 'phaser';
import type { TileCell, WorldTiles } from '../../sim/index.ts';
import type { LoadedLevel } from '../game-data.ts';
import { LEVEL_DEPTH } from './level-depths.ts';
import { TileCache, canCacheTiles } from './tile-cache.ts';
import { buildTilemap, type BuiltTilemap } from './tilemap-builder.ts';

export class LevelTilemap {
  readonly #built: BuiltTilemap;
  /** Cells changed since the world's tick 0, by index. */
  readonly #changedSinceStart = new Map<number, TileCell>();
  readonly #caches: readonly TileCache[];
  /** Cells the cached textures have yet to show, by index: drawn at the next frame's render. */
  readonly #cacheDue = new Map<number, TileCell>();

  constructor(
    scene: Phaser.Scene,
    options: { readonly layer: Phaser.GameObjects.Layer; readonly worldCamera: Phaser.Cameras.Scene2D.Camera; readonly loaded: LoadedLevel; readonly tiles: WorldTiles },
  ) {
    const { layer, loaded, tiles } = options;
    this.#built = buildTilemap(scene, { map: loaded.level.map, tiles, tilesetTextures: loaded.tilesetTextures });
    this.#built.below.forEach((tileLayer, index) => {
      tileLayer.setDepth(index);
      layer.add(tileLayer);
    });
    this.#built.above.forEach((tileLayer, index) => {
      tileLayer.setDepth(LEVEL_DEPTH.above + index);
      layer.add(tileLayer);
    });
    const { map } = loaded.level;
    const cached = [
      { layers: this.#built.below, textureKey: 'level-tile-cache', depth: 0 },
      { layers: this.#built.above, textureKey: 'level-tile-cache-above', depth: LEVEL_DEPTH.above },
    ].filter((group) => group.layers.length > 0);
    this.#caches = canCacheTiles(map) ? cached.map((group) => new TileCache(scene, { ...group, worldLayer: layer, worldCamera: options.worldCamera, map })) : [];
    if (this.#caches.length === 0) return;
    const drawDue = (): void => {
      this.#drawDueCells();
    };
    scene.events.on(Phaser.Scenes.Events.PRE_RENDER, drawDue);
    // The scene's emitter outlives a restart: each run's listener goes with it.
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      scene.events.off(Phaser.Scenes.Events.PRE_RENDER, drawDue);
    });
  }

  /** A tiles-changed event: these cells show something else now. */
  redraw(tiles: WorldTiles, cells: readonly TileCell[]): void {
    this.#built.redrawCells(tiles, cells);
    for (const cell of cells) {
      const index = cell.y * tiles.width + cell.x;
      this.#changedSinceStart.set(index, cell);
      if (this.#caches.length > 0) this.#cacheDue.set(index, cell);
    }
  }

  /** A restart: the world's tiles are the level's again. */
  restore(tiles: WorldTiles): void {
    if (this.#changedSinceStart.size === 0) return;
    const changed = [...this.#changedSinceStart.values()];
    this.#built.redrawCells(tiles, changed);
    if (this.#caches.length > 0) for (const [index, cell] of this.#changedSinceStart) this.#cacheDue.set(index, cell);
    this.#changedSinceStart.clear();
  }

  #drawDueCells(): void {
    if (this.#cacheDue.size === 0) return;
    const due = [...this.#cacheDue.values()];
    for (const cache of this.#caches) cache.redraw(due);
    this.#cacheDue.clear();
  }
}
