// Return: walk back to the waypoint it was heading for when it stopped, then patrol on.
import type { EnforcerBehaviour } from './enforcer-behaviour.ts';
import { suspiciousWhenSeen } from './enforcer-behaviour.ts';
import { currentWaypoint } from './route.ts';
import { requestPathTo, walkTo } from './walking.ts';

export const returnState: EnforcerBehaviour<'return'> = {
  name: 'return',
  enter({ enforcer, world, definition }) {
    const target = currentWaypoint(enforcer, definition);
    // The stop may have turned it round a corner: ask for a path at once rather than try straight first.
    if (enforcer.x !== target.x || enforcer.y !== target.y) requestPathTo(enforcer, world, target);
    return { name: 'return' };
  },
  update(_data, { enforcer, world, definition }) {
    return walkTo(enforcer, world, currentWaypoint(enforcer, definition)) ? { to: 'patrol' } : null;
  },
  onPercept: suspiciousWhenSeen,
  // The way back is blocked: patrol on from here (after the brain's pause) rather than stand forever.
  onPathResult: (_data, outcome) => (outcome.kind === 'found' ? null : { to: 'patrol' }),
};
