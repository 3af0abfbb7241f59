// Small settings a player expects the game to remember between visits, kept in the save's settings
// (save version 3; older builds kept each under its own key, moved in once by the save storage). Storage
// may be missing or throw (private windows, blocked cookies): then the setting lasts for the visit and
// nothing breaks; a save that cannot be read is never written over (src/platform/save-storage.ts).
import { GAME_SPEED_PERCENTS } from '../run/level-session.ts';
import { DETECTION_ASSIST_PERCENTS } from '../sim/index.ts';
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
 * Speedrun mode: the splits are shown live and the Enforcers' planned walks (no assist: they show what the
 * rules decide) start hidden. Off unless the player turned it on.
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

/** A volume stored in steps, 0 to VOLUME_STEPS; anything else (missing, edited) reads as `fallback`. */
function readVolumeSteps(name: string, options: { readonly storage: PreferenceStorage | null; readonly fallback: number }): number {
  const stored = storedSettings(options.storage)[name];
  return typeof stored === 'number' && Number.isInteger(stored) && stored >= 0 && stored <= VOLUME_STEPS ? stored : options.fallback;
}

/** Music sits under the effects by default: the hunt's sounds must be heard over it. */
export const DEFAULT_MUSIC_VOLUME = 7;

/** The music's volume, 0 to VOLUME_STEPS, under the master volume; anything else reads as the default. */
export function readMusicVolume(storage: PreferenceStorage | null = browserStorage()): number {
  return readVolumeSteps('musicVolume', { storage, fallback: DEFAULT_MUSIC_VOLUME });
}

export function writeMusicVolume(steps: number, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('musicVolume', steps, storage);
}

/** The sound effects' volume, 0 to VOLUME_STEPS (full), under the master volume. */
export function readEffectsVolume(storage: PreferenceStorage | null = browserStorage()): number {
  return readVolumeSteps('effectsVolume', { storage, fallback: VOLUME_STEPS });
}

export function writeEffectsVolume(steps: number, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('effectsVolume', steps, storage);
}

/**
 * Low effects: the dream's waves and blooms are drawn still, for machines that draw slowly. `null` until
 * the player (or the game, when frames stay slow) chose: only then may the game choose for them.
 */
export function readLowEffects(storage: PreferenceStorage | null = browserStorage()): boolean | null {
  const stored = storedSettings(storage).lowEffects;
  return typeof stored === 'boolean' ? stored : null;
}

export function writeLowEffects(low: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('lowEffects', low, storage);
}

/** Fullscreen as the player last left it: asked for again at their first press on the next visit. */
export function readFullscreen(storage: PreferenceStorage | null = browserStorage()): boolean {
  return storedSettings(storage).fullscreen === true;
}

export function writeFullscreen(on: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('fullscreen', on, storage);
}

/** Whether the ghost (the personal best's run, or an imported one) is drawn while a chapter is played; on by default. */
export function readGhostShown(storage: PreferenceStorage | null = browserStorage()): boolean {
  return storedSettings(storage).ghostShown !== false;
}

export function writeGhostShown(on: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('ghostShown', on, storage);
}

/** Whether speedrun mode draws the tick's inputs as key caps (for run videos); off by default. */
export function readInputDisplay(storage: PreferenceStorage | null = browserStorage()): boolean {
  return storedSettings(storage).inputDisplay === true;
}

export function writeInputDisplay(on: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('inputDisplay', on, storage);
}

// Accessibility: the colour-blind-safe palette, high-contrast cones, text size and the two assists. The
// assists mark a run assisted wherever it is shown or saved (src/run/run-marks.ts).

/** The colour-blind-safe palette: state colours told apart by lightness too, each cue with its own shape. */
export function readColorBlindPalette(storage: PreferenceStorage | null = browserStorage()): boolean {
  return storedSettings(storage).colorBlindPalette === true;
}

export function writeColorBlindPalette(on: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('colorBlindPalette', on, storage);
}

/** High-contrast cones: vision cones and noise rings drawn with a dark and a light outline and a stronger fill. */
export function readHighContrastCones(storage: PreferenceStorage | null = browserStorage()): boolean {
  return storedSettings(storage).highContrastCones === true;
}

export function writeHighContrastCones(on: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('highContrastCones', on, storage);
}

/** How large the words are: dialogue, the HUD's words and the menus. */
export const TEXT_SIZES = ['normal', 'large', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export function readTextSize(storage: PreferenceStorage | null = browserStorage()): TextSize {
  const stored = storedSettings(storage).textSize;
  return TEXT_SIZES.find((size) => size === stored) ?? 'normal';
}

export function writeTextSize(size: TextSize, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('textSize', size, storage);
}

/** The slower-detection assist, a percent of DETECTION_ASSIST_PERCENTS; anything else reads as 100 (off). */
export function readDetectionAssist(storage: PreferenceStorage | null = browserStorage()): number {
  const stored = storedSettings(storage).detectionAssist;
  return DETECTION_ASSIST_PERCENTS.find((percent) => percent === stored) ?? 100;
}

export function writeDetectionAssist(percent: number, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('detectionAssist', percent, storage);
}

/** The slower-game assist, a percent of GAME_SPEED_PERCENTS; anything else reads as 100 (off). */
export function readGameSpeedAssist(storage: PreferenceStorage | null = browserStorage()): number {
  const stored = storedSettings(storage).gameSpeedAssist;
  return GAME_SPEED_PERCENTS.find((percent) => percent === stored) ?? 100;
}

export function writeGameSpeedAssist(percent: number, storage: PreferenceStorage | null = browserStorage()): void {
  writeSetting('gameSpeedAssist', percent, storage);
}
