// Return: walk back to the nearest point of its route, then patrol on from there.
import { toSubpixels } from '../fixed-point.ts';
import type { EnforcerBehaviour } from './enforcer-behaviour.ts';
import { reactToPercept } from './enforcer-behaviour.ts';
import { currentWaypoint, isStationary } from './route.ts';
import { requestPathTo, walkTo } from './walking.ts';

export const returnState: EnforcerBehaviour<'return'> = {
  name: 'return',
  enter({ enforcer, world, definition }) {
    if (!isStationary(definition)) {
      // Nearest as the crow flies: the path may be longer, but the choice is cheap and easy to predict.
      let best = Infinity;
      definition.route.forEach((point, index) => {
        const offsetX = toSubpixels(point.x) - enforcer.x;
        const offsetY = toSubpixels(point.y) - enforcer.y;
        const distance = offsetX * offsetX + offsetY * offsetY;
        if (distance < best) {
          best = distance;
          enforcer.routeIndex = index;
        }
      });
    }
    const target = currentWaypoint(enforcer, definition);
    // The hunt may have taken it round corners: ask for a path at once rather than try straight first.
    if (enforcer.x !== target.x || enforcer.y !== target.y) requestPathTo(enforcer, world, target);
    return { name: 'return' };
  },
  update(_data, { enforcer, world, definition }) {
    return walkTo(enforcer, world, currentWaypoint(enforcer, definition)) ? { to: 'patrol' } : null;
  },
  onPercept: reactToPercept,
  // The way back is blocked: patrol on from here (after the brain's pause) rather than stand forever.
  onPathResult: (_data, outcome) => (outcome.kind === 'found' ? null : { to: 'patrol' }),
};
