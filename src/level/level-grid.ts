// The level's walkability and sight grids from the map's tile layers, and where a pixel lies on them.
import { cellPlace, layerPlace } from '../tiled/places.ts';
import { GROUPED_PLACES, type ProblemList } from '../tiled/problem-list.ts';
import { GID_MASK, type TiledMap, type TiledTileLayer } from '../tiled/tiled-map.ts';
import { WALLS_LAYER, isAboveLayer, isDreamLayer, isNearMiss, isRevealLayer, isWallsLayer } from './layer-roles.ts';
import type { LevelTileLayer, Rect } from './level-definition.ts';
import { shapesBlock } from './collision-shapes.ts';
import { TileLookup, type FoundTile } from './tile-lookup.ts';
import { tileBlocks, type TileBehaviour, type TileBehaviours } from './tile-rules.ts';

export interface Grid {
  readonly width: number;
  readonly height: number;
  readonly tileSize: number;
  readonly solid: Uint8Array;
  readonly opaque: Uint8Array;
  /** The layers drawn and owned by the world, and what their tiles do (tile-rules.ts). */
  readonly layers: readonly LevelTileLayer[];
  readonly behaviours: TileBehaviours;
  /** Gids the grid already looked up that say nothing the rules read (their problems already reported). */
  readonly plainGids: ReadonlySet<number>;
  /** Where in `layers` the first dream layer stood in the map (the dream's drawn layer goes there); -1 for none. */
  readonly dreamLayerAt: number;
}

export interface TilePlace {
  readonly column: number;
  readonly row: number;
  readonly inside: boolean;
  readonly solid: boolean;
}

/** What the lookups below need of a grid: a dream phase's solid cells serve as well as the level's. */
export type GridShape = Pick<Grid, 'width' | 'height' | 'tileSize' | 'solid'>;

/** Where a pixel lies: outside the map, or in a tile that is or is not solid. */
export function tileAt(grid: GridShape, x: number, y: number): TilePlace {
  return tileOf(grid, Math.floor(x / grid.tileSize), Math.floor(y / grid.tileSize));
}

function tileOf(grid: GridShape, column: number, row: number): TilePlace {
  const inside = column >= 0 && row >= 0 && column < grid.width && row < grid.height;
  return { column, row, inside, solid: inside && grid.solid[row * grid.width + column] === 1 };
}

/**
 * The tiles a rectangle of pixels touches, row by row. Off the map only the ring of tiles just outside
 * is listed (marked so): enough to say "off the map" without walking a huge rectangle tile by tile. The
 * last pixel inside is taken, so a rectangle ending exactly on a tile edge does not reach into the next.
 */
export function tilesUnder(grid: GridShape, area: Rect): TilePlace[] {
  const first = tileAt(grid, area.x, area.y);
  const last = tileAt(grid, area.x + area.width - 1e-6, area.y + area.height - 1e-6);
  const tiles: TilePlace[] = [];
  for (let row = Math.max(-1, first.row); row <= Math.min(grid.height, last.row); row++) {
    for (let column = Math.max(-1, first.column); column <= Math.min(grid.width, last.column); column++) tiles.push(tileOf(grid, column, row));
  }
  return tiles;
}

export function buildGrid(map: TiledMap, problems: ProblemList): Grid {
  const cells = map.width * map.height;
  const solid = new Uint8Array(cells);
  const opaque = new Uint8Array(cells);
  const tiles = new TileLookup(map);
  const layers: LevelTileLayer[] = [];
  const behaviours = new Map<number, TileBehaviour>();
  /** Gids whose tiles set none of the properties the rules read. */
  const plainGids = new Set<number>();
  const tileLayers = map.layers.filter((layer): layer is TiledTileLayer => layer.kind === 'tile');
  reportMissingWalls(tileLayers, problems);
  let dreamLayerAt = -1;
  for (const layer of tileLayers) {
    // The dream's layers are read by read-dream.ts: they change the world only while a dream spreads.
    if (isDreamLayer(layer.name)) {
      if (dreamLayerAt === -1) dreamLayerAt = layers.length;
      continue;
    }
    // A reveal's layers are read by read-story.ts: the story puts their tiles down during play.
    if (isRevealLayer(layer.name)) continue;
    if (layer.width !== map.width || layer.height !== map.height) {
      problems.error(layerPlace(layer.name), `the layer is ${layer.width}x${layer.height} but the map is ${map.width}x${map.height}`, 'Resize the map in Tiled so every layer matches.');
      continue;
    }
    if (!layer.visible) {
      // The game draws what Tiled shows: a hidden layer that still blocked would be an invisible wall.
      if (layer.gids.some((gid) => gid !== 0)) {
        problems.warning(
          layerPlace(layer.name),
          'the layer is hidden in Tiled, so the game neither draws it nor lets its tiles block',
          'Click the eye next to the layer in Tiled\'s Layers panel to show it, or delete the layer if it is a leftover.',
        );
      }
      continue;
    }
    const isWalls = isWallsLayer(layer.name);
    layers.push({ name: layer.name, above: isAboveLayer(layer.name), blocksByDefault: isWalls, gids: layer.gids });
    const strays = { count: 0, firstIndices: [] as number[], firstGid: 0 };
    // A layer repeats a few gids thousands of times, often side by side: the last cell's answer is kept.
    let lastGid = -1;
    let known = false;
    let blocks = false;
    let hidesSight = false;
    for (let index = 0; index < cells; index++) {
      const gid = layer.gids[index]! & GID_MASK;
      if (gid === 0) continue;
      if (gid !== lastGid) {
        lastGid = gid;
        const tile = tiles.find(gid);
        known = tile !== undefined;
        // Each gid's behaviour is worked out once.
        let behaviour = behaviours.get(gid);
        if (behaviour === undefined && !plainGids.has(gid)) {
          behaviour = tileBehaviour(tiles, tile, problems);
          if (behaviour === undefined) plainGids.add(gid);
          else behaviours.set(gid, behaviour);
        }
        blocks = tileBlocks(isWalls, behaviour?.collides);
        hidesSight = tileBlocks(isWalls, behaviour?.opaque);
      }
      if (!known) {
        if (strays.count === 0) strays.firstGid = gid;
        if (strays.firstIndices.length < GROUPED_PLACES) strays.firstIndices.push(index);
        strays.count += 1;
      }
      if (blocks) solid[index] = 1;
      if (hidesSight) opaque[index] = 1;
    }
    if (strays.count > 0) reportStrayTiles(map, { layerName: layer.name, ...strays }, problems);
  }
  return { width: map.width, height: map.height, tileSize: map.tileWidth, solid, opaque, layers, behaviours, plainGids, dreamLayerAt };
}

/** The properties of a tile the rules read, or undefined when it sets none of them. */
export function tileBehaviour(tiles: TileLookup, tile: FoundTile | undefined, problems: ProblemList): TileBehaviour | undefined {
  const behaviour: { -readonly [Key in keyof TileBehaviour]: TileBehaviour[Key] } = {};
  // A `collides` property wins; without one, shapes from Tiled's collision editor decide (collision-shapes.ts).
  const collides = tiles.flag(tile, 'collides', problems) ?? shapesBlock(tile?.tile, { width: tile?.tileWidth ?? 1, height: tile?.tileHeight ?? 1 });
  const opaque = tiles.flag(tile, 'opaque', problems);
  const hide = tiles.flag(tile, 'hide', problems);
  const lit = tiles.flag(tile, 'lit', problems);
  const enforcerBlocks = tiles.flag(tile, 'enforcerBlocks', problems);
  if (collides !== undefined) behaviour.collides = collides;
  if (opaque !== undefined) behaviour.opaque = opaque;
  if (hide !== undefined) behaviour.hide = hide;
  if (lit !== undefined) behaviour.lit = lit;
  if (enforcerBlocks !== undefined) behaviour.enforcerBlocks = enforcerBlocks;
  const cost = tile?.tile?.properties.cost;
  const noise = tile?.tile?.properties.noise;
  if (typeof cost === 'number') behaviour.cost = cost;
  if (typeof noise === 'number') behaviour.noise = noise;
  return Object.keys(behaviour).length === 0 ? undefined : behaviour;
}

function reportMissingWalls(tileLayers: readonly TiledTileLayer[], problems: ProblemList): void {
  if (tileLayers.some((layer) => isWallsLayer(layer.name))) return;
  const nearMiss = tileLayers.find((layer) => isNearMiss(layer.name, WALLS_LAYER));
  problems.warning(
    'map',
    `there is no tile layer named "${WALLS_LAYER}": nothing blocks movement or sight except tiles marked collides`,
    nearMiss === undefined
      ? `Add a tile layer named "${WALLS_LAYER}" and paint the walls on it.`
      : `Did you mean ${layerPlace(nearMiss.name)}? Rename it to "${WALLS_LAYER}": layer names must match exactly, in case and spaces.`,
  );
}

/** One problem a layer, not one a cell: a removed tileset leaves thousands of such cells. */
function reportStrayTiles(
  map: TiledMap,
  strays: { readonly layerName: string; readonly count: number; readonly firstIndices: readonly number[]; readonly firstGid: number },
  problems: ProblemList,
): void {
  const places = strays.firstIndices.map((index) => cellPlace(strays.layerName, index % map.width, Math.floor(index / map.width)));
  const others = strays.count === 1 ? '' : ` (and ${strays.count - 1} more cell(s) of this layer)`;
  const grouped = strays.count === 1 ? {} : { count: strays.count, places };
  if (map.tilesets.length === 0) {
    problems.addGrouped({
      severity: 'error',
      place: places[0]!,
      message: `the map has tiles${others} but no tilesets, so nothing can be drawn`,
      hint: 'The tilesets were removed from the file: add them again in Tiled (Map > Add External Tileset) or restore the file.',
      ...grouped,
    });
    return;
  }
  problems.addGrouped({
    severity: 'warning',
    place: places[0]!,
    message: `tile id ${strays.firstGid} belongs to no tileset${others}; such tiles are not drawn and have no properties`,
    hint: 'A tileset was removed or shrunk: erase these tiles or restore the tileset in Tiled.',
    ...grouped,
  });
}
