// Splits: a run cut at named checkpoints and at chapter ends, compared with the personal best and the best
// segments of the same category and run identity. Times are in-game ticks with the real time beside them;
// the comparison is pure data, so the HUD, the save, verify-replay and the .lss export all read the same.
import { competes, type RunMarks } from './run-marks.ts';

export interface SplitTime {
  readonly ticks: number;
  readonly realMilliseconds: number;
}

/** One try at a category, kept for the attempt history (and LiveSplit's). */
export interface SplitAttempt {
  readonly id: number;
  /** LiveSplit's `MM/dd/yyyy HH:mm:ss` in UTC, given by whoever has a clock; null when unknown. */
  readonly started: string | null;
  readonly ended: string | null;
  /** Cumulative time at each split, null where it was not reached (skipped, or the run ended first). */
  readonly splits: readonly (SplitTime | null)[];
  readonly finished: boolean;
  readonly marks: RunMarks;
}

/** Everything kept for one category on one run identity: the comparison a new run races. */
export interface SplitsRecord {
  readonly category: string;
  /** The run identity (src/run/run-identity.ts); a category played on a changed map gets a new record. */
  readonly identity: string;
  readonly segments: readonly string[];
  /** The personal best's cumulative times; null before the first finished plain run. */
  readonly personalBest: readonly (SplitTime | null)[] | null;
  /** The fastest each segment was ever played (a gold), game and real time each at its own best. */
  readonly bestSegments: readonly (SplitTime | null)[];
  readonly attempts: readonly SplitAttempt[];
}

/** The attempt history keeps this many, newest last: a save stays small. */
export const MAX_ATTEMPTS = 50;

export function emptySplitsRecord(options: { readonly category: string; readonly identity: string; readonly segments: readonly string[] }): SplitsRecord {
  return { ...options, segments: [...options.segments], personalBest: null, bestSegments: options.segments.map(() => null), attempts: [] };
}

/** The segment a split closes: from the split before it, only when that one was reached (else no segment to compare). */
export function segmentTime(splits: readonly (SplitTime | null)[], index: number): SplitTime | null {
  const time = splits[index] ?? null;
  if (time === null) return null;
  if (index === 0) return time;
  const before = splits[index - 1] ?? null;
  return before === null ? null : { ticks: time.ticks - before.ticks, realMilliseconds: time.realMilliseconds - before.realMilliseconds };
}

function lastReached(splits: readonly (SplitTime | null)[]): SplitTime | null {
  for (let index = splits.length - 1; index >= 0; index -= 1) {
    const time = splits[index];
    if (time !== null && time !== undefined) return time;
  }
  return null;
}

/**
 * Whether an attempt becomes the record's personal best: a plain run (src/run/run-marks.ts) that finished
 * faster than the one kept, or the first. The one decision of a best: the splits and the kept ghost read it.
 */
export function isPersonalBest(record: SplitsRecord, attempt: Pick<SplitAttempt, 'splits' | 'finished' | 'marks'>): boolean {
  if (!competes(attempt.marks) || !attempt.finished) return false;
  const finalTime = lastReached(attempt.splits);
  const bestFinal = record.personalBest === null ? null : lastReached(record.personalBest);
  return finalTime !== null && (bestFinal === null || finalTime.ticks < bestFinal.ticks);
}

/**
 * Adds an attempt. Only a run that competes (src/run/run-marks.ts: a plain run) changes the bests: golds
 * for every segment it played faster, the personal best when isPersonalBest says so.
 */
export function recordAttempt(record: SplitsRecord, attempt: Omit<SplitAttempt, 'id'>): SplitsRecord {
  const id = (record.attempts.at(-1)?.id ?? 0) + 1;
  const attempts = [...record.attempts, { ...attempt, id }].slice(-MAX_ATTEMPTS);
  if (!competes(attempt.marks)) return { ...record, attempts };
  const bestSegments = record.segments.map((_, index) => {
    const best = record.bestSegments[index] ?? null;
    const played = segmentTime(attempt.splits, index);
    if (played === null) return best;
    if (best === null) return played;
    return { ticks: Math.min(best.ticks, played.ticks), realMilliseconds: Math.min(best.realMilliseconds, played.realMilliseconds) };
  });
  return { ...record, attempts, bestSegments, personalBest: isPersonalBest(record, attempt) ? [...attempt.splits] : record.personalBest };
}

/** The sum of the best segments: the best time the category has been proven playable in, piece by piece. */
export function sumOfBest(record: SplitsRecord): number | null {
  let total = 0;
  for (const best of record.bestSegments) {
    if (best === null) return null;
    total += best.ticks;
  }
  return record.bestSegments.length === 0 ? null : total;
}

export interface LiveSplitRow {
  readonly name: string;
  /** Cumulative ticks at this split; null until reached. */
  readonly ticks: number | null;
  /** Ahead (negative) or behind (positive) the personal best at this split; null when either is missing. */
  readonly delta: number | null;
  /** This segment beat its best segment (a gold). */
  readonly gold: boolean;
}

export interface LiveSplitsView {
  readonly rows: readonly LiveSplitRow[];
  readonly sumOfBest: number | null;
  /** Where the run stands now plus the best segments still to play: the fastest it can still end. */
  readonly bestPossible: number | null;
}

/** One run's splits as they happen, raced against a comparison. */
export class LiveSplits {
  readonly #times: (SplitTime | null)[];

  constructor(readonly comparison: SplitsRecord) {
    this.#times = comparison.segments.map(() => null);
  }

  get splits(): readonly (SplitTime | null)[] {
    return [...this.#times];
  }

  /** Whether every split up to the last one has been reached or passed over. */
  get finished(): boolean {
    return this.#times.at(-1) !== null && this.#times.length > 0;
  }

  /** Records split `index` at `time`; a split already taken keeps its first time. Returns whether it was new. */
  split(index: number, time: SplitTime): boolean {
    if (index < 0 || index >= this.#times.length || this.#times[index] !== null) return false;
    this.#times[index] = time;
    return true;
  }

  /** Back to no splits (a restart). */
  reset(): void {
    this.#times.fill(null);
  }

  view(currentTicks: number): LiveSplitsView {
    const { comparison } = this;
    const rows = comparison.segments.map((name, index): LiveSplitRow => {
      const time = this.#times[index] ?? null;
      const best = comparison.personalBest?.[index] ?? null;
      const segment = segmentTime(this.#times, index);
      const gold = segment !== null && competesAsGold(segment, comparison.bestSegments[index] ?? null);
      return { name, ticks: time?.ticks ?? null, delta: time !== null && best !== null ? time.ticks - best.ticks : null, gold };
    });
    return { rows, sumOfBest: sumOfBest(comparison), bestPossible: this.#bestPossible(currentTicks) };
  }

  #bestPossible(currentTicks: number): number | null {
    const { bestSegments } = this.comparison;
    let next = this.#times.length;
    for (let index = this.#times.length - 1; index >= 0; index -= 1) {
      if (this.#times[index] !== null) break;
      next = index;
    }
    if (next === this.#times.length) return lastReached(this.#times)?.ticks ?? null;
    const reached = next === 0 ? 0 : this.#times[next - 1]!.ticks;
    let rest = 0;
    for (let index = next; index < bestSegments.length; index += 1) {
      const best = bestSegments[index];
      if (best === null || best === undefined) return null;
      rest += best.ticks;
    }
    // The segment under way has already taken longer than its best when the clock is past that.
    const firstBest = bestSegments[next]!.ticks;
    return Math.max(currentTicks, reached + firstBest) + rest - firstBest;
  }
}

function competesAsGold(segment: SplitTime, best: SplitTime | null): boolean {
  return best === null || segment.ticks < best.ticks;
}
