// Patrol: walk the route, stop at each waypoint for the route's wait, and keep watch from a post when
// the route is a single point.
import type { EnforcerBehaviour } from './enforcer-behaviour.ts';
import { reactToPercept } from './enforcer-behaviour.ts';
import { advanceRoute, currentWaypoint, isStationary, watchFacing } from './route.ts';
import { turnToward, walkTo } from './walking.ts';

export const patrolState: EnforcerBehaviour<'patrol'> = {
  name: 'patrol',
  enter: () => ({ name: 'patrol', waitTicks: 0 }),
  update(data, { enforcer, world, definition }) {
    if (data.waitTicks > 0) {
      data.waitTicks -= 1;
      return null;
    }
    const arrived = walkTo(enforcer, world, currentWaypoint(enforcer, definition));
    if (!arrived) return null;
    if (isStationary(definition)) {
      const facing = watchFacing(definition, world.tick);
      turnToward(enforcer, facing.x, facing.y);
      return null;
    }
    // After a chase the level is on its guard: shorter stops.
    data.waitTicks = world.alert.level === 'calm' ? definition.waitTicks : Math.floor(definition.waitTicks / 2);
    advanceRoute(enforcer, definition);
    return null;
  },
  onPercept: reactToPercept,
  onPathResult(_data, outcome, { enforcer, definition }) {
    // A waypoint it cannot reach (walled off, or in a wall): try the next one after the pause.
    if (outcome.kind !== 'found') advanceRoute(enforcer, definition);
    return null;
  },
};
