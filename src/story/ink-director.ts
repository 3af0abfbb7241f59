// The rules' scene director played by inkjs's runtime: one line a display, the choices under the last
// line, ink's variables as the story flags. Deterministic: ink's generator (RANDOM, shuffles) is seeded
// from the caller's seed at every open, never from the clock as inkjs does by itself, and the story is
// advanced with Continue() only (ContinueAsync times itself).
import { Story } from 'inkjs';
import type { SceneDirector, SceneDisplay, SceneLine, StoryFlags } from '../sim/scene-director.ts';
import { storyKnots, storyVariables, variableKind } from './ink-story-facts.ts';

export interface InkDirector extends SceneDirector {
  /**
   * ink's runtime errors and warnings so far, oldest first (a flow that runs out of content, a saved state
   * that would not load): the scene goes on, or ends, rather than throw.
   */
  errors(): readonly string[];
}

const ENDED: SceneDisplay = { line: null, choices: [], done: true };
const SPEAKER_TAG = /^speaker\s*:\s*(.*)$/i;
/** `Leo: text`: one capitalised word, a colon and a space. */
const SPEAKER_PREFIX = /^(\p{Lu}[\p{L}\p{M}'’-]*): (.*)$/su;

/** A director for a story compiled by compileInk. Throws on JSON that is no compiled ink story. */
export function createInkDirector(json: string): InkDirector {
  const story = new Story(json);
  const errors: string[] = [];
  story.onError = (message) => {
    errors.push(message);
  };
  const initialVariables = storyVariables(story);
  const knots = new Set(storyKnots(story));
  let current = ENDED;

  const showNext = (): SceneDisplay => {
    // Tags on a line with no text (a tag alone on its line) go with the next line shown.
    const tags: string[] = [];
    while (story.canContinue) {
      const text = (story.Continue() ?? '').trim();
      tags.push(...(story.currentTags ?? []));
      if (text !== '') return show(lineOf(text, tags));
    }
    return show(null);
  };
  const show = (line: SceneLine | null): SceneDisplay => {
    const choices = story.canContinue ? [] : story.currentChoices.map((choice) => choice.text.trim());
    current = { line, choices, done: !story.canContinue && choices.length === 0 };
    return current;
  };

  return {
    hasKnot: (path) => knots.has(path),
    initialVariables: () => ({ ...initialVariables }),
    open({ knot, state, flags, seed }) {
      loadState(story, state, errors);
      // inkjs's PRNG works modulo 2^31 - 1: a whole number in range keeps the state's JSON exact.
      story.state.storySeed = (seed >>> 0) % 2147483647;
      setFlags(story, flags);
      if (!knots.has(knot)) {
        errors.push(`there is no knot "${knot}" in the story`);
        current = ENDED;
        return current;
      }
      story.ChoosePathString(knot);
      return showNext();
    },
    advance: () => (current.done || current.choices.length > 0 ? current : showNext()),
    choose(index) {
      if (!Number.isInteger(index) || index < 0 || index >= current.choices.length) return current;
      story.ChooseChoiceIndex(index);
      return showNext();
    },
    variables: () => storyVariables(story),
    saveState: () => story.state.toJson(),
    errors: () => [...errors],
  };
}

function loadState(story: Story, state: string | null, errors: string[]): void {
  if (state === null) {
    story.ResetState();
    return;
  }
  try {
    story.state.LoadJson(state);
  } catch (error) {
    // A state that will not load starts the story over, the same way every time (a replay stays exact).
    errors.push(`the saved story state could not be loaded (${error instanceof Error ? error.message : String(error)}); the story starts over`);
    story.ResetState();
  }
}

/** Copies each flag into the ink variable of its name, when there is one and it is a bool or an int. */
function setFlags(story: Story, flags: Readonly<StoryFlags>): void {
  for (const [name, value] of Object.entries(flags)) {
    if (!Number.isInteger(value)) continue;
    const kind = variableKind(story, name);
    if (kind === 'bool') story.variablesState.$(name, value !== 0);
    else if (kind === 'int') story.variablesState.$(name, value);
  }
}

/** The speaker from a `speaker: Name` tag, else from a `Name: ` prefix (taken off the text); the other tags kept. */
function lineOf(text: string, tags: readonly string[]): SceneLine {
  let speaker: string | null = null;
  const otherTags: string[] = [];
  for (const tag of tags) {
    const named = SPEAKER_TAG.exec(tag);
    if (named !== null && speaker === null) speaker = named[1]!.trim();
    else if (named === null && tag !== '') otherTags.push(tag);
  }
  const prefix = SPEAKER_PREFIX.exec(text);
  if (prefix !== null && (speaker === null || speaker === prefix[1])) {
    return { speaker: prefix[1]!, text: prefix[2]!.trim(), tags: otherTags };
  }
  return { speaker: speaker ?? '', text, tags: otherTags };
}
