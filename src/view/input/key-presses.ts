// Key presses a screen reacts to (menus, the level's view switches), counted once each. The keyboard
// repeats a held key: only a fresh press counts unless repeats are asked for (a held arrow in a list).
// Phaser can hand a scene the same queued key event in two frames (seen in Chromium when a scene starts
// during a frame): it moved a menu twice and could flip a switch back, so each DOM event counts once.
// `keys` may be a function: asked at each press, so a key rebound while the scene runs (the Controls screen
// over the paused level) answers at once.
import Phaser from 'phaser';
import type { KeyName } from './bindings.ts';
import { keyNameOfEvent } from './key-names.ts';

export function onKeyPresses(
  scene: Phaser.Scene,
  options: { readonly keys: readonly KeyName[] | (() => readonly KeyName[]); readonly handler: () => void; readonly repeats?: boolean },
): void {
  const keyboard = scene.input.keyboard;
  if (!keyboard) return;
  const keys = options.keys;
  const handled = new WeakSet<KeyboardEvent>();
  const listener = (event: KeyboardEvent): void => {
    if ((options.repeats !== true && event.repeat) || handled.has(event)) return;
    const key = keyNameOfEvent(event);
    if (key === null || !(typeof keys === 'function' ? keys() : keys).includes(key)) return;
    handled.add(event);
    options.handler();
  };
  keyboard.on(Phaser.Input.Keyboard.Events.ANY_KEY_DOWN, listener);
  // The scene's emitters outlive a restart: what is bound for one run goes with it.
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => keyboard.off(Phaser.Input.Keyboard.Events.ANY_KEY_DOWN, listener));
}
