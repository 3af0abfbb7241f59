// Draws the world's tiles: a blank Phaser tilemap filled tile by tile from world.tiles, with the
// tilesets of the map we already normalized (Phaser's own Tiled parser never sees the file: it cannot
// read external tilesets, compressed layers or TMX). When tiles change, only the changed cells are put.
import Phaser from 'phaser';
import type { TileCell, WorldTileLayer, WorldTiles } from '../../sim/index.ts';
import type { TiledMap, TiledTileset } from '../../tiled/tiled-map.ts';
import { collectionCellSize, isImageCollection } from '../image-collection-atlas.ts';
import { tileOrientation } from './tile-flips.ts';

export interface BuiltTilemap {
  readonly tilemap: Phaser.Tilemaps.Tilemap;
  /** Drawn under the characters, in file order. */
  readonly below: readonly Phaser.Tilemaps.TilemapLayer[];
  /** Layers named `above` (or inside a group named so): drawn over the characters. */
  readonly above: readonly Phaser.Tilemaps.TilemapLayer[];
  /** Puts the world's current tiles at these cells, on every layer: what a tiles-changed event asks. */
  readonly redrawCells: (tiles: WorldTiles, cells: readonly TileCell[]) => void;
}

export interface TilemapSource {
  /** The normalized map: its tilesets, and each layer's opacity by name. */
  readonly map: TiledMap;
  /** What the world shows now. */
  readonly tiles: WorldTiles;
  /** Texture key of each tileset's image, by tileset name. */
  readonly tilesetTextures: ReadonlyMap<string, string>;
}

export function buildTilemap(scene: Phaser.Scene, { map, tiles, tilesetTextures }: TilemapSource): BuiltTilemap {
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
    const collection = isImageCollection(source);
    // An image collection is drawn from its atlas: a grid of its largest tile, no margin or spacing.
    const cell = collection ? collectionCellSize(source) : { width: source.tileWidth, height: source.tileHeight };
    const tileset = tilemap.addTilesetImage(
      source.name,
      textureKey,
      cell.width,
      cell.height,
      collection ? 0 : source.margin,
      collection ? 0 : source.spacing,
      source.firstGid,
      phaserTileOffset(source, { cellHeight: cell.height, mapTileHeight: map.tileHeight }),
    );
    if (tileset) {
      addTileAnimations(tileset, source);
      tilesets.push(tileset);
    }
  }

  const below: Phaser.Tilemaps.TilemapLayer[] = [];
  const above: Phaser.Tilemaps.TilemapLayer[] = [];
  // Index i of the world's layers is drawn by built[i] (null where Phaser refused the layer).
  const built = tiles.layers.map((layer, index) => {
    const drawnLayer = map.layers.find((candidate) => candidate.kind === 'tile' && candidate.name === layer.name);
    const opacity = drawnLayer?.kind === 'tile' ? drawnLayer.opacity : 1;
    const drawn = buildLayer(tilemap, tilesets, { layer, index, width: tiles.width, height: tiles.height, opacity });
    if (drawn) (layer.above ? above : below).push(drawn);
    return drawn;
  });
  const redrawCells = (current: WorldTiles, cells: readonly TileCell[]): void => {
    current.layers.forEach((layer, index) => {
      const drawn = built[index];
      if (!drawn) return;
      for (const cell of cells) putCell(tilemap, drawn, { gids: layer.gids, width: current.width, cell });
    });
  };
  return { tilemap, below, above, redrawCells };
}

function buildLayer(
  tilemap: Phaser.Tilemaps.Tilemap,
  tilesets: Phaser.Tilemaps.Tileset[],
  source: { readonly layer: WorldTileLayer; readonly index: number; readonly width: number; readonly height: number; readonly opacity: number },
): Phaser.Tilemaps.TilemapLayer | null {
  const { layer, width, height } = source;
  // Not createBlankLayer: it makes one Phaser Tile per cell, empty or not (16 layers of 1024x1024 took
  // the tab to 3 GB). Phaser's grid takes null for an empty cell: a Tile exists only where one is drawn.
  const layerData = new Phaser.Tilemaps.LayerData({
    // The index keeps names unique: Phaser refuses a duplicate name, and Tiled allows them.
    name: `${source.index}:${layer.name}`,
    tileWidth: tilemap.tileWidth,
    tileHeight: tilemap.tileHeight,
    width,
    height,
  });
  for (let row = 0; row < height; row += 1) layerData.data.push(new Array<Phaser.Tilemaps.Tile>(width).fill(null as unknown as Phaser.Tilemaps.Tile));
  tilemap.layers.push(layerData);
  const built = tilemap.createLayer(tilemap.layers.length - 1, tilesets, 0, 0) as Phaser.Tilemaps.TilemapLayer | null;
  if (!built) return null;
  built.setAlpha(source.opacity);
  for (let row = 0; row < height; row += 1) {
    for (let column = 0; column < width; column += 1) {
      if ((layer.gids[row * width + column] ?? 0) !== 0) putCell(tilemap, built, { gids: layer.gids, width, cell: { x: column, y: row } });
    }
  }
  return built;
}

/** Puts one cell of a layer as the gids say: the tile with its flips, or nothing. */
function putCell(
  tilemap: Phaser.Tilemaps.Tilemap,
  built: Phaser.Tilemaps.TilemapLayer,
  { gids, width, cell }: { readonly gids: Uint32Array; readonly width: number; readonly cell: TileCell },
): void {
  const orientation = tileOrientation(gids[cell.y * width + cell.x] ?? 0);
  // A gid no added tileset covers (a tileset shrunk or removed, or its image missing) is only a
  // warning for the level builder, but Phaser's putTileAt throws on it: such a cell stays empty.
  if (orientation.gid === 0 || !isDrawable(tilemap, orientation.gid)) {
    // Back to null, not to a Tile of index -1: an emptied cell holds no object either.
    built.removeTileAt(cell.x, cell.y, true, false);
    return;
  }
  const tile = built.putTileAt(orientation.gid, cell.x, cell.y, false);
  tile.flipX = orientation.flipX;
  tile.rotation = orientation.rotation;
}

/**
 * Phaser draws a tile from its cell's top-left corner and subtracts its tileset's offset; Tiled anchors
 * a tile at its cell's bottom-left corner (a 16x32 tree grows upward) and adds the Drawing Offset.
 */
export function phaserTileOffset(
  tileset: TiledTileset,
  { cellHeight, mapTileHeight }: { readonly cellHeight: number; readonly mapTileHeight: number },
): { readonly x: number; readonly y: number } {
  return { x: -tileset.tileOffset.x, y: cellHeight - mapTileHeight - tileset.tileOffset.y };
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
