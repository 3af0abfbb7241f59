// Radio: an Enforcer that starts a chase calls the others after its class's delay, but only if it still
// sees a child when the delay ends, so a player who breaks its sight at once prevents a general alarm.
// Every other Enforcer (of a class that chases) within the level's radio range, not already chasing,
// comes to investigate the caller's last known position.
import { HUNTER_CLASS_PARAMETERS } from '../level/entity-schema.ts';
import type { EnforcerState, RadioCall, World } from './types.ts';

export function scheduleRadioCall(world: World, call: RadioCall): void {
  // One call at a time per caller: a chase that restarts does not call twice.
  if (world.radioCalls.some((waiting) => waiting.callerId === call.callerId)) return;
  world.radioCalls.push(call);
}

export interface RadioDelivery {
  readonly caller: EnforcerState;
  readonly recipients: EnforcerState[];
}

/** The calls due this tick that go out, with who receives each; due calls are removed either way. */
export function dueRadioCalls(world: World): RadioDelivery[] {
  const deliveries: RadioDelivery[] = [];
  const due = world.radioCalls.filter((call) => call.dueTick <= world.tick);
  if (due.length === 0) return deliveries;
  world.radioCalls = world.radioCalls.filter((call) => call.dueTick > world.tick);
  const range = world.level.radioRangeTiles * world.tiles.span;
  for (const call of due) {
    const caller = world.enforcers.find((enforcer) => enforcer.id === call.callerId);
    if (!caller || caller.state.name !== 'chase' || !caller.seesMira) continue;
    const recipients = world.enforcers.filter((other) => {
      if (other.id === caller.id || other.state.name === 'chase' || !HUNTER_CLASS_PARAMETERS[other.hunterClass].chases) return false;
      const offsetX = other.x - caller.x;
      const offsetY = other.y - caller.y;
      return offsetX * offsetX + offsetY * offsetY <= range * range;
    });
    deliveries.push({ caller, recipients });
  }
  return deliveries;
}
