// One reader for each kind of entity object (Spawn, Exit, PatrolRoute, Enforcer): its shape, its place
// on the grid and its properties, checked, into the level's terms.
import { checkNumber, describeJson, type ProblemList } from '../tiled/problem-list.ts';
import type { TiledObject } from '../tiled/tiled-map.ts';
import { HUNTER_LOOKS, entityProperty, type EntityPropertySchema } from './entity-schema.ts';
import { ENTITIES_LAYER, isEntitiesLayer } from './layer-roles.ts';
import { MIRA_FEET, type ChildDefinition, type DoorDefinition, type DreamCircleDefinition, type EnforcerDefinition, type LightDefinition, type Point, type Rect, type RouteMode, type StoryAction, type WaypointWait } from './level-definition.ts';
import { tileAt, tilesUnder, type Grid } from './level-grid.ts';
import { readRequires } from './read-story.ts';
import { withArticle } from './wording.ts';

/** An object with the layer it was found on and how problems name it. */
export interface Placed {
  readonly object: TiledObject;
  readonly layerName: string;
  readonly place: string;
}

export function centreOf(object: TiledObject): Point {
  if (object.shape.kind === 'tile') {
    // A tile object's x, y is its bottom-left corner.
    return { x: object.x + object.width / 2, y: object.y - object.height / 2 };
  }
  return { x: object.x + object.width / 2, y: object.y + object.height / 2 };
}

export function readSpawn(placed: Placed, grid: Grid, problems: ProblemList): Point | undefined {
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

export function readExit(placed: Placed, grid: Grid, problems: ProblemList): Rect | undefined {
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

/** A PatrolRoute as an Enforcer walks it. */
export interface ReadRoute {
  readonly points: Point[];
  readonly mode: RouteMode;
  readonly waits: WaypointWait[];
}

/** The longest stop a `waits` entry may ask for: the same limit as the Enforcer's `wait`. */
const MAX_WAYPOINT_WAIT_TICKS = entityProperty('Enforcer', 'wait').max ?? 36000;

/** Reads `waits` ("2:60,4:120"): waypoint numbers from 1, as the problems below count them. */
function readWaits(placed: Placed, pointCount: number, problems: ProblemList): WaypointWait[] | undefined {
  const value = placed.object.properties.waits ?? '';
  const hint = entityProperty('PatrolRoute', 'waits').doc;
  if (typeof value !== 'string') {
    problems.error(placed.place, `"waits" is ${describeJson(value)}, not text`, hint);
    return undefined;
  }
  const waits: WaypointWait[] = [];
  for (const entry of value.split(',').map((part) => part.trim()).filter((part) => part !== '')) {
    const match = /^(\d+)\s*:\s*(\d+)$/.exec(entry);
    const number = match === null ? Number.NaN : Number(match[1]);
    const ticks = match === null ? Number.NaN : Number(match[2]);
    if (!(number >= 1 && number <= pointCount)) {
      problems.error(placed.place, `"waits" entry "${entry}" does not name a waypoint from 1 to ${pointCount}`, hint);
      return undefined;
    }
    if (!(ticks <= MAX_WAYPOINT_WAIT_TICKS)) {
      problems.error(placed.place, `"waits" entry "${entry}" waits longer than ${MAX_WAYPOINT_WAIT_TICKS} ticks`, hint);
      return undefined;
    }
    if (waits.some((wait) => wait.index === number - 1)) {
      problems.error(placed.place, `"waits" names waypoint ${number} twice`, hint);
      return undefined;
    }
    waits.push({ index: number - 1, ticks });
  }
  return waits;
}

export function readRoute(placed: Placed, grid: Grid, problems: ProblemList): ReadRoute | undefined {
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
  const waits = readWaits(placed, points.length, problems);
  if (waits === undefined) failed = true;
  return failed || waits === undefined ? undefined : { points, mode, waits };
}

export function readEnforcer(input: {
  readonly placed: Placed;
  readonly grid: Grid;
  readonly byId: ReadonlyMap<number, Placed>;
  readonly routes: ReadonlyMap<number, ReadRoute | undefined>;
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
  let waypointWaits: WaypointWait[] = [];
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
        waypointWaits = walked.waits;
      }
    }
  }
  const hunterClass = object.className === 'Watcher' ? 'Watcher' : 'Enforcer';
  const look = readLook(placed, hunterClass, problems);
  if (failed || look === undefined) return undefined;
  return {
    id: object.id,
    name: object.name,
    hunterClass,
    look,
    start,
    route,
    routeMode,
    speed,
    sightRange,
    sightAngle,
    facing: ((facing % 360) + 360) % 360,
    waitTicks,
    waypointWaits,
  };
}

/** The `look` property: one of HUNTER_LOOKS, or by class when empty (an Enforcer, or Elena for a Watcher). */
function readLook(placed: Placed, hunterClass: 'Enforcer' | 'Watcher', problems: ProblemList): string | undefined {
  const value = placed.object.properties.look ?? '';
  const schema = entityProperty('Enforcer', 'look');
  if (value === '') return hunterClass === 'Watcher' ? 'elena' : 'enforcer';
  if (typeof value === 'string' && (HUNTER_LOOKS as readonly string[]).includes(value)) return value;
  problems.error(placed.place, `"look" is ${describeJson(value)}; it must be one of ${HUNTER_LOOKS.join(', ')}`, schema.doc);
  return undefined;
}

export function readLight(placed: Placed, problems: ProblemList): LightDefinition | undefined {
  const radius = readNumberProperty(placed, entityProperty('Light', 'radius'), problems);
  const switchable = placed.object.properties.switchable ?? false;
  if (typeof switchable !== 'boolean') {
    problems.error(placed.place, `"switchable" is ${describeJson(switchable)}, not true or false`, entityProperty('Light', 'switchable').doc);
    return undefined;
  }
  if (radius === undefined) return undefined;
  // An ellipse is a light of its own size; a point takes the radius property.
  const drawn = placed.object.shape.kind === 'ellipse' ? Math.max(placed.object.width, placed.object.height) / 2 : radius;
  return { id: placed.object.id, ...centreOf(placed.object), radius: drawn, switchable };
}

/** A Door rectangle: every tile cell it covers, on the map, with its state at the start and its open tile. */
export function readDoor(placed: Placed, grid: Grid, problems: ProblemList): DoorDefinition | undefined {
  const area = readArea(placed, problems);
  const open = placed.object.properties.open ?? false;
  if (typeof open !== 'boolean') {
    problems.error(placed.place, `"open" is ${describeJson(open)}, not true or false`, entityProperty('Door', 'open').doc);
    return undefined;
  }
  const openGid = readNumberProperty(placed, entityProperty('Door', 'openTile'), problems);
  const requires = readRequires(placed, problems);
  if (area === undefined || openGid === undefined || requires === null) return undefined;
  const size = grid.tileSize;
  const cells: Point[] = [];
  // A rectangle drawn a little off the grid still covers the cells its area mostly lies in.
  const first = { x: Math.max(0, Math.round(area.x / size)), y: Math.max(0, Math.round(area.y / size)) };
  const last = { x: Math.min(grid.width, Math.round((area.x + area.width) / size)), y: Math.min(grid.height, Math.round((area.y + area.height) / size)) };
  for (let row = first.y; row < Math.max(last.y, first.y + 1) && row < grid.height; row += 1) {
    for (let column = first.x; column < Math.max(last.x, first.x + 1) && column < grid.width; column += 1) cells.push({ x: column, y: row });
  }
  if (cells.length === 0) {
    problems.warning(placed.place, 'the Door covers no cell of the map', 'Draw it over the door\'s tiles.');
    return undefined;
  }
  return { id: placed.object.id, cells, open, openGid: Math.trunc(openGid), requires };
}

/** A Child point: on the map and on open ground, with a look from 0 to CHILD_LOOK_COUNT - 1. */
export function readChild(placed: Placed, grid: Grid, problems: ProblemList): ChildDefinition | undefined {
  const start = centreOf(placed.object);
  const tile = tileAt(grid, start.x, start.y);
  if (!tile.inside || tile.solid) {
    problems.error(
      placed.place,
      `the Child at ${start.x},${start.y} ${tile.inside ? 'stands inside a blocking tile' : 'is outside the map'}`,
      'Move it onto open floor.',
    );
    return undefined;
  }
  const look = readNumberProperty(placed, entityProperty('Child', 'look'), problems);
  if (look === undefined) return undefined;
  return { id: placed.object.id, name: placed.object.name.trim(), start, look };
}

/** A DreamCircle rectangle or ellipse, how many following children it needs, and what its dream does to the story. */
export function readDreamCircle(placed: Placed, action: StoryAction | null, problems: ProblemList): DreamCircleDefinition | undefined {
  const area = readArea(placed, problems);
  const children = readNumberProperty(placed, entityProperty('DreamCircle', 'children'), problems);
  if (area === undefined || children === undefined || action === null) return undefined;
  return { id: placed.object.id, name: placed.object.name.trim(), area, round: placed.object.shape.kind === 'ellipse', children, ...action };
}

/** A HidingSpot, Checkpoint or DreamCircle rectangle; one with no area does nothing and says so. */
export function readArea(placed: Placed, problems: ProblemList): Rect | undefined {
  const { object } = placed;
  if (object.width <= 0 || object.height <= 0) {
    problems.warning(placed.place, `the ${object.className} is ${object.width}x${object.height} and covers nothing`, 'Draw it again as a rectangle.');
    return undefined;
  }
  return { x: object.x, y: object.y, width: object.width, height: object.height };
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
