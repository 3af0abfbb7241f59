// Turns a normalized Tiled map into a LevelDefinition by the conventions in maps/README.md, checking
// everything a level builder can get wrong and reporting it all at once.
import { collectProblems, type ProblemList } from '../tiled/problem-list.ts';
import type { Loaded, TiledMap } from '../tiled/tiled-map.ts';
import type { LevelDefinition } from './level-definition.ts';
import { buildGrid } from './level-grid.ts';
import { readEntities } from './read-entities.ts';
import { DEFAULT_RADIO_RANGE_TILES } from './entity-schema.ts';
import { checkDream } from './check-dream.ts';
import { DREAM_RULES_PROPERTY, namesDreamRules, type DreamRules } from './dream-definition.ts';
import { checkViewSize } from './level-limits.ts';
import { readDream } from './read-dream.ts';

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
  const level: LevelDefinition = {
    name: options.name ?? (typeof propertyName === 'string' && propertyName !== '' ? propertyName : 'level'),
    width: map.width,
    height: map.height,
    tileSize: grid.tileSize,
    solid: grid.solid,
    opaque: grid.opaque,
    tileLayers: dream.layers,
    tileBehaviours: dream.behaviours,
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
    radioRangeTiles: radioRangeOf(map, problems),
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

/** The map property `radioRange` (tiles), or the default when it is missing or not a sensible number. */
function radioRangeOf(map: TiledMap, problems: ProblemList): number {
  const value = map.properties.radioRange;
  if (value === undefined) return DEFAULT_RADIO_RANGE_TILES;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1000) {
    problems.warning('map', `the map property "radioRange" is ${JSON.stringify(value)}; it must be a whole number of tiles from 0 to 1000`, `Using ${DEFAULT_RADIO_RANGE_TILES}.`);
    return DEFAULT_RADIO_RANGE_TILES;
  }
  return value;
}
