// The normalized form of anything Tiled writes. It knows nothing of this game: `level/` gives it meaning.

export type TiledPropertyValue = string | number | boolean;
/** Custom properties by name. `class`-typed properties are flattened as `member.sub`. */
export type TiledProperties = Readonly<Record<string, TiledPropertyValue>>;

export interface TiledTile {
  /** Local id inside its tileset. */
  readonly id: number;
  readonly className: string;
  readonly properties: TiledProperties;
  /** Frame list of an animated tile: local tile ids and durations in milliseconds. */
  readonly animation: readonly { readonly tileId: number; readonly durationMs: number }[];
  /**
   * Shapes drawn on the tile in Tiled's collision editor, in pixels from the tile's top-left corner
   * (empty when none): what of the tile blocks, not the whole tile.
   */
  readonly collision: readonly TiledObject[];
  /** Image-collection tilesets only: this tile's own image. */
  readonly image?: TiledImage;
}

/** An image a tileset names: its path as the map sees it, the path to read it by, and its size. */
export interface TiledImage {
  /** Relative to the map file's folder (an external tileset's own relative path is rebased onto the map). */
  readonly path: string;
  /** The same path as the file reader understands it (the map's path's folder joined on): what to load. */
  readonly readPath: string;
  readonly width: number;
  readonly height: number;
}

export interface TiledTileset {
  readonly name: string;
  readonly firstGid: number;
  readonly tileCount: number;
  readonly columns: number;
  readonly tileWidth: number;
  readonly tileHeight: number;
  readonly margin: number;
  readonly spacing: number;
  /**
   * The image path relative to the map file ('' for an image-collection tileset, whose tiles each have
   * their own `image`). An external tileset's image, written relative to the tileset, is rebased here.
   */
  readonly image: string;
  /** `image` as the file reader understands it (joined onto the map path's folder): what to load. */
  readonly imagePath: string;
  readonly imageWidth: number;
  readonly imageHeight: number;
  /** Only tiles that have properties, a class, an animation, collision shapes or their own image are listed. */
  readonly tiles: ReadonlyMap<number, TiledTile>;
  readonly properties: TiledProperties;
  /** Pixels every tile of this tileset is drawn shifted by (Tiled's Drawing Offset). */
  readonly tileOffset: { readonly x: number; readonly y: number };
  /** An external tileset's file as the reader was given it; undefined for an embedded tileset. */
  readonly source?: string;
}

/** A gid with the flip flags split off. gid 0 is an empty cell. */
export const FLIPPED_HORIZONTALLY = 0x80000000;
export const FLIPPED_VERTICALLY = 0x40000000;
export const FLIPPED_DIAGONALLY = 0x20000000;
export const ROTATED_HEXAGONAL_120 = 0x10000000;
export const GID_MASK = 0x0fffffff;

export interface TiledTileLayer {
  readonly kind: 'tile';
  readonly id: number;
  /** Group layers are flattened; a child's name is `group/child`. */
  readonly name: string;
  readonly className: string;
  readonly width: number;
  readonly height: number;
  readonly visible: boolean;
  /** Locked in Tiled (or inside a locked group): automapping writes it only with IgnoreLock (Tiled 1.10+). */
  readonly locked: boolean;
  readonly opacity: number;
  /** Raw gids, row-major, flip flags included (use GID_MASK before looking a tile up). */
  readonly gids: Uint32Array;
  readonly properties: TiledProperties;
}

export type TiledShape =
  | { readonly kind: 'rectangle' }
  | { readonly kind: 'ellipse' }
  | { readonly kind: 'point' }
  | { readonly kind: 'polyline'; readonly points: readonly { x: number; y: number }[] }
  | { readonly kind: 'polygon'; readonly points: readonly { x: number; y: number }[] }
  | { readonly kind: 'tile'; readonly gid: number }
  | { readonly kind: 'text'; readonly text: string };

export interface TiledObject {
  readonly id: number;
  readonly name: string;
  /** Tiled's `class` (1.9) or `type` (up to 1.8, and again from 1.10). */
  readonly className: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rotation: number;
  readonly visible: boolean;
  readonly shape: TiledShape;
  readonly properties: TiledProperties;
}

export interface TiledObjectLayer {
  readonly kind: 'object';
  readonly id: number;
  readonly name: string;
  readonly className: string;
  readonly visible: boolean;
  readonly objects: readonly TiledObject[];
  readonly properties: TiledProperties;
}

export type TiledLayer = TiledTileLayer | TiledObjectLayer;

export const TILED_ORIENTATIONS = ['orthogonal', 'isometric', 'staggered', 'hexagonal'] as const;
export type TiledOrientation = (typeof TILED_ORIENTATIONS)[number];

export interface TiledMap {
  /**
   * Only rule maps may be other than orthogonal (the reader refuses such a map otherwise): automapping
   * works on cells, whatever shape Tiled draws them in.
   */
  readonly orientation: TiledOrientation;
  readonly width: number;
  readonly height: number;
  readonly tileWidth: number;
  readonly tileHeight: number;
  readonly infinite: boolean;
  readonly layers: readonly TiledLayer[];
  readonly tilesets: readonly TiledTileset[];
  readonly properties: TiledProperties;
  /**
   * Infinite maps only: the Tiled tile coordinates of cell (0, 0). Their chunks are assembled into one grid
   * covering every chunk, and objects are shifted by the same amount, so everything here starts at 0, 0.
   */
  readonly tileOrigin?: { readonly x: number; readonly y: number };
}

/** A problem a user can cause, with where it is and what to do about it. */
export interface MapProblem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** e.g. `layer "walls"`, `object 12 "Enforcer A" in layer "entities"`, `tile 4 of tileset "district"`. */
  readonly place: string;
  readonly hint: string;
  /**
   * The same problem (severity, message and hint) met in more places is told once: how many times in all
   * (at least 2), and the first places, `place` first. Absent when it was met once.
   */
  readonly count?: number;
  readonly places?: readonly string[];
}

export type Loaded<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly MapProblem[] }
  | { readonly ok: false; readonly problems: readonly MapProblem[] };
