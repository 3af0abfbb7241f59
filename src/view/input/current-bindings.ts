// The player's controls for the whole game, read from the save once and changed by the Controls screen;
// every prompt and every input reads them here, so a rebound key shows and works everywhere at once. Also
// which device the player used last, so prompts name pad buttons to a pad player.
import { readSavedBindings, writeSavedBindings } from '../../platform/bindings-storage.ts';
import type { SaveWrite } from '../../platform/save-storage.ts';
import { bindingOverrides, bindingsFromSave, promptLabelFor, type ControlDevice } from './binding-model.ts';
import type { Action, Bindings } from './bindings.ts';

let loaded: { bindings: Bindings; problems: readonly string[] } | null = null;
let lastDevice: ControlDevice = 'keyboard';

function state(): { bindings: Bindings; problems: readonly string[] } {
  loaded ??= bindingsFromSave(readSavedBindings());
  return loaded;
}

export function currentBindings(): Bindings {
  return state().bindings;
}

/** Saved changes this build left out, each naming its place (the Controls screen says them); empty when all were used. */
export function bindingProblems(): readonly string[] {
  return state().problems;
}

/** Uses `bindings` from now on and keeps them in the save; a refused write is reported, the controls still hold this visit. */
export function changeBindings(bindings: Bindings): SaveWrite {
  loaded = { bindings, problems: [] };
  return writeSavedBindings(bindingOverrides(bindings));
}

/** A key or a pad button was just used: prompts follow that device. */
export function noteDeviceUsed(device: ControlDevice): void {
  lastDevice = device;
}

export function deviceUsedLast(): ControlDevice {
  return lastDevice;
}

/** The controls a prompt names for `action` now: its keys, or its pad buttons after a pad was used. */
export function promptLabel(action: Action, bindings: Bindings = currentBindings()): string {
  return promptLabelFor(action, { bindings, device: lastDevice });
}
