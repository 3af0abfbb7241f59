// The player's progress as one versioned object, and its text form. Parsed once at the edge into typed
// values; anything this build cannot read (not JSON, another version, wrong shapes, too large) is a
// problem naming the place, never a crash, and src/platform/save-storage.ts keeps such a save aside.
import { isRunIdentity } from '../run/run-identity.ts';
import { SplitsProblem, readSplitsRecord } from '../run/splits-codec.ts';
import type { SplitsRecord } from '../run/splits.ts';
import type { StoryFlags } from '../sim/index.ts';
import type { CampaignProgress } from './campaign-types.ts';
import { isJsonObject } from '../tiled/problem-list.ts';

export const SAVE_FORMAT = 'analog-dreams-save';
/**
 * Add one when the shape changes. A build reads its own version and the ones before it (each brought up
 * to this shape as it is read); a later version is kept aside. Version 2 added `reached` and `splits`;
 * version 3 `bindings`, and the settings the game kept under separate keys before (the platform's save
 * storage moves those in when it reads an older save).
 */
export const SAVE_VERSION = 3;
/** Version 1 had no `reached` (the chapter its progress names is the one it is known to have reached) and no `splits`. */
const FIRST_READABLE_VERSION = 1;
/** Splits records kept at most (each a category on one run identity): old map versions' too, so none is lost. */
export const MAX_SPLITS_RECORDS = 64;
/** Larger texts are refused before parsing: a real save is a few kilobytes. */
export const MAX_SAVE_CHARACTERS = 256 * 1024;
const MAX_ENTRIES = 1000;
const MAX_NAME_CHARACTERS = 200;
/** Flags are booleans and small integers; a save's count of anything past this was not written by the game. */
const MAX_FLAG_VALUE = 1_000_000;

/**
 * Player settings by name (`muted`, `textSpeed`...): each reader (src/platform/preferences.ts) checks its
 * own value, so a setting a later build adds is kept by this one, and any small plain value fits.
 */
export type SaveSettings = Readonly<Record<string, string | number | boolean>>;

/** One action's controls as saved: key names and pad control names, checked against the game's lists by the view. */
export interface SavedBinding {
  readonly keys: readonly string[];
  readonly pad: readonly string[];
}

/** The player's changes to the controls, by action name; an action not named keeps the game's default. */
export type SavedBindings = Readonly<Record<string, SavedBinding>>;

/** More controls than this on one action were not chosen by a player. */
const MAX_CONTROLS_PER_ACTION = 16;

export interface Save {
  readonly version: typeof SAVE_VERSION;
  /** Where the campaign stands; null before a game was begun. */
  readonly progress: CampaignProgress | null;
  /**
   * Chapter keys the player has reached, in the order first reached (Chapter select offers them). Kept by
   * a new game: what was reached once stays open.
   */
  readonly reached: readonly string[];
  readonly settings: SaveSettings;
  readonly bindings: SavedBindings;
  /** Fewest in-game ticks a chapter was finished in, by run identity (src/run/run-identity.ts). */
  readonly bests: Readonly<Record<string, number>>;
  /**
   * Bests stored before run identities (`<level name>/<map hash>` with no rules version), copied in as
   * they were so none is lost; no run of this build competes with them.
   */
  readonly legacyBests: Readonly<Record<string, number>>;
  /** Splits per category and run identity (src/run/splits.ts): personal best, best segments, attempts. */
  readonly splits: readonly SplitsRecord[];
}

export const EMPTY_SAVE: Save = { version: SAVE_VERSION, progress: null, reached: [], settings: {}, bindings: {}, bests: {}, legacyBests: {}, splits: [] };

export interface SaveProblem {
  /** `the save` for the whole text, else the field: `version`, `progress.carried.flags["x"]`. */
  readonly place: string;
  readonly message: string;
}

/** A problem as one phrase: `version is 2; this build reads save version 1`. */
export function describeSaveProblem(problem: SaveProblem): string {
  return problem.place === 'the save' ? problem.message : `${problem.place} ${problem.message}`;
}

/**
 * `olderVersion`: the version read when it was before this one (its settings may still be under their old
 * separate keys); absent for a save of this version.
 */
export type SaveResult = { readonly ok: true; readonly save: Save; readonly olderVersion?: number } | { readonly ok: false; readonly problem: SaveProblem };

export function encodeSave(save: Save): string {
  return JSON.stringify({ format: SAVE_FORMAT, ...save });
}

/** Thrown inside the decoder only, to stop at the first broken place; decodeSave turns it into a value. */
class Broken extends Error {
  constructor(readonly place: string, message: string) {
    super(message);
  }
}

function record(value: unknown, place: string): Record<string, unknown> {
  if (!isJsonObject(value)) throw new Broken(place, 'is not an object');
  if (Object.keys(value).length > MAX_ENTRIES) throw new Broken(place, `has more than ${MAX_ENTRIES} entries`);
  return value;
}

function wholeNumber(value: unknown, place: string, range: { readonly min: number; readonly max: number }): number {
  if (!Number.isSafeInteger(value) || (value as number) < range.min || (value as number) > range.max) {
    throw new Broken(place, `is ${describe(value)}, not a whole number from ${range.min} to ${range.max}`);
  }
  return value as number;
}

function name(value: unknown, place: string): string {
  if (typeof value !== 'string' || value === '' || value.length > MAX_NAME_CHARACTERS) {
    throw new Broken(place, `is ${describe(value)}, not a name of 1 to ${MAX_NAME_CHARACTERS} characters`);
  }
  // As a key it would set an object's prototype instead of an entry: no save of this game holds it.
  if (value === '__proto__') throw new Broken(place, 'is "__proto__", which no save of this game holds');
  return value;
}

function describe(value: unknown): string {
  // JSON.parse gives no functions or symbols: only a missing field stringifies to nothing.
  const text = value === undefined ? 'missing' : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}

/** Names to whole numbers, each checked; `checkName` may refuse a name the way only its field knows. */
function numbers(value: unknown, place: string, options: { readonly min: number; readonly max: number; readonly checkName?: (name: string) => boolean }): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [key, entry] of Object.entries(record(value, place))) {
    const at = `${place}[${JSON.stringify(key)}]`;
    name(key, at);
    if (options.checkName?.(key) === false) throw new Broken(at, 'is not a run identity (chapter/map hash/rules version)');
    result[key] = wholeNumber(entry, at, options);
  }
  return result;
}

function readProgress(value: unknown): CampaignProgress | null {
  if (value === null) return null;
  const progress = record(value, 'progress');
  const carried = record(progress.carried, 'progress.carried');
  if (!Array.isArray(carried.followers) || carried.followers.length > MAX_ENTRIES) throw new Broken('progress.carried.followers', 'is not a list of names');
  const followers = (carried.followers as unknown[]).map((follower, index) => name(follower, `progress.carried.followers[${index}]`));
  const flags: StoryFlags = numbers(carried.flags, 'progress.carried.flags', { min: -MAX_FLAG_VALUE, max: MAX_FLAG_VALUE });
  const realMilliseconds = progress.realMilliseconds;
  if (typeof realMilliseconds !== 'number' || !Number.isFinite(realMilliseconds) || realMilliseconds < 0) {
    throw new Broken('progress.realMilliseconds', `is ${describe(realMilliseconds)}, not a time`);
  }
  return {
    chapter: progress.chapter === null ? null : name(progress.chapter, 'progress.chapter'),
    carried: { flags, followers },
    ticks: wholeNumber(progress.ticks, 'progress.ticks', { min: 0, max: Number.MAX_SAFE_INTEGER }),
    realMilliseconds,
  };
}

function readReached(value: unknown, progress: CampaignProgress | null, version: number): string[] {
  if (version === 1) return progress === null || progress.chapter === null ? [] : [progress.chapter];
  if (!Array.isArray(value) || value.length > MAX_ENTRIES) throw new Broken('reached', 'is not a list of chapter keys');
  const keys = (value as unknown[]).map((key, index) => name(key, `reached[${index}]`));
  if (new Set(keys).size !== keys.length) throw new Broken('reached', 'names a chapter twice');
  return keys;
}

/** A chapter reached, added once, at the end of the list. */
export function withReached(save: Save, chapterKey: string): Save {
  return save.reached.includes(chapterKey) ? save : { ...save, reached: [...save.reached, chapterKey] };
}

function readSettings(value: unknown): SaveSettings {
  const settings: Record<string, string | number | boolean> = {};
  for (const [key, entry] of Object.entries(record(value, 'settings'))) {
    const place = `settings[${JSON.stringify(key)}]`;
    name(key, place);
    const plain = typeof entry === 'boolean' || (typeof entry === 'number' && Number.isFinite(entry)) || (typeof entry === 'string' && entry.length <= MAX_NAME_CHARACTERS);
    if (!plain) throw new Broken(place, `is ${describe(entry)}, not a short text, a number or true/false`);
    settings[key] = entry;
  }
  return settings;
}

function readControls(value: unknown, place: string): string[] {
  if (!Array.isArray(value) || value.length > MAX_CONTROLS_PER_ACTION) throw new Broken(place, `is not a list of at most ${MAX_CONTROLS_PER_ACTION} names`);
  return (value as unknown[]).map((entry, index) => name(entry, `${place}[${index}]`));
}

function readBindings(value: unknown): SavedBindings {
  const bindings: Record<string, SavedBinding> = {};
  for (const [action, entry] of Object.entries(record(value, 'bindings'))) {
    const place = `bindings[${JSON.stringify(action)}]`;
    name(action, place);
    const binding = record(entry, place);
    bindings[action] = { keys: readControls(binding.keys, `${place}.keys`), pad: readControls(binding.pad, `${place}.pad`) };
  }
  return bindings;
}

function readSplits(value: unknown): SplitsRecord[] {
  if (!Array.isArray(value) || value.length > MAX_SPLITS_RECORDS) throw new Broken('splits', `is not a list of at most ${MAX_SPLITS_RECORDS} records`);
  return (value as unknown[]).map((entry, index) => readSplitsRecord(entry, `splits[${index}]`));
}

export function decodeSave(text: string): SaveResult {
  if (text.length > MAX_SAVE_CHARACTERS) {
    return { ok: false, problem: { place: 'the save', message: `${text.length} characters, more than a save of this game ever is (${MAX_SAVE_CHARACTERS})` } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { place: 'the save', message: `not JSON: ${(error as Error).message}` } };
  }
  try {
    const save = record(json, 'the save');
    if (save.format !== SAVE_FORMAT) throw new Broken('format', `is ${describe(save.format)}, not "${SAVE_FORMAT}"`);
    const version = save.version;
    if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < FIRST_READABLE_VERSION || version > SAVE_VERSION) {
      throw new Broken('version', `is ${describe(version)}; this build reads save versions ${FIRST_READABLE_VERSION} to ${SAVE_VERSION}`);
    }
    const positive = { min: 1, max: Number.MAX_SAFE_INTEGER };
    const progress = readProgress(save.progress);
    const older = version < SAVE_VERSION ? { olderVersion: version } : {};
    return {
      ok: true,
      ...older,
      save: {
        version: SAVE_VERSION,
        progress,
        reached: readReached(save.reached, progress, version),
        settings: readSettings(save.settings),
        // Saves before version 3 kept no controls: every action has its default.
        bindings: version < 3 ? {} : readBindings(save.bindings),
        bests: numbers(save.bests, 'bests', { ...positive, checkName: isRunIdentity }),
        legacyBests: numbers(save.legacyBests, 'legacyBests', positive),
        // A version 2 save written before splits were kept has none yet: nothing to lose.
        splits: save.version === 1 || save.splits === undefined ? [] : readSplits(save.splits),
      },
    };
  } catch (error) {
    if (error instanceof Broken || error instanceof SplitsProblem) return { ok: false, problem: { place: error.place, message: error.message } };
    throw error;
  }
}
