// What the Controls screen lists, as menu entries built from the player's table: which device it shows,
// one row per action that may be rebound with its keys or pad buttons, reset and back. No Phaser: Node
// tests read it.
import { ACTION_DETAILS, REBINDABLE_ACTIONS, type ControlDevice } from '../input/binding-model.ts';
import { keysLabel, padLabel, type Action, type Bindings } from '../input/bindings.ts';
import type { MenuItem } from './menu-model.ts';

export const CONTROLS_ENTRY = { device: 'device', reset: 'reset', back: 'back' } as const;

const ACTION_PREFIX = 'action:';

/** The action a row rebinds, or null for the other rows. */
export function actionOfEntry(id: string): Action | null {
  if (!id.startsWith(ACTION_PREFIX)) return null;
  const name = id.slice(ACTION_PREFIX.length);
  return REBINDABLE_ACTIONS.find((action) => action === name) ?? null;
}

export function controlsEntries(bindings: Bindings, device: ControlDevice): MenuItem[] {
  const label = (action: Action): string => {
    const bound = device === 'keyboard' ? keysLabel(action, bindings) : padLabel(action, bindings);
    return bound === '' ? '(none)' : bound;
  };
  return [
    { id: CONTROLS_ENTRY.device, label: 'Showing', value: device === 'keyboard' ? 'keyboard' : 'gamepad' },
    ...REBINDABLE_ACTIONS.map((action) => ({ id: `${ACTION_PREFIX}${action}`, label: ACTION_DETAILS[action].name, value: label(action) })),
    { id: CONTROLS_ENTRY.reset, label: 'Reset to defaults' },
    { id: CONTROLS_ENTRY.back, label: 'Back to the settings' },
  ];
}

/** Above the rows: how to rebind, or what is happening now. */
export function controlsHelp(device: ControlDevice): string {
  return device === 'keyboard'
    ? 'Choose an action, then press its new key (Esc: keep the old one).'
    : 'Choose an action, then press its new pad button (Esc or a click: keep the old one).';
}

/** While waiting for the new control of `action`. */
export function capturePrompt(action: Action, device: ControlDevice): string {
  return device === 'keyboard'
    ? `Press the new key for ${ACTION_DETAILS[action].name}  (Esc: keep ${keysLabel(action) || 'none'})`
    : `Press the new pad button for ${ACTION_DETAILS[action].name}  (Esc or a click: keep ${padLabel(action) || 'none'})`;
}
