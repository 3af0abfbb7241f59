// What a run was beside its time: assisted (an assist was on) or practice (started from a checkpoint).
// Both are shown wherever the run's time is shown and saved with it. A practice run never replaces a best
// (it did not play the whole course); an assisted one may, marked as such in the attempt history, so a
// player who keeps the default assist still keeps a best time.

export interface RunMarks {
  /** An assist was on at some point of the run: the Enforcers' planned walks, slower detection or a slower game. */
  readonly assisted: boolean;
  /** Started from a practice checkpoint rather than the chapter's start. */
  readonly practice: boolean;
}

export const PLAIN_RUN: RunMarks = { assisted: false, practice: false };

/** Whether a run with these marks may set a personal best or a best segment: any but a practice run. */
export function competes(marks: RunMarks): boolean {
  return !marks.practice;
}

/** The marks as a reader sees them after a time: '' for a plain run, else ` (assisted, practice)`. */
export function marksLabel(marks: RunMarks): string {
  const words = [...(marks.assisted ? ['assisted'] : []), ...(marks.practice ? ['practice'] : [])];
  return words.length === 0 ? '' : ` (${words.join(', ')})`;
}
