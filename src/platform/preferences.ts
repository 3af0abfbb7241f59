// Small settings a player expects the game to remember between visits. Storage may be missing or throw
// (private windows, blocked cookies): then the setting lasts for the visit and nothing breaks.

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
