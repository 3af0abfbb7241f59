// Suspicious: stop and look, at Mira while she is seen and at where she was last seen while the meter
// drains; when it is empty, go back to the route.
import type { EnforcerBehaviour } from './enforcer-behaviour.ts';
import { stopWalking, turnToward } from './walking.ts';

export const suspiciousState: EnforcerBehaviour<'suspicious'> = {
  name: 'suspicious',
  enter({ enforcer, world }) {
    stopWalking(enforcer, world);
    return { name: 'suspicious' };
  },
  update(_data, { enforcer }) {
    turnToward(enforcer, enforcer.lastSeenX - enforcer.x, enforcer.lastSeenY - enforcer.y);
    return null;
  },
  onPercept(_data, percept, { enforcer }) {
    return !percept.seesMira && enforcer.detection === 0 ? { to: 'return' } : null;
  },
  // It asks for no paths: entering cancelled any it had asked for.
  onPathResult: () => null,
};
