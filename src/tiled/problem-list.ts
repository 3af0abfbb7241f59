// Collects problems while a file is read, so a reader can report every problem at once instead of the
// first, and typed getters that turn a wrong JSON type into a problem instead of an exception.
import { MAX_STRING_LENGTH } from './map-limits.ts';
import type { Loaded, MapProblem } from './tiled-map.ts';

export type JsonObject = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class ProblemList {
  readonly problems: MapProblem[] = [];

  error(place: string, message: string, hint: string): void {
    this.problems.push({ severity: 'error', place, message, hint });
  }

  warning(place: string, message: string, hint: string): void {
    this.problems.push({ severity: 'warning', place, message, hint });
  }

  /** A problem already met in several places: `count` in all, `places` the first of them. */
  addGrouped(problem: MapProblem): void {
    this.problems.push(problem);
  }

  get hasErrors(): boolean {
    return this.problems.some((problem) => problem.severity === 'error');
  }

  /** Wraps a value read alongside these problems: any error makes the whole read fail. */
  finish<T>(value: T | undefined): Loaded<T> {
    if (value === undefined || this.hasErrors) {
      if (!this.hasErrors) {
        this.error('map', 'the file could not be read', 'Open it in Tiled and save it again.');
      }
      return { ok: false, problems: groupProblems(this.problems) };
    }
    return { ok: true, value, warnings: groupProblems(this.problems) };
  }
}

/** Places a grouped problem lists (the rest are only counted). */
export const GROUPED_PLACES = 5;

/**
 * One problem for each severity, message and hint, in the order first met: 40 objects with no class are
 * one problem with a count and the first places, not 40 rows.
 */
export function groupProblems(problems: readonly MapProblem[]): MapProblem[] {
  const groups = new Map<string, { first: MapProblem; members: number; count: number; places: string[] }>();
  for (const problem of problems) {
    const key = `${problem.severity}\u0000${problem.message}\u0000${problem.hint}`;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { first: problem, members: 1, count: problem.count ?? 1, places: [...(problem.places ?? [problem.place])] });
      continue;
    }
    group.members += 1;
    group.count += problem.count ?? 1;
    for (const place of problem.places ?? [problem.place]) if (group.places.length < GROUPED_PLACES) group.places.push(place);
  }
  // The message stays as it was (the screens and validate-map say the count), so a problem grouped once
  // groups again with more of its kind: the reader's problems are grouped again with the builder's.
  return [...groups.values()].map(({ first, members, count, places }) =>
    members === 1 ? first : { ...first, count, places: places.slice(0, GROUPED_PLACES) });
}

/**
 * Runs a reader with a fresh problem list and wraps what it returns. An exception is a bug of ours, not
 * the user's: it still comes back as a value, so the game can show it instead of crashing.
 */
export function collectProblems<T>(readerName: string, read: (problems: ProblemList) => T | undefined): Loaded<T> {
  const problems = new ProblemList();
  try {
    return problems.finish(read(problems));
  } catch (error) {
    problems.error(
      'map',
      `the ${readerName} failed unexpectedly: ${error instanceof Error ? error.message : 'unknown error'}`,
      'This is a bug in the game, not in your map; please report it with the map file attached.',
    );
    return { ok: false, problems: [...problems.problems] };
  }
}

/** For files Tiled can still open and save over: most damage is gone after a save. */
export const RESAVE_HINT = 'Open the map in Tiled and save it again; if Tiled cannot open it, restore it from version control.';

const REPAIR_HINT = 'Tiled never writes this; open the file in Tiled and save it again, or fix it by hand.';

export interface NumberRule {
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/** A JSON object seen through a problem list: each getter records a problem and falls back when wrong. */
export class FieldReader {
  readonly #source: JsonObject;

  constructor(
    source: JsonObject,
    readonly place: string,
    readonly problemList: ProblemList,
  ) {
    this.#source = source;
  }

  has(key: string): boolean {
    return this.#source[key] !== undefined && this.#source[key] !== null;
  }

  string(key: string, fallback: string): string {
    const value = this.#source[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string') {
      if (value.length <= MAX_STRING_LENGTH) return value;
      this.problemList.error(this.place, `"${key}" is ${value.length} characters long; at most ${MAX_STRING_LENGTH} are read`, REPAIR_HINT);
      return fallback;
    }
    this.problemList.error(this.place, `"${key}" should be text but is ${describeJson(value)}`, REPAIR_HINT);
    return fallback;
  }

  boolean(key: string, fallback: boolean): boolean {
    const value = this.#source[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    // Tiled 0.x wrote 0 and 1 for some flags.
    if (value === 0 || value === 1) return value === 1;
    this.problemList.error(this.place, `"${key}" should be true or false but is ${describeJson(value)}`, REPAIR_HINT);
    return fallback;
  }

  /** Returns the fallback, with a problem, when missing and required, of the wrong type, or out of range. */
  number(key: string, fallback: number, rule: NumberRule & { readonly required?: boolean } = {}): number {
    const value = this.#source[key];
    if (value === undefined || value === null) {
      if (rule.required === true) this.problemList.error(this.place, `"${key}" is missing`, REPAIR_HINT);
      return fallback;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.problemList.error(this.place, `"${key}" should be a number but is ${describeJson(value)}`, REPAIR_HINT);
      return fallback;
    }
    const problem = checkNumber(value, rule);
    if (problem !== undefined) {
      this.problemList.error(this.place, `"${key}" ${problem}`, REPAIR_HINT);
      return fallback;
    }
    return value;
  }
}

/** Why a number breaks a rule, or undefined when it keeps it. */
export function checkNumber(value: number, rule: NumberRule): string | undefined {
  if (rule.integer === true && !Number.isInteger(value)) return `should be a whole number but is ${value}`;
  if (rule.min !== undefined && value < rule.min) return `should be at least ${rule.min} but is ${value}`;
  if (rule.max !== undefined && value > rule.max) return `should be at most ${rule.max} but is ${value}`;
  return undefined;
}

/** A short description of a JSON value for messages: never the whole value, which may be huge. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `text "${value.slice(0, 40)}..."` : `text "${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}
