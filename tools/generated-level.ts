// Seeded generated maps for stress scenarios and benchmarks: random walls, a solid border, a sealed
// pocket (so unreachable targets always exist) and Enforcers on routes in the largest open region.
import { DEFAULT_MARBLES, DEFAULT_RADIO_RANGE_TILES } from '../src/level/entity-schema.ts';
import { NO_STORY, type EnforcerDefinition, type LevelDefinition, type Point } from '../src/level/level-definition.ts';
import { createNavigationFromGrid, type Navigation, type TilePoint } from '../src/sim/navigation.ts';
import { nextRandomFromState, seedRandomState } from '../src/sim/random.ts';
import type { TiledMap } from '../src/tiled/tiled-map.ts';

const GENERATED_TILE_SIZE = 16;

/** A deterministic integer source: bound => 0..bound-1 (the sim's mulberry32, held locally). */
export function generator(seed: number): (bound: number) => number {
  let state = seedRandomState(seed);
  return (bound) => {
    const next = nextRandomFromState(state);
    state = next.state;
    return Math.floor((next.value * bound) / 0x100000000);
  };
}

export function generateGrid(size: number, wallShare: number, seed: number): Uint8Array {
  const random = generator(seed);
  const grid = new Uint8Array(size * size);
  for (let index = 0; index < grid.length; index += 1) grid[index] = random(1000) < wallShare * 1000 ? 1 : 0;
  for (let i = 0; i < size; i += 1) {
    grid[i] = 1;
    grid[(size - 1) * size + i] = 1;
    grid[i * size] = 1;
    grid[i * size + size - 1] = 1;
  }
  const middle = Math.floor(size / 2);
  for (let y = middle - 2; y <= middle + 2; y += 1) {
    for (let x = middle - 2; x <= middle + 2; x += 1) {
      const ring = Math.abs(x - middle) === 2 || Math.abs(y - middle) === 2;
      grid[y * size + x] = ring ? 1 : 0;
    }
  }
  return grid;
}

export function largestComponent(navigation: Navigation): number {
  const sizes = new Array<number>(navigation.componentCount).fill(0);
  for (const label of navigation.component) if (label >= 0) sizes[label] = (sizes[label] ?? 0) + 1;
  return sizes.indexOf(Math.max(...sizes));
}

export function tilesWhere(navigation: Navigation, keep: (label: number) => boolean): TilePoint[] {
  const tiles: TilePoint[] = [];
  navigation.component.forEach((label, index) => {
    if (label >= 0 && keep(label)) tiles.push({ x: index % navigation.width, y: Math.floor(index / navigation.width) });
  });
  return tiles;
}

/** A size x size map with about 25% walls and `enforcerCount` Enforcers on loop and ping-pong routes. */
export function stressLevel(options: { readonly size: number; readonly enforcerCount: number; readonly seed: number }): LevelDefinition {
  const { size, enforcerCount, seed } = options;
  const tileSize = GENERATED_TILE_SIZE;
  const solid = generateGrid(size, 0.25, seed);
  const navigation = createNavigationFromGrid(solid, size, size);
  const main = largestComponent(navigation);
  const open = tilesWhere(navigation, (label) => label === main);
  const random = generator(seed * 31 + 7);
  const centre = (tile: TilePoint): Point => ({ x: tile.x * tileSize + tileSize / 2, y: tile.y * tileSize + tileSize / 2 });
  const enforcers: EnforcerDefinition[] = [];
  for (let id = 1; id <= enforcerCount; id += 1) {
    // Waypoints within a dozen tiles of each other, so routes mix straight walks with A* detours.
    const first = open[random(open.length)]!;
    const near = open.filter((tile) => Math.abs(tile.x - first.x) < 12 && Math.abs(tile.y - first.y) < 12);
    const route = [centre(first)];
    for (let index = 0; index < 3; index += 1) route.push(centre(near[random(near.length)]!));
    enforcers.push({
      id,
      name: `Stress ${id}`,
      hunterClass: 'Enforcer',
      start: route[0]!,
      route,
      routeMode: id % 2 === 0 ? 'loop' : 'ping-pong',
      speed: 60,
      sightRange: 96,
      sightAngle: 80,
      facing: 0,
      waitTicks: 30,
      look: 'enforcer',
    });
  }
  return levelFromGrid(solid, { width: size, height: size, tileSize, spawn: centre(open[random(open.length)]!), enforcers });
}

/** The Tiled map behind a level drawn without Tiled: no layers, no tilesets, only its size. */
export function emptyTiledMap(width: number, height: number, tileSize: number): TiledMap {
  return {
    orientation: 'orthogonal',
    width,
    height,
    tileWidth: tileSize,
    tileHeight: tileSize,
    infinite: false,
    layers: [],
    tilesets: [],
    properties: {},
  };
}

/** A level from a prepared walkability grid (benchmarks and property tests). */
export function levelFromGrid(
  solid: Uint8Array,
  options: { readonly width: number; readonly height: number; readonly tileSize?: number; readonly spawn: Point; readonly enforcers?: readonly EnforcerDefinition[] },
): LevelDefinition {
  const tileSize = options.tileSize ?? GENERATED_TILE_SIZE;
  return {
    ...NO_STORY,
    name: 'generated',
    exitName: 'exit',
    width: options.width,
    height: options.height,
    tileSize,
    solid,
    opaque: solid,
    // One walls layer with tile 1 wherever the grid is solid: the world derives the same grid from it.
    tileLayers: [{ name: 'walls', above: false, blocksByDefault: true, gids: Uint32Array.from(solid) }],
    tileBehaviours: new Map(),
    spawn: options.spawn,
    exit: { x: -1000 * tileSize, y: -1000 * tileSize, width: tileSize, height: tileSize },
    enforcers: options.enforcers ?? [],
    lights: [],
    doors: [],
    children: [],
    dreamCircles: [],
    hidingSpots: [],
    checkpoints: [],
    radioRangeTiles: DEFAULT_RADIO_RANGE_TILES,
    marbles: DEFAULT_MARBLES,
    dream: null,
    map: emptyTiledMap(options.width, options.height, tileSize),
  };
}
