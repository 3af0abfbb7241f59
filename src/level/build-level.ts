// Turns a normalized Tiled map into a LevelDefinition by the conventions in maps/README.md, checking
// everything a level builder can get wrong and reporting it all at once.
import { collectProblems, type ProblemList } from '../tiled/problem-list.ts';
import type { Loaded, TiledMap } from '../tiled/tiled-map.ts';
import type { LevelDefinition, RevealDefinition } from './level-definition.ts';
import { buildGrid } from './level-grid.ts';
import { readEntities, type Entities } from './read-entities.ts';
import { collectFlags, readReveals } from './read-story.ts';
import { DEFAULT_MARBLES, DEFAULT_RADIO_RANGE_TILES } from './entity-schema.ts';
import { checkDream } from './check-dream.ts';
import { DREAM_RULES_PROPERTY, namesDreamRules, type DreamRules } from './dream-definition.ts';
import { checkViewSize } from './level-limits.ts';
import { everyBehaviour, readDream } from './read-dream.ts';
import { readDarkness } from './map-properties.ts';

export interface BuildLevelOptions {
  readonly name?: string;
  /**
   * The `dreamRules` rule maps, read by the loader (load-dream-rules.ts): undefined when the caller read
   * no files (loadLevelFromText), so a map that names rules is told they were not applied.
   */
  readonly dreamRules?: DreamRules | null;
}

/**
 * Widest tile a level may use, pixels. With the reader's 1024-tile limit the sim's sub-pixel products
 * (squared distances, the raycast's cross multiplications) then stay exact integers below 2^53.
 */
export const MAX_TILE_SIZE = 256;

export function buildLevel(map: TiledMap, options: BuildLevelOptions = {}): Loaded<LevelDefinition> {
  return collectProblems('level builder', (problems) => build(map, options, problems));
}

function build(map: TiledMap, options: BuildLevelOptions, problems: ProblemList): LevelDefinition | undefined {
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
  if (options.dreamRules === undefined && namesDreamRules(map)) {
    problems.warning(`map property "${DREAM_RULES_PROPERTY}"`, 'the map was read without its other files, so its dream rules are not applied', 'Load the map with its files (the game and npm run validate-map do).');
  }
  const dream = readDream(map, grid, { rules: options.dreamRules ?? null, problems });
  const reveals = readReveals(map, dream.layers, problems);
  const story = readStoryShape(map, { entities, reveals }, problems);
  const level: LevelDefinition = {
    name: options.name ?? (typeof propertyName === 'string' && propertyName !== '' ? propertyName : 'level'),
    width: map.width,
    height: map.height,
    tileSize: grid.tileSize,
    solid: grid.solid,
    opaque: grid.opaque,
    tileLayers: dream.layers,
    // A reveal may put down tiles the map never shows at the start, as the dream does.
    tileBehaviours: reveals.length > 0 && dream.dream === null ? everyBehaviour(map, grid, problems) : dream.behaviours,
    spawn: entities.spawn,
    exit: entities.exit,
    exitName: entities.exitName,
    enforcers: entities.enforcers,
    lights: entities.lights,
    doors: entities.doors,
    children: entities.children,
    dreamCircles: entities.dreamCircles,
    hidingSpots: entities.hidingSpots,
    checkpoints: entities.checkpoints,
    exitRequires: entities.exitRequires,
    triggers: entities.triggers,
    talks: entities.talks,
    clues: entities.clues,
    reveals,
    ...story,
    radioRangeTiles: wholeNumberProperty(map, problems, { name: 'radioRange', unit: 'tiles', max: 1000, fallback: DEFAULT_RADIO_RANGE_TILES }),
    marbles: wholeNumberProperty(map, problems, { name: 'marbles', unit: 'marbles', max: 99, fallback: DEFAULT_MARBLES }),
    darkness: readDarkness(map, problems),
    dream: dream.dream,
    map,
  };
  // The view's bounds, checked here so the game and npm run validate-map refuse the same maps: the
  // waking layers first (before a dreamscape of them is worked out), then with every dream phase's tiles.
  const waking = level.tileLayers.map((layer) => layer.gids);
  const place = `tile layers (${waking.length} drawn)`;
  const tooLarge = checkViewSize([waking], place);
  if (tooLarge !== null) {
    problems.error(tooLarge.place, tooLarge.message, tooLarge.hint);
    return level;
  }
  const scape = checkDream(level, problems);
  const dreamTooLarge = scape === null ? null : checkViewSize([waking, ...scape.phases.map((phase) => phase.layers)], place);
  if (dreamTooLarge !== null) problems.error(dreamTooLarge.place, dreamTooLarge.message, dreamTooLarge.hint);
  return level;
}

/**
 * The map's story as a whole: every flag it names, the reveals its objects name, the map properties
 * `story` and `resetFlagsOnCatch`. Checks against the ink story (knots, ink variables) come later, where
 * the story is compiled (src/story).
 */
function readStoryShape(
  map: TiledMap,
  read: { readonly entities: Entities; readonly reveals: readonly RevealDefinition[] },
  problems: ProblemList,
): Pick<LevelDefinition, 'flags' | 'resetFlagsOnCatch' | 'storyPath'> {
  const { entities, reveals } = read;
  const actions = [...entities.triggers, ...entities.talks, ...entities.clues, ...entities.dreamCircles];
  const conditions = [...actions.flatMap((action) => action.requires), ...entities.doors.flatMap((door) => door.requires), ...entities.exitRequires];
  const changes = actions.flatMap((action) => action.sets);
  const flags = collectFlags(map, { conditions, changes }, problems);
  for (const action of actions) {
    if (action.reveal !== '' && !reveals.some((reveal) => reveal.name === action.reveal)) {
      problems.error(`"${action.name}" (object ${action.id})`, `it reveals "${action.reveal}", but the map has no layer reveal/${action.reveal}`, `Draw the revealed tiles on a tile layer named reveal/${action.reveal} (or reveal/${action.reveal}/<layer>), or fix the name.`);
    }
  }
  const storyPath = map.properties.story ?? '';
  if (typeof storyPath !== 'string') problems.error('map property "story"', `"story" is ${JSON.stringify(storyPath)}, not a file`, 'Make "story" a file property naming the map\'s .ink source.');
  const scenes = actions.filter((action) => action.scene !== '');
  if (storyPath === '' && scenes.length > 0) {
    problems.error(`"${scenes[0]!.name}" (object ${scenes[0]!.id})`, `it opens the scene "${scenes[0]!.scene}", but the map names no story`, 'Set the map property "story" (a file) to the .ink file its scenes are written in.');
  }
  if (storyPath === '') {
    // Without a story, only the map can set a flag: one it reads and never sets would lock for good.
    // A flag the map property `flags` starts other than 0 counts as set; one started at 0 can never change.
    const set = new Set([...changes.map((change) => change.flag), ...flags.filter((flag) => flag.initial !== 0).map((flag) => flag.name)]);
    const unset = conditions.find((condition) => !set.has(condition.flag) && !(condition.compare === '==' && condition.value === 0));
    if (unset !== undefined) problems.warning('map', `the flag "${unset.flag}" is read but nothing sets it`, 'Set it with a Trigger, Talk or Clue\'s "sets", or start it with the map property "flags".');
  }
  const reset = map.properties.resetFlagsOnCatch ?? false;
  return { flags, resetFlagsOnCatch: reset === true, storyPath: typeof storyPath === 'string' ? storyPath : '' };
}

/** A whole-number map property (`radioRange`, `marbles`), or its default when it is missing or not a sensible number. */
function wholeNumberProperty(
  map: TiledMap,
  problems: ProblemList,
  property: { readonly name: string; readonly unit: string; readonly max: number; readonly fallback: number },
): number {
  const { name, unit, max, fallback } = property;
  const value = map.properties[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    problems.warning('map', `the map property "${name}" is ${JSON.stringify(value)}; it must be a whole number of ${unit} from 0 to ${max}`, `Using ${fallback}.`);
    return fallback;
  }
  return value;
}
