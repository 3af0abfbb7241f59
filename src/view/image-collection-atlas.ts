// Phaser's tileset draws from one image cut in a grid, but an image-collection tileset has one image per
// tile. So each tile's image is loaded as its own texture, then drawn into one canvas texture: tile id k
// in cell k of a grid of the tileset's largest tile size, bottom-left aligned in its cell, where Tiled
// anchors a tile image on the map. Phaser then draws the collection as any one-image tileset.
import type Phaser from 'phaser';
import type { TiledTileset } from '../tiled/tiled-map.ts';
import type { MapProblem } from '../tiled/tiled-map.ts';
import { resolveTilesetImages, type TilesetImageRequest } from './map-catalog.ts';
import type { QueuedImage } from './tileset-image-checks.ts';

/** Where one tile's own image goes in the atlas. */
export interface AtlasTile {
  readonly tileId: number;
  /** The name it was resolved by (resolveTilesetImages keys its results by request name). */
  readonly requestName: string;
}

export interface ImageCollectionPlan {
  readonly tilesetName: string;
  readonly cellWidth: number;
  readonly cellHeight: number;
  readonly columns: number;
  readonly rows: number;
  readonly tiles: readonly AtlasTile[];
}

export function isImageCollection(tileset: TiledTileset): boolean {
  return tileset.image === '';
}

/** The atlas cell: big enough for every tile image (Tiled's tile size is the largest, but a file may lie). */
export function collectionCellSize(tileset: TiledTileset): { readonly width: number; readonly height: number } {
  let width = Math.max(1, tileset.tileWidth);
  let height = Math.max(1, tileset.tileHeight);
  for (const tile of tileset.tiles.values()) {
    if (tile.image === undefined) continue;
    width = Math.max(width, tile.image.width);
    height = Math.max(height, tile.image.height);
  }
  return { width, height };
}

export function planImageCollection(tileset: TiledTileset): ImageCollectionPlan {
  const cell = collectionCellSize(tileset);
  const tiles: AtlasTile[] = [];
  let largestId = 0;
  for (const tile of tileset.tiles.values()) {
    if (tile.image === undefined) continue;
    largestId = Math.max(largestId, tile.id);
    // A NUL cannot be in a tileset name Tiled writes, so the name cannot clash with a real tileset's.
    tiles.push({ tileId: tile.id, requestName: `${tileset.name}\u0000${tile.id}` });
  }
  // Ids can have gaps (tiles removed in Tiled): cell k is always tile id k, so a gid maps to its frame.
  const cells = largestId + 1;
  const columns = Math.max(1, Math.ceil(Math.sqrt(cells)));
  return { tilesetName: tileset.name, cellWidth: cell.width, cellHeight: cell.height, columns, rows: Math.ceil(cells / columns), tiles };
}

/** The per-tile image requests, as resolveTilesetImages takes them. */
export function collectionImageRequests(tileset: TiledTileset): TilesetImageRequest[] {
  const requests: TilesetImageRequest[] = [];
  for (const tile of tileset.tiles.values()) {
    if (tile.image !== undefined) requests.push({ name: `${tileset.name}\u0000${tile.id}`, image: tile.image.path });
  }
  return requests;
}

/**
 * Draws the loaded tile textures into the atlas texture `atlasKey` (made again if it exists: a live
 * reload may bring changed images under the same key). A tile whose texture did not load stays empty;
 * the loader has already reported it.
 */
export function buildCollectionAtlas(
  textures: Phaser.Textures.TextureManager,
  plan: ImageCollectionPlan,
  keys: { readonly atlasKey: string; readonly tileTextureKeys: ReadonlyMap<string, string> },
): void {
  if (textures.exists(keys.atlasKey)) textures.remove(keys.atlasKey);
  const canvas = textures.createCanvas(keys.atlasKey, plan.columns * plan.cellWidth, plan.rows * plan.cellHeight);
  if (canvas === null) return;
  const context = canvas.getContext();
  for (const tile of plan.tiles) {
    const textureKey = keys.tileTextureKeys.get(tile.requestName);
    if (textureKey === undefined || !textures.exists(textureKey)) continue;
    const texture = textures.get(textureKey);
    const source = texture.getSourceImage() as CanvasImageSource;
    // Drawn at the image's own size: the size the file gives is only what Tiled saw when it saved.
    const { width, height } = texture.get();
    const left = (tile.tileId % plan.columns) * plan.cellWidth;
    const top = Math.floor(tile.tileId / plan.columns) * plan.cellHeight;
    context.drawImage(source, left, top + plan.cellHeight - height, width, height);
  }
  canvas.refresh();
}

/** What the boot scene queued for a level's tilesets: built into textures once the loader is done. */
export interface QueuedTilesetTextures {
  /** Texture key by tileset name (an image collection's atlas key, built by buildQueuedAtlases). */
  readonly tilesetTextures: ReadonlyMap<string, string>;
  readonly atlases: readonly { readonly plan: ImageCollectionPlan; readonly atlasKey: string; readonly tileTextureKeys: ReadonlyMap<string, string> }[];
  /** Every image queued (or already a texture), to check once the loader is done (tileset-image-checks.ts). */
  readonly images: readonly QueuedImage[];
  readonly problems: readonly MapProblem[];
}

/** Queues every tileset image on the scene's loader: one per tileset, or one per tile of a collection. */
export function queueTilesetTextures(
  scene: Phaser.Scene,
  options: Omit<Parameters<typeof resolveTilesetImages>[0], 'tilesets'> & { readonly tilesets: readonly TiledTileset[]; readonly mapHash: string },
): QueuedTilesetTextures {
  const collections = options.tilesets.filter(isImageCollection);
  const requests = [...options.tilesets.filter((tileset) => !isImageCollection(tileset)), ...collections.flatMap(collectionImageRequests)];
  const resolution = resolveTilesetImages({ ...options, tilesets: requests });
  const loadedKeys = new Map<string, string>();
  const images: QueuedImage[] = [];
  const namedPaths = new Map(requests.map((request) => [request.name, request.image]));
  for (const [requestName, image] of resolution.images) {
    const textureKey = `tileset:${image.path}`;
    loadedKeys.set(requestName, textureKey);
    // A collection's request is named "<tileset>\u0000<tile id>" (collectionImageRequests); the path
    // is as the map names it (image.path is a blob: URL for a dropped map's own image).
    images.push({ tilesetName: requestName.split('\u0000')[0]!, path: namedPaths.get(requestName) ?? image.path, textureKey });
    if (!scene.textures.exists(textureKey)) scene.load.image(textureKey, image.url);
  }
  const tilesetTextures = new Map<string, string>();
  for (const tileset of options.tilesets) {
    const key = loadedKeys.get(tileset.name);
    if (!isImageCollection(tileset) && key !== undefined) tilesetTextures.set(tileset.name, key);
  }
  const atlases = collections.map((tileset) => {
    // Keyed by the map's hash: another map's collection of the same name gets its own atlas.
    const atlasKey = `collection:${options.mapHash}:${tileset.name}`;
    tilesetTextures.set(tileset.name, atlasKey);
    return { plan: planImageCollection(tileset), atlasKey, tileTextureKeys: loadedKeys };
  });
  return { tilesetTextures, atlases, images, problems: resolution.problems };
}
