// What a person can read of a long problem list: the same problem on many places is one entry with a
// count and its first places, quoted values are cut short, and past a cap the list says how many more.
// Linear in the number of problems, and never spreads them into a call (150,000 arguments overflow the stack).
import type { MapProblem } from '../tiled/tiled-map.ts';

/** Entries shown in full; the rest are counted. Each entry is several lines of text in the game. */
export const MAXIMUM_SHOWN_PROBLEMS = 40;
/** Places named per entry; the entry says how many more there are. */
export const MAXIMUM_PLACES_PER_PROBLEM = 3;
/** A quoted value longer than this is cut (a 7 MB name must not be repeated whole in a message). */
export const MAXIMUM_QUOTED_CHARACTERS = 48;
/** Any message, place or hint is cut at this length whatever is in it. */
export const MAXIMUM_TEXT_CHARACTERS = 400;

export interface ProblemEntry extends MapProblem {
  /** How many problems this entry stands for (1 for a problem seen once). */
  readonly count: number;
}

export interface ProblemDigest {
  readonly entries: readonly ProblemEntry[];
  /** Entries past the cap, not shown. */
  readonly moreEntries: number;
  /** Problems those hidden entries stand for. */
  readonly moreProblems: number;
  readonly errors: number;
  readonly warnings: number;
}

/** Cuts every quoted value past MAXIMUM_QUOTED_CHARACTERS, then the whole text past MAXIMUM_TEXT_CHARACTERS. */
export function shortenText(text: string): string {
  // Only the head of a huge text can be shown anyway: cut first, so the pattern never scans megabytes.
  const head = text.length > MAXIMUM_TEXT_CHARACTERS * 4 ? text.slice(0, MAXIMUM_TEXT_CHARACTERS * 4) : text;
  // An unclosed quote (the text was cut inside it) runs to the end and is closed here.
  const quoted = head.replace(/"([^"]*)(?:"|$)/g, (whole, inner: string) =>
    inner.length > MAXIMUM_QUOTED_CHARACTERS ? `"${inner.slice(0, MAXIMUM_QUOTED_CHARACTERS)}…"` : whole,
  );
  const cut = head.length < text.length || quoted.length > MAXIMUM_TEXT_CHARACTERS;
  return cut ? `${quoted.slice(0, MAXIMUM_TEXT_CHARACTERS)}…` : quoted;
}

interface Group {
  readonly first: MapProblem;
  readonly places: string[];
  count: number;
}

/** Groups by severity, message and hint (errors first, in the order first seen), then caps the list. */
export function digestProblems(problems: readonly MapProblem[], maximumShown = MAXIMUM_SHOWN_PROBLEMS): ProblemDigest {
  const groups = new Map<string, Group>();
  let errors = 0;
  for (const problem of problems) {
    // The loader already groups what it finds (groupProblems): such a problem stands for `count` of them.
    const count = problem.count ?? 1;
    if (problem.severity === 'error') errors += count;
    const key = `${problem.severity}\u0000${problem.message}\u0000${problem.hint}`;
    const group = groups.get(key);
    const places = problem.places ?? [problem.place];
    if (group === undefined) {
      groups.set(key, { first: problem, places: places.slice(0, MAXIMUM_PLACES_PER_PROBLEM), count });
      continue;
    }
    group.count += count;
    for (const place of places) {
      if (group.places.length < MAXIMUM_PLACES_PER_PROBLEM && !group.places.includes(place)) group.places.push(place);
    }
  }
  const ordered = [...groups.values()].sort((a, b) => severityRank(a.first) - severityRank(b.first));
  const shown = ordered.slice(0, maximumShown);
  let moreProblems = 0;
  for (const group of ordered.slice(maximumShown)) moreProblems += group.count;
  return {
    entries: shown.map(toEntry),
    moreEntries: ordered.length - shown.length,
    moreProblems,
    errors,
    warnings: ordered.reduce((sum, group) => sum + group.count, 0) - errors,
  };
}

function severityRank(problem: MapProblem): number {
  return problem.severity === 'error' ? 0 : 1;
}

function toEntry(group: Group): ProblemEntry {
  const { first, places, count } = group;
  const unnamed = count - places.length;
  const place = places.map(shortenText).join('; ') + (unnamed > 0 ? ` and ${unnamed} more place${unnamed === 1 ? '' : 's'}` : '');
  return {
    severity: first.severity,
    message: shortenText(first.message),
    place,
    hint: shortenText(first.hint),
    count,
  };
}

/** The line under a capped list, or null when everything is shown. */
export function moreProblemsLine(digest: ProblemDigest): string | null {
  if (digest.moreEntries === 0) return null;
  return `... and ${digest.moreProblems} more problem${digest.moreProblems === 1 ? '' : 's'} (${digest.moreEntries} more kind${digest.moreEntries === 1 ? '' : 's'}), not shown. Fix the ones above first.`;
}
