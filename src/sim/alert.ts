// The level's alert: alarm while any Enforcer chases; when the last chase ends, caution, which decays
// back to calm after CAUTION_TICKS without a chase (the HUD shows the time left).
import type { AlertLevel, SimEvent, World } from './types.ts';

/** 30 s of caution after a chase. */
export const CAUTION_TICKS = 1800;

export function updateAlert(world: World, events: SimEvent[]): void {
  const { alert } = world;
  const from: AlertLevel = alert.level;
  if (world.enforcers.some((enforcer) => enforcer.state.name === 'chase')) {
    alert.level = 'alarm';
    alert.cautionTicks = CAUTION_TICKS;
  } else if (alert.level === 'alarm') {
    alert.level = 'caution';
    alert.cautionTicks = CAUTION_TICKS;
  } else if (alert.level === 'caution') {
    alert.cautionTicks -= 1;
    if (alert.cautionTicks <= 0) {
      alert.level = 'calm';
      alert.cautionTicks = 0;
    }
  }
  if (alert.level !== from) events.push({ type: 'alert', from, to: alert.level });
}
