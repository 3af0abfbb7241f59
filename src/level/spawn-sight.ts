// A Spawn that an Enforcer sees at tick 0 catches Mira before the player can act: not an error (a level
// may mean it as a puzzle), but worth a warning. The cone is the Enforcer's at the start (its facing, range
// and angle); sight stops at tiles that block it, sampled along the line at quarter-tile steps. A
// warning only: the sim's own sight (fixed point, sight.ts) decides in play.
import type { ProblemList } from '../tiled/problem-list.ts';
import { degreeRotation } from './degree-rotation.ts';
import type { EnforcerDefinition, Point } from './level-definition.ts';
import type { Grid } from './level-grid.ts';

/** The unit vector of a facing in degrees (0 east, 90 south), without Math.sin (it may differ between engines). */
function direction(degrees: number): { x: number; y: number } {
  const { cos, sin } = degreeRotation(degrees);
  return { x: cos, y: sin };
}

function sightClear(grid: Grid, from: Point, to: Point): boolean {
  const length = Math.sqrt((to.x - from.x) ** 2 + (to.y - from.y) ** 2);
  const steps = Math.max(1, Math.ceil(length / (grid.tileSize / 4)));
  for (let step = 1; step < steps; step++) {
    const x = from.x + ((to.x - from.x) * step) / steps;
    const y = from.y + ((to.y - from.y) * step) / steps;
    const column = Math.floor(x / grid.tileSize);
    const row = Math.floor(y / grid.tileSize);
    if (column < 0 || row < 0 || column >= grid.width || row >= grid.height) return false;
    if (grid.opaque[row * grid.width + column] === 1) return false;
  }
  return true;
}

/** Whether the Enforcer's cone at tick 0 holds the point with nothing opaque between. */
export function seesAtStart(grid: Grid, enforcer: EnforcerDefinition, point: Point): boolean {
  const dx = point.x - enforcer.start.x;
  const dy = point.y - enforcer.start.y;
  const distance = Math.sqrt(dx * dx + dy * dy);
  if (distance > enforcer.sightRange) return false;
  if (distance > 0 && enforcer.sightAngle < 360) {
    const facing = direction(enforcer.facing);
    const halfAngle = direction(enforcer.sightAngle / 2);
    if ((dx * facing.x + dy * facing.y) / distance < halfAngle.x) return false;
  }
  return sightClear(grid, enforcer.start, point);
}

export function warnSpawnInSight(
  input: { readonly grid: Grid; readonly spawn: Point; readonly enforcers: readonly EnforcerDefinition[]; readonly placeOf: (id: number) => string },
  problems: ProblemList,
): void {
  for (const enforcer of input.enforcers) {
    if (!seesAtStart(input.grid, enforcer, input.spawn)) continue;
    problems.warning(
      input.placeOf(enforcer.id),
      'the Enforcer sees the Spawn at the start: Mira is being caught before the player can move',
      'Turn the Enforcer ("facing"), shorten its "sightRange", move it, or put a wall or hedge between them.',
    );
  }
}
