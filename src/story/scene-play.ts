// A scene the campaign plays outside any level (a chapter's intro or outro, a chapter that is only a scene):
// the same director, the same scene input (playSceneInput) and the same record as a scene inside a level,
// but no world and no timer. Its inputs are kept one per step, so a full-game replay plays it again exactly.
import type { ReplayChoice } from '../run/replay.ts';
import { playSceneInput, type InputFrame, type SceneDirector, type SceneDisplay, type StoryFlags } from '../sim/index.ts';

/** What a scene outside a level recorded: one input per step, and the choices taken. */
export interface SceneRecord {
  readonly knot: string;
  readonly inputs: readonly InputFrame[];
  /** At the world tick the scene stands at (0 before a level, its finish tick after it). */
  readonly choices: readonly ReplayChoice[];
}

export class ScenePlay {
  readonly knot: string;
  readonly #director: SceneDirector;
  #shown: SceneDisplay;
  #closed = false;
  readonly #heldTick: number;
  readonly #inputs: InputFrame[] = [];
  readonly #choices: ReplayChoice[] = [];

  /** Opens `knot` on a fresh story state with `flags` copied into the story's variables. */
  constructor(options: {
    readonly director: SceneDirector;
    readonly knot: string;
    readonly flags: Readonly<StoryFlags>;
    readonly seed: number;
    /** The world tick the scene stands at, for its choices' record. */
    readonly heldTick: number;
  }) {
    this.#director = options.director;
    this.knot = options.knot;
    this.#heldTick = options.heldTick;
    this.#shown = options.director.open({ knot: options.knot, state: null, flags: options.flags, seed: options.seed });
  }

  /** What the scene shows now: the view draws it. */
  get display(): SceneDisplay {
    return this.#shown;
  }

  /** Closed: the player read (or skipped) to its end. */
  get done(): boolean {
    return this.#closed;
  }

  /** The flags as the scene leaves them: what it was given, with the story's variables over them. */
  flags(before: Readonly<StoryFlags>): StoryFlags {
    return { ...before, ...this.#director.variables() };
  }

  get record(): SceneRecord {
    return { knot: this.knot, inputs: [...this.#inputs], choices: [...this.#choices] };
  }

  /** One step of scene input; nothing once closed. Returns whether it showed something new or closed. */
  step(input: InputFrame): boolean {
    if (this.#closed) return false;
    const offered = this.#shown.choices.length;
    this.#inputs.push(input);
    if (input.choice >= 0 && input.choice < offered) this.#choices.push({ tick: this.#heldTick, option: input.choice });
    const { shown, close } = playSceneInput(this.#director, this.#shown, input);
    if (shown !== null) this.#shown = shown;
    if (close) this.#closed = true;
    return shown !== null || close;
  }
}
