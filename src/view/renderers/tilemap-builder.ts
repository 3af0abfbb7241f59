// Hands Phaser the map we already normalized: a blank tilemap filled tile by tile. Phaser's own Tiled
// parser never sees the file (it cannot read external tilesets, compressed layers or TMX).
import Phaser from 'phaser';
import { isAboveLayer, isDreamLayer } from '../../level/layer-roles.ts';
import type { TiledMap, TiledTileLayer, TiledTileset } from '../../tiled/tiled-map.ts';
import { tileOrientation } from './tile-flips.ts';

export interface BuiltTilemap {
  readonly tilemap: Phaser.Tilemaps.Tilemap;
  /** Drawn under the characters, in file order. */
  readonly below: readonly Phaser.Tilemaps.TilemapLayer[];
  /** Layers named `above` (or inside a group named so): drawn over the characters. */
  readonly above: readonly Phaser.Tilemaps.TilemapLayer[];
}

export function buildTilemap(
  scene: Phaser.Scene,
  map: TiledMap,
  tilesetTextures: ReadonlyMap<string, string>,
): BuiltTilemap {
  const tilemap = scene.make.tilemap({
    width: map.width,
    height: map.height,
    tileWidth: map.tileWidth,
    tileHeight: map.tileHeight,
  });
  const tilesets: Phaser.Tilemaps.Tileset[] = [];
  for (const source of map.tilesets) {
    const textureKey = tilesetTextures.get(source.name);
    if (textureKey === undefined) continue;
    const tileset = tilemap.addTilesetImage(
      source.name,
      textureKey,
      source.tileWidth,
      source.tileHeight,
      source.margin,
      source.spacing,
      source.firstGid,
    );
    if (tileset) {
      addTileAnimations(tileset, source);
      tilesets.push(tileset);
    }
  }

  const below: Phaser.Tilemaps.TilemapLayer[] = [];
  const above: Phaser.Tilemaps.TilemapLayer[] = [];
  for (const layer of map.layers) {
    if (layer.kind !== 'tile' || !layer.visible || isDreamLayer(layer.name)) continue;
    const built = buildLayer(tilemap, tilesets, layer);
    if (!built) continue;
    (isAboveLayer(layer.name) ? above : below).push(built);
  }
  return { tilemap, below, above };
}

function buildLayer(
  tilemap: Phaser.Tilemaps.Tilemap,
  tilesets: Phaser.Tilemaps.Tileset[],
  layer: TiledTileLayer,
): Phaser.Tilemaps.TilemapLayer | null {
  // The id keeps names unique: Phaser returns null for a duplicate name, and Tiled allows them.
  const built = tilemap.createBlankLayer(
    `${layer.id}:${layer.name}`,
    tilesets,
    0,
    0,
    layer.width,
    layer.height,
  );
  if (!built) return null;
  built.setAlpha(layer.opacity);
  for (let row = 0; row < layer.height; row += 1) {
    for (let column = 0; column < layer.width; column += 1) {
      const raw = layer.gids[row * layer.width + column] ?? 0;
      const orientation = tileOrientation(raw);
      // A gid no added tileset covers (a tileset shrunk or removed, or its image missing) is only a
      // warning for the level builder, but Phaser's putTileAt throws on it: such a cell stays empty.
      if (orientation.gid === 0 || !isDrawable(tilemap, orientation.gid)) continue;
      const tile = built.putTileAt(orientation.gid, column, row, false);
      tile.flipX = orientation.flipX;
      tile.rotation = orientation.rotation;
    }
  }
  return built;
}

function isDrawable(tilemap: Phaser.Tilemaps.Tilemap, gid: number): boolean {
  // Phaser's own table of the gids its tilesets hold (typed any[]): one entry per gid they cover.
  return (tilemap.tiles as unknown[])[gid] !== undefined;
}

interface PhaserTileAnimationFrame {
  tileid: number;
  duration: number;
  startTime: number;
}

/** Phaser animates a tile from its tileset's `tileData`, in the shape its own parser would have built. */
function addTileAnimations(tileset: Phaser.Tilemaps.Tileset, source: TiledTileset): void {
  const tileData = tileset.tileData as Record<number, { animation?: PhaserTileAnimationFrame[]; animationDuration?: number }>;
  for (const [localId, tile] of source.tiles) {
    if (tile.animation.length === 0) continue;
    let startTime = 0;
    const animation = tile.animation.map((frame) => {
      const entry = { tileid: frame.tileId, duration: Math.max(1, frame.durationMs), startTime };
      startTime += entry.duration;
      return entry;
    });
    tileData[localId] = { ...tileData[localId], animation, animationDuration: startTime };
  }
}
