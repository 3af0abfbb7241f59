// The validator's look at the dream and the places it depends on. In the waking map: every DreamCircle
// and Child can be reached from the Spawn, and no circle needs more children than can follow her there.
// In every phase of the dream: the Spawn and each Child's cell stay open (a respawn puts Mira on the
// Spawn, children wake where they were placed), the Exit stays reachable from the Spawn, and no circle,
// where she stands when the dream starts, is walled in away from both the Exit and the Spawn. Before any of that,
// the dreamscape's size and its rules' work are bounded (level-limits.ts, map-limits.ts).
// Phases are checked for seed 0 (the level does not know the chapter's seed): a rule map with random
// outputs can differ for other seeds.
import { checkAutomapWork } from '../tiled/automap/automap-work.ts';
import { quoteShort } from '../tiled/places.ts';
import type { ProblemList } from '../tiled/problem-list.ts';
import { DREAM_RULES_PROPERTY } from './dream-definition.ts';
import { computeDreamscape, type Dreamscape } from './dreamscape.ts';
import type { DreamCircleDefinition, LevelDefinition, Point } from './level-definition.ts';
import { tileAt, tilesUnder, type GridShape } from './level-grid.ts';
import { MAX_DREAMSCAPE_CELLS } from './level-limits.ts';
import { exitClosedWarning, isExitReachable, withDoorsOpen } from './reachability.ts';
import { labelRegions } from './region-labels.ts';

export const DREAM_CHECK_SEED = 0;

function phasePlace(level: LevelDefinition, phase: number): string {
  const name = level.dream?.phases[phase]?.name ?? '';
  return `dream phase ${phase + 1} ("${quoteShort(name === 'dream' ? 'dream' : `dream/${name}`)}")`;
}

function circlePlace(circle: DreamCircleDefinition): string {
  return `DreamCircle object ${circle.id}`;
}

/** A grid of the level's size with these solid cells, every Door counted open: a door is a way. */
function gridOf(level: LevelDefinition, solid: Uint8Array): GridShape {
  return { width: level.width, height: level.height, tileSize: level.tileSize, solid: withDoorsOpen(solid, level.doors, level.width) };
}

/** Region labels of a grid's open cells, and the lookups the checks need. */
function regionsOf(level: LevelDefinition, grid: GridShape): {
  readonly labels: Int32Array;
  readonly cellOf: (point: Point) => number;
  readonly circleRegions: (circle: DreamCircleDefinition) => Set<number>;
  readonly exitRegions: Set<number>;
} {
  const { labels } = labelRegions(grid.solid, level.width, level.height);
  const cellOf = (point: Point): number => {
    const tile = tileAt(grid, point.x, point.y);
    return tile.inside ? tile.row * level.width + tile.column : -1;
  };
  const regionsUnder = (area: DreamCircleDefinition['area']): Set<number> => {
    const regions = new Set<number>();
    for (const tile of tilesUnder(grid, area)) {
      const label = tile.inside ? labels[tile.row * level.width + tile.column]! : -1;
      if (label !== -1) regions.add(label);
    }
    return regions;
  };
  return { labels, cellOf, circleRegions: (circle) => regionsUnder(circle.area), exitRegions: regionsUnder(level.exit) };
}

/** The waking map: circles and children Mira cannot reach, and circles that ask for more children than can come. */
function checkWakingPlaces(level: LevelDefinition, problems: ProblemList): void {
  if (level.dreamCircles.length === 0) return;
  const grid = gridOf(level, level.solid);
  const { labels, cellOf, circleRegions } = regionsOf(level, grid);
  const spawnCell = cellOf(level.spawn);
  const spawnRegion = spawnCell === -1 ? -1 : labels[spawnCell]!;
  if (spawnRegion === -1) return;
  let reachableChildren = 0;
  for (const child of level.children) {
    const cell = cellOf(child.start);
    if (cell !== -1 && labels[cell] === spawnRegion) {
      reachableChildren += 1;
      continue;
    }
    problems.warning(`Child object ${child.id}`, 'walls close every way from the Spawn to this child: Mira can never wake it', 'Open a way through the walls (or a Door), or move the child.');
  }
  for (const circle of level.dreamCircles) {
    const place = circlePlace(circle);
    if (!circleRegions(circle).has(spawnRegion)) {
      problems.error(place, 'walls close every way from the Spawn to this DreamCircle: the dream can never start', 'Open a way through the walls (or a Door), or move the circle.');
    } else if (circle.children > level.children.length) {
      problems.error(place, `the circle needs ${circle.children} following children, but the map holds ${level.children.length}: the dream can never start`, 'Lower the circle\'s "children", or place more Child objects.');
    } else if (circle.children > reachableChildren) {
      problems.error(place, `the circle needs ${circle.children} following children, but only ${reachableChildren} can be reached from the Spawn: the dream can never start`, 'Lower the circle\'s "children", or open a way to the walled-off children.');
    }
  }
}

/** Null (and an error said) when the dreamscape would be too large, or its rules too much work, to compute. */
function checkDreamscapeCost(level: LevelDefinition, problems: ProblemList): boolean {
  const dream = level.dream!;
  const cells = level.width * level.height * level.tileLayers.length * (dream.phases.length + 1);
  if (cells > MAX_DREAMSCAPE_CELLS) {
    problems.error(
      'map',
      `the dream's ${dream.phases.length} phase(s) of ${level.tileLayers.length} drawn layers of ${level.width}x${level.height} hold ${cells} cells with the waking map; at most ${MAX_DREAMSCAPE_CELLS} (MAX_DREAMSCAPE_CELLS)`,
      'Use fewer dream/<name> layers (each is a phase), fewer tile layers, or a smaller map.',
    );
    return false;
  }
  const work = checkAutomapWork(level, dream.ruleMaps, { place: `map property "${DREAM_RULES_PROPERTY}"`, times: dream.phases.length });
  if (work !== null) {
    problems.error(work.place, work.message, work.hint);
    return false;
  }
  return true;
}

/**
 * Checks the dream and returns its dreamscape for the check seed, or null when there is none to show. The
 * Exit of a map with a dream is checked here: closed awake is fine when a phase of the dream opens the way
 * (the dream space's star wall); closed in every form of the map is the warning.
 */
export function checkDream(level: LevelDefinition, problems: ProblemList): Dreamscape | null {
  const exitPlace = `Exit "${quoteShort(level.exitName)}"`;
  const wakingExitReachable = isExitReachable(gridOf(level, level.solid), level);
  const scape = checkDreamPhases(level, problems, wakingExitReachable);
  if (wakingExitReachable || level.dream === null) return scape;
  const opened = scape?.phases.some((form) => isExitReachable(gridOf(level, form.solid), level)) ?? false;
  if (!opened) exitClosedWarning(exitPlace, problems, scape === null ? '' : ', awake or in any phase of the dream');
  return scape;
}

function checkDreamPhases(level: LevelDefinition, problems: ProblemList, wakingExitReachable: boolean): Dreamscape | null {
  const { dream } = level;
  if (dream === null) {
    if (level.dreamCircles.length > 0) {
      problems.warning('map', 'the map has a DreamCircle but no dream: no `dream` layer and no "dreamRules"', 'Paint what the dream changes on a tile layer named "dream", or name a rule map in the map property "dreamRules".');
    }
    return null;
  }
  if (level.dreamCircles.length === 0) {
    problems.warning('map', 'the map has a dream but no DreamCircle, so it can never start', 'Draw a DreamCircle rectangle or ellipse in the entities layer.');
  }
  checkWakingPlaces(level, problems);
  if (!checkDreamscapeCost(level, problems)) return null;
  const scape = computeDreamscape(level, DREAM_CHECK_SEED);
  for (const added of new Set(scape.addedTilesets.map((tileset) => tileset.name))) {
    problems.warning(`map property "dreamRules" tileset "${quoteShort(added)}"`, `a rule map puts down tiles of tileset "${quoteShort(added)}", which the map does not use, so they cannot be drawn`, 'Add the tileset to the map (Map > Add External Tileset), or use the map\'s own tiles in the rule map.');
  }
  scape.phases.forEach((form, phase) => {
    const place = phasePlace(level, phase);
    const grid = gridOf(level, form.solid);
    const { labels, cellOf, circleRegions, exitRegions } = regionsOf(level, grid);
    const spawnCell = cellOf(level.spawn);
    const solid = grid.solid;
    const at = (cell: number): string => `${place} at tile ${cell % level.width},${Math.floor(cell / level.width)}`;
    if (spawnCell !== -1 && solid[spawnCell] === 1) {
      problems.error(at(spawnCell), 'the dream turns the Spawn\'s cell solid: Mira would respawn inside it', 'Leave the Spawn\'s cell empty on the dream layers, or make the dream tile there walkable (collides false).');
    }
    for (const child of level.children) {
      const cell = cellOf(child.start);
      if (cell !== -1 && solid[cell] === 1) {
        problems.error(at(cell), `the dream turns the cell of Child ${child.id} solid`, 'Leave the child\'s cell empty on the dream layers, or make the dream tile there walkable (collides false).');
      }
    }
    // Walled in: from the circle she can reach neither the Exit nor the Spawn's side of the map. (A
    // dream that only closes the way to the Exit is the warning below, from the Spawn.)
    const spawnRegion = spawnCell === -1 ? -1 : labels[spawnCell]!;
    for (const circle of level.dreamCircles) {
      const regions = circleRegions(circle);
      if (regions.has(spawnRegion) || [...regions].some((region) => exitRegions.has(region))) continue;
      problems.error(
        `${place}, ${circlePlace(circle)}`,
        'the dream walls in the circle: from where Mira stands to dream, no way leads to the Exit or back to the Spawn, so she is trapped until the dream ends',
        'Leave a walkable way out of the circle on the dream layers (vines are walkable: collides false), or change what the rules put down round it.',
      );
    }
    // A phase that closes a way the waking map leaves open; a map closed awake is judged over all phases above.
    if (wakingExitReachable && spawnCell !== -1 && solid[spawnCell] === 0 && !isExitReachable(grid, level, labels)) {
      problems.warning(place, 'the Exit cannot be reached from the Spawn in this phase of the dream', 'Open a way through the dream\'s solid tiles (vines are walkable: collides false), or change what the rules put down.');
    }
  });
  return scape;
}
