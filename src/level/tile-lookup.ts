// Tile properties by gid, across a map's tilesets.
import { tilePlace } from '../tiled/places.ts';
import { describeJson, type ProblemList } from '../tiled/problem-list.ts';
import type { TiledMap, TiledTile } from '../tiled/tiled-map.ts';

export interface FoundTile {
  readonly tile: TiledTile | undefined;
  readonly tilesetName: string;
  /** The tileset's tile size, which its tiles' collision shapes are drawn in. */
  readonly tileWidth: number;
  readonly tileHeight: number;
}

/** Finds tiles by gid, remembering answers: a layer repeats the same few gids thousands of times. */
export class TileLookup {
  readonly #cache = new Map<number, FoundTile | undefined>();
  readonly #reportedFlags = new Set<string>();

  readonly #map: TiledMap;

  constructor(map: TiledMap) {
    this.#map = map;
  }

  find(gid: number): FoundTile | undefined {
    if (!this.#cache.has(gid)) this.#cache.set(gid, this.#search(gid));
    return this.#cache.get(gid);
  }

  /** A boolean tile property, or undefined when absent (with a warning once when it is not a boolean). */
  flag(found: FoundTile | undefined, name: string, problems: ProblemList): boolean | undefined {
    const value = found?.tile?.properties[name];
    if (value === undefined || typeof value === 'boolean') return value;
    const key = `${found?.tilesetName ?? ''}/${found?.tile?.id ?? 0}/${name}`;
    if (!this.#reportedFlags.has(key)) {
      this.#reportedFlags.add(key);
      problems.warning(
        tilePlace(found?.tile?.id ?? 0, found?.tilesetName ?? ''),
        `property "${name}" should be a bool but is ${describeJson(value)}; it is ignored`,
        `In Tiled, remove "${name}" from the tile and add it again with type bool.`,
      );
    }
    return undefined;
  }

  #search(gid: number): FoundTile | undefined {
    for (let index = this.#map.tilesets.length - 1; index >= 0; index--) {
      const tileset = this.#map.tilesets[index]!;
      if (tileset.firstGid > gid) continue;
      const localId = gid - tileset.firstGid;
      if (tileset.tileCount > 0 && localId >= tileset.tileCount) return undefined;
      return { tile: tileset.tiles.get(localId), tilesetName: tileset.name, tileWidth: tileset.tileWidth, tileHeight: tileset.tileHeight };
    }
    return undefined;
  }
}
