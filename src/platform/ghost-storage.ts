// The personal best's run, kept to be raced as a ghost: one per category and run identity, in its own
// localStorage key with its own version (the versioned save belongs to settings, splits and progress).
// Written only when the splits call a run the personal best (src/platform/attempt-keeping.ts): one
// decision for both, so the ghost raced is always the run the splits compare with. Nothing is lost: a stored
// text this build cannot read is copied aside before anything is written over it, and a refused write
// leaves the old ghost where it was.
import { decodeInputRuns, encodeInputRuns, MAX_REPLAY_TICKS } from '../run/replay.ts';
import type { InputFrame, WorldStart } from '../sim/index.ts';
import { browserStorage } from './save-storage.ts';

export const GHOSTS_KEY = 'analog-dreams/ghosts';
/** Where an unreadable ghosts text is kept, as it was. */
export const GHOSTS_ASIDE_KEY = 'analog-dreams/ghosts-unreadable';
export const GHOSTS_VERSION = 1;
/** The newest ghosts kept: a run of an hour is a few hundred KB, and storage is shared with the save. */
export const MAX_GHOSTS = 12;

export interface GhostStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface StoredGhost {
  readonly category: string;
  readonly identity: string;
  readonly ticks: number;
  readonly seed: number;
  /** What the chapter before handed the level (the campaign's flags and followers): the ghost starts as the run did. */
  readonly start: WorldStart;
  readonly inputs: readonly InputFrame[];
}

type Read = { readonly ok: true; readonly ghosts: StoredGhost[] } | { readonly ok: false; readonly text: string };

function readStart(value: unknown): WorldStart | null {
  if (typeof value !== 'object' || value === null) return null;
  const { flags, followers } = value as Record<string, unknown>;
  if (typeof flags !== 'object' || flags === null || Array.isArray(flags)) return null;
  if (!Object.values(flags).every((flag) => Number.isSafeInteger(flag))) return null;
  if (!Array.isArray(followers) || !followers.every((name) => typeof name === 'string')) return null;
  return { flags: flags as Record<string, number>, followers: followers };
}

function readGhost(value: unknown): StoredGhost | null {
  if (typeof value !== 'object' || value === null) return null;
  const { category, identity, ticks, seed, start, inputs } = value as Record<string, unknown>;
  if (typeof category !== 'string' || typeof identity !== 'string') return null;
  if (!Number.isSafeInteger(ticks) || !Number.isSafeInteger(seed)) return null;
  const carried = readStart(start);
  const decoded = decodeInputRuns(inputs, { place: 'inputs', maximumSteps: MAX_REPLAY_TICKS });
  if (carried === null || !decoded.ok) return null;
  return { category, identity, ticks: ticks as number, seed: seed as number, start: carried, inputs: decoded.frames };
}

function readAll(storage: GhostStorage): Read {
  const text = storage.getItem(GHOSTS_KEY);
  if (text === null) return { ok: true, ghosts: [] };
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    if (json.version !== GHOSTS_VERSION || !Array.isArray(json.ghosts)) return { ok: false, text };
    const ghosts = (json.ghosts as unknown[]).map(readGhost);
    return ghosts.every((ghost) => ghost !== null) ? { ok: true, ghosts: ghosts } : { ok: false, text };
  } catch {
    return { ok: false, text };
  }
}

/** The kept ghost of this category and run identity, or null (none kept, no storage, or unreadable). */
export function loadGhost(key: { readonly category: string; readonly identity: string }, storage: GhostStorage | null = browserStorage()): StoredGhost | null {
  if (storage === null) return null;
  try {
    const read = readAll(storage);
    if (!read.ok) return null;
    return read.ghosts.find((ghost) => ghost.category === key.category && ghost.identity === key.identity) ?? null;
  } catch {
    return null;
  }
}

/**
 * Keeps `ghost` in place of the one kept for its category and identity (the caller decided it is the
 * personal best). Returns whether it was written; the old ghost stands when not.
 */
export function keepGhost(ghost: StoredGhost, storage: GhostStorage | null = browserStorage()): boolean {
  if (storage === null) return false;
  try {
    const read = readAll(storage);
    if (!read.ok) {
      // Kept aside first; when that fails nothing is written over it.
      storage.setItem(GHOSTS_ASIDE_KEY, read.text);
      if (storage.getItem(GHOSTS_ASIDE_KEY) !== read.text) return false;
    }
    const ghosts = read.ok ? read.ghosts : [];
    const others = ghosts.filter((other) => other.category !== ghost.category || other.identity !== ghost.identity);
    const stored = [...others, ghost].slice(-MAX_GHOSTS).map((entry) => ({ ...entry, inputs: encodeInputRuns(entry.inputs).map((run) => JSON.parse(run) as unknown) }));
    storage.setItem(GHOSTS_KEY, JSON.stringify({ version: GHOSTS_VERSION, ghosts: stored }));
    return true;
  } catch {
    // Full or forbidden storage: the old ghost stays as it was.
    return false;
  }
}
