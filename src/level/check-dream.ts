// The validator's look at every phase of the dream: the sim never turns a cell solid under anyone, but a
// respawn puts Mira on the Spawn and children wake where they were placed, so those must stay open, and
// the exit must stay reachable whatever the dream shows. Checked for seed 0 (the level does not know the
// chapter's seed): a rule map with random outputs can differ for other seeds.
import { quoteShort } from '../tiled/places.ts';
import type { ProblemList } from '../tiled/problem-list.ts';
import { computeDreamscape } from './dreamscape.ts';
import type { LevelDefinition, Point } from './level-definition.ts';
import { labelRegions } from './region-labels.ts';

export const DREAM_CHECK_SEED = 0;

function phasePlace(level: LevelDefinition, phase: number): string {
  const name = level.dream?.phases[phase]?.name ?? '';
  return `dream phase ${phase + 1} ("${quoteShort(name === 'dream' ? 'dream' : `dream/${name}`)}")`;
}

function cellOf(level: LevelDefinition, point: Point): number {
  const column = Math.floor(point.x / level.tileSize);
  const row = Math.floor(point.y / level.tileSize);
  if (column < 0 || row < 0 || column >= level.width || row >= level.height) return -1;
  return row * level.width + column;
}

function exitCells(level: LevelDefinition): number[] {
  const cells: number[] = [];
  const { exit, tileSize } = level;
  for (let row = Math.floor(exit.y / tileSize); row <= Math.floor((exit.y + exit.height - 1e-6) / tileSize); row += 1) {
    for (let column = Math.floor(exit.x / tileSize); column <= Math.floor((exit.x + exit.width - 1e-6) / tileSize); column += 1) {
      if (column >= 0 && row >= 0 && column < level.width && row < level.height) cells.push(row * level.width + column);
    }
  }
  return cells;
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
  const spawnCell = cellOf(level, level.spawn);
  const exits = exitCells(level);
  scape.phases.forEach((form, phase) => {
    const place = phasePlace(level, phase);
    const solid = form.solid.slice();
    // Doors are counted open, as the waking check does: a door is a way.
    for (const door of level.doors) for (const cell of door.cells) solid[cell.y * level.width + cell.x] = 0;
    const at = (cell: number): string => `${place} at tile ${cell % level.width},${Math.floor(cell / level.width)}`;
    if (spawnCell !== -1 && solid[spawnCell] === 1) {
      problems.error(at(spawnCell), 'the dream turns the Spawn\'s cell solid: Mira would respawn inside it', 'Leave the Spawn\'s cell empty on the dream layers, or make the dream tile there walkable (collides false).');
    }
    for (const child of level.children) {
      const cell = cellOf(level, child.start);
      if (cell !== -1 && solid[cell] === 1) {
        problems.error(at(cell), `the dream turns the cell of Child ${child.id} solid`, 'Leave the child\'s cell empty on the dream layers, or make the dream tile there walkable (collides false).');
      }
    }
    const { labels } = labelRegions(solid, level.width, level.height);
    const spawnRegion = spawnCell === -1 ? -1 : labels[spawnCell]!;
    if (spawnRegion !== -1 && !exits.some((cell) => labels[cell] === spawnRegion)) {
      problems.warning(place, 'the Exit cannot be reached from the Spawn in this phase of the dream', 'Open a way through the dream\'s solid tiles (vines are walkable: collides false), or change what the rules put down.');
    }
  });
}
