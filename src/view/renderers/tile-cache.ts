// Tile layers drawn once into one texture of the map's size and shown as one image (tile-cache-image.ts),
// instead of every layer's visible tiles every frame: under software WebGL the layers were the largest
// part of a frame's GPU-process time (hiding them cut about 12 of 45 ms a frame at 720p). A level has one
// cache for the layers under the characters and one for those above them. The layers stay in the scene
// for what reads them (the test hook), but the world camera skips them. Changed cells draw again only
// the squares of the map around them (REDRAW_SQUARE pixels a side): the layers are drawn into a
// square-sized scratch texture, whose edges clip them, and that is copied over the square.
// A map too large for one texture, or with animated tiles (a texture would freeze them), keeps its live
// layers.
import Phaser from 'phaser';
import { reusedDynamicTexture } from './reused-texture.ts';
import type { TileCell } from '../../sim/index.ts';
import type { TiledMap } from '../../tiled/tiled-map.ts';
import { TileCacheImage } from './tile-cache-image.ts';

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
    this.#reach = Math.max(map.tileWidth, map.tileHeight, ...map.tilesets.map((tileset) => Math.max(tileset.tileWidth, tileset.tileHeight) + Math.abs(tileset.tileOffset.x) + Math.abs(tileset.tileOffset.y)));
    this.#image = new TileCacheImage(scene, this.#texture).setDepth(options.depth).setData(TILE_CACHE_DATA, true);
    options.worldLayer.add(this.#image);
    options.worldCamera.ignore([...options.layers]);
    this.#texture.clear();
    for (const layer of options.layers) this.#texture.draw(layer, 0, 0);
    this.#texture.render();
  }

  /** These cells show something else now: the squares they and their tiles' reach touch are drawn again. */
  redraw(cells: readonly TileCell[]): void {
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

function dynamicTexture(scene: Phaser.Scene, key: string, size: { readonly width: number; readonly height: number }): Phaser.Textures.DynamicTexture {
  const texture = reusedDynamicTexture(scene, key, size);
  if (texture === null) throw new Error(`TileCache: the texture key ${key} is taken by a texture of another kind`);
  if (texture.width !== size.width || texture.height !== size.height) texture.setSize(size.width, size.height);
  return texture;
}
