// What the renderer may be handed: the level builder only warns about a tile that belongs to no tileset
// (a tileset was shrunk or removed), but Phaser's putTileAt throws on one, so such cells are emptied.
import { GID_MASK, type TiledMap, type TiledTileset } from '../tiled/tiled-map.ts';

/** How many tiles a tileset really has: its declared count, never more than its image holds. */
function drawableTileCount(tileset: TiledTileset): number {
  const across = Math.floor((tileset.imageWidth - 2 * tileset.margin + tileset.spacing) / (tileset.tileWidth + tileset.spacing));
  const down = Math.floor((tileset.imageHeight - 2 * tileset.margin + tileset.spacing) / (tileset.tileHeight + tileset.spacing));
  const inImage = tileset.imageWidth > 0 && tileset.imageHeight > 0 ? Math.max(0, across) * Math.max(0, down) : 0;
  if (tileset.tileCount > 0 && inImage > 0) return Math.min(tileset.tileCount, inImage);
  return tileset.tileCount > 0 ? tileset.tileCount : inImage;
}

/** Whether some tileset holds this gid (flip flags already cleared): the last one starting at or below it. */
function hasTileset(tilesets: readonly TiledTileset[], gid: number): boolean {
  let owner: TiledTileset | undefined;
  for (const tileset of tilesets) if (tileset.firstGid <= gid && (owner === undefined || tileset.firstGid > owner.firstGid)) owner = tileset;
  return owner !== undefined && gid - owner.firstGid < drawableTileCount(owner);
}

/** The map with every cell whose tile belongs to no tileset made empty; the same object when there is none. */
export function withoutUndrawableTiles(map: TiledMap): TiledMap {
  const known = new Map<number, boolean>();
  const drawable = (gid: number): boolean => {
    let answer = known.get(gid);
    if (answer === undefined) {
      answer = hasTileset(map.tilesets, gid);
      known.set(gid, answer);
    }
    return answer;
  };
  const layers = map.layers.map((layer) => {
    if (layer.kind !== 'tile') return layer;
    const isEmptied = (raw: number): boolean => (raw & GID_MASK) !== 0 && !drawable(raw & GID_MASK);
    if (!layer.gids.some(isEmptied)) return layer;
    return { ...layer, gids: layer.gids.map((raw) => (isEmptied(raw) ? 0 : raw)) };
  });
  return layers.some((layer, index) => layer !== map.layers[index]) ? { ...map, layers } : map;
}
