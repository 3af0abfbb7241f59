// Small settings a player expects the game to remember between visits. Storage may be missing or throw
// (private windows, blocked cookies): then the setting lasts for the visit and nothing breaks.
import { GAME_SPEED_PERCENTS } from '../run/level-session.ts';
import { DETECTION_ASSIST_PERCENTS } from '../sim/index.ts';

/** What the preferences need of window.localStorage; a Map-backed stand-in fits in Node tests. */
export interface PreferenceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const MUTED_KEY = 'analog-dreams/muted';

function browserStorage(): PreferenceStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readMuted(storage: PreferenceStorage | null = browserStorage()): boolean {
  try {
    return storage?.getItem(MUTED_KEY) === 'true';
  } catch {
    return false;
  }
}

export function writeMuted(muted: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(MUTED_KEY, muted ? 'true' : 'false');
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}

const REDUCED_MOTION_KEY = 'analog-dreams/reduced-motion';

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
  try {
    const stored = storage?.getItem(REDUCED_MOTION_KEY);
    if (stored === 'true') return true;
    if (stored === 'false') return false;
    return fallback;
  } catch {
    return fallback;
  }
}

export function writeReducedMotion(reduced: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(REDUCED_MOTION_KEY, reduced ? 'true' : 'false');
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}

/** How fast a dialogue line is typed out; `instant` shows it whole at once. */
export const TEXT_SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;
export type TextSpeed = (typeof TEXT_SPEEDS)[number];

const TEXT_SPEED_KEY = 'analog-dreams/text-speed';

export function readTextSpeed(storage: PreferenceStorage | null = browserStorage()): TextSpeed {
  try {
    const stored = storage?.getItem(TEXT_SPEED_KEY);
    return TEXT_SPEEDS.find((speed) => speed === stored) ?? 'normal';
  } catch {
    return 'normal';
  }
}

export function writeTextSpeed(speed: TextSpeed, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(TEXT_SPEED_KEY, speed);
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}

const SKIP_DIALOGUE_KEY = 'analog-dreams/skip-dialogue';

/** Skip all dialogue: scenes run on by themselves to their choices (still the player's) and close. */
export function readSkipDialogue(storage: PreferenceStorage | null = browserStorage()): boolean {
  try {
    return storage?.getItem(SKIP_DIALOGUE_KEY) === 'true';
  } catch {
    return false;
  }
}

export function writeSkipDialogue(skip: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(SKIP_DIALOGUE_KEY, skip ? 'true' : 'false');
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}

const MASTER_VOLUME_KEY = 'analog-dreams/master-volume';
/** The master volume in tenths: whole steps a menu moves through and a stored text reads back exactly. */
export const VOLUME_STEPS = 10;

/** The master volume, 0 to VOLUME_STEPS (full); a value that is not one of those reads as full. */
export function readMasterVolume(storage: PreferenceStorage | null = browserStorage()): number {
  try {
    const stored = storage?.getItem(MASTER_VOLUME_KEY);
    const steps = typeof stored === 'string' && /^[0-9]{1,2}$/.test(stored) ? Number(stored) : Number.NaN;
    return steps <= VOLUME_STEPS ? steps : VOLUME_STEPS;
  } catch {
    return VOLUME_STEPS;
  }
}

export function writeMasterVolume(steps: number, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(MASTER_VOLUME_KEY, String(steps));
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}

const SPEEDRUN_MODE_KEY = 'analog-dreams/speedrun-mode';

/**
 * Speedrun mode: the splits are shown live and the Enforcers' planned walks (an assist, which marks a
 * run) start hidden. Off unless the player turned it on.
 */
export function readSpeedrunMode(storage: PreferenceStorage | null = browserStorage()): boolean {
  try {
    return storage?.getItem(SPEEDRUN_MODE_KEY) === 'true';
  } catch {
    return false;
  }
}

export function writeSpeedrunMode(on: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(SPEEDRUN_MODE_KEY, on ? 'true' : 'false');
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}

const LIVESPLIT_LINK_KEY = 'analog-dreams/livesplit-link';

/** Whether the player asked for the live link to LiveSplit's server: it connects again on the next visit. */
export function readLiveSplitLink(storage: PreferenceStorage | null = browserStorage()): boolean {
  try {
    return storage?.getItem(LIVESPLIT_LINK_KEY) === 'true';
  } catch {
    return false;
  }
}

export function writeLiveSplitLink(on: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(LIVESPLIT_LINK_KEY, on ? 'true' : 'false');
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}

// Accessibility (issue 15): the colour-blind-safe palette, high-contrast cones, text size and the two
// assists. The assists mark a run assisted wherever it is shown or saved (src/run/run-marks.ts).

const COLOR_BLIND_PALETTE_KEY = 'analog-dreams/color-blind-palette';

/** The colour-blind-safe palette: state colours told apart by lightness too, each cue with its own shape. */
export function readColorBlindPalette(storage: PreferenceStorage | null = browserStorage()): boolean {
  try {
    return storage?.getItem(COLOR_BLIND_PALETTE_KEY) === 'true';
  } catch {
    return false;
  }
}

export function writeColorBlindPalette(on: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(COLOR_BLIND_PALETTE_KEY, on ? 'true' : 'false');
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}

const HIGH_CONTRAST_CONES_KEY = 'analog-dreams/high-contrast-cones';

/** High-contrast cones: vision cones and noise rings drawn with a dark and a light outline and a stronger fill. */
export function readHighContrastCones(storage: PreferenceStorage | null = browserStorage()): boolean {
  try {
    return storage?.getItem(HIGH_CONTRAST_CONES_KEY) === 'true';
  } catch {
    return false;
  }
}

export function writeHighContrastCones(on: boolean, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(HIGH_CONTRAST_CONES_KEY, on ? 'true' : 'false');
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}

/** How large the words are: dialogue, the HUD's words and the menus. */
export const TEXT_SIZES = ['normal', 'large', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

const TEXT_SIZE_KEY = 'analog-dreams/text-size';

export function readTextSize(storage: PreferenceStorage | null = browserStorage()): TextSize {
  try {
    const stored = storage?.getItem(TEXT_SIZE_KEY);
    return TEXT_SIZES.find((size) => size === stored) ?? 'normal';
  } catch {
    return 'normal';
  }
}

export function writeTextSize(size: TextSize, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(TEXT_SIZE_KEY, size);
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}

const DETECTION_ASSIST_KEY = 'analog-dreams/detection-assist';

/** The slower-detection assist, a percent of DETECTION_ASSIST_PERCENTS; anything else reads as 100 (off). */
export function readDetectionAssist(storage: PreferenceStorage | null = browserStorage()): number {
  try {
    const stored = Number(storage?.getItem(DETECTION_ASSIST_KEY) ?? 'none');
    return DETECTION_ASSIST_PERCENTS.find((percent) => percent === stored) ?? 100;
  } catch {
    return 100;
  }
}

export function writeDetectionAssist(percent: number, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(DETECTION_ASSIST_KEY, String(percent));
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}

const GAME_SPEED_ASSIST_KEY = 'analog-dreams/game-speed-assist';

/** The slower-game assist, a percent of GAME_SPEED_PERCENTS; anything else reads as 100 (off). */
export function readGameSpeedAssist(storage: PreferenceStorage | null = browserStorage()): number {
  try {
    const stored = Number(storage?.getItem(GAME_SPEED_ASSIST_KEY) ?? 'none');
    return GAME_SPEED_PERCENTS.find((percent) => percent === stored) ?? 100;
  } catch {
    return 100;
  }
}

export function writeGameSpeedAssist(percent: number, storage: PreferenceStorage | null = browserStorage()): void {
  try {
    storage?.setItem(GAME_SPEED_ASSIST_KEY, String(percent));
  } catch {
    // Full or forbidden storage: the choice still holds for this visit.
  }
}
