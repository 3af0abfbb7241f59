// What the rules need to know of a compiled ink story, read from inkjs's runtime story: the same answer
// for the compiler (the module a build makes of an .ink file) and the director (which checks a knot).
import type { Story } from 'inkjs';
import type { StoryFlags } from '../sim/scene-director.ts';

/** The container where ink keeps the global VAR declarations; no knot can be named with a space. */
const GLOBAL_DECLARATIONS = 'global decl';

/**
 * inkjs's ValueType numbers (engine/Value.ts): the runtime exports no enum, and a number variable alone
 * cannot tell `VAR a = 2` from `VAR a = 2.0`. The story tests pin them.
 */
const BOOL_VALUE_TYPE = -1;
const INT_VALUE_TYPE = 0;

/**
 * Every knot and `knot.stitch` path, in the story's order. Functions are knots to ink and are listed
 * too. A knot's named children in the runtime are its stitches: choices and gathers live one level down.
 */
export function storyKnots(story: Story): string[] {
  const knots: string[] = [];
  for (const [name, content] of story.mainContentContainer.namedContent) {
    if (name === GLOBAL_DECLARATIONS) continue;
    knots.push(name);
    for (const stitch of namedChildren(content)) knots.push(`${name}.${stitch}`);
  }
  return knots;
}

function namedChildren(content: unknown): string[] {
  const named = (content as { namedContent?: unknown }).namedContent;
  return named instanceof Map ? [...(named as ReadonlyMap<string, unknown>).keys()] : [];
}

export type VariableKind = 'bool' | 'int' | 'other';

/** Whether a global ink variable is a flag (a bool or an int) and which; `other` for the rest and unknown names. */
export function variableKind(story: Story, name: string): VariableKind {
  if (!story.variablesState.GlobalVariableExistsWithName(name)) return 'other';
  const valueType = (story.variablesState.GetVariableWithName(name) as { valueType?: unknown } | null)?.valueType;
  if (valueType === BOOL_VALUE_TYPE) return 'bool';
  return valueType === INT_VALUE_TYPE ? 'int' : 'other';
}

/** The story's global variables now, as flags: bools as 0 and 1, ints as they are; the rest left out. */
export function storyVariables(story: Story): StoryFlags {
  const flags: StoryFlags = {};
  // inkjs's variables state lists its globals' names as its own keys (a Proxy over the declarations).
  for (const name of Object.keys(story.variablesState)) {
    const kind = variableKind(story, name);
    const value: unknown = story.variablesState.$(name);
    if (kind === 'bool') flags[name] = value === true ? 1 : 0;
    else if (kind === 'int' && typeof value === 'number') flags[name] = value;
  }
  return flags;
}
