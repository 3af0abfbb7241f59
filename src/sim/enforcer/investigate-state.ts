// Investigate: walk a path to the last known position (a noise, a glimpse, a radio call), look round
// there, then search the neighbourhood.
import type { EnforcerBehaviour } from './enforcer-behaviour.ts';
import { chaseWhenCertain, parametersOf } from './enforcer-behaviour.ts';
import { lookAround, stopWalking, walkTo } from './walking.ts';

export const investigateState: EnforcerBehaviour<'investigate'> = {
  name: 'investigate',
  enter(context) {
    stopWalking(context.enforcer, context.world);
    return { name: 'investigate', arrived: false, lookTicks: parametersOf(context).investigateLookTicks };
  },
  update(data, { enforcer, world }) {
    if (!data.arrived) {
      data.arrived = walkTo(enforcer, world, { x: enforcer.lastSeenX, y: enforcer.lastSeenY });
      return null;
    }
    if (data.lookTicks <= 0) return { to: 'search' };
    lookAround(enforcer, data.lookTicks);
    data.lookTicks -= 1;
    return null;
  },
  onPercept(data, percept, context) {
    const certain = chaseWhenCertain(context);
    if (certain !== null) return certain;
    if (percept.seesMira || percept.bumped) return { to: 'suspicious' };
    if (percept.heard !== null) {
      // A fresh noise: the last known position moved, so walk there instead (a new path).
      stopWalking(context.enforcer, context.world);
      data.arrived = false;
      data.lookTicks = parametersOf(context).investigateLookTicks;
    }
    return null;
  },
  // It cannot get there: search from where it stands.
  onPathResult: (_data, outcome) => (outcome.kind === 'found' ? null : { to: 'search' }),
};
