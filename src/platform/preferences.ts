// Small settings a player expects the game to remember between visits, kept in the save's settings
// (save version 3; older builds kept each under its own key, moved in once by the save storage). Storage
// may be missing or throw (private windows, blocked cookies): then the setting lasts for the visit and
// nothing breaks; a save that cannot be read is never written over (src/platform/save-storage.ts).
import type { SaveSettings } from '../story/save.ts';
import { peekSave, updateSave, type SaveBackend } from './save-storage.ts';

/** What the preferences need of window.localStorage; a Map-backed stand-in fits in Node tests. */
export type PreferenceStorage = SaveBackend;

function browserStorage(): PreferenceStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function storedSettings(storage: PreferenceStorage | null): SaveSettings {
  return storage === null ? {} : peekSave(storage).settings;
}

/** Writes one setting into the save; a refused write leaves the choice for this visit only. */
function writeSetting(name: string, value: string | number | boolean, storage: PreferenceStorage | null): void {
  if (storage === null) return;
  updateSave((save) => (save.settings[name] === value ? save : { ...save, settings: { ...save.settings, [name]: value } }), storage);
}

export function readMuted(storage: PreferenceStorage | null = browserStorage()): boolean {
  return storedSettings(storage).muted === true;
}

export function writeMuted(muted: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('muted', muted, storage);
}

/** The browser's own "reduce motion" setting: the default until the player chooses in the game. */
export function browserPrefersReducedMotion(): boolean {
  try {
    return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return false;
  }
}

/**
 * Reduced motion: the dream swaps tiles at once and marks rippling cells with a still highlight. A choice
 * stored in the game wins; with none stored, `fallback` (the browser's setting) decides.
 */
export function readReducedMotion(
  storage: PreferenceStorage | null = browserStorage(),
  fallback: boolean = browserPrefersReducedMotion(),
): boolean {
  const stored = storedSettings(storage).reducedMotion;
  return typeof stored === 'boolean' ? stored : fallback;
}

export function writeReducedMotion(reduced: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('reducedMotion', reduced, storage);
}

/** How fast a dialogue line is typed out; `instant` shows it whole at once. */
export const TEXT_SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;
export type TextSpeed = (typeof TEXT_SPEEDS)[number];

export function readTextSpeed(storage: PreferenceStorage | null = browserStorage()): TextSpeed {
  const stored = storedSettings(storage).textSpeed;
  return TEXT_SPEEDS.find((speed) => speed === stored) ?? 'normal';
}

export function writeTextSpeed(speed: TextSpeed, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('textSpeed', speed, storage);
}

/** Skip all dialogue: scenes run on by themselves to their choices (still the player's) and close. */
export function readSkipDialogue(storage: PreferenceStorage | null = browserStorage()): boolean {
  return storedSettings(storage).skipDialogue === true;
}

export function writeSkipDialogue(skip: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('skipDialogue', skip, storage);
}
/** The master volume in tenths: whole steps a menu moves through and a stored text reads back exactly. */
export const VOLUME_STEPS = 10;

/** The master volume, 0 to VOLUME_STEPS (full); a value that is not one of those reads as full. */
export function readMasterVolume(storage: PreferenceStorage | null = browserStorage()): number {
  const stored = storedSettings(storage).masterVolume;
  return typeof stored === 'number' && Number.isInteger(stored) && stored >= 0 && stored <= VOLUME_STEPS ? stored : VOLUME_STEPS;
}

export function writeMasterVolume(steps: number, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('masterVolume', steps, storage);
}

/**
 * Speedrun mode: the splits are shown live and the Enforcers' planned walks (an assist, which marks a
 * run) start hidden. Off unless the player turned it on.
 */
export function readSpeedrunMode(storage: PreferenceStorage | null = browserStorage()): boolean {
  return storedSettings(storage).speedrunMode === true;
}

export function writeSpeedrunMode(on: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('speedrunMode', on, storage);
}

/** Whether the player asked for the live link to LiveSplit's server: it connects again on the next visit. */
export function readLiveSplitLink(storage: PreferenceStorage | null = browserStorage()): boolean {
  return storedSettings(storage).liveSplitLink === true;
}

export function writeLiveSplitLink(on: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('liveSplitLink', on, storage);
}

/** Display: whether the run's timer shows on the HUD. Shown unless the player hid it. */
export function readTimerShown(storage: PreferenceStorage | null = browserStorage()): boolean {
  return storedSettings(storage).timerShown !== false;
}

export function writeTimerShown(shown: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('timerShown', shown, storage);
}

/** Display: whether speedrun mode's live splits panel shows. Shown unless the player hid it. */
export function readSplitsShown(storage: PreferenceStorage | null = browserStorage()): boolean {
  return storedSettings(storage).splitsShown !== false;
}

export function writeSplitsShown(shown: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('splitsShown', shown, storage);
}
