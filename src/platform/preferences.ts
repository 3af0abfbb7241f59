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

/** What a finish did to the stored best, so the result screen claims only what was written. */
export type FinishRecord =
  /** No storage, or storage that refused to read: nothing can be said of a best. */
  | { readonly kind: 'unknown' }
  /** The first best this browser stored for the map (`setAside`: an unreadable old value was kept aside first). */
  | { readonly kind: 'first'; readonly setAside: boolean }
  /** Faster than the stored best, and written. */
  | { readonly kind: 'new-best'; readonly previous: number }
  /** Not faster: the stored best stands. */
  | { readonly kind: 'not-faster'; readonly best: number }
  /** Faster (or the first), but storage refused the write (full or forbidden): `best` still stands. */
  | { readonly kind: 'not-saved'; readonly best: number | null };

const SET_ASIDE_KEY_PREFIX = 'analog-dreams/best-ticks-set-aside/';

/**
 * Records a finish; only a faster time replaces the stored one. `levelKey` names one version of one
 * map (see bestTimeKey), so an edited map starts a new record. Nothing is written over a value that could
 * not be read. A stored value that is not a time this build writes (edited by hand, or a later build's
 * format) is kept aside under its own key, never thrown away, and the finish then counts as the first;
 * if it cannot be kept aside, it stays and the finish is not saved.
 */
export function recordFinish(
  { levelKey, ticks }: { readonly levelKey: string; readonly ticks: number },
  storage: PreferenceStorage | null = browserStorage(),
): FinishRecord {
  if (storage === null) return { kind: 'unknown' };
  const stored = readStoredBest(levelKey, storage);
  switch (stored.kind) {
    case 'unreadable':
      return { kind: 'unknown' };
    case 'tampered': {
      if (!setAside(storage, levelKey, stored.text)) return { kind: 'not-saved', best: null };
      return write(storage, levelKey, ticks) ? { kind: 'first', setAside: true } : { kind: 'not-saved', best: null };
    }
    case 'ticks':
      if (ticks >= stored.ticks) return { kind: 'not-faster', best: stored.ticks };
      return write(storage, levelKey, ticks) ? { kind: 'new-best', previous: stored.ticks } : { kind: 'not-saved', best: stored.ticks };
    case 'nothing':
      return write(storage, levelKey, ticks) ? { kind: 'first', setAside: false } : { kind: 'not-saved', best: null };
  }
}

/** Keeps a value this build cannot read under the set-aside key; false when storage refuses, or holds another there. */
function setAside(storage: PreferenceStorage, levelKey: string, text: string): boolean {
  const key = SET_ASIDE_KEY_PREFIX + levelKey;
  try {
    const already = storage.getItem(key);
    if (already !== null && already !== text) return false;
    storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** The value kept aside for a level's best (see recordFinish), or null. */
export function readSetAsideBest(levelKey: string, storage: PreferenceStorage | null = browserStorage()): string | null {
  try {
    return storage?.getItem(SET_ASIDE_KEY_PREFIX + levelKey) ?? null;
  } catch {
    return null;
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
