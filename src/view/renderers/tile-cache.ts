// The tile layers under the characters, drawn once into one texture of the map's size and shown as one
// image, instead of every layer's visible tiles every frame: under software WebGL the layers were the
// largest part of a frame's GPU-process time (hiding them cut about 12 of 45 ms a frame at 720p). The
// layers stay in the scene for what reads them (the test hook), but the world camera skips them. A change
// of cells draws the whole texture again, once per change: the map is at most CACHED_MAP_PIXELS, and
// changes come a few times a second at most (doors, reveals, the dream's waves). A map too large for one
// texture, or with animated tiles (a texture would freeze them), keeps its live layers.
import Phaser from 'phaser';
import type { TiledMap } from '../../tiled/tiled-map.ts';

/** Largest map, in pixels across times down, drawn into one texture: 16 MB of texture at most. */
const CACHED_MAP_PIXELS = 2048 * 2048;
/** One texture, reused by every run of the level scene: a texture made per run would be one more leak to watch. */
const TEXTURE_KEY = 'level-tile-cache';

/** Marks the cache's image, so the test hook's tiles-only view keeps it. */
export const TILE_CACHE_DATA = 'tileCache';

/** Whether this map's layers under the characters can be drawn once and kept. */
export function canCacheTiles(map: TiledMap): boolean {
  const animated = map.tilesets.some((tileset) => [...tileset.tiles.values()].some((tile) => tile.animation.length > 0));
  return !animated && map.width * map.tileWidth * map.height * map.tileHeight <= CACHED_MAP_PIXELS;
}

export class TileCache {
  private readonly texture: Phaser.Textures.DynamicTexture;
  private readonly image: Phaser.GameObjects.Image;

  constructor(
    scene: Phaser.Scene,
    private readonly options: {
      readonly layers: readonly Phaser.Tilemaps.TilemapLayer[];
      readonly worldLayer: Phaser.GameObjects.Layer;
      readonly worldCamera: Phaser.Cameras.Scene2D.Camera;
      readonly width: number;
      readonly height: number;
    },
  ) {
    const { width, height } = options;
    const existing = scene.textures.exists(TEXTURE_KEY) ? scene.textures.get(TEXTURE_KEY) : null;
    const texture = existing instanceof Phaser.Textures.DynamicTexture ? existing : scene.textures.addDynamicTexture(TEXTURE_KEY, width, height);
    if (texture === null) throw new Error(`TileCache: the texture key ${TEXTURE_KEY} is taken by a texture of another kind`);
    this.texture = texture;
    if (this.texture.width !== width || this.texture.height !== height) this.texture.setSize(width, height);
    this.image = scene.add.image(0, 0, TEXTURE_KEY).setOrigin(0, 0).setDepth(0).setData(TILE_CACHE_DATA, true);
    this.image.setSize(width, height).setFrame(this.texture.get());
    options.worldLayer.add(this.image);
    options.worldCamera.ignore([...options.layers]);
    this.draw();
  }

  /** Draws every cached layer again, in their order, over a cleared texture. */
  draw(): void {
    this.texture.clear();
    for (const layer of this.options.layers) this.texture.draw(layer, 0, 0);
    this.texture.render();
  }
}
