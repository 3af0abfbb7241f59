// Suspicious: stop and look, at Mira while she is seen and at her last known position while the meter
// drains; a second noise sends it to investigate; when nothing more happens for its class's wait and the
// meter is empty, it goes back to the route.
import type { EnforcerBehaviour } from './enforcer-behaviour.ts';
import { chaseWhenCertain, parametersOf } from './enforcer-behaviour.ts';
import { stopWalking, turnToward } from './walking.ts';

export const suspiciousState: EnforcerBehaviour<'suspicious'> = {
  name: 'suspicious',
  enter({ enforcer, world }) {
    stopWalking(enforcer, world);
    return { name: 'suspicious', ticks: 0 };
  },
  update(data, { enforcer }) {
    turnToward(enforcer, enforcer.lastSeenX - enforcer.x, enforcer.lastSeenY - enforcer.y);
    data.ticks += 1;
    return null;
  },
  onPercept(data, percept, context) {
    const certain = chaseWhenCertain(context);
    if (certain !== null) return certain;
    if (percept.heard !== null) return { to: 'investigate' };
    if (percept.seesMira || percept.bumped) {
      data.ticks = 0;
      return null;
    }
    return context.enforcer.detection === 0 && data.ticks >= parametersOf(context).suspiciousTicks ? { to: 'return' } : null;
  },
  // It asks for no paths: entering cancelled any it had asked for.
  onPathResult: () => null,
};
