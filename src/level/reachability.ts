// Whether the Exit and every Enforcer's route can be reached, by the regions walls divide the map into.
import type { ProblemList } from '../tiled/problem-list.ts';
import type { Placed } from './entity-readers.ts';
import type { EnforcerDefinition, Point, Rect } from './level-definition.ts';
import { tileAt, tilesUnder, type Grid } from './level-grid.ts';
import { labelRegions } from './region-labels.ts';

/** Warnings only: the sim's own movement decides for sure, but a sealed-off exit is almost always a mistake. */
export function checkReachability(input: {
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
