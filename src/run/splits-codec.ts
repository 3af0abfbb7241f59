// Reads a SplitsRecord back from stored JSON (the save), checking every field: a record this build did not
// write is a problem naming its place, never a half-read comparison.
import { isRunIdentity } from './run-identity.ts';
import { MAX_ATTEMPTS, type SplitAttempt, type SplitTime, type SplitsRecord } from './splits.ts';

/** A level has at most this many checkpoints worth splitting; a full game, all its chapters' together. */
const MAX_SEGMENTS = 256;
const MAX_NAME = 200;
const DATE_PATTERN = /^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d$/;

export class SplitsProblem extends Error {
  constructor(readonly place: string, message: string) {
    super(message);
  }
}

function object(value: unknown, place: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SplitsProblem(place, 'is not an object');
  return value as Record<string, unknown>;
}

function list(value: unknown, place: string, most: number): unknown[] {
  if (!Array.isArray(value) || value.length > most) throw new SplitsProblem(place, `is not a list of at most ${most}`);
  return value as unknown[];
}

function text(value: unknown, place: string): string {
  if (typeof value !== 'string' || value === '' || value.length > MAX_NAME) throw new SplitsProblem(place, `is not a name of 1 to ${MAX_NAME} characters`);
  return value;
}

function time(value: unknown, place: string): SplitTime | null {
  if (value === null) return null;
  const entry = object(value, place);
  const { ticks, realMilliseconds } = entry;
  if (!Number.isSafeInteger(ticks) || (ticks as number) < 0) throw new SplitsProblem(`${place}.ticks`, 'is not a whole number of ticks');
  if (typeof realMilliseconds !== 'number' || !Number.isFinite(realMilliseconds) || realMilliseconds < 0) throw new SplitsProblem(`${place}.realMilliseconds`, 'is not a time');
  return { ticks: ticks as number, realMilliseconds };
}

function times(value: unknown, place: string, count: number): (SplitTime | null)[] {
  const entries = list(value, place, MAX_SEGMENTS);
  if (entries.length !== count) throw new SplitsProblem(place, `has ${entries.length} times for ${count} segments`);
  return entries.map((entry, index) => time(entry, `${place}[${index}]`));
}

function date(value: unknown, place: string): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || !DATE_PATTERN.test(value)) throw new SplitsProblem(place, 'is not a date MM/dd/yyyy HH:mm:ss');
  return value;
}

function attempt(value: unknown, place: string, count: number): SplitAttempt {
  const entry = object(value, place);
  const marks = object(entry.marks, `${place}.marks`);
  if (!Number.isSafeInteger(entry.id) || (entry.id as number) < 1) throw new SplitsProblem(`${place}.id`, 'is not a whole number from 1');
  if (typeof entry.finished !== 'boolean' || typeof marks.assisted !== 'boolean' || typeof marks.practice !== 'boolean') {
    throw new SplitsProblem(place, 'finished, marks.assisted and marks.practice must be true or false');
  }
  return {
    id: entry.id as number,
    started: date(entry.started, `${place}.started`),
    ended: date(entry.ended, `${place}.ended`),
    splits: times(entry.splits, `${place}.splits`, count),
    finished: entry.finished,
    marks: { assisted: marks.assisted, practice: marks.practice },
  };
}

/** A stored record, or a SplitsProblem thrown naming the place. */
export function readSplitsRecord(value: unknown, place: string): SplitsRecord {
  const entry = object(value, place);
  const identity = text(entry.identity, `${place}.identity`);
  if (!isRunIdentity(identity)) throw new SplitsProblem(`${place}.identity`, 'is not a run identity');
  const segments = list(entry.segments, `${place}.segments`, MAX_SEGMENTS).map((name, index) => text(name, `${place}.segments[${index}]`));
  if (segments.length === 0) throw new SplitsProblem(`${place}.segments`, 'is empty');
  return {
    category: text(entry.category, `${place}.category`),
    identity,
    segments,
    personalBest: entry.personalBest === null ? null : times(entry.personalBest, `${place}.personalBest`, segments.length),
    bestSegments: times(entry.bestSegments, `${place}.bestSegments`, segments.length),
    attempts: list(entry.attempts, `${place}.attempts`, MAX_ATTEMPTS).map((item, index) => attempt(item, `${place}.attempts[${index}]`, segments.length)),
  };
}
