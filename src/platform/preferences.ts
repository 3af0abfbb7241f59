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
export function readBestTicks(levelKey: string, storage: PreferenceStorage | null = browserStorage()): number | null {
  try {
    const text = storage?.getItem(BEST_KEY_PREFIX + levelKey) ?? null;
    if (text === null || !/^[1-9][0-9]{0,14}$/.test(text)) return null;
    return Number(text);
  } catch {
    return null;
  }
}

export interface FinishRecord {
  /** The best before this finish, or null if there was none. */
  readonly previous: number | null;
  /** False when this browser keeps nothing (no storage, or it refused): then there is no best to speak of. */
  readonly remembered: boolean;
}

/**
 * Records a finish; only a faster time replaces the stored one. `levelKey` names one version of one
 * map (see bestTimeKey), so an edited map starts a new record.
 */
export function recordFinish(
  { levelKey, ticks }: { readonly levelKey: string; readonly ticks: number },
  storage: PreferenceStorage | null = browserStorage(),
): FinishRecord {
  if (storage === null) return { previous: null, remembered: false };
  const previous = readBestTicks(levelKey, storage);
  if (previous !== null && ticks >= previous) return { previous, remembered: true };
  try {
    storage.setItem(BEST_KEY_PREFIX + levelKey, String(ticks));
    return { previous, remembered: true };
  } catch {
    return { previous, remembered: false };
  }
}

/** A best time belongs to a map's name and its exact content: another map of the same file name is another race. */
export function bestTimeKey(levelName: string, mapHash: string): string {
  return `${levelName}/${mapHash}`;
}
