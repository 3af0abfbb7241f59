// A SceneDirector played from a small script given as data instead of ink: what tests (and the test
// hook) open scenes with until a level's own story is played by src/story's ink director. Lines in
// order; a line may offer choices, each setting variables and going on with its own lines. No Phaser,
// no clock: Node tests use it as the browser does.
import type { SceneDirector, SceneDisplay, StoryFlags } from '../sim/scene-director.ts';

export interface ScriptedChoice {
  readonly text: string;
  /** Variables the choice sets, by name. */
  readonly sets?: Readonly<StoryFlags>;
  /** Lines shown after it, before the rest of the knot. */
  readonly then?: readonly ScriptedLine[];
}

export interface ScriptedLine {
  /** Empty or absent for narration. */
  readonly speaker?: string;
  readonly text: string;
  /** Offered under the line: the scene waits for one of them. */
  readonly choices?: readonly ScriptedChoice[];
}

export interface SceneScript {
  /** The story's variables and their start values: only these are copied from the world's flags. */
  readonly variables: Readonly<StoryFlags>;
  readonly knots: Readonly<Record<string, readonly ScriptedLine[]>>;
}

const FINISHED: SceneDisplay = { line: null, choices: [], done: true };

export class ScriptedDirector implements SceneDirector {
  private values: StoryFlags;
  private queue: ScriptedLine[] = [];
  private current: ScriptedLine | null = null;

  constructor(private readonly script: SceneScript) {
    this.values = { ...script.variables };
  }

  hasKnot(path: string): boolean {
    return Object.hasOwn(this.script.knots, path);
  }

  initialVariables(): StoryFlags {
    return { ...this.script.variables };
  }

  open(options: { readonly knot: string; readonly state: string | null; readonly flags: Readonly<StoryFlags> }): SceneDisplay {
    const saved = options.state === null ? {} : (JSON.parse(options.state) as StoryFlags);
    this.values = { ...this.script.variables, ...saved };
    for (const name of Object.keys(this.values)) {
      const flag = options.flags[name];
      if (flag !== undefined) this.values[name] = flag;
    }
    this.queue = [...(this.script.knots[options.knot] ?? [])];
    return this.showNext();
  }

  advance(): SceneDisplay {
    // A line with choices waits for one; the end stays the end.
    if (this.current === null || this.current.choices !== undefined) return this.display();
    return this.showNext();
  }

  choose(index: number): SceneDisplay {
    const choice = this.current?.choices?.[index];
    if (choice === undefined) return this.display();
    Object.assign(this.values, choice.sets ?? {});
    this.queue = [...(choice.then ?? []), ...this.queue];
    return this.showNext();
  }

  variables(): StoryFlags {
    return { ...this.values };
  }

  saveState(): string {
    return JSON.stringify(this.values);
  }

  private showNext(): SceneDisplay {
    this.current = this.queue.shift() ?? null;
    return this.display();
  }

  private display(): SceneDisplay {
    const line = this.current;
    if (line === null) return FINISHED;
    const choices = line.choices?.map((choice) => choice.text) ?? [];
    return {
      line: { speaker: line.speaker ?? '', text: line.text, tags: [] },
      choices,
      done: choices.length === 0 && this.queue.length === 0,
    };
  }
}
