// Whether the Exit and every Enforcer's route can be reached, by the regions walls divide the map into.
import type { ProblemList } from '../tiled/problem-list.ts';
import type { Placed } from './entity-readers.ts';
import type { DoorDefinition, EnforcerDefinition, Point, Rect } from './level-definition.ts';
import { tileAt, tilesUnder, type Grid, type GridShape } from './level-grid.ts';
import { labelRegions } from './region-labels.ts';

/** A copy of solid cells with every Door's cells open: a door opens for Mira and Enforcers alike, so a way through one is a way. */
export function withDoorsOpen(solid: Uint8Array, doors: readonly DoorDefinition[], width: number): Uint8Array {
  const open = Uint8Array.from(solid);
  for (const door of doors) for (const cell of door.cells) open[cell.y * width + cell.x] = 0;
  return open;
}

/** Whether any cell of the Exit lies in the Spawn's region of open cells (`labels`: the grid's regions, if already labelled). */
export function isExitReachable(
  grid: GridShape,
  { spawn, exit }: { readonly spawn: Point; readonly exit: Rect },
  labels = labelRegions(grid.solid, grid.width, grid.height).labels,
): boolean {
  const start = tileAt(grid, spawn.x, spawn.y);
  if (!start.inside) return false;
  const spawnRegion = labels[start.row * grid.width + start.column]!;
  return spawnRegion !== -1 && tilesUnder(grid, exit).some((tile) => tile.inside && labels[tile.row * grid.width + tile.column] === spawnRegion);
}

/** The warning for an Exit no way leads to from the Spawn; `when` says in which map (awake, or in no phase of the dream either). */
export function exitClosedWarning(place: string, problems: ProblemList, when: string): void {
  problems.warning(place, `the Exit cannot be reached from the Spawn${when}: walls close every way`, 'Open a way through the walls, or move the Exit or the Spawn.');
}

/**
 * Warnings only: the sim's own movement decides for sure, but a sealed-off exit is almost always a mistake.
 * On a map with a dream the Exit is left to check-dream.ts: a dream may be what opens the way on.
 */
export function checkReachability(input: {
  readonly grid: Grid;
  readonly spawn: Point;
  readonly exit: Rect;
  readonly exitPlace: string;
  readonly dreamMayOpenExit: boolean;
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
  if (!input.dreamMayOpenExit && !isExitReachable(grid, { spawn, exit }, labels)) exitClosedWarning(input.exitPlace, problems, '');
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
