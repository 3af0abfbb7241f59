// What a run was beside its time: assisted (an assist was on) or practice (started from a checkpoint).
// Both are shown wherever the run's time is shown and saved with it. Neither ever sets a personal best, a
// gold or the kept ghost: a practice run did not play the whole course, and an assist changes the game
// being raced (Enforcers slower to see, a slower clock), so its times are not the same race's. Both stay
// in the attempt history, marked.
//
// The Enforcers' planned walks are no assist: they draw what the rules have already decided (each route
// is fixed by the seed and the map, the same in every run), change no tick of the run, and a replay file
// cannot tell whether they were shown. A mark that the file cannot prove would split leaderboards on trust,
// and the promise is a run that proves itself from the file alone.

export interface RunMarks {
  /** An assist was on at some point of the run: slower detection or a slower game. */
  readonly assisted: boolean;
  /** Started from a practice checkpoint rather than the chapter's start. */
  readonly practice: boolean;
}

export const PLAIN_RUN: RunMarks = { assisted: false, practice: false };

/** Whether a run with these marks may set a personal best, a best segment or the kept ghost: a plain run only. */
export function competes(marks: RunMarks): boolean {
  return !marks.practice && !marks.assisted;
}

/** The marks as a reader sees them after a time: '' for a plain run, else ` (assisted, practice)`. */
export function marksLabel(marks: RunMarks): string {
  const words = [...(marks.assisted ? ['assisted'] : []), ...(marks.practice ? ['practice'] : [])];
  return words.length === 0 ? '' : ` (${words.join(', ')})`;
}
