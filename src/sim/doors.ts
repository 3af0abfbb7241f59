// Doors: a Door object's cells open and close together, always through requestTileChanges, so movement,
// sight, navigation, the hash and the view follow the tiles by themselves. Mira toggles the door in front
// of her with Interact; an Enforcer opens one on its path (walking.ts). A door never closes on anyone
// standing in it: the close waits until the doorway is free.
import type { LevelDefinition } from '../level/level-definition.ts';
import { tileBlocks, type TileBehaviours } from '../level/tile-rules.ts';
import { GID_MASK } from '../tiled/tiled-map.ts';
import { floorDivide } from './fixed-point.ts';
import { boxOverlapsCell, type BodyBox } from './movement.ts';
import type { DoorState, SimEvent, TileCell, World, WorldTiles } from './types.ts';
import { deriveCell, requestTileChanges, tileCentre } from './world-tiles.ts';

/** Tiles of path a door's opening carries: a click and a creak, heard only close by. */
export const DOOR_NOISE_TILES = 3;
/** Ticks an Enforcer stops before a closed door on its path before it opens it (a third of a second). */
export const DOOR_PAUSE_TICKS = 20;

/**
 * The layer a door's tiles are on: the topmost layer whose tile blocks a door cell (the closed door a
 * builder paints on the walls), else the topmost layer with a tile in its first cell, else 0. Blocking
 * comes first so that a decor or `above` tile on the doorway (a lamp's glow, a lintel) is not taken for
 * the door: opening would swap the glow and leave the wall that blocks.
 */
function doorLayer(tiles: WorldTiles, behaviours: TileBehaviours, cells: readonly TileCell[]): number {
  for (const cell of cells) {
    const index = cell.y * tiles.width + cell.x;
    for (let layer = tiles.layers.length - 1; layer >= 0; layer -= 1) {
      const { gids, blocksByDefault } = tiles.layers[layer]!;
      const gid = gids[index]! & GID_MASK;
      if (gid !== 0 && tileBlocks(blocksByDefault, behaviours.get(gid)?.collides)) return layer;
    }
  }
  const first = cells[0];
  if (first === undefined) return 0;
  const index = first.y * tiles.width + first.x;
  for (let layer = tiles.layers.length - 1; layer >= 0; layer -= 1) if (tiles.layers[layer]!.gids[index] !== 0) return layer;
  return 0;
}

/**
 * Each Door's state at tick 0, remembering the tiles painted under it as its closed look; a door that
 * starts open shows its open tile at once (before the tick-0 navigation is built, so no change event).
 */
export function createDoors(level: LevelDefinition, tiles: WorldTiles): DoorState[] {
  return level.doors.map((door) => {
    const layer = doorLayer(tiles, level.tileBehaviours, door.cells);
    const gids = tiles.layers[layer]?.gids;
    const closedGids = door.cells.map((cell) => gids?.[cell.y * tiles.width + cell.x] ?? 0);
    if (door.open && gids) {
      for (const cell of door.cells) {
        const index = cell.y * tiles.width + cell.x;
        gids[index] = door.openGid >>> 0;
        deriveCell(tiles, level.tileBehaviours, index);
      }
    }
    return { layer, closedGids, open: door.open, closeWaiting: false, sounding: false };
  });
}

/** The index into level.doors of the door covering a cell, or -1. */
export function doorIndexAt(tiles: WorldTiles, cell: TileCell): number {
  if (cell.x < 0 || cell.y < 0 || cell.x >= tiles.width || cell.y >= tiles.height) return -1;
  return tiles.doorAt[cell.y * tiles.width + cell.x]! - 1;
}

/** Asks for a door's tiles to show it open or closed; they land at the next tile point. */
export function setDoor(
  world: World,
  options: { readonly index: number; readonly open: boolean; readonly events: SimEvent[]; readonly byMira: boolean },
): void {
  const { index, open, events } = options;
  const door = world.level.doors[index];
  const state = world.doors[index];
  if (!door || !state || state.open === open) return;
  state.open = open;
  state.closeWaiting = false;
  // Only her doors are noise for the hunters: an Enforcer's own door is no sign of a child.
  state.sounding = open && options.byMira;
  requestTileChanges(
    world,
    door.cells.map((cell, at) => ({ x: cell.x, y: cell.y, layer: state.layer, gid: open ? door.openGid : (state.closedGids[at] ?? 0) })),
  );
  events.push({ type: 'door', doorId: door.id, open });
}

/** Whether Mira's feet, a child's or any Enforcer's body overlaps one of the door's cells. */
function isDoorwayOccupied(world: World, index: number): boolean {
  const door = world.level.doors[index];
  if (!door) return false;
  const { tiles } = world;
  const overlaps = (box: BodyBox): boolean => door.cells.some((cell) => boxOverlapsCell(tiles, box, cell));
  // A child's feet are the same box as hers: a door never shuts on one either.
  if (overlaps(world.mira) || world.children.some(overlaps)) return true;
  // An Enforcer's body is about a third of a tile either side of its centre.
  const half = floorDivide(tiles.span, 3);
  return world.enforcers.some((enforcer) => overlaps({ x: enforcer.x, y: enforcer.y, halfWidth: half, halfHeight: half }));
}

/**
 * The door Mira can reach: the one under the point a little ahead of her feet in the way she faces, or
 * else one she stands in. -1 for none. The view reads it for the prompt.
 */
export function reachableDoor(world: World): number {
  const { mira, tiles } = world;
  const reach = floorDivide(tiles.span * 3, 4);
  const ahead = { x: floorDivide(mira.x + mira.facingX * reach, tiles.span), y: floorDivide(mira.y + mira.facingY * reach, tiles.span) };
  const inFront = doorIndexAt(tiles, ahead);
  if (inFront !== -1) return inFront;
  return doorIndexAt(tiles, { x: floorDivide(mira.x, tiles.span), y: floorDivide(mira.y, tiles.span) });
}

/** Interact: the door within reach opens, or closes (at once if the doorway is free, else once it is). */
export function interactWithDoor(world: World, events: SimEvent[]): void {
  const index = reachableDoor(world);
  const state = world.doors[index];
  if (!state) return;
  if (!state.open) {
    setDoor(world, { index, open: true, events, byMira: true });
    return;
  }
  if (state.closeWaiting) state.closeWaiting = false;
  else if (isDoorwayOccupied(world, index)) state.closeWaiting = true;
  else setDoor(world, { index, open: false, events, byMira: true });
}

/**
 * After the tile point: doors waiting to close close once free, and doors opened last tick sound now,
 * when the doorway lets their noise through to both sides. Returns the noises, each from a door cell.
 */
export function updateDoors(world: World, events: SimEvent[]): { readonly source: TileCell; readonly radius: number }[] {
  const noises: { source: TileCell; radius: number }[] = [];
  world.doors.forEach((state, index) => {
    const cell = world.level.doors[index]?.cells[0];
    if (state.sounding && cell) {
      state.sounding = false;
      noises.push({ source: cell, radius: DOOR_NOISE_TILES });
      events.push({ type: 'noise', ...tileCentre(world.tiles, cell), radius: DOOR_NOISE_TILES });
    }
    if (state.closeWaiting && !isDoorwayOccupied(world, index)) setDoor(world, { index, open: false, events, byMira: true });
  });
  return noises;
}
