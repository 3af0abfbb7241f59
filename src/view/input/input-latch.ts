// What the player holds and has pressed, between the browser's key events and the once-a-tick sample.
// No Phaser: the player input feeds it key names and pad controls, and Node tests feed it by hand.
import type { InputSource } from '../../run/input-source.ts';
import type { SessionPresses } from '../../run/level-session.ts';
import type { InputFrame } from '../../sim/types.ts';
import { type Action, type Bindings, type KeyName, type PadControl } from './bindings.ts';
import { currentBindings } from './current-bindings.ts';

/** Actions that count once per press rather than while held. */
const PRESS_ACTIONS = ['restart', 'pause', 'interact', 'toss', 'nextLine', 'skip', 'menuUp', 'menuDown'] as const;
type PressAction = (typeof PRESS_ACTIONS)[number];

/** How many choices the open scene offers now; null while no scene is open. Read at every sample. */
export type SceneChoices = () => number | null;

/**
 * What the dialogue box decides about presses before they reach the rules: `finishLine` shows a line still
 * typing whole and says it took the press (the rules never see it, so a replay holds only presses that went
 * on); `skipAll` is the skip-dialogue setting, a skip at every step of a line.
 */
export interface DialoguePresses {
  finishLine(): boolean;
  skipAll(): boolean;
}

export class InputLatch implements InputSource, SessionPresses {
  readonly #heldKeys = new Set<KeyName>();
  #heldPad: ReadonlySet<PadControl> = new Set();
  /** Presses seen between ticks wait here until a tick (or the pause check) takes them. */
  readonly #latched = new Set<PressAction>();
  /** Pad controls held through a reset: they must be released before they count again. */
  #padIgnoredUntilReleased: ReadonlySet<PadControl> = new Set();
  #sceneChoices: SceneChoices = () => null;
  #dialogue: DialoguePresses = { finishLine: () => false, skipAll: () => false };
  /** A choice asked for by its number key or a click, from 0; -1 for none. */
  #pickedChoice = -1;
  /** The choice Interact would take (arrows and d-pad move it): shown by the dialogue box. */
  #focus = 0;

  readonly #bindingsNow: () => Bindings;

  /** `bindingsNow`: the table as it stands at each press and sample, so a key rebound over the paused level works on resuming. */
  constructor(bindingsNow: () => Bindings = currentBindings) {
    this.#bindingsNow = bindingsNow;
  }

  get #bindings(): Bindings {
    return this.#bindingsNow();
  }

  /** Where the latch learns whether a scene is open: its presses then become scene input. */
  followScene(choices: SceneChoices): void {
    this.#sceneChoices = choices;
  }

  /** Where the latch asks the dialogue box about a press for the next line, and about skipping all. */
  followDialogue(dialogue: DialoguePresses): void {
    this.#dialogue = dialogue;
  }

  /** The choice in focus, from 0, while choices are offered. */
  get choiceFocus(): number {
    return this.#focus;
  }

  keyDown(key: KeyName): void {
    // The keyboard repeats a held key: only the first down is a press.
    if (this.#heldKeys.has(key)) return;
    this.#heldKeys.add(key);
    for (const action of PRESS_ACTIONS) if (this.#bindings[action].keys.includes(key)) this.#latched.add(action);
    const choice = this.#bindings.choices.keys.indexOf(key);
    if (choice !== -1) this.#pickedChoice = choice;
  }

  /** A click on a choice of the dialogue box, from 0. */
  pressChoice(index: number): void {
    this.#pickedChoice = index;
  }

  /** A click on the dialogue box's line: the next one. */
  pressNextLine(): void {
    this.#latched.add('nextLine');
  }

  keyUp(key: KeyName): void {
    this.#heldKeys.delete(key);
  }

  /** The pad controls down right now (polled each frame); a control going down is a press. */
  setPad(down: ReadonlySet<PadControl>): void {
    const ignored = new Set([...this.#padIgnoredUntilReleased].filter((control) => down.has(control)));
    this.#padIgnoredUntilReleased = ignored;
    for (const action of PRESS_ACTIONS) {
      const pressed = this.#bindings[action].pad.some(
        (control) => down.has(control) && !this.#heldPad.has(control) && !ignored.has(control),
      );
      if (pressed) this.#latched.add(action);
    }
    this.#heldPad = down;
  }

  /** The direction held with the look-ahead key, or 0,0 when it is not held: the camera's business. */
  lookDirection(): { x: -1 | 0 | 1; y: -1 | 0 | 1 } {
    if (!this.#isHeld('lookAhead')) return { x: 0, y: 0 };
    return this.#heldDirection();
  }

  #heldDirection(): { x: -1 | 0 | 1; y: -1 | 0 | 1 } {
    const horizontal = (this.#isHeld('moveRight') ? 1 : 0) - (this.#isHeld('moveLeft') ? 1 : 0);
    const vertical = (this.#isHeld('moveDown') ? 1 : 0) - (this.#isHeld('moveUp') ? 1 : 0);
    return { x: toAxis(horizontal), y: toAxis(vertical) };
  }

  sample(): InputFrame {
    // Looking ahead, she stands (sneak still held is a crouch): the direction moves the camera instead.
    const looking = this.#isHeld('lookAhead');
    const direction = looking ? { x: 0 as const, y: 0 as const } : this.#heldDirection();
    const restart = this.#take('restart');
    return {
      moveX: direction.x,
      moveY: direction.y,
      sneak: this.#isHeld('sneak'),
      run: this.#isHeld('run'),
      restart,
      dream: this.#isHeld('dream'),
      // Taken at every sample like Interact, so a press in a scene never tosses once it closes.
      toss: this.#take('toss'),
      ...this.#sceneInput(),
    };
  }

  /**
   * Interact, skip and the choice, by whether a scene is open and offers choices. Every press is taken
   * at each sample, used or not, so a press from play never lands in a later scene (or the reverse).
   */
  #sceneInput(): Pick<InputFrame, 'interact' | 'skip' | 'choice'> {
    const interact = this.#take('interact');
    const next = this.#take('nextLine') || interact;
    const skip = this.#take('skip');
    const moveFocus = (this.#take('menuDown') ? 1 : 0) - (this.#take('menuUp') ? 1 : 0);
    const picked = this.#pickedChoice;
    this.#pickedChoice = -1;
    const offered = this.#sceneChoices();
    if (offered === null || offered === 0) {
      this.#focus = 0;
      if (offered === null) return { interact, skip: false, choice: -1 };
      const skipping = skip || this.#dialogue.skipAll();
      // A press while the line types out shows it whole; the next press goes on.
      const goesOn = next && !skipping && !this.#dialogue.finishLine();
      return { interact: goesOn, skip: skipping, choice: -1 };
    }
    this.#focus = (((this.#focus + moveFocus) % offered) + offered) % offered;
    // A number key or a click takes its choice at once; Interact first shows a line still typing whole.
    const choice = picked >= 0 && picked < offered ? picked : next && !this.#dialogue.finishLine() ? this.#focus : -1;
    if (choice !== -1) this.#focus = 0;
    return { interact: false, skip: skip && choice === -1, choice };
  }

  takePausePress(): boolean {
    return this.#take('pause');
  }

  takeRestartPress(): boolean {
    return this.#take('restart');
  }

  /**
   * Forgets everything held and pressed: for focus loss, whose key-ups never arrive. Not for pause:
   * a key held through the pause must still walk when play resumes.
   */
  reset(): void {
    this.#heldKeys.clear();
    this.#latched.clear();
    this.#pickedChoice = -1;
    this.#padIgnoredUntilReleased = new Set(this.#heldPad);
    this.#heldPad = new Set();
  }

  #isHeld(action: Action): boolean {
    const binding = this.#bindings[action];
    return (
      binding.keys.some((key) => this.#heldKeys.has(key))
      || binding.pad.some((control) => this.#heldPad.has(control) && !this.#padIgnoredUntilReleased.has(control))
    );
  }

  #take(action: PressAction): boolean {
    const pressed = this.#latched.has(action);
    this.#latched.delete(action);
    return pressed;
  }
}

function toAxis(value: number): -1 | 0 | 1 {
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}
