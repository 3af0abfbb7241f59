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

const BEST_KEY_PREFIX = 'analog-dreams/best-ticks/';

/** The fewest ticks a level was finished in on this browser, or null (never, or a value tampered with). */
export function readBestTicks(levelName: string, storage: PreferenceStorage | null = browserStorage()): number | null {
  try {
    const text = storage?.getItem(BEST_KEY_PREFIX + levelName) ?? null;
    if (text === null || !/^[1-9][0-9]{0,14}$/.test(text)) return null;
    return Number(text);
  } catch {
    return null;
  }
}

/**
 * Records a finish; returns the best before it (null if none) so the caller can say "new best". Only a
 * faster time replaces the stored one.
 */
export function recordFinish(
  { levelName, ticks }: { readonly levelName: string; readonly ticks: number },
  storage: PreferenceStorage | null = browserStorage(),
): number | null {
  const previous = readBestTicks(levelName, storage);
  if (previous === null || ticks < previous) {
    try {
      storage?.setItem(BEST_KEY_PREFIX + levelName, String(ticks));
    } catch {
      // The time is still shown; only remembering it failed.
    }
  }
  return previous;
}
