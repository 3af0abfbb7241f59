// Tile layers drawn once into one texture of the map's size and shown as one image (tile-cache-image.ts),
// instead of every layer's visible tiles every frame: under software WebGL the layers were the largest
// part of a frame's GPU-process time (hiding them cut about 12 of 45 ms a frame at 720p). A level has one
// cache for the layers under the characters and one for those above them. The layers stay in the scene
// for what reads them (the test hook), but the world camera skips them. Changed cells draw again only
// the cells whose tiles differ from what the cache last drew. Where every tile lies inside its own cell
// (tile-cache-cells.ts), those cells alone are cleared and their tiles drawn again, all in one pass: the
// dream's wave changes a dozen cells a tick, and the squares that were drawn around them instead filled
// about thirty times the pixels (11 of 57 ms of the GPU process's frame); and their images draw only the
// cells that hold a tile (the layer above the characters holds tiles in a tenth of the night escape's
// cells, and its whole picture cost the GPU process about 0.8 ms a frame at 720p). Otherwise the squares
// of the map around them (REDRAW_SQUARE pixels a side) are drawn again: the layers are drawn into a
// square-sized scratch texture, whose edges clip them, and that is copied over the square.
// A map too large for one texture, or with animated tiles (a texture would freeze them), keeps its live
// layers.
import Phaser from 'phaser';
import { reusedDynamicTexture } from './reused-texture.ts';
import type { TileCell } from '../../sim/index.ts';
import type { TiledMap } from '../../tiled/tiled-map.ts';
import { TileCacheImage } from './tile-cache-image.ts';
import { EMPTY_TILE_KEY, cellRuns, coveredParts, holdsTile, shownTileKey, tilesFitCells } from './tile-cache-cells.ts';

/** Largest map, in pixels across times down, drawn into one texture: 16 MB of texture at most. */
const CACHED_MAP_PIXELS = 2048 * 2048;
/**
 * The textures, reused by every run of the level scene: a texture made per run would be one more leak to
 * watch. The scratch square is shared: a cache uses it only while it redraws.
 */
const SCRATCH_KEY = 'level-tile-cache-square';
/** Side of the squares changed cells redraw, in pixels: a quarter of a frame's old tile drawing at 720p. */
const REDRAW_SQUARE = 128;

/** Marks the cache's image, so the test hook's tiles-only view keeps it. */
export const TILE_CACHE_DATA = 'tileCache';

/** Whether this map's layers under the characters can be drawn once and kept. */
export function canCacheTiles(map: TiledMap): boolean {
  const animated = map.tilesets.some((tileset) => [...tileset.tiles.values()].some((tile) => tile.animation.length > 0));
  return !animated && map.width * map.tileWidth * map.height * map.tileHeight <= CACHED_MAP_PIXELS;
}

interface TileCacheOptions {
  readonly layers: readonly Phaser.Tilemaps.TilemapLayer[];
  readonly worldLayer: Phaser.GameObjects.Layer;
  readonly worldCamera: Phaser.Cameras.Scene2D.Camera;
  readonly map: TiledMap;
  /** The texture's key: one for each cache of a level. */
  readonly textureKey: string;
  /** Where the image sits in the world layer's drawing order. */
  readonly depth: number;
}

export class TileCache {
  readonly #texture: Phaser.Textures.DynamicTexture;
  readonly #scratch: Phaser.Textures.DynamicTexture;
  readonly #image: TileCacheImage;
  /** Pixels a tile may reach past its own cell (tall tiles, drawing offsets): a change redraws that far around. */
  readonly #reach: number;
  /** Every tile lies inside its own cell: changed cells are drawn again by themselves. */
  readonly #cellsAlone: boolean;
  /** Per layer, what each cell showed when last drawn (shownTileKey): only a cell that differs is drawn again. */
  readonly #drawnKeys: readonly Int32Array[];
  /** A redraw filled or emptied a cell: the image's covered parts are worked out again. */
  #coverChanged = false;

  readonly #options: TileCacheOptions;

  constructor(
    scene: Phaser.Scene,
    options: TileCacheOptions,
  ) {
    this.#options = options;
    const { map } = options;
    const width = map.width * map.tileWidth;
    const height = map.height * map.tileHeight;
    this.#texture = dynamicTexture(scene, options.textureKey, { width, height });
    this.#scratch = dynamicTexture(scene, SCRATCH_KEY, { width: REDRAW_SQUARE, height: REDRAW_SQUARE });
    this.#cellsAlone = tilesFitCells(
      options.layers.flatMap((layer) => layer.tileset.map((tileset) => ({ tileWidth: tileset.tileWidth, tileHeight: tileset.tileHeight, offsetX: tileset.tileOffset.x, offsetY: tileset.tileOffset.y }))),
      { width: map.tileWidth, height: map.tileHeight },
    );
    this.#drawnKeys = options.layers.map(() => new Int32Array(map.width * map.height).fill(EMPTY_TILE_KEY));
    this.#reach = Math.max(map.tileWidth, map.tileHeight, ...map.tilesets.map((tileset) => Math.max(tileset.tileWidth, tileset.tileHeight) + Math.abs(tileset.tileOffset.x) + Math.abs(tileset.tileOffset.y)));
    this.#image = new TileCacheImage(scene, this.#texture).setDepth(options.depth).setData(TILE_CACHE_DATA, true);
    options.worldLayer.add(this.#image);
    options.worldCamera.ignore([...options.layers]);
    this.#texture.clear();
    for (const layer of options.layers) this.#texture.draw(layer, 0, 0);
    this.#texture.render();
    for (let y = 0; y < map.height; y += 1) for (let x = 0; x < map.width; x += 1) this.#differs({ x, y });
    if (this.#cellsAlone) this.#image.showParts(coveredParts(this.#drawnKeys, map));
    this.#coverChanged = false;
  }

  /** These cells may show something else now: those whose tiles differ from what was drawn are drawn again. */
  redraw(cells: readonly TileCell[]): void {
    const changed = cells.filter((cell) => this.#differs(cell));
    if (changed.length === 0) return;
    if (!this.#cellsAlone) {
      this.#redrawSquares(changed);
      return;
    }
    this.#redrawCells(changed);
    // The image draws only the cells that hold a tile: a cell emptied or filled changes which.
    if (this.#coverChanged) this.#image.showParts(coveredParts(this.#drawnKeys, this.#options.map));
    this.#coverChanged = false;
  }

  /**
   * Whether the layers show another tile at the cell than was last drawn there; remembers what they show
   * now, and notes in #coverChanged a cell that held no tile and now does, or the other way round.
   */
  #differs(cell: TileCell): boolean {
    const index = cell.y * this.#options.map.width + cell.x;
    const coveredBefore = holdsTile(this.#drawnKeys, index);
    let differs = false;
    for (const [layerIndex, layer] of this.#options.layers.entries()) {
      const key = shownTileKey(layer.layer.data[cell.y]?.[cell.x] ?? null);
      const drawn = this.#drawnKeys[layerIndex]!;
      if (drawn[index] === key) continue;
      drawn[index] = key;
      differs = true;
    }
    if (differs && holdsTile(this.#drawnKeys, index) !== coveredBefore) this.#coverChanged = true;
    return differs;
  }

  /**
   * Clears the cells and draws the layers' tiles at them, in one pass: each layer's cull, which picks the
   * tiles it draws, is given the cells' tiles alone while the texture draws.
   */
  #redrawCells(cells: readonly TileCell[]): void {
    const { tileWidth, tileHeight } = this.#options.map;
    for (const run of cellRuns(cells)) this.#texture.clear(run.x * tileWidth, run.y * tileHeight, run.length * tileWidth, tileHeight);
    const { layers } = this.#options;
    const ownCulls = layers.map((layer) => layer.cullCallback);
    try {
      for (const layer of layers) {
        layer.cullCallback = (_data: unknown, _camera: unknown, culled: Phaser.Tilemaps.Tile[]): Phaser.Tilemaps.Tile[] => tilesAt(layer, cells, culled);
        this.#texture.draw(layer, 0, 0);
      }
      this.#texture.render();
    } finally {
      layers.forEach((layer, index) => {
        layer.cullCallback = ownCulls[index]!;
      });
    }
  }

  /** The squares the cells and their tiles' reach touch are drawn again. */
  #redrawSquares(cells: readonly TileCell[]): void {
    const { tileWidth, tileHeight } = this.#options.map;
    const squares = new Set<string>();
    for (const cell of cells) {
      const left = Math.floor(Math.max(0, cell.x * tileWidth - this.#reach) / REDRAW_SQUARE);
      const top = Math.floor(Math.max(0, cell.y * tileHeight - this.#reach) / REDRAW_SQUARE);
      const right = Math.floor(Math.min(this.#texture.width - 1, (cell.x + 1) * tileWidth + this.#reach) / REDRAW_SQUARE);
      const bottom = Math.floor(Math.min(this.#texture.height - 1, (cell.y + 1) * tileHeight + this.#reach) / REDRAW_SQUARE);
      for (let row = top; row <= bottom; row += 1) for (let column = left; column <= right; column += 1) squares.add(`${column},${row}`);
    }
    for (const square of squares) {
      const [column, row] = square.split(',').map(Number);
      this.#redrawSquare((column ?? 0) * REDRAW_SQUARE, (row ?? 0) * REDRAW_SQUARE);
    }
  }

  #redrawSquare(left: number, top: number): void {
    this.#scratch.clear();
    this.#scratch.camera.setScroll(left, top);
    for (const layer of this.#options.layers) this.#scratch.draw(layer, 0, 0);
    this.#scratch.render();
    this.#texture.clear(left, top, REDRAW_SQUARE, REDRAW_SQUARE);
    this.#texture.stamp(SCRATCH_KEY, undefined, left, top, { originX: 0, originY: 0 });
    this.#texture.render();
  }
}

/** The layer's drawn tiles at the cells, as Phaser's own cull picks them (no empty, hidden or transparent tile). */
function tilesAt(layer: Phaser.Tilemaps.TilemapLayer, cells: readonly TileCell[], culled: Phaser.Tilemaps.Tile[]): Phaser.Tilemaps.Tile[] {
  culled.length = 0;
  for (const cell of cells) {
    const tile = layer.layer.data[cell.y]?.[cell.x];
    if (tile && tile.index !== -1 && tile.visible && tile.alpha !== 0) culled.push(tile);
  }
  return culled;
}

function dynamicTexture(scene: Phaser.Scene, key: string, size: { readonly width: number; readonly height: number }): Phaser.Textures.DynamicTexture {
  const texture = reusedDynamicTexture(scene, key, size);
  if (texture === null) throw new Error(`TileCache: the texture key ${key} is taken by a texture of another kind`);
  if (texture.width !== size.width || texture.height !== size.height) texture.setSize(size.width, size.height);
  return texture;
}
