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

/** A volume stored in steps, 0 to VOLUME_STEPS; anything else (missing, edited, unreadable) reads as `fallback`. */
function readVolumeSteps(key: string, options: { readonly storage: PreferenceStorage | null; readonly fallback: number }): number {
  try {
    const stored = options.storage?.getItem(key);
    const steps = typeof stored === 'string' && /^[0-9]{1,2}$/.test(stored) ? Number(stored) : Number.NaN;
    return steps <= VOLUME_STEPS ? steps : options.fallback;
  } catch {
    return options.fallback;
  }
}

const MUSIC_VOLUME_KEY = 'analog-dreams/music-volume';
/** Music sits under the effects by default: the hunt's sounds must be heard over it. */
export const DEFAULT_MUSIC_VOLUME = 7;

/** The music's volume, 0 to VOLUME_STEPS, under the master volume; anything else reads as the default. */
export function readMusicVolume(storage: PreferenceStorage | null = browserStorage()): number {
  return readVolumeSteps(MUSIC_VOLUME_KEY, { storage, fallback: DEFAULT_MUSIC_VOLUME });
}

export function writeMusicVolume(steps: number, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(MUSIC_VOLUME_KEY, String(steps));
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}

const LOW_EFFECTS_KEY = 'analog-dreams/low-effects';

/**
 * Low effects: the dream's waves and blooms are drawn still, for machines that draw slowly. `null` until
 * the player (or the game, when frames stay slow) chose: only then may the game choose for them.
 */
export function readLowEffects(storage: PreferenceStorage | null = browserStorage()): boolean | null {
  try {
    const stored = storage?.getItem(LOW_EFFECTS_KEY);
    if (stored === 'true') return true;
    if (stored === 'false') return false;
    return null;
  } catch {
    return null;
  }
}

export function writeLowEffects(low: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(LOW_EFFECTS_KEY, low ? 'true' : 'false');
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}

const EFFECTS_VOLUME_KEY = 'analog-dreams/effects-volume';

/** The sound effects' volume, 0 to VOLUME_STEPS (full), under the master volume. */
export function readEffectsVolume(storage: PreferenceStorage | null = browserStorage()): number {
  return readVolumeSteps(EFFECTS_VOLUME_KEY, { storage, fallback: VOLUME_STEPS });
}

export function writeEffectsVolume(steps: number, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(EFFECTS_VOLUME_KEY, String(steps));
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}

const FULLSCREEN_KEY = 'analog-dreams/fullscreen';

/** Fullscreen as the player last left it: asked for again at their first press on the next visit. */
export function readFullscreen(storage: PreferenceStorage | null = browserStorage()): boolean {
  try {
    return storage?.getItem(FULLSCREEN_KEY) === 'true';
  } catch {
    return false;
  }
}

export function writeFullscreen(on: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(FULLSCREEN_KEY, on ? 'true' : 'false');
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}

const GHOST_SHOWN_KEY = 'analog-dreams/ghost-shown';

/** Whether the ghost (the personal best's run, or an imported one) is drawn while a chapter is played; on by default. */
export function readGhostShown(storage: PreferenceStorage | null = browserStorage()): boolean {
  try {
    return storage?.getItem(GHOST_SHOWN_KEY) !== 'false';
  } catch {
    return true;
  }
}

export function writeGhostShown(on: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(GHOST_SHOWN_KEY, on ? 'true' : 'false');
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}

const INPUT_DISPLAY_KEY = 'analog-dreams/input-display';

/** Whether speedrun mode draws the tick's inputs as key caps (for run videos); off by default. */
export function readInputDisplay(storage: PreferenceStorage | null = browserStorage()): boolean {
  try {
    return storage?.getItem(INPUT_DISPLAY_KEY) === 'true';
  } catch {
    return false;
  }
}

export function writeInputDisplay(on: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(INPUT_DISPLAY_KEY, on ? 'true' : 'false');
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}
