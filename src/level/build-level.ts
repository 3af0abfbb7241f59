// Turns a normalized Tiled map into a LevelDefinition by the conventions in DESIGN.md ("Tiled
// conventions"), checking everything a level builder can get wrong and reporting it all at once.
import { cellPlace, layerPlace, objectPlace, tilePlace } from '../tiled/places.ts';
import { checkNumber, collectProblems, describeJson, type ProblemList } from '../tiled/problem-list.ts';
import {
  GID_MASK,
  type Loaded,
  type TiledMap,
  type TiledObject,
  type TiledObjectLayer,
  type TiledTile,
  type TiledTileLayer,
} from '../tiled/tiled-map.ts';
import { ENTITY_SCHEMA, entityClass, entityProperty, type EntityPropertySchema } from './entity-schema.ts';
import { MIRA_FEET, type EnforcerDefinition, type LevelDefinition, type Point, type Rect, type RouteMode } from './level-definition.ts';
import { ENTITIES_LAYER, WALLS_LAYER, isDreamLayer, isEntitiesLayer, isNearMiss, isWallsLayer } from './layer-roles.ts';
import { labelRegions } from './region-labels.ts';

/**
 * Widest tile a level may use, pixels. With the reader's 1024-tile limit the sim's sub-pixel products
 * (squared distances, the raycast's cross multiplications) then stay exact integers below 2^53.
 */
export const MAX_TILE_SIZE = 256;

const KNOWN_CLASSES = ENTITY_SCHEMA.map((entry) => entry.name).join(', ');
const SHAPE_TOOLS: Readonly<Record<string, string>> = {
  point: 'Insert Point',
  rectangle: 'Insert Rectangle',
  ellipse: 'Insert Ellipse',
  polyline: 'Insert Polyline',
  polygon: 'Insert Polygon',
  tile: 'Insert Tile',
  text: 'Insert Text',
};

/** "an Enforcer", "an Exit", "a Spawn": messages name classes and shapes in sentences. */
function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

export function buildLevel(map: TiledMap, options: { readonly name?: string } = {}): Loaded<LevelDefinition> {
  return collectProblems('level builder', (problems) => build(map, options, problems));
}

interface Grid {
  readonly width: number;
  readonly height: number;
  readonly tileSize: number;
  readonly solid: Uint8Array;
  readonly opaque: Uint8Array;
}

interface TilePlace {
  readonly column: number;
  readonly row: number;
  readonly inside: boolean;
  readonly solid: boolean;
}

/** Where a pixel lies: outside the map, or in a tile that is or is not solid. */
function tileAt(grid: Grid, x: number, y: number): TilePlace {
  return tileOf(grid, Math.floor(x / grid.tileSize), Math.floor(y / grid.tileSize));
}

function tileOf(grid: Grid, column: number, row: number): TilePlace {
  const inside = column >= 0 && row >= 0 && column < grid.width && row < grid.height;
  return { column, row, inside, solid: inside && grid.solid[row * grid.width + column] === 1 };
}

/**
 * The tiles a rectangle of pixels touches, row by row. Off the map only the ring of tiles just outside
 * is listed (marked so): enough to say "off the map" without walking a huge rectangle tile by tile. The
 * last pixel inside is taken, so a rectangle ending exactly on a tile edge does not reach into the next.
 */
function tilesUnder(grid: Grid, area: Rect): TilePlace[] {
  const first = tileAt(grid, area.x, area.y);
  const last = tileAt(grid, area.x + area.width - 1e-6, area.y + area.height - 1e-6);
  const tiles: TilePlace[] = [];
  for (let row = Math.max(-1, first.row); row <= Math.min(grid.height, last.row); row++) {
    for (let column = Math.max(-1, first.column); column <= Math.min(grid.width, last.column); column++) tiles.push(tileOf(grid, column, row));
  }
  return tiles;
}

function build(map: TiledMap, options: { readonly name?: string }, problems: ProblemList): LevelDefinition | undefined {
  if (map.tileWidth !== map.tileHeight) {
    problems.error(
      'map',
      `tiles are ${map.tileWidth}x${map.tileHeight} pixels; levels need square tiles`,
      'In Tiled, Map > Map Properties: make Tile Width and Tile Height equal.',
    );
  }
  if (map.tileWidth > MAX_TILE_SIZE) {
    problems.error(
      'map',
      `tiles are ${map.tileWidth} pixels wide; levels use tiles of at most ${MAX_TILE_SIZE}`,
      'Use a tileset of 16x16 tiles like the Night District, and set Map > Map Properties > Tile Width and Height to match.',
    );
  }
  if (map.width === 0 || map.height === 0) {
    problems.error('map', 'the map has no tiles', 'In Tiled, Map > Resize Map.');
    return undefined;
  }
  const grid = buildGrid(map, problems);
  const entities = readEntities(map, grid, problems);
  if (entities === undefined) return undefined;
  const propertyName = map.properties.name;
  return {
    name: options.name ?? (typeof propertyName === 'string' && propertyName !== '' ? propertyName : 'level'),
    width: map.width,
    height: map.height,
    tileSize: grid.tileSize,
    solid: grid.solid,
    opaque: grid.opaque,
    spawn: entities.spawn,
    exit: entities.exit,
    exitName: entities.exitName,
    enforcers: entities.enforcers,
    map,
  };
}

function buildGrid(map: TiledMap, problems: ProblemList): Grid {
  const cells = map.width * map.height;
  const solid = new Uint8Array(cells);
  const opaque = new Uint8Array(cells);
  const tiles = new TileLookup(map);
  const tileLayers = map.layers.filter((layer): layer is TiledTileLayer => layer.kind === 'tile');
  reportMissingWalls(tileLayers, problems);
  for (const layer of tileLayers) {
    // The dream's layers take effect only while a dream is active (a later chapter), not at night.
    if (isDreamLayer(layer.name)) continue;
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
    const strays = { count: 0, firstIndex: -1, firstGid: 0 };
    for (let index = 0; index < cells; index++) {
      const gid = layer.gids[index]! & GID_MASK;
      if (gid === 0) continue;
      const tile = tiles.find(gid);
      if (tile === undefined) {
        if (strays.count === 0) {
          strays.firstIndex = index;
          strays.firstGid = gid;
        }
        strays.count += 1;
      }
      const collides = tiles.flag(tile, 'collides', problems);
      const blocksSight = tiles.flag(tile, 'opaque', problems);
      // On the walls layer every tile blocks unless it says otherwise; elsewhere only when it says so.
      if (isWalls ? collides !== false : collides === true) solid[index] = 1;
      if (isWalls ? blocksSight !== false : blocksSight === true) opaque[index] = 1;
    }
    if (strays.count > 0) reportStrayTiles(map, { layerName: layer.name, ...strays }, problems);
  }
  return { width: map.width, height: map.height, tileSize: map.tileWidth, solid, opaque };
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
  strays: { readonly layerName: string; readonly count: number; readonly firstIndex: number; readonly firstGid: number },
  problems: ProblemList,
): void {
  const place = cellPlace(strays.layerName, strays.firstIndex % map.width, Math.floor(strays.firstIndex / map.width));
  const others = strays.count === 1 ? '' : ` (and ${strays.count - 1} more cell(s) of this layer)`;
  if (map.tilesets.length === 0) {
    problems.error(
      place,
      `the map has tiles${others} but no tilesets, so nothing can be drawn`,
      'The tilesets were removed from the file: add them again in Tiled (Map > Add External Tileset) or restore the file.',
    );
    return;
  }
  problems.warning(
    place,
    `tile id ${strays.firstGid} belongs to no tileset${others}; such tiles are not drawn and have no properties`,
    'A tileset was removed or shrunk: erase these tiles or restore the tileset in Tiled.',
  );
}

interface FoundTile {
  readonly tile: TiledTile | undefined;
  readonly tilesetName: string;
}

/** Finds tiles by gid, remembering answers: a layer repeats the same few gids thousands of times. */
class TileLookup {
  private readonly cache = new Map<number, FoundTile | undefined>();
  private readonly reportedFlags = new Set<string>();

  constructor(private readonly map: TiledMap) {}

  find(gid: number): FoundTile | undefined {
    if (!this.cache.has(gid)) this.cache.set(gid, this.search(gid));
    return this.cache.get(gid);
  }

  /** A boolean tile property, or undefined when absent (with a warning once when it is not a boolean). */
  flag(found: FoundTile | undefined, name: string, problems: ProblemList): boolean | undefined {
    const value = found?.tile?.properties[name];
    if (value === undefined || typeof value === 'boolean') return value;
    const key = `${found?.tilesetName ?? ''}/${found?.tile?.id ?? 0}/${name}`;
    if (!this.reportedFlags.has(key)) {
      this.reportedFlags.add(key);
      problems.warning(
        tilePlace(found?.tile?.id ?? 0, found?.tilesetName ?? ''),
        `property "${name}" should be a bool but is ${describeJson(value)}; it is ignored`,
        `In Tiled, remove "${name}" from the tile and add it again with type bool.`,
      );
    }
    return undefined;
  }

  private search(gid: number): FoundTile | undefined {
    for (let index = this.map.tilesets.length - 1; index >= 0; index--) {
      const tileset = this.map.tilesets[index]!;
      if (tileset.firstGid > gid) continue;
      const localId = gid - tileset.firstGid;
      if (tileset.tileCount > 0 && localId >= tileset.tileCount) return undefined;
      return { tile: tileset.tiles.get(localId), tilesetName: tileset.name };
    }
    return undefined;
  }
}

interface Entities {
  readonly spawn: Point;
  readonly exit: Rect;
  readonly exitName: string;
  readonly enforcers: EnforcerDefinition[];
}

interface Placed {
  readonly object: TiledObject;
  readonly layerName: string;
  readonly place: string;
}

function readEntities(map: TiledMap, grid: Grid, problems: ProblemList): Entities | undefined {
  const objectLayers = map.layers.filter((layer): layer is TiledObjectLayer => layer.kind === 'object');
  const entityLayers = objectLayers.filter((layer) => isEntitiesLayer(layer.name));
  if (entityLayers.length === 0) {
    const nearMiss = objectLayers.find((layer) => isNearMiss(layer.name, ENTITIES_LAYER));
    problems.error(
      'map',
      `there is no object layer named "${ENTITIES_LAYER}", so no Spawn or Exit`,
      nearMiss === undefined
        ? `Add an object layer named "${ENTITIES_LAYER}" with a Spawn point and an Exit rectangle.`
        : `Did you mean ${layerPlace(nearMiss.name)}? Rename it to "${ENTITIES_LAYER}": layer names must match exactly, in case and spaces.`,
    );
    return undefined;
  }
  const byId = new Map<number, Placed>();
  for (const layer of objectLayers) {
    for (const object of layer.objects) {
      const placed = { object, layerName: layer.name, place: objectPlace(object, layer.name) };
      const earlier = byId.get(object.id);
      // Routes are found by id and the sim tells Enforcers apart by id: a shared id would mix them up.
      if (earlier !== undefined) {
        problems.error(
          placed.place,
          `object id ${object.id} is also used by ${earlier.place}`,
          'Tiled gives every object its own id; an edited or merged file may not. Give each object a unique "id" (and the map a larger "nextobjectid").',
        );
      } else {
        byId.set(object.id, placed);
      }
    }
    // The dream's own objects (a later chapter) are not misplaced night objects.
    if (isEntitiesLayer(layer.name) || isDreamLayer(layer.name)) continue;
    for (const object of layer.objects) {
      if (object.className !== 'PatrolRoute' && entityClass(object.className) !== undefined) {
        problems.warning(
          objectPlace(object, layer.name),
          `${withArticle(object.className)} outside the "${ENTITIES_LAYER}" layer is ignored`,
          `Move it to the "${ENTITIES_LAYER}" layer (right-click > Move Object to Layer).`,
        );
      }
    }
  }

  const byClass = new Map<string, Placed[]>();
  // Classes met drawn with the wrong tool: that error already says what is wrong, "there is no Exit" would not.
  const misdrawn = new Set<string>();
  for (const layer of entityLayers) {
    for (const object of layer.objects) {
      const placed: Placed = { object, layerName: layer.name, place: objectPlace(object, layer.name) };
      const schema = entityClass(object.className);
      if (schema === undefined) {
        const near = ENTITY_SCHEMA.find((entry) => entry.name.toLowerCase() === object.className.trim().toLowerCase());
        problems.warning(
          placed.place,
          object.className === '' ? 'the object has no class and is ignored' : `class "${object.className}" is not known here and the object is ignored`,
          near !== undefined
            ? `Did you mean "${near.name}"? Class names must match exactly, in case and spaces.`
            : `In Tiled, set the object's Class (Type) to one of ${KNOWN_CLASSES}.`,
        );
        continue;
      }
      if (!schema.shapes.includes(object.shape.kind)) {
        misdrawn.add(schema.name);
        const tools = schema.shapes.map((shape) => SHAPE_TOOLS[shape] ?? shape).join(' or ');
        problems.error(
          placed.place,
          `${withArticle(schema.name)} must be ${withArticle(schema.shapes.join(' or '))}, not ${withArticle(object.shape.kind)}`,
          `Delete it and draw it again with the ${tools} tool.`,
        );
        continue;
      }
      checkUnknownProperties(placed, schema.properties, problems);
      byClass.set(schema.name, [...(byClass.get(schema.name) ?? []), placed]);
    }
  }

  const spawnObject = exactlyOne('Spawn', { found: byClass.get('Spawn') ?? [], misdrawn: misdrawn.has('Spawn') }, problems);
  const exitObject = exactlyOne('Exit', { found: byClass.get('Exit') ?? [], misdrawn: misdrawn.has('Exit') }, problems);
  const spawn = spawnObject === undefined ? undefined : readSpawn(spawnObject, grid, problems);
  const exit = exitObject === undefined ? undefined : readExit(exitObject, grid, problems);

  const routeUsers = new Set<number>();
  const routes = new Map<number, { points: Point[]; mode: RouteMode } | undefined>();
  for (const route of byClass.get('PatrolRoute') ?? []) routes.set(route.object.id, readRoute(route, grid, problems));
  const enforcers: EnforcerDefinition[] = [];
  for (const placed of byClass.get('Enforcer') ?? []) {
    // Counted before the Enforcer is checked: a typo in its speed does not make its route unused.
    const routeId = placed.object.properties.route;
    if (typeof routeId === 'number') routeUsers.add(routeId);
    const enforcer = readEnforcer({ placed, grid, byId, routes, problems });
    if (enforcer !== undefined) enforcers.push(enforcer);
  }
  for (const route of byClass.get('PatrolRoute') ?? []) {
    if (!routeUsers.has(route.object.id)) {
      problems.warning(route.place, 'no Enforcer walks this route', 'Set an Enforcer\'s "route" property to it, or delete it.');
    }
  }
  if (spawn === undefined || exit === undefined) return undefined;
  enforcers.sort((a, b) => a.id - b.id);
  checkReachability({ grid, spawn, exit, exitPlace: exitObject!.place, enforcers, byId, problems });
  return { spawn, exit, exitName: exitObject!.object.name.trim(), enforcers };
}

/** Warnings only: the sim's own movement decides for sure, but a sealed-off exit is almost always a mistake. */
function checkReachability(input: {
  readonly grid: Grid;
  readonly spawn: Point;
  readonly exit: Rect;
  readonly exitPlace: string;
  readonly enforcers: readonly EnforcerDefinition[];
  readonly byId: ReadonlyMap<number, Placed>;
  readonly problems: ProblemList;
}): void {
  const { grid, spawn, exit, enforcers, byId, problems } = input;
  const { labels } = labelRegions(grid.solid, grid.width, grid.height);
  const labelAt = (point: Point): number => {
    const tile = tileAt(grid, point.x, point.y);
    return tile.inside ? labels[tile.row * grid.width + tile.column]! : -1;
  };
  const spawnRegion = labelAt(spawn);
  const reachable = tilesUnder(grid, exit).some((tile) => tile.inside && labels[tile.row * grid.width + tile.column] === spawnRegion);
  if (!reachable) {
    problems.warning(input.exitPlace, 'the Exit cannot be reached from the Spawn: walls close every way', 'Open a way through the walls, or move the Exit or the Spawn.');
  }
  for (const enforcer of enforcers) {
    const startRegion = labelAt(enforcer.start);
    const stranded = enforcer.route.findIndex((point) => labelAt(point) !== startRegion);
    if (stranded === -1) continue;
    const placed = byId.get(enforcer.id);
    problems.warning(
      placed?.place ?? `object ${enforcer.id}`,
      `waypoint ${stranded + 1} of its route cannot be reached from where the Enforcer stands`,
      'Move the Enforcer or the route so walls do not separate them.',
    );
  }
}

function exactlyOne(
  className: string,
  { found, misdrawn }: { readonly found: readonly Placed[]; readonly misdrawn: boolean },
  problems: ProblemList,
): Placed | undefined {
  const [first, ...rest] = found;
  if (first === undefined) {
    if (misdrawn) return undefined;
    problems.error(
      layerPlace(ENTITIES_LAYER),
      `there is no ${className}`,
      `Add one object of class ${className} to the "${ENTITIES_LAYER}" layer (${entityClass(className)?.doc ?? ''}).`,
    );
    return undefined;
  }
  for (const extra of rest) {
    problems.error(extra.place, `a second ${className}: the level needs exactly one (the first is object ${first.object.id})`, `Delete one of the ${className} objects.`);
  }
  return rest.length === 0 ? first : undefined;
}

/** Warns about properties the class does not have, which are most often typos of ones it does. */
function checkUnknownProperties(placed: Placed, known: readonly EntityPropertySchema[], problems: ProblemList): void {
  for (const name of Object.keys(placed.object.properties)) {
    const root = name.split('.')[0]!;
    if (known.some((property) => property.name === root)) continue;
    const near = known.find((property) => property.name.toLowerCase() === root.toLowerCase());
    const names = known.map((property) => property.name).join(', ');
    problems.warning(
      placed.place,
      `property "${name}" means nothing to ${withArticle(placed.object.className)} and is ignored`,
      near !== undefined ? `Did you mean "${near.name}"? Names are case-sensitive.` : names === '' ? 'Remove it.' : `Known properties: ${names}.`,
    );
  }
}

function centreOf(object: TiledObject): Point {
  if (object.shape.kind === 'tile') {
    // A tile object's x, y is its bottom-left corner.
    return { x: object.x + object.width / 2, y: object.y - object.height / 2 };
  }
  return { x: object.x + object.width / 2, y: object.y + object.height / 2 };
}

function readSpawn(placed: Placed, grid: Grid, problems: ProblemList): Point | undefined {
  const centre = centreOf(placed.object);
  const tile = tileAt(grid, centre.x, centre.y);
  if (!tile.inside) {
    problems.error(placed.place, `the Spawn at ${centre.x},${centre.y} is outside the map`, 'Move it onto the map.');
    return undefined;
  }
  if (tile.solid) {
    problems.error(placed.place, `the Spawn is inside a wall (tile ${tile.column},${tile.row})`, 'Move it to an open tile.');
    return undefined;
  }
  // Mira's feet must fit: a box already in a wall could never move along it.
  const feet = { x: centre.x - MIRA_FEET.width / 2, y: centre.y - MIRA_FEET.height / 2, ...MIRA_FEET };
  const blocked = tilesUnder(grid, feet).find((tile) => !tile.inside || tile.solid);
  if (blocked !== undefined) {
    problems.error(
      placed.place,
      `the Spawn is too close to ${blocked.inside ? `the wall at tile ${blocked.column},${blocked.row}` : 'the map edge'}: Mira's feet (${MIRA_FEET.width}x${MIRA_FEET.height} px) would be in it`,
      `Move it at least ${MIRA_FEET.width / 2} px from walls sideways and ${MIRA_FEET.height / 2} px up and down; the middle of an open tile is always safe.`,
    );
    return undefined;
  }
  return centre;
}

function readExit(placed: Placed, grid: Grid, problems: ProblemList): Rect | undefined {
  const { object } = placed;
  if (object.width <= 0 || object.height <= 0) {
    problems.error(placed.place, `the Exit is ${object.width}x${object.height}: it needs an area`, 'Draw it again as a rectangle covering the way out.');
    return undefined;
  }
  if (object.rotation !== 0) {
    problems.warning(placed.place, 'the Exit is rotated; the rotation is ignored', 'Set its rotation to 0 in Tiled.');
  }
  const onMap = tilesUnder(grid, object).filter((tile) => tile.inside);
  if (onMap.length === 0) {
    problems.error(placed.place, 'the Exit is outside the map', 'Move it onto the map.');
    return undefined;
  }
  if (onMap.every((tile) => tile.solid)) {
    problems.error(placed.place, 'the Exit is entirely inside walls, so nobody can reach it', 'Move it onto open tiles.');
    return undefined;
  }
  return { x: object.x, y: object.y, width: object.width, height: object.height };
}

function readRoute(placed: Placed, grid: Grid, problems: ProblemList): { points: Point[]; mode: RouteMode } | undefined {
  const { object } = placed;
  if (object.shape.kind !== 'polyline' && object.shape.kind !== 'polygon') return undefined;
  let failed = false;
  if (object.rotation !== 0) {
    problems.error(placed.place, `the route is rotated by ${object.rotation} degrees; rotated routes are not supported`, 'Set its rotation to 0 in Tiled and move the points instead.');
    failed = true;
  }
  const points = object.shape.points.map((point) => ({ x: object.x + point.x, y: object.y + point.y }));
  if (points.length < 2) {
    problems.error(placed.place, `the route has ${points.length} point(s); it needs at least 2`, 'Draw it again with at least two points.');
    failed = true;
  }
  points.forEach((point, index) => {
    const tile = tileAt(grid, point.x, point.y);
    if (!tile.inside) {
      problems.error(placed.place, `waypoint ${index + 1} (${point.x},${point.y}) is outside the map`, 'Move the point onto the map (Edit Polygons tool).');
      failed = true;
    } else if (tile.solid) {
      problems.error(placed.place, `waypoint ${index + 1} is inside a wall (tile ${tile.column},${tile.row})`, 'Move the point to an open tile (Edit Polygons tool).');
      failed = true;
    }
  });
  const modeValue = object.properties.mode;
  const modeSchema = entityProperty('PatrolRoute', 'mode');
  let mode: RouteMode = object.shape.kind === 'polygon' ? 'loop' : 'ping-pong';
  if (modeValue === 'loop' || modeValue === 'ping-pong') mode = modeValue;
  // Empty is what Tiled 1.8 writes for a cleared string; auto is the project file's enum default.
  else if (modeValue !== undefined && modeValue !== '' && modeValue !== 'auto') {
    problems.error(placed.place, `"mode" is ${describeJson(modeValue)}; it must be one of ${modeSchema.choices?.join(', ') ?? ''}`, modeSchema.doc);
    failed = true;
  }
  return failed ? undefined : { points, mode };
}

function readEnforcer(input: {
  readonly placed: Placed;
  readonly grid: Grid;
  readonly byId: ReadonlyMap<number, Placed>;
  readonly routes: ReadonlyMap<number, { points: Point[]; mode: RouteMode } | undefined>;
  readonly problems: ProblemList;
}): EnforcerDefinition | undefined {
  const { placed, grid, byId, routes, problems } = input;
  const { object } = placed;
  let failed = false;
  const number = (name: string): number => {
    const result = readNumberProperty(placed, entityProperty('Enforcer', name), problems);
    if (result === undefined) failed = true;
    return result ?? 0;
  };
  const speed = number('speed');
  const sightRange = number('sightRange');
  const sightAngle = number('sightAngle');
  const facing = number('facing');
  const waitTicks = number('wait');

  const start = centreOf(object);
  const tile = tileAt(grid, start.x, start.y);
  if (!tile.inside) {
    problems.error(placed.place, `the Enforcer at ${start.x},${start.y} is outside the map`, 'Move it onto the map.');
    failed = true;
  } else if (tile.solid) {
    problems.error(placed.place, `the Enforcer stands inside a wall (tile ${tile.column},${tile.row})`, 'Move it to an open tile.');
    failed = true;
  }

  const routeValue = object.properties.route ?? 0;
  let route: Point[] = [];
  let routeMode: RouteMode = 'stationary';
  if (typeof routeValue !== 'number' || !Number.isInteger(routeValue) || routeValue < 0) {
    problems.error(placed.place, `"route" is ${describeJson(routeValue)}, not an object reference`, 'In Tiled, make "route" a property of type object and pick the PatrolRoute with it.');
    failed = true;
  } else if (routeValue !== 0) {
    const target = byId.get(routeValue);
    if (target === undefined) {
      problems.error(placed.place, `"route" points at object ${routeValue}, which does not exist`, 'In Tiled, pick an existing PatrolRoute for "route", or clear it for a stationary watcher.');
      failed = true;
    } else if (target.object.className !== 'PatrolRoute' || !isEntitiesLayer(target.layerName)) {
      const what = target.object.className === '' ? 'an object without a class' : withArticle(target.object.className);
      problems.error(
        placed.place,
        `"route" points at ${target.place}, which is ${target.object.className === 'PatrolRoute' ? `not in the "${ENTITIES_LAYER}" layer` : `${what}, not a PatrolRoute`}`,
        `Pick a PatrolRoute polyline or polygon in the "${ENTITIES_LAYER}" layer.`,
      );
      failed = true;
    } else {
      const walked = routes.get(routeValue);
      // The route's own problems were reported on the route; only the Enforcer's failure is implied.
      if (walked === undefined) failed = true;
      else {
        route = walked.points;
        routeMode = walked.mode;
      }
    }
  }
  if (failed) return undefined;
  return {
    id: object.id,
    name: object.name,
    start,
    route,
    routeMode,
    speed,
    sightRange,
    sightAngle,
    facing: ((facing % 360) + 360) % 360,
    waitTicks,
  };
}

function readNumberProperty(placed: Placed, schema: EntityPropertySchema, problems: ProblemList): number | undefined {
  const value = placed.object.properties[schema.name];
  const unit = schema.unit === undefined ? '' : ` ${schema.unit}`;
  const range = `${schema.min ?? '-'} to ${schema.max ?? '-'}${unit}`;
  if (value === undefined) return schema.defaultValue as number;
  if (typeof value !== 'number') {
    problems.error(placed.place, `"${schema.name}" is ${describeJson(value)}, not a number`, `Give "${schema.name}" a number from ${range} (${schema.doc})`);
    return undefined;
  }
  const broken = checkNumber(value, { integer: schema.type === 'int', min: schema.min, max: schema.max });
  if (broken !== undefined) {
    problems.error(placed.place, `"${schema.name}" ${broken}`, `Use a ${schema.type === 'int' ? 'whole number' : 'number'} from ${range} (${schema.doc})`);
    return undefined;
  }
  return value;
}
