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

const BEST_KEY_PREFIX = 'analog-dreams/best-ticks/';

/**
 * What storage holds for one level's best time. "Nothing stored" and "could not read" are different: a
 * browser that refuses reads may still accept writes, and writing then would replace a best it never saw.
 */
export type StoredBest =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'ticks'; readonly ticks: number }
  /** Storage threw on reading: a best may be there. */
  | { readonly kind: 'unreadable' }
  /** Something not written by this game (edited by hand, or by a later build): kept as it is. */
  | { readonly kind: 'tampered'; readonly text: string };

export function readStoredBest(levelKey: string, storage: PreferenceStorage | null = browserStorage()): StoredBest {
  if (storage === null) return { kind: 'nothing' };
  let text: string | null;
  try {
    text = storage.getItem(BEST_KEY_PREFIX + levelKey);
  } catch {
    return { kind: 'unreadable' };
  }
  if (text === null) return { kind: 'nothing' };
  return /^[1-9][0-9]{0,14}$/.test(text) ? { kind: 'ticks', ticks: Number(text) } : { kind: 'tampered', text };
}

/** The fewest ticks a level was finished in on this browser, or null (never, unreadable, or tampered with). */
export function readBestTicks(levelKey: string, storage: PreferenceStorage | null = browserStorage()): number | null {
  const stored = readStoredBest(levelKey, storage);
  return stored.kind === 'ticks' ? stored.ticks : null;
}

export interface FinishRecord {
  /** The best before this finish, or null if there was none this build can trust. */
  readonly previous: number | null;
  /**
   * False when there is no best to speak of: no storage, storage that refused to read or write, or a
   * stored value this build does not trust (then "first escape" would be a claim it cannot make).
   */
  readonly remembered: boolean;
}

/**
 * Records a finish; only a faster time replaces the stored one. `levelKey` names one version of one
 * map (see bestTimeKey), so an edited map starts a new record. Nothing is written over a value that could
 * not be read. A tampered value is replaced only by a finish faster than the number it reads as; one that
 * is not a number at all cannot be beaten and is left alone (it may be a later build's format, and a
 * player's record is never thrown away for a guess).
 */
export function recordFinish(
  { levelKey, ticks }: { readonly levelKey: string; readonly ticks: number },
  storage: PreferenceStorage | null = browserStorage(),
): FinishRecord {
  if (storage === null) return { previous: null, remembered: false };
  const stored = readStoredBest(levelKey, storage);
  switch (stored.kind) {
    case 'unreadable':
      return { previous: null, remembered: false };
    case 'tampered': {
      const number = stored.text.trim() === '' ? Number.NaN : Number(stored.text);
      if (Number.isFinite(number) && ticks < number) write(storage, levelKey, ticks);
      return { previous: null, remembered: false };
    }
    case 'ticks':
      if (ticks >= stored.ticks) return { previous: stored.ticks, remembered: true };
      return { previous: stored.ticks, remembered: write(storage, levelKey, ticks) };
    case 'nothing':
      return { previous: null, remembered: write(storage, levelKey, ticks) };
  }
}

/** False when storage refused the write (full or forbidden). */
function write(storage: PreferenceStorage, levelKey: string, ticks: number): boolean {
  try {
    storage.setItem(BEST_KEY_PREFIX + levelKey, String(ticks));
    return true;
  } catch {
    return false;
  }
}

/** A best time belongs to a map's name and its exact content: another map of the same file name is another race. */
export function bestTimeKey(levelName: string, mapHash: string): string {
  return `${levelName}/${mapHash}`;
}
