// A SceneDirector for scenario tests: knots as short scripts of lines and one optional choice, with the
// flags each choice sets. The rules cannot tell it from the ink director; tests of the rules need no ink.
import type { SceneDirector, SceneDisplay, StoryFlags } from '../../src/sim/scene-director.ts';

export interface ScriptedKnot {
  readonly lines: readonly string[];
  /** Offered after the last line: each option's text and the variables it sets. */
  readonly choices?: readonly { readonly text: string; readonly sets: StoryFlags }[];
}

export function scriptedDirector(knots: Readonly<Record<string, ScriptedKnot>>, variables: StoryFlags = {}): SceneDirector {
  let knot: ScriptedKnot | null = null;
  let line = 0;
  let chosen = false;
  let current: StoryFlags = { ...variables };
  const display = (): SceneDisplay => {
    if (knot === null) return { line: null, choices: [], done: true };
    const text = knot.lines[line];
    const atLast = line >= knot.lines.length - 1;
    const choices = atLast && !chosen ? (knot.choices ?? []).map((choice) => choice.text) : [];
    const speaker = text?.includes(': ') === true ? text.slice(0, text.indexOf(': ')) : '';
    return {
      line: text === undefined ? null : { speaker, text: speaker === '' ? text : text.slice(speaker.length + 2), tags: [] },
      choices,
      done: text === undefined || (atLast && choices.length === 0),
    };
  };
  return {
    hasKnot: (path) => path in knots,
    initialVariables: () => ({ ...variables }),
    open({ knot: name, state, flags }) {
      current = state === null ? { ...variables } : (JSON.parse(state) as StoryFlags);
      for (const key of Object.keys(current)) if (key in flags) current[key] = flags[key]!;
      knot = knots[name] ?? null;
      line = 0;
      chosen = false;
      return display();
    },
    advance() {
      if (knot !== null && line < knot.lines.length) line += 1;
      return display();
    },
    choose(index) {
      const choice = knot?.choices?.[index];
      if (choice === undefined || chosen) return display();
      chosen = true;
      Object.assign(current, choice.sets);
      line += 1;
      return display();
    },
    variables: () => ({ ...current }),
    saveState: () => JSON.stringify(current),
  };
}
