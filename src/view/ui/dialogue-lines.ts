// What the dialogue box says, worked out without Phaser (Node tests read it): how much of a line the
// typewriter shows, the numbered choices and the hint with the keys of the bindings table. The reveal is
// cosmetic: the rules have the whole line the moment it is shown, and a key press never waits for it.
import type { TextSpeed } from '../../platform/preferences.ts';
import type { SceneDisplay } from '../../sim/scene-director.ts';
import { keyLabel, keysLabel, padLabel, type Action, type Bindings } from '../input/bindings.ts';
import { currentBindings, deviceUsedLast, promptLabel } from '../input/current-bindings.ts';

/** How fast the typewriter writes at each text speed: at normal a short line is out in well under a second. */
export const REVEAL_CHARACTERS_PER_SECOND: Readonly<Record<Exclude<TextSpeed, 'instant'>, number>> = { slow: 30, normal: 60, fast: 120 };

/**
 * Characters of a line shown `elapsedMilliseconds` after it came; all of it at the instant speed, with
 * reduced motion, or once a press asked for the whole line (`whole`).
 */
export function revealedLength(options: {
  readonly length: number;
  readonly elapsedMilliseconds: number;
  readonly reducedMotion: boolean;
  readonly speed?: TextSpeed;
  readonly whole?: boolean;
}): number {
  const { length, speed = 'normal' } = options;
  if (options.reducedMotion || options.whole === true || speed === 'instant') return length;
  const written = Math.floor((Math.max(0, options.elapsedMilliseconds) * REVEAL_CHARACTERS_PER_SECOND[speed]) / 1000);
  return Math.min(length, written);
}

/** The action each token in a line names (`%sneak%` -> sneak); `wait` is Interact's job near the group. A new token is one row here. */
const TOKEN_ACTIONS: Readonly<Record<string, Action>> = {
  interact: 'interact',
  sneak: 'sneak',
  run: 'run',
  dream: 'dream',
  wait: 'interact',
  toss: 'toss',
};

/**
 * A line with its action tokens (`%interact%`) replaced by the key bound to the action now, e.g. `E`; a
 * token whose action has no key reads as its name in brackets (`[toss]`); any other %word% stays as written.
 */
export function replaceActionTokens(text: string, bindings: Bindings = currentBindings()): string {
  return text.replace(/%([a-z]+)%/g, (token, name: string) => {
    // Own rows only: `%constructor%` is a word, not an action.
    const action = Object.hasOwn(TOKEN_ACTIONS, name) ? TOKEN_ACTIONS[name] : undefined;
    if (action === undefined) return token;
    // A pad player reads the button; a keyboard player the first key (`E`, not `E / Enter`).
    const key = bindings[action].keys[0];
    if (deviceUsedLast() === 'pad' && bindings[action].pad.length > 0) return promptLabel(action, bindings);
    return key === undefined ? `[${name}]` : keyLabel(key);
  });
}

/** The choices as listed: `1. text` for as many as there are number keys, the rest unnumbered. */
export function choiceLabels(choices: readonly string[], bindings: Bindings = currentBindings()): string[] {
  const keys = bindings.choices.keys;
  return choices.map((choice, index) => {
    const key = keys[index];
    const words = replaceActionTokens(choice, bindings);
    return key === undefined ? `·  ${words}` : `${keyLabel(key)}. ${words}`;
  });
}

/** Under the box: the keys that act now (next or close, skip; or how to choose), keyboard then pad. */
export function dialogueHint(display: SceneDisplay, bindings: Bindings = currentBindings()): string {
  const interact = keysLabel('interact', bindings);
  const nextKey = bindings.nextLine.keys[0];
  const next = nextKey === undefined ? interact : `${interact} / ${keyLabel(nextKey)}`;
  const padNext = [padLabel('interact', bindings), padLabel('nextLine', bindings)].filter((label) => label !== '').join(' / ');
  const skip = `${keysLabel('skip', bindings)}: skip`;
  const padSkip = `${padLabel('skip', bindings)}: skip`;
  if (display.choices.length > 0) {
    const count = Math.min(display.choices.length, bindings.choices.keys.length);
    const first = bindings.choices.keys[0];
    const last = bindings.choices.keys[count - 1];
    const numbers = first === undefined || last === undefined ? '' : count === 1 ? `${keyLabel(first)} or ` : `${keyLabel(first)}–${keyLabel(last)} or `;
    const arrows = [bindings.menuUp.keys[0], bindings.menuDown.keys[0]].flatMap((key) => (key === undefined ? [] : [keyLabel(key)])).join(' ');
    return `${numbers}${arrows} + ${interact}: choose      (pad: ${padLabel('menuUp', bindings)} + ${padNext})`;
  }
  if (display.done) return `${next}: close      (pad: ${padNext})`;
  return `${next}: next      ${skip}      (pad: ${padNext}: next, ${padSkip})`;
}
