// Patrol: walk the route, stop at each waypoint for its wait (the route's for that point, else the
// Enforcer's), and keep watch from a post when the route is a single point.
import type { EnforcerBehaviour } from './enforcer-behaviour.ts';
import { reactToPercept } from './enforcer-behaviour.ts';
import { advanceRoute, currentWaypoint, isStationary, waitAtWaypoint, watchFacing } from './route.ts';
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
    const wait = waitAtWaypoint(definition, enforcer.routeIndex);
    data.waitTicks = world.alert.level === 'calm' ? wait : Math.floor(wait / 2);
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
