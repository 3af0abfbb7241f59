// What every full-screen menu (title, result, problems) sets up the same way: layout on resize and the
// menu keys of the bindings table.
import Phaser from 'phaser';
import { onKeyPresses } from '../input/key-presses.ts';
import { BINDINGS, type PadControl } from '../input/bindings.ts';
import { PAD_BUTTON, padButtonsOf } from '../input/pad-buttons.ts';
import { gameSounds } from '../sounds.ts';
import { chooseInterfaceScale } from './zoom.ts';

/** Lays the scene out now and again whenever the window changes size. */
export function layoutOnResize(scene: Phaser.Scene, layout: () => void): void {
  const relayout = (): void => {
    scene.children.removeAll(true);
    scene.cameras.main.setScroll(0, 0);
    layout();
  };
  layout();
  scene.scale.on(Phaser.Scale.Events.RESIZE, relayout);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    scene.scale.off(Phaser.Scale.Events.RESIZE, relayout);
  });
}

export function interfaceScale(scene: Phaser.Scene): number {
  return chooseInterfaceScale(scene.scale.width, scene.scale.height);
}

export interface MenuActions {
  /** The confirm action of the bindings table (Enter, Space, R; pad A or Start). */
  readonly confirm?: () => void;
  /** The back action of the bindings table (Esc; pad B or Back). */
  readonly back?: () => void;
  /** The menuUp and menuDown actions (arrows, W / S; pad d-pad). */
  readonly up?: () => void;
  readonly down?: () => void;
}

/** Pad buttons a menu answers to; menus do not move with the stick. */
const MENU_PAD_BUTTONS: Partial<Record<PadControl, number>> = {
  a: PAD_BUTTON.a,
  b: PAD_BUTTON.b,
  back: PAD_BUTTON.back,
  start: PAD_BUTTON.start,
  dpadUp: PAD_BUTTON.dpadUp,
  dpadDown: PAD_BUTTON.dpadDown,
};

export function bindMenuKeys(scene: Phaser.Scene, actions: MenuActions): void {
  const keyboard = scene.input.keyboard;
  // A key still held from the previous scene must be released first, or one press would skip two screens.
  keyboard?.resetKeys();
  // A key press is the user gesture browsers want before sound may start.
  const withSound = (action: (() => void) | undefined): (() => void) | undefined =>
    action &&
    ((): void => {
      const sounds = gameSounds();
      sounds.unlock();
      sounds.play('menu-select', { volume: 0.6 });
      action();
    });
  const confirm = withSound(actions.confirm);
  const back = withSound(actions.back);
  if (confirm) onKeyPresses(scene, { keys: BINDINGS.confirm.keys, handler: confirm });
  if (back) onKeyPresses(scene, { keys: BINDINGS.back.keys, handler: back });
  const { up, down } = actions;
  // Held arrows repeat through a menu, as in any list; each repeat is its own event.
  if (up) onKeyPresses(scene, { keys: BINDINGS.menuUp.keys, handler: up, repeats: true });
  if (down) onKeyPresses(scene, { keys: BINDINGS.menuDown.keys, handler: down, repeats: true });
  const confirmButtons = padButtonsOf(BINDINGS.confirm.pad, MENU_PAD_BUTTONS);
  const backButtons = padButtonsOf(BINDINGS.back.pad, MENU_PAD_BUTTONS);
  const upButtons = padButtonsOf(BINDINGS.menuUp.pad, MENU_PAD_BUTTONS);
  const downButtons = padButtonsOf(BINDINGS.menuDown.pad, MENU_PAD_BUTTONS);
  scene.input.gamepad?.on(
    Phaser.Input.Gamepad.Events.BUTTON_DOWN,
    (_pad: Phaser.Input.Gamepad.Gamepad, button: Phaser.Input.Gamepad.Button) => {
      if (confirmButtons.includes(button.index) && confirm) confirm();
      else if (backButtons.includes(button.index) && back) back();
      else if (upButtons.includes(button.index) && up) up();
      else if (downButtons.includes(button.index) && down) down();
    },
  );
}
