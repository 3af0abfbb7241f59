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

/** How fast a dialogue line types out; `instant` shows it whole. */
export type TextSpeed = 'slow' | 'normal' | 'fast' | 'instant';

export const TEXT_SPEEDS: readonly TextSpeed[] = ['slow', 'normal', 'fast', 'instant'];

const TEXT_SPEED_KEY = 'analog-dreams/text-speed';

function isTextSpeed(value: unknown): value is TextSpeed {
  return (TEXT_SPEEDS as readonly unknown[]).includes(value);
}

export function readTextSpeed(storage: PreferenceStorage | null = browserStorage()): TextSpeed {
  try {
    const stored = storage?.getItem(TEXT_SPEED_KEY);
    return isTextSpeed(stored) ? stored : 'normal';
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
