// The first map against the art it is drawn with and the rules its Enforcers walk by. This reads the
// raw JSON on purpose, independently of src/tiled and src/level, so a loader bug cannot hide a map bug.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TilesetIndex } from '../../tools/build-assets.ts';

const root = resolve(import.meta.dirname, '../..');

interface RawProperty {
  name: string;
  type: string;
  value: string | number | boolean;
}
interface RawObject {
  id: number;
  name: string;
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  point?: boolean;
  polygon?: { x: number; y: number }[];
  polyline?: { x: number; y: number }[];
  properties?: RawProperty[];
}
interface RawLayer {
  name: string;
  type: string;
  data?: number[];
  objects?: RawObject[];
}
interface RawMap {
  version: string;
  tiledversion: string;
  type: string;
  orientation: string;
  renderorder: string;
  width: number;
  height: number;
  tilewidth: number;
  tileheight: number;
  nextobjectid: number;
  nextlayerid: number;
  layers: RawLayer[];
  tilesets: {
    firstgid: number;
    image: string;
    imagewidth: number;
    imageheight: number;
    columns: number;
    tilecount: number;
    margin: number;
    spacing: number;
    tiles?: { id: number; properties?: RawProperty[] }[];
  }[];
}

const map = JSON.parse(readFileSync(join(root, 'maps/night-escape.tmj'), 'utf8')) as RawMap;
const tilesetIndex = JSON.parse(
  readFileSync(join(root, 'assets/generated/night-district.json'), 'utf8'),
) as TilesetIndex;
const tileset = map.tilesets[0]!;
const tileSize = map.tilewidth;

const layer = (name: string): RawLayer => {
  const found = map.layers.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no layer ${name}`);
  return found;
};
const objects = layer('entities').objects ?? [];
const property = (object: RawObject, name: string): RawProperty | undefined =>
  object.properties?.find((candidate) => candidate.name === name);
const tileProperty = (localId: number, name: string): boolean | undefined => {
  const value = tileset.tiles?.find((tile) => tile.id === localId)?.properties?.find((p) => p.name === name)?.value;
  return typeof value === 'boolean' ? value : undefined;
};

// By the convention in maps/README.md a walls tile blocks movement and sight unless it says otherwise.
const walls = layer('walls').data ?? [];
const solid = walls.map((gid) => gid !== 0 && tileProperty(gid - tileset.firstgid, 'collides') !== false);
const opaque = walls.map((gid) => gid !== 0 && tileProperty(gid - tileset.firstgid, 'opaque') !== false);

interface Cell {
  x: number;
  y: number;
}
const cellOf = (x: number, y: number): Cell => ({ x: Math.floor(x / tileSize), y: Math.floor(y / tileSize) });
const walkable = (cell: Cell, blocked: readonly boolean[] = solid): boolean =>
  cell.x >= 0 && cell.y >= 0 && cell.x < map.width && cell.y < map.height && !blocked[cell.y * map.width + cell.x];

/** Breadth-first path over 4-neighbour tiles; null when unreachable. */
function findPath(from: Cell, to: Cell, blocked: readonly boolean[] = solid): Cell[] | null {
  const previous = new Int32Array(map.width * map.height).fill(-2);
  const start = from.y * map.width + from.x;
  const goal = to.y * map.width + to.x;
  previous[start] = -1;
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const current = queue[head]!;
    if (current === goal) break;
    const x = current % map.width;
    const y = Math.trunc(current / map.width);
    for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
      const next = { x: x + dx, y: y + dy };
      const nextIndex = next.y * map.width + next.x;
      if (!walkable(next, blocked) || previous[nextIndex] !== -2) continue;
      previous[nextIndex] = current;
      queue.push(nextIndex);
    }
  }
  if (previous[goal] === -2) return null;
  const path: Cell[] = [];
  for (let at = goal; at !== -1; at = previous[at]!) path.unshift({ x: at % map.width, y: Math.trunc(at / map.width) });
  return path;
}

/** Every tile a straight segment touches, sampled finely enough not to skip a corner. */
function tilesAlong(from: { x: number; y: number }, to: { x: number; y: number }): Cell[] {
  const steps = Math.max(1, Math.ceil(Math.max(Math.abs(to.x - from.x), Math.abs(to.y - from.y)) / 2));
  const cells: Cell[] = [];
  for (let step = 0; step <= steps; step += 1) {
    cells.push(cellOf(from.x + ((to.x - from.x) * step) / steps, from.y + ((to.y - from.y) * step) / steps));
  }
  return cells;
}

const spawn = objects.filter((object) => object.type === 'Spawn');
const exits = objects.filter((object) => object.type === 'Exit');
const enforcers = objects.filter((object) => object.type === 'Enforcer');
const routeOf = (enforcer: RawObject): RawObject | undefined =>
  objects.find((object) => object.id === property(enforcer, 'route')?.value);
const routePoints = (route: RawObject): { x: number; y: number }[] =>
  (route.polygon ?? route.polyline ?? []).map((point) => ({ x: route.x + point.x, y: route.y + point.y }));

describe('maps/night-escape.tmj', () => {
  it('is a Tiled 1.8+ orthogonal JSON map with the layers in order', () => {
    expect(map.type).toBe('map');
    expect(Number(map.version)).toBeGreaterThanOrEqual(1.8);
    expect(map.tiledversion).toMatch(/^1\.\d+/);
    expect([map.orientation, map.renderorder]).toEqual(['orthogonal', 'right-down']);
    expect([map.width, map.height, map.tilewidth, map.tileheight]).toEqual([48, 36, 16, 16]);
    expect(map.layers.map((each) => `${each.name}:${each.type}`)).toEqual([
      'ground:tilelayer',
      'walls:tilelayer',
      'decor:tilelayer',
      'dream:tilelayer',
      'dream/bloom:tilelayer',
      'dream/lanterns:tilelayer',
      'reveal/service-gate:tilelayer',
      'reveal/service-gate/ground:tilelayer',
      'entities:objectgroup',
      'above:tilelayer',
    ]);
    expect(map.nextobjectid).toBeGreaterThan(Math.max(...objects.map((object) => object.id)));
  });

  // The sheet only grows at its end (the dream's tiles from id 72): a map made before may embed the first
  // rows of it, and lists the new tiles once its tileset is re-embedded.
  it('embeds the generated tileset as built (or its first rows), with collides and opaque on every walls tile', () => {
    expect(map.tilesets).toHaveLength(1);
    expect(tileset.image).toBe('../assets/generated/night-district.png');
    expect([tileset.columns, tileset.imagewidth]).toEqual([tilesetIndex.columns, tilesetIndex.imageWidth]);
    expect(tileset.tilecount).toBeLessThanOrEqual(tilesetIndex.tileCount);
    expect(tileset.tilecount).toBe((tileset.imagewidth / 16) * (tileset.imageheight / 16));
    expect([tileset.margin, tileset.spacing]).toEqual([0, 0]);
    for (const [name, tile] of Object.entries(tilesetIndex.tiles)) {
      if (tile.id >= tileset.tilecount) continue;
      // A dream tile says what it does too: it may land on the walls layer (a vine says collides false).
      const expected = tile.layer === 'walls' || tile.layer === 'dream' ? [tile.collides, tile.opaque] : [undefined, undefined];
      expect([tileProperty(tile.id, 'collides'), tileProperty(tile.id, 'opaque')], name).toEqual(expected);
    }
    expect(tilesetIndex.tiles.fence).toMatchObject({ collides: true, opaque: false });
    expect(tilesetIndex.tiles.hedge).toMatchObject({ collides: true, opaque: true });
  });

  it('uses each tile on the layer it was drawn for, and only tiles that exist', () => {
    const layerOfTile = new Map(Object.values(tilesetIndex.tiles).map((tile) => [tile.id, tile.layer]));
    for (const name of ['ground', 'walls', 'decor', 'above']) {
      const data = layer(name).data ?? [];
      expect(data).toHaveLength(map.width * map.height);
      for (const gid of data) {
        if (gid === 0) continue;
        expect(gid).toBeLessThan(tileset.firstgid + tileset.tilecount);
        expect(layerOfTile.get(gid - tileset.firstgid), `gid ${gid} on ${name}`).toBe(name);
      }
    }
    // Closed on every side: nobody walks off the map.
    for (let x = 0; x < map.width; x += 1) {
      expect(solid[x]).toBe(true);
      expect(solid[(map.height - 1) * map.width + x]).toBe(true);
    }
    for (let y = 0; y < map.height; y += 1) {
      expect(solid[y * map.width]).toBe(true);
      expect(solid[y * map.width + map.width - 1]).toBe(true);
    }
    // Sight has something to break on, and something to see through.
    expect(opaque.filter(Boolean).length).toBeGreaterThan(100);
    expect(solid.filter((blocks, index) => blocks && !opaque[index]).length).toBeGreaterThan(10);
  });

  it('has one Spawn point in the south-west and one 2x2 Exit in the north-east, both on open ground', () => {
    expect(spawn).toHaveLength(1);
    expect(exits).toHaveLength(1);
    const start = spawn[0]!;
    const exit = exits[0]!;
    expect(start.point).toBe(true);
    expect(start.x).toBeLessThan((map.width * tileSize) / 3);
    expect(start.y).toBeGreaterThan((map.height * tileSize * 2) / 3);
    expect([exit.width, exit.height]).toEqual([2 * tileSize, 2 * tileSize]);
    expect(exit.x).toBeGreaterThan((map.width * tileSize * 2) / 3);
    expect(exit.y).toBeLessThan((map.height * tileSize) / 3);
    expect(walkable(cellOf(start.x, start.y))).toBe(true);
    for (const corner of [
      cellOf(exit.x, exit.y),
      cellOf(exit.x + exit.width - 1, exit.y + exit.height - 1),
    ]) {
      expect(walkable(corner)).toBe(true);
    }
  });

  it('has Enforcers on a loop, a ping-pong and a stationary watch, with properties in range', () => {
    expect(enforcers.length).toBeGreaterThanOrEqual(3);
    const modes = new Set<string>();
    for (const enforcer of enforcers) {
      const label = `Enforcer ${enforcer.id} "${enforcer.name}"`;
      expect(enforcer.point, label).toBe(true);
      expect(walkable(cellOf(enforcer.x, enforcer.y)), label).toBe(true);
      const number = (name: string): number => {
        const value = property(enforcer, name)?.value;
        expect(typeof value, `${label} ${name}`).toBe('number');
        return value as number;
      };
      expect(number('speed'), label).toBeGreaterThanOrEqual(40);
      expect(number('speed'), label).toBeLessThanOrEqual(60);
      expect(number('sightRange'), label).toBeGreaterThanOrEqual(80);
      expect(number('sightRange'), label).toBeLessThanOrEqual(120);
      expect(number('sightAngle'), label).toBeGreaterThanOrEqual(60);
      expect(number('sightAngle'), label).toBeLessThanOrEqual(90);
      expect(number('facing'), label).toBeGreaterThanOrEqual(0);
      expect(number('facing'), label).toBeLessThan(360);
      expect(Number.isInteger(number('wait')), label).toBe(true);
      expect(property(enforcer, 'wait')?.type).toBe('int');
      const route = routeOf(enforcer);
      if (property(enforcer, 'route') === undefined) {
        modes.add('stationary');
        continue;
      }
      expect(property(enforcer, 'route')?.type, label).toBe('object');
      expect(route?.type, label).toBe('PatrolRoute');
      const mode = property(route!, 'mode')?.value;
      expect(mode === 'loop' ? route!.polygon : route!.polyline, `${label} route shape`).toBeDefined();
      modes.add(String(mode));
    }
    expect([...modes].sort()).toEqual(['loop', 'ping-pong', 'stationary']);
  });

  it('puts every route point on open ground and every leg of a route in a straight open line', () => {
    const routes = objects.filter((object) => object.type === 'PatrolRoute');
    expect(routes.length).toBeGreaterThanOrEqual(2);
    for (const route of routes) {
      const points = routePoints(route);
      expect(points.length, route.name).toBeGreaterThanOrEqual(2);
      const legs = points.map((point, index) => [point, points[index + 1] ?? points[0]!] as const);
      if (route.polygon === undefined) legs.pop();
      for (const [from, to] of legs) {
        expect(walkable(cellOf(from.x, from.y)), `${route.name} point ${from.x},${from.y}`).toBe(true);
        for (const cell of tilesAlong(from, to)) {
          expect(walkable(cell), `${route.name} leg crosses ${cell.x},${cell.y}`).toBe(true);
        }
      }
    }
    for (const enforcer of enforcers) {
      const route = routeOf(enforcer);
      if (route === undefined) continue;
      const first = routePoints(route)[0]!;
      expect(findPath(cellOf(enforcer.x, enforcer.y), cellOf(first.x, first.y)), enforcer.name).not.toBeNull();
    }
  });

  it('offers more than one way from the spawn to the exit', () => {
    const from = cellOf(spawn[0]!.x, spawn[0]!.y);
    const to = cellOf(exits[0]!.x, exits[0]!.y);
    const shortest = findPath(from, to);
    expect(shortest).not.toBeNull();
    // Close a wide band around the shortest way: another way must remain. Cells near either end are
    // left open, because Mira's yard and the sanctuary garden are single rooms every way starts and ends in.
    const blocked = [...solid];
    const nearEnd = (cell: Cell, end: Cell): boolean => Math.abs(cell.x - end.x) + Math.abs(cell.y - end.y) < 11;
    for (const cell of shortest!) {
      for (let dy = -2; dy <= 2; dy += 1) {
        for (let dx = -2; dx <= 2; dx += 1) {
          const band = { x: cell.x + dx, y: cell.y + dy };
          if (!walkable(band) || nearEnd(band, from) || nearEnd(band, to)) continue;
          blocked[band.y * map.width + band.x] = true;
        }
      }
    }
    expect(blocked.filter(Boolean).length).toBeGreaterThan(solid.filter(Boolean).length + 100);
    expect(findPath(from, to, blocked)).not.toBeNull();
  });
});
