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
