// Finds the entity objects of a map (Spawn, Exit, Enforcers and their routes), checks that each is
// where and what the game expects, and reads them into the level's terms.
import { layerPlace, objectPlace } from '../tiled/places.ts';
import type { ProblemList } from '../tiled/problem-list.ts';
import type { TiledMap, TiledObjectLayer } from '../tiled/tiled-map.ts';
import { readArea, readChild, readDoor, readDreamCircle, readEnforcer, readExit, readLight, readRoute, readSpawn, type Placed, type ReadRoute } from './entity-readers.ts';
import { namesDreamRules } from './dream-definition.ts';
import { ENTITY_SCHEMA, entityClass, type EntityPropertySchema } from './entity-schema.ts';
import { ENTITIES_LAYER, isDreamLayer, isEntitiesLayer, isNearMiss } from './layer-roles.ts';
import type {
  CheckpointDefinition, ChildDefinition, ClueDefinition, DoorDefinition, DreamCircleDefinition, EnforcerDefinition, FlagCondition, LightDefinition, Point, Rect,
  TalkDefinition, TriggerDefinition,
} from './level-definition.ts';
import { MAX_STORY_OBJECTS, readCheckpoints, readCircleAction, readClue, readRequires, readTalk, readTrigger } from './read-story.ts';
import type { Grid } from './level-grid.ts';
import { checkReachability, withDoorsOpen } from './reachability.ts';
import { warnSpawnInSight } from './spawn-sight.ts';
import { nearestName, withArticle } from './wording.ts';

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

export interface Entities {
  readonly spawn: Point;
  readonly exit: Rect;
  readonly exitName: string;
  readonly enforcers: EnforcerDefinition[];
  readonly lights: LightDefinition[];
  readonly doors: DoorDefinition[];
  readonly children: ChildDefinition[];
  readonly dreamCircles: DreamCircleDefinition[];
  readonly hidingSpots: Rect[];
  readonly checkpoints: CheckpointDefinition[];
  readonly exitRequires: FlagCondition[];
  readonly triggers: TriggerDefinition[];
  readonly talks: TalkDefinition[];
  readonly clues: ClueDefinition[];
}

export function readEntities(map: TiledMap, grid: Grid, problems: ProblemList): Entities | undefined {
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
        const near = object.className === '' ? undefined : nearestName(object.className, ENTITY_SCHEMA.map((entry) => entry.name));
        problems.warning(
          placed.place,
          object.className === '' ? 'the object has no class and is ignored' : `class "${object.className}" is not known here and the object is ignored`,
          near !== undefined
            ? `Did you mean "${near}"? Class names must match exactly, in case and spaces.`
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
      const sameClass = byClass.get(schema.name);
      if (sameClass === undefined) byClass.set(schema.name, [placed]);
      else sameClass.push(placed);
    }
  }

  const spawnObject = exactlyOne('Spawn', { found: byClass.get('Spawn') ?? [], misdrawn: misdrawn.has('Spawn') }, problems);
  const exitObject = exactlyOne('Exit', { found: byClass.get('Exit') ?? [], misdrawn: misdrawn.has('Exit') }, problems);
  const spawn = spawnObject === undefined ? undefined : readSpawn(spawnObject, grid, problems);
  const exit = exitObject === undefined ? undefined : readExit(exitObject, grid, problems);

  const routeUsers = new Set<number>();
  const routes = new Map<number, ReadRoute | undefined>();
  for (const route of byClass.get('PatrolRoute') ?? []) routes.set(route.object.id, readRoute(route, grid, problems));
  const enforcers: EnforcerDefinition[] = [];
  for (const placed of [...(byClass.get('Enforcer') ?? []), ...(byClass.get('Watcher') ?? [])]) {
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
  const doors = (byClass.get('Door') ?? []).map((placed) => readDoor(placed, grid, problems)).filter((door) => door !== undefined);
  // A door opens for Mira and for Enforcers alike: a way through one is a way.
  const dreamMayOpenExit = namesDreamRules(map) || map.layers.some((layer) => layer.kind === 'tile' && isDreamLayer(layer.name));
  checkReachability({ grid: { ...grid, solid: withDoorsOpen(grid.solid, doors, grid.width) }, spawn, exit, exitPlace: exitObject!.place, dreamMayOpenExit, enforcers, byId, problems });
  const lights = (byClass.get('Light') ?? []).map((placed) => readLight(placed, problems)).filter((light) => light !== undefined);
  const areas = (name: string): Rect[] => (byClass.get(name) ?? []).map((placed) => readArea(placed, problems)).filter((area) => area !== undefined);
  warnSpawnInSight({ grid, spawn, enforcers, placeOf: (id) => byId.get(id)?.place ?? `object ${id}` }, problems);
  const children = (byClass.get('Child') ?? []).map((placed) => readChild(placed, grid, problems)).filter((child) => child !== undefined);
  children.sort((a, b) => a.id - b.id);
  const dreamCircles = (byClass.get('DreamCircle') ?? []).map((placed) => readDreamCircle(placed, readCircleAction(placed, problems), problems)).filter((circle) => circle !== undefined);
  const exitRequires = readRequires(exitObject!, problems) ?? [];
  const story = readStoryObjects({ byClass, byId, tileSize: grid.tileSize }, problems);
  return {
    spawn, exit, exitName: exitObject!.object.name.trim(), enforcers, lights, doors, children, dreamCircles,
    hidingSpots: areas('HidingSpot'), checkpoints: readCheckpoints(byClass.get('Checkpoint') ?? [], problems), exitRequires, ...story,
  };
}

/** Triggers, Talks and Clues, in id order, with their object references checked. */
function readStoryObjects(
  input: { readonly byClass: ReadonlyMap<string, Placed[]>; readonly byId: ReadonlyMap<number, Placed>; readonly tileSize: number },
  problems: ProblemList,
): Pick<Entities, 'triggers' | 'talks' | 'clues'> {
  const { byClass, byId, tileSize } = input;
  const list = <T extends { readonly id: number }>(name: string, read: (placed: Placed) => T | undefined): T[] => {
    const placed = byClass.get(name) ?? [];
    if (placed.length > MAX_STORY_OBJECTS) {
      problems.error(layerPlace(ENTITIES_LAYER), `there are ${placed.length} ${name} objects; a level may hold ${MAX_STORY_OBJECTS}`, `Each ${name} is checked every tick: merge some of them.`);
      return [];
    }
    return placed.map(read).filter((entry) => entry !== undefined).sort((a, b) => a.id - b.id);
  };
  const talks = list('Talk', (placed) => {
    const talk = readTalk(placed, tileSize, problems);
    if (talk === undefined) return undefined;
    const person = talk.person === 0 ? undefined : byId.get(talk.person);
    if (talk.person !== 0 && !['Child', 'Watcher', 'Enforcer'].includes(person?.object.className ?? '')) {
      problems.error(placed.place, `"person" points at ${person?.place ?? `object ${talk.person}, which does not exist`}, not a Child, Watcher or Enforcer`, entityClass('Talk')?.properties.find((property) => property.name === 'person')?.doc ?? '');
      return undefined;
    }
    const recruit = talk.recruits === 0 ? undefined : byId.get(talk.recruits);
    if (talk.recruits !== 0 && recruit?.object.className !== 'Child') {
      problems.error(placed.place, `"recruits" points at ${recruit?.place ?? `object ${talk.recruits}, which does not exist`}, not a Child`, 'Pick the Child who joins Mira after the talk, or clear it.');
      return undefined;
    }
    return talk;
  });
  return {
    triggers: list('Trigger', (placed) => readTrigger(placed, problems)),
    talks,
    clues: list('Clue', (placed) => readClue(placed, tileSize, problems)),
  };
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
    const near = nearestName(root, known.map((property) => property.name));
    const names = known.map((property) => property.name).join(', ');
    problems.warning(
      placed.place,
      `property "${name}" means nothing to ${withArticle(placed.object.className)} and is ignored`,
      near !== undefined ? `Did you mean "${near}"? Names must match exactly, in case too.` : names === '' ? 'Remove it.' : `Known properties: ${names}.`,
    );
  }
}
