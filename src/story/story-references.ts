// Checks what a map asks of its story: every knot it names is there, and every flag it reads is set by
// something (the map itself, or ink, whose variables are the flags). Called by the level checks and
// validate-map, so a typo in Tiled is a problem before play, not a door that never opens.
import type { StoryFlags } from '../sim/scene-director.ts';

/** One use of the story by a Tiled object. */
export interface StoryReference {
  /** A knot (or `knot.stitch`) it starts. */
  readonly knot?: string;
  /** A flag it requires (a Trigger's condition, a locked Door or Exit). */
  readonly readsFlag?: string;
  /** A flag it sets (a Trigger, a Clue counting toward one). */
  readonly setsFlag?: string;
  /** The object, as problems name places: `Talk "Leo" (object 12)`. */
  readonly place: string;
}

/** Shaped as the level's problems (MapProblem in src/tiled), which this folder may not import. */
export interface StoryProblem {
  readonly severity: 'error';
  readonly message: string;
  readonly place: string;
  readonly hint: string;
}

/** Knots listed in a hint, so a long story does not make a page of it. */
const KNOTS_SHOWN = 8;

export function checkStoryReferences(
  story: { readonly knots: readonly string[]; readonly variables: Readonly<StoryFlags> },
  references: readonly StoryReference[],
): StoryProblem[] {
  const knots = new Set(story.knots);
  const setByMap = new Set(references.flatMap((reference) => (reference.setsFlag === undefined ? [] : [reference.setsFlag])));
  const problems: StoryProblem[] = [];
  for (const reference of references) {
    if (reference.knot !== undefined && !knots.has(reference.knot)) {
      problems.push({
        severity: 'error',
        message: `the knot "${reference.knot}" is not in the story`,
        place: reference.place,
        hint: knotHint(reference.knot, story.knots),
      });
    }
    const flag = reference.readsFlag;
    if (flag !== undefined && !setByMap.has(flag) && !Object.hasOwn(story.variables, flag)) {
      problems.push({
        severity: 'error',
        message: `the flag "${flag}" is read here, but nothing sets it`,
        place: reference.place,
        hint: `Declare it in the ink (VAR ${flag} = false) and set it in a conversation, or set it from a Trigger or a Clue; check the spelling of both.`,
      });
    }
  }
  return problems;
}

function knotHint(knot: string, knots: readonly string[]): string {
  const sameButCase = knots.find((name) => name.toLowerCase() === knot.toLowerCase());
  if (sameButCase !== undefined) return `Knot names are case-sensitive: the story has "${sameButCase}".`;
  if (knots.length === 0) return `The story has no knots: write "=== ${knot} ===" in its .ink file.`;
  const shown = knots.slice(0, KNOTS_SHOWN).join(', ');
  const more = knots.length > KNOTS_SHOWN ? ` and ${knots.length - KNOTS_SHOWN} more` : '';
  return `Write "=== ${knot} ===" in the story's .ink file, or name one it has (${shown}${more}).`;
}
