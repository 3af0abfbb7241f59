// Shared bits of the full-screen text scenes (title, result, problems): layout on resize and menu keys.
import Phaser from 'phaser';
import { PAD_BUTTON } from '../input/pad-buttons.ts';
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
  /** Enter, Space, R; pad A or Start. */
  readonly confirm?: () => void;
  /** Esc; pad B or Back. */
  readonly back?: () => void;
}

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
  // The keyboard repeats a held key: Space held through the exit (running) must not also skip the
  // result screen. Only a fresh press counts.
  const freshPress = (action: () => void) => (event: KeyboardEvent): void => {
    if (!event.repeat) action();
  };
  if (confirm) {
    keyboard?.on('keydown-ENTER', freshPress(confirm));
    keyboard?.on('keydown-SPACE', freshPress(confirm));
    keyboard?.on('keydown-R', freshPress(confirm));
  }
  if (back) keyboard?.on('keydown-ESC', freshPress(back));
  scene.input.gamepad?.on(
    Phaser.Input.Gamepad.Events.BUTTON_DOWN,
    (_pad: Phaser.Input.Gamepad.Gamepad, button: Phaser.Input.Gamepad.Button) => {
      if ((button.index === PAD_BUTTON.a || button.index === PAD_BUTTON.start) && confirm) confirm();
      else if ((button.index === PAD_BUTTON.b || button.index === PAD_BUTTON.back) && back) back();
    },
  );
}
