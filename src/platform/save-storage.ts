// The save (src/story/save.ts) in the browser's localStorage. Nothing a player has is ever lost: a save
// this build cannot read is copied aside to a backup key (never deleted) before the game starts clean; a
// save that cannot be read at all, or cannot be set aside, is left where it is and nothing is written
// over it; a write that storage refuses (full, forbidden) is reported, never claimed as saved.
import { EMPTY_SAVE, decodeSave, describeSaveProblem, encodeSave, type Save } from '../story/save.ts';
import { legacyPreferences } from './legacy-preferences.ts';

/** What the save needs of window.localStorage; a Map-backed stand-in fits in Node tests. */
export interface SaveBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export const SAVE_KEY = 'analog-dreams/save';
/** `<prefix>1`, `<prefix>2`...: each save this build could not read, as it was. */
export const SAVE_BACKUP_PREFIX = 'analog-dreams/save-backup/';
export const MAX_SAVE_BACKUPS = 16;
/** Where builds before the save kept each best time, `<level name>/<map hash>`: copied into the save, never removed. */
export const LEGACY_BEST_PREFIX = 'analog-dreams/best-ticks/';

export interface SaveLoad {
  readonly save: Save;
  /** For the player: why the game starts clean and where the old save is kept; null when all is well. */
  readonly notice: string | null;
  /** False when a write could lose something (a save that could not be read or set aside, or no storage). */
  readonly writable: boolean;
}

export type SaveWrite = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** The page's localStorage, or null where there is none or it may not be touched (a privacy setting throws). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function reason(error: unknown): string {
  if (error instanceof Error) return error.name === 'Error' ? error.message : `${error.name}: ${error.message}`;
  return String(error);
}

/** Bests kept by builds before the save, as they were: a value that is not a time is left out (and left in storage). */
function legacyBests(storage: SaveBackend): Record<string, number> {
  const bests: Record<string, number> = {};
  try {
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key === null || !key.startsWith(LEGACY_BEST_PREFIX)) continue;
      const text = storage.getItem(key);
      if (text !== null && /^[1-9][0-9]{0,14}$/.test(text)) bests[key.slice(LEGACY_BEST_PREFIX.length)] = Number(text);
    }
  } catch {
    // Storage that refuses to list its keys: the old bests stay where they are, only not copied in.
  }
  return bests;
}

function freshSave(storage: SaveBackend): Save {
  return { ...EMPTY_SAVE, settings: legacyPreferences(storage), legacyBests: legacyBests(storage) };
}

/** A save of an older version with the settings older builds kept under their own keys moved in (its own entries win). */
function broughtUp(storage: SaveBackend, save: Save): Save {
  return { ...save, settings: { ...legacyPreferences(storage), ...save.settings } };
}

let lastPeek: { readonly text: string | null; readonly save: Save } | null = null;

/**
 * The save as stored, read and never written: for settings read often (a preference asked every tick of a
 * scene). A save that cannot be read gives a clean one with the old separate settings, and is left for
 * loadSave to set aside and report. The last text read is remembered, so asking again costs one compare.
 */
export function peekSave(storage: SaveBackend | null = browserStorage()): Save {
  if (storage === null) return EMPTY_SAVE;
  let text: string | null;
  try {
    text = storage.getItem(SAVE_KEY);
  } catch {
    return EMPTY_SAVE;
  }
  if (lastPeek !== null && lastPeek.text === text) return lastPeek.save;
  const decoded = text === null ? null : decodeSave(text);
  const save = decoded === null || !decoded.ok ? freshSave(storage) : decoded.olderVersion === undefined ? decoded.save : broughtUp(storage, decoded.save);
  // Only a save of this version is remembered: any other falls back on the separate keys, which may change.
  lastPeek = text !== null && decoded?.ok === true && decoded.olderVersion === undefined ? { text, save } : null;
  return save;
}

/**
 * Copies an unreadable save to the first free backup key, or finds it already there (a clean save that
 * failed to be written after an earlier backup). Returns the key, or null when it could not be kept.
 */
function keepAside(storage: SaveBackend, text: string): string | null {
  for (let slot = 1; slot <= MAX_SAVE_BACKUPS; slot += 1) {
    const key = `${SAVE_BACKUP_PREFIX}${slot}`;
    const held = storage.getItem(key);
    if (held === text) return key;
    if (held !== null) continue;
    storage.setItem(key, text);
    return storage.getItem(key) === text ? key : null;
  }
  return null;
}

/** The save as stored, or a clean one with a notice saying why and where the old one is. Never throws. */
export function loadSave(storage: SaveBackend | null = browserStorage()): SaveLoad {
  if (storage === null) return { save: EMPTY_SAVE, notice: 'This browser gives the game no storage: progress lasts until the page is closed.', writable: false };
  let text: string | null;
  try {
    text = storage.getItem(SAVE_KEY);
  } catch (error) {
    return {
      save: EMPTY_SAVE,
      notice: `Saved progress could not be read (${reason(error)}). Nothing will be saved this visit, so nothing saved before is lost.`,
      writable: false,
    };
  }
  if (text === null) return { save: freshSave(storage), notice: null, writable: true };
  const decoded = decodeSave(text);
  if (decoded.ok && decoded.olderVersion !== undefined) {
    // Brought up to this version once: written now, the next visit reads it as it is.
    const save = broughtUp(storage, decoded.save);
    const written = writeSave(storage, save);
    return { save, notice: written.ok ? null : `Saved progress was read, but could not be brought up to date (${written.message}).`, writable: true };
  }
  if (decoded.ok) return { save: decoded.save, notice: null, writable: true };
  const why = describeSaveProblem(decoded.problem);
  let kept: string | null;
  try {
    kept = keepAside(storage, text);
  } catch {
    kept = null;
  }
  if (kept === null) {
    return {
      save: EMPTY_SAVE,
      notice: `Saved progress could not be read (${why}) and could not be set aside: it is left as it is, and nothing will be saved over it this visit.`,
      writable: false,
    };
  }
  const save = freshSave(storage);
  // The clean save replaces the unreadable one now that a copy is safe, so the next visit starts quietly.
  const written = writeSave(storage, save);
  const after = written.ok ? '' : ` (${written.message})`;
  return { save, notice: `Saved progress could not be read (${why}). It was kept as "${kept}" and the game starts fresh${after}.`, writable: true };
}

function writeSave(storage: SaveBackend, save: Save): SaveWrite {
  try {
    storage.setItem(SAVE_KEY, encodeSave(save));
    return { ok: true };
  } catch (error) {
    return { ok: false, message: `progress could not be saved: ${reason(error)}` };
  }
}

/**
 * Changes the stored save: loads it, applies `change`, writes the result if it differs. Every writer goes
 * through here, so none writes over a save it could not read.
 */
export function updateSave(change: (save: Save) => Save, storage: SaveBackend | null = browserStorage()): SaveLoad & { readonly written: SaveWrite } {
  const loaded = loadSave(storage);
  const save = change(loaded.save);
  if (save === loaded.save) return { ...loaded, written: { ok: true } };
  if (storage === null || !loaded.writable) {
    return { ...loaded, save, written: { ok: false, message: loaded.notice ?? 'progress could not be saved' } };
  }
  return { ...loaded, save, written: writeSave(storage, save) };
}

/** What a finish did to the stored best, so the result screen claims only what was written. */
export type FinishRecord =
  /** No storage, or a save that could not be read: nothing can be said of a best. */
  | { readonly kind: 'unknown' }
  /** The first best kept for this run identity (`setAside`: an unreadable save was kept aside first). */
  | { readonly kind: 'first'; readonly setAside: boolean }
  /** Faster than the stored best, and written. */
  | { readonly kind: 'new-best'; readonly previous: number }
  /** Not faster: the stored best stands. */
  | { readonly kind: 'not-faster'; readonly best: number }
  /** Faster (or the first), but storage refused the write (full or forbidden): `best` still stands. */
  | { readonly kind: 'not-saved'; readonly best: number | null };

/** Records a finish under its run identity; only a faster time replaces the best, and only a written one is claimed. */
export function recordFinish(
  { identity, ticks }: { readonly identity: string; readonly ticks: number },
  storage: SaveBackend | null = browserStorage(),
): FinishRecord {
  let previous: number | null = null;
  const result = updateSave((save) => {
    previous = save.bests[identity] ?? null;
    return previous !== null && ticks >= previous ? save : { ...save, bests: { ...save.bests, [identity]: ticks } };
  }, storage);
  if (storage === null || !result.writable) return { kind: 'unknown' };
  const before = previous as number | null;
  if (before !== null && ticks >= before) return { kind: 'not-faster', best: before };
  if (!result.written.ok) return { kind: 'not-saved', best: before };
  return before === null ? { kind: 'first', setAside: result.notice !== null } : { kind: 'new-best', previous: before };
}
