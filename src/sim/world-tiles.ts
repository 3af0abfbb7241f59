// The world's own tiles: what each drawn layer shows and what each cell does, copied from the level at
// tick 0 and changed only inside `step`, through one list of changes applied at one point of the tick.
// Movement, sight, navigation, the hash and the view all read these, never the level's starting grids.
import type { LevelDefinition } from '../level/level-definition.ts';
import { cellRules, type TileBehaviours } from '../level/tile-rules.ts';
import { floorDivide } from './fixed-point.ts';
import { SUBPIXELS_PER_PIXEL } from './types.ts';
import type { TileCell, TileChange, World, WorldTiles } from './types.ts';


export function createWorldTiles(level: LevelDefinition): WorldTiles {
  const cells = level.width * level.height;
  const tiles: WorldTiles = {
    width: level.width,
    height: level.height,
    span: level.tileSize * SUBPIXELS_PER_PIXEL,
    layers: level.tileLayers.map((layer) => ({
      name: layer.name,
      above: layer.above,
      blocksByDefault: layer.blocksByDefault,
      gids: Uint32Array.from(layer.gids),
    })),
    solid: new Uint8Array(cells),
    opaque: new Uint8Array(cells),
    hiding: new Uint8Array(cells),
    cost: new Uint8Array(cells),
    noise: new Uint8Array(cells),
    lit: new Uint8Array(cells),
    blocksPaths: new Uint8Array(cells),
    enforcerSolid: new Uint8Array(cells),
    doorAt: new Int32Array(cells),
    changeCount: 0,
    pendingChanges: [],
  };
  level.doors.forEach((door, doorIndex) => {
    for (const cell of door.cells) tiles.doorAt[cell.y * tiles.width + cell.x] = doorIndex + 1;
  });
  for (let index = 0; index < cells; index += 1) deriveCell(tiles, level.tileBehaviours, index);
  return tiles;
}

/** Recomputes what a cell does from the tiles on it (tile-rules.ts, the level builder's own rule). */
export function deriveCell(tiles: WorldTiles, behaviours: TileBehaviours, index: number): void {
  const rules = cellRules(tiles.layers, behaviours, index);
  tiles.solid[index] = rules.solid ? 1 : 0;
  tiles.opaque[index] = rules.opaque ? 1 : 0;
  tiles.hiding[index] = rules.hide ? 1 : 0;
  tiles.cost[index] = rules.cost;
  tiles.noise[index] = rules.noise;
  tiles.lit[index] = rules.lit ? 1 : 0;
  // An Enforcer plans through a door whatever it shows: it opens a closed one when it gets there.
  tiles.enforcerSolid[index] = rules.solid || rules.enforcerBlocks ? 1 : 0;
  tiles.blocksPaths[index] = (rules.solid && tiles.doorAt[index] === 0) || rules.enforcerBlocks ? 1 : 0;
}

/** The index of the layer with this name, or -1. */
export function layerIndex(tiles: WorldTiles, name: string): number {
  return tiles.layers.findIndex((layer) => layer.name === name);
}

/**
 * Asks for tiles to change; they change at the tile point of the next tick (see step.ts), all at once.
 * Rules call this from inside a tick; scenario tests and scripted events call it between ticks.
 */
export function requestTileChanges(world: World, changes: readonly TileChange[]): void {
  // A loop, not push(...changes): a dream changes as many cells as a map has, past what spread arguments
  // can hold on the stack.
  const pending = world.tiles.pendingChanges;
  for (const change of changes) pending.push({ ...change });
}

/**
 * Applies every pending change and returns the cells whose tiles or rules differ afterwards, each once,
 * in row-major order. Changes are applied in the order asked; a later one to the same layer and cell wins.
 * A change that names a layer or cell that does not exist is dropped.
 */
export function applyPendingTileChanges(world: World): TileCell[] {
  const { tiles, level } = world;
  const pending = tiles.pendingChanges;
  if (pending.length === 0) return [];
  tiles.pendingChanges = [];
  const touched = new Set<number>();
  for (const change of pending) {
    const layer = tiles.layers[change.layer];
    if (!layer || change.x < 0 || change.y < 0 || change.x >= tiles.width || change.y >= tiles.height) continue;
    const index = change.y * tiles.width + change.x;
    if (layer.gids[index] === change.gid >>> 0) continue;
    layer.gids[index] = change.gid >>> 0;
    touched.add(index);
  }
  if (touched.size === 0) return [];
  tiles.changeCount += 1;
  const changed: TileCell[] = [];
  for (const index of [...touched].sort((a, b) => a - b)) {
    deriveCell(tiles, level.tileBehaviours, index);
    changed.push({ x: index % tiles.width, y: Math.floor(index / tiles.width) });
  }
  return changed;
}

/** Whether a tile blocks walking; off the map counts as solid. */
export function isSolidTile(tiles: WorldTiles, column: number, row: number): boolean {
  if (column < 0 || row < 0 || column >= tiles.width || row >= tiles.height) return true;
  return tiles.solid[row * tiles.width + column] !== 0;
}

/** The tile under a point given in sub-pixels (off the map too). */
export function tileAtSubpixels(tiles: WorldTiles, x: number, y: number): TileCell {
  return { x: floorDivide(x, tiles.span), y: floorDivide(y, tiles.span) };
}

/** The row-major index of the cell under a point given in sub-pixels, or -1 off the map. */
export function cellIndexAt(tiles: WorldTiles, x: number, y: number): number {
  const column = floorDivide(x, tiles.span);
  const row = floorDivide(y, tiles.span);
  return column < 0 || row < 0 || column >= tiles.width || row >= tiles.height ? -1 : row * tiles.width + column;
}

/** A tile's centre, sub-pixels. */
export function tileCentre(tiles: WorldTiles, tile: TileCell): { x: number; y: number } {
  const half = floorDivide(tiles.span, 2);
  return { x: tile.x * tiles.span + half, y: tile.y * tiles.span + half };
}
