// Button indices of the Gamepad API's standard mapping (https://w3c.github.io/gamepad/#remapping), shared
// by the level's input and the menus so a pad means the same buttons everywhere.
import type { PadControl } from './bindings.ts';

export const PAD_BUTTON = {
  a: 0,
  b: 1,
  x: 2,
  y: 3,
  leftBumper: 4,
  rightBumper: 5,
  leftTrigger: 6,
  rightTrigger: 7,
  back: 8,
  start: 9,
  dpadUp: 12,
  dpadDown: 13,
  dpadLeft: 14,
  dpadRight: 15,
} as const;

/**
 * The button indices of some bound pad controls, by `table` (default: every button above); controls the
 * table has not (a stick, a trigger a menu ignores) are left out.
 */
export function padButtonsOf(controls: readonly PadControl[], table: Partial<Record<PadControl, number>> = PAD_BUTTON): number[] {
  return controls.flatMap((control) => {
    const index = table[control];
    return index === undefined ? [] : [index];
  });
}
