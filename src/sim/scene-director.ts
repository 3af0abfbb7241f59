// The rules' side of a scene (a conversation, a scripted moment): what the world shows while one is open,
// and the one interface through which the rules play dialogue. src/story implements it with inkjs; the
// rules never import the story, they are handed a director when the world is made.

/** Story flags by name: booleans as 0 and 1, and small integers. Ink's global variables are the same set. */
export type StoryFlags = Record<string, number>;

/** One line of a scene as the player reads it. */
export interface SceneLine {
  /** Who says it (ink's `# speaker: Leo` tag, or a `Leo: ` prefix); empty for narration. */
  readonly speaker: string;
  readonly text: string;
  /** Ink tags of the line other than the speaker's, e.g. `mood: worried`. */
  readonly tags: readonly string[];
}

/** What a scene shows now: a line, then (at a branch) the choices under it, or the end. */
export interface SceneDisplay {
  /** The line being shown; null at the end, or at a branch with no line before its choices. */
  readonly line: SceneLine | null;
  /** Choices offered now (after the line); empty unless the scene waits for a choice. */
  readonly choices: readonly string[];
  /** Nothing more to show: the next advance closes the scene. */
  readonly done: boolean;
}

/**
 * Plays the story's scenes for the rules. Deterministic: the same state, flags, seed and calls give the
 * same displays and variables: no clock and no unseeded randomness (ink's own generator is seeded from `seed`).
 */
export interface SceneDirector {
  /** Whether the story has this knot (or `knot.stitch`): the level checks every name a map gives. */
  hasKnot(path: string): boolean;
  /** The story's global variables at its start, as flags (bool as 0/1; strings and lists left out). */
  initialVariables(): StoryFlags;
  /**
   * Opens a scene at `knot` from a saved story state (null: the story as it starts), with `flags` copied
   * into the ink variables of the same names first. Returns the first display.
   */
  open(options: { readonly knot: string; readonly state: string | null; readonly flags: Readonly<StoryFlags>; readonly seed: number }): SceneDisplay;
  /** The next line, or the choices; at `done` it does nothing. */
  advance(): SceneDisplay;
  /** Takes choice `index` (0-based) of the display's choices; an index out of range does nothing. */
  choose(index: number): SceneDisplay;
  /** The ink variables now, as flags. */
  variables(): StoryFlags;
  /** The story's state now (variables, visit counts, its generator), to open the next scene from. */
  saveState(): string;
}

/** What opened a scene, by the Tiled object's class and id. */
export interface SceneSource {
  readonly kind: 'Talk' | 'Trigger' | 'Clue' | 'DreamCircle';
  readonly id: number;
}

/** A scene open in the world (src/sim/story.ts): the view draws `display`. */
export interface SceneState {
  /** The ink knot (or knot.stitch) it plays. */
  readonly knot: string;
  /** The world tick it opened at; the world stays at this tick until it closes. */
  readonly tick: number;
  readonly source: SceneSource;
  /** What it shows now. */
  display: SceneDisplay;
  /** A child to wake when the scene closes (a Talk's `recruits`), or -1. */
  readonly recruits: number;
}
