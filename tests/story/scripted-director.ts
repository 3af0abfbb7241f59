// A SceneDirector for tests without ink: each knot is a few lines, then at most one choice whose options
// set story variables. It keeps the contract src/story's ink director keeps (variables as flags, flags in
// on open, a state string to reopen from), so the campaign runner can be tested on its own.
import type { SceneDirector, SceneDisplay, StoryFlags } from '../../src/sim/index.ts';

export interface ScriptedKnot {
  readonly lines: readonly string[];
  /** Offered after the last line: each option's text and the variables it sets. */
  readonly choices?: readonly { readonly text: string; readonly sets: StoryFlags }[];
}

export class ScriptedDirector implements SceneDirector {
  private vars: StoryFlags;
  private knot: ScriptedKnot | null = null;
  private line = 0;
  private chosen = false;
  /** Every open, for tests that check what a scene was given. */
  readonly opened: { readonly knot: string; readonly flags: Readonly<StoryFlags>; readonly seed: number }[] = [];

  constructor(private readonly knots: Readonly<Record<string, ScriptedKnot>>, private readonly initial: Readonly<StoryFlags>) {
    this.vars = { ...initial };
  }

  hasKnot(path: string): boolean {
    return path in this.knots;
  }

  initialVariables(): StoryFlags {
    return { ...this.initial };
  }

  open(options: { readonly knot: string; readonly state: string | null; readonly flags: Readonly<StoryFlags>; readonly seed: number }): SceneDisplay {
    this.opened.push({ knot: options.knot, flags: { ...options.flags }, seed: options.seed });
    this.vars = options.state === null ? { ...this.initial } : (JSON.parse(options.state) as StoryFlags);
    // As ink does: a flag of the same name as a story variable is copied in; other flags are not the story's.
    for (const name of Object.keys(this.vars)) if (name in options.flags) this.vars[name] = options.flags[name]!;
    this.knot = this.knots[options.knot] ?? null;
    this.line = 0;
    this.chosen = false;
    return this.display();
  }

  advance(): SceneDisplay {
    const knot = this.knot;
    if (knot !== null && this.line < knot.lines.length - 1) this.line += 1;
    return this.display();
  }

  choose(index: number): SceneDisplay {
    const option = this.knot?.choices?.[index];
    if (option === undefined || this.chosen) return this.display();
    this.chosen = true;
    Object.assign(this.vars, option.sets);
    return this.display();
  }

  variables(): StoryFlags {
    return { ...this.vars };
  }

  saveState(): string {
    return JSON.stringify(this.vars);
  }

  private display(): SceneDisplay {
    const knot = this.knot;
    if (knot === null) return { line: null, choices: [], done: true };
    const text = knot.lines[this.line] ?? '';
    const [speaker, said] = text.includes(': ') ? text.split(': ', 2) as [string, string] : ['', text];
    const last = this.line >= knot.lines.length - 1;
    const choices = last && !this.chosen ? (knot.choices ?? []).map((choice) => choice.text) : [];
    return { line: { speaker, text: said, tags: [] }, choices, done: last && choices.length === 0 };
  }
}
