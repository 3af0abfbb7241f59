// The validator's look at every phase of the dream: the sim never turns a cell solid under anyone, but a
// respawn puts Mira on the Spawn and children wake where they were placed, so those must stay open, and
// the exit must stay reachable whatever the dream shows. Checked for seed 0 (the level does not know the
// chapter's seed): a rule map with random outputs can differ for other seeds.
import { quoteShort } from '../tiled/places.ts';
import type { ProblemList } from '../tiled/problem-list.ts';
import { computeDreamscape } from './dreamscape.ts';
import type { LevelDefinition, Point } from './level-definition.ts';
import { tileAt } from './level-grid.ts';
import { isExitReachable, withDoorsOpen } from './reachability.ts';

export const DREAM_CHECK_SEED = 0;

function phasePlace(level: LevelDefinition, phase: number): string {
  const name = level.dream?.phases[phase]?.name ?? '';
  return `dream phase ${phase + 1} ("${quoteShort(name === 'dream' ? 'dream' : `dream/${name}`)}")`;
}

export function checkDream(level: LevelDefinition, problems: ProblemList): void {
  const { dream } = level;
  if (dream === null) {
    if (level.dreamCircles.length > 0) {
      problems.warning('map', 'the map has a DreamCircle but no dream: no `dream` layer and no "dreamRules"', 'Paint what the dream changes on a tile layer named "dream", or name a rule map in the map property "dreamRules".');
    }
    return;
  }
  if (level.dreamCircles.length === 0) {
    problems.warning('map', 'the map has a dream but no DreamCircle, so it can never start', 'Draw a DreamCircle rectangle or ellipse in the entities layer.');
  }
  const scape = computeDreamscape(level, DREAM_CHECK_SEED);
  for (const added of new Set(scape.addedTilesets.map((tileset) => tileset.name))) {
    problems.warning(`map property "dreamRules" tileset "${quoteShort(added)}"`, `a rule map puts down tiles of tileset "${quoteShort(added)}", which the map does not use, so they cannot be drawn`, 'Add the tileset to the map (Map > Add External Tileset), or use the map\'s own tiles in the rule map.');
  }
  scape.phases.forEach((form, phase) => {
    const place = phasePlace(level, phase);
    // Doors are counted open, as the waking check does: a door is a way.
    const grid = { width: level.width, height: level.height, tileSize: level.tileSize, solid: withDoorsOpen(form.solid, level.doors, level.width) };
    const cellOf = (point: Point): number => {
      const tile = tileAt(grid, point.x, point.y);
      return tile.inside ? tile.row * level.width + tile.column : -1;
    };
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
    if (spawnCell !== -1 && solid[spawnCell] === 0 && !isExitReachable(grid, level)) {
      problems.warning(place, 'the Exit cannot be reached from the Spawn in this phase of the dream', 'Open a way through the dream\'s solid tiles (vines are walkable: collides false), or change what the rules put down.');
    }
  });
}
