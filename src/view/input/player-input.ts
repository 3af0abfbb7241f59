// Keyboard and gamepad, through the bindings table, into the input latch the level session samples.
import Phaser from 'phaser';
import type { InputSource } from '../../run/input-source.ts';
import type { SessionPresses } from '../../run/level-session.ts';
import type { InputFrame } from '../../sim/types.ts';
import { boundKeys, type Bindings, type PadControl } from './bindings.ts';
import { currentBindings, noteDeviceUsed } from './current-bindings.ts';
import { keyNameOfEvent } from './key-names.ts';
import { InputLatch, type DialoguePresses, type SceneChoices } from './input-latch.ts';
import { PAD_BUTTON } from './pad-buttons.ts';

/** Stick travel below this counts as centred: worn sticks rest a little off zero. */
const STICK_DEAD_ZONE = 0.35;
/** Analogue triggers count as pressed past this. */
const TRIGGER_THRESHOLD = 0.5;

export class PlayerInput implements InputSource, SessionPresses {
  readonly #latch: InputLatch;
  /** The frame the last tick was given (the test hook reads it: the key reached the rules' input). */
  lastSample: InputFrame | null = null;

  readonly #scene: Phaser.Scene;

  /** `bindingsNow`: the table at each press (the player's, which the Controls screen may change over the paused level). */
  constructor(
    scene: Phaser.Scene,
    bindingsNow: () => Bindings = currentBindings,
  ) {
    this.#scene = scene;
    this.#latch = new InputLatch(bindingsNow);
    const keyboard = scene.input.keyboard;
    // Arrow keys and Space would scroll the page; a key bound over the pause is captured when play resumes.
    const captureBoundKeys = (): void => {
      keyboard?.addCapture(boundKeys(bindingsNow()).map((key) => Phaser.Input.Keyboard.KeyCodes[key]));
    };
    captureBoundKeys();
    // Key events, not a poll of isDown or JustDown: Phaser clears JustDown when the key-up arrives in the
    // same frame as the key-down, so a quick tap (or a slow frame) would lose the press. Every key is
    // heard and named: the latch decides by the table as it is then.
    const onKey = (down: boolean) => (event: KeyboardEvent): void => {
      const key = keyNameOfEvent(event);
      if (key === null) return;
      noteDeviceUsed('keyboard');
      if (down) this.#latch.keyDown(key);
      else this.#latch.keyUp(key);
    };
    const listeners: [string, (event: KeyboardEvent) => void][] = [
      [Phaser.Input.Keyboard.Events.ANY_KEY_DOWN, onKey(true)],
      [Phaser.Input.Keyboard.Events.ANY_KEY_UP, onKey(false)],
    ];
    for (const [event, listener] of listeners) keyboard?.on(event, listener);
    // Focus loss swallows key-up events: without this a key held while alt-tabbing walks Mira forever.
    const forgetEverything = (): void => {
      captureBoundKeys();
      this.reset();
    };
    scene.game.events.on(Phaser.Core.Events.BLUR, forgetEverything);
    // A Phaser scene that sleeps or pauses misses key-ups too. (Our own pause is not one of those: the
    // scene keeps running under the overlay, so a held key survives it.)
    scene.events.on(Phaser.Scenes.Events.RESUME, forgetEverything);
    scene.events.on(Phaser.Scenes.Events.WAKE, forgetEverything);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      scene.game.events.off(Phaser.Core.Events.BLUR, forgetEverything);
      scene.events.off(Phaser.Scenes.Events.RESUME, forgetEverything);
      scene.events.off(Phaser.Scenes.Events.WAKE, forgetEverything);
      for (const [event, listener] of listeners) keyboard?.off(event, listener);
    });
  }

  sample(): InputFrame {
    this.#pollPad();
    this.lastSample = this.#latch.sample();
    return this.lastSample;
  }

  lookDirection(): { x: -1 | 0 | 1; y: -1 | 0 | 1 } {
    return this.#latch.lookDirection();
  }

  /** See InputLatch.followScene: the level scene points it at its world's open scene. */
  followScene(choices: SceneChoices): void {
    this.#latch.followScene(choices);
  }

  /** See InputLatch.followDialogue: the dialogue box decides about presses for the next line. */
  followDialogue(dialogue: DialoguePresses): void {
    this.#latch.followDialogue(dialogue);
  }

  get choiceFocus(): number {
    return this.#latch.choiceFocus;
  }

  /** A click on a choice of the dialogue box. */
  pressChoice(index: number): void {
    this.#latch.pressChoice(index);
  }

  /** A click on the dialogue box's line. */
  pressNextLine(): void {
    this.#latch.pressNextLine();
  }

  /** True once per pause press; the session asks every frame, paused or not. */
  takePausePress(): boolean {
    this.#pollPad();
    return this.#latch.takePausePress();
  }

  /** True once per restart press, for the pause overlay (ticks get it through sample()). */
  takeRestartPress(): boolean {
    this.#pollPad();
    return this.#latch.takeRestartPress();
  }

  reset(): void {
    this.#scene.input.keyboard?.resetKeys();
    this.#latch.reset();
  }

  #pollPad(): void {
    const pad = this.#activePad();
    const down = pad ? padControlsDown(pad) : new Set<PadControl>();
    if (down.size > 0) noteDeviceUsed('pad');
    this.#latch.setPad(down);
  }

  #activePad(): Phaser.Input.Gamepad.Gamepad | null {
    const gamepads = this.#scene.input.gamepad;
    if (!gamepads || gamepads.total === 0) return null;
    return gamepads.getAll().find((pad) => pad.connected) ?? null;
  }
}

function padControlsDown(pad: Phaser.Input.Gamepad.Gamepad): Set<PadControl> {
  const down = new Set<PadControl>();
  const button = (control: PadControl, index: number): void => {
    const state = pad.buttons[index];
    if (state && (state.pressed || state.value > TRIGGER_THRESHOLD)) down.add(control);
  };
  button('a', PAD_BUTTON.a);
  button('b', PAD_BUTTON.b);
  button('x', PAD_BUTTON.x);
  button('y', PAD_BUTTON.y);
  button('leftBumper', PAD_BUTTON.leftBumper);
  button('rightBumper', PAD_BUTTON.rightBumper);
  button('leftTrigger', PAD_BUTTON.leftTrigger);
  button('rightTrigger', PAD_BUTTON.rightTrigger);
  button('back', PAD_BUTTON.back);
  button('start', PAD_BUTTON.start);
  if (pad.up) down.add('dpadUp');
  if (pad.down) down.add('dpadDown');
  if (pad.left) down.add('dpadLeft');
  if (pad.right) down.add('dpadRight');
  const { x, y } = pad.leftStick;
  if (y < -STICK_DEAD_ZONE) down.add('stickUp');
  if (y > STICK_DEAD_ZONE) down.add('stickDown');
  if (x < -STICK_DEAD_ZONE) down.add('stickLeft');
  if (x > STICK_DEAD_ZONE) down.add('stickRight');
  return down;
}
