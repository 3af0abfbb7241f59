// What every menu (title, chapter select, settings, credits, result, problems, pause) sets up the same
// way: layout on resize, and the menu keys and pad buttons of the bindings table, and the left stick.
import Phaser from 'phaser';
import { onKeyPresses } from '../input/key-presses.ts';
import { currentBindings, type Action, type KeyName, type PadControl } from '../input/bindings.ts';
import { noteDeviceUsed } from '../input/current-bindings.ts';
import { PAD_BUTTON, padButtonsOf } from '../input/pad-buttons.ts';
import { gameSounds } from '../sounds.ts';
import { stickDirection, type StickDirection } from './menu-model.ts';
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
  /** The menuUp / menuDown / menuLeft / menuRight actions (arrows, WASD; pad d-pad), and the left stick. */
  readonly up?: () => void;
  readonly down?: () => void;
  readonly left?: () => void;
  readonly right?: () => void;
  /**
   * Actions whose keys and buttons this menu leaves alone, when something else already answers them (the
   * pause menu: the level's session takes Esc / Start to resume and R / Back to restart).
   */
  readonly leaveTo?: readonly Action[];
  /** While this says false the menu answers nothing (the pause menu while the level plays). */
  readonly active?: () => boolean;
}

/** Pad buttons a menu answers to (the stick is read apart, as directions). */
const MENU_PAD_BUTTONS: Partial<Record<PadControl, number>> = {
  a: PAD_BUTTON.a,
  b: PAD_BUTTON.b,
  back: PAD_BUTTON.back,
  start: PAD_BUTTON.start,
  dpadUp: PAD_BUTTON.dpadUp,
  dpadDown: PAD_BUTTON.dpadDown,
  dpadLeft: PAD_BUTTON.dpadLeft,
  dpadRight: PAD_BUTTON.dpadRight,
};

/** The menu's click: the sound a key press makes, and the user gesture browsers want before sound may start. */
export function playMenuSound(): void {
  const sounds = gameSounds();
  sounds.unlock();
  sounds.play('menu-select', { volume: 0.6 });
}

export function bindMenuKeys(scene: Phaser.Scene, actions: MenuActions): void {
  const keyboard = scene.input.keyboard;
  // A key still held from the previous scene must be released first, or one press would skip two screens.
  keyboard?.resetKeys();
  const active = actions.active ?? ((): boolean => true);
  const whenActive = (action: (() => void) | undefined): (() => void) | undefined =>
    action &&
    ((): void => {
      if (active()) action();
    });
  const withSound = (action: (() => void) | undefined): (() => void) | undefined =>
    whenActive(
      action &&
        ((): void => {
          playMenuSound();
          action();
        }),
    );
  const leftAlone = actions.leaveTo ?? [];
  // Asked at each press: the pause menu leaves alone the keys the player has bound to pause and restart now.
  const keysOf = (action: Action) => (): KeyName[] => {
    const bindings = currentBindings();
    return bindings[action].keys.filter((key) => !leftAlone.some((other) => bindings[other].keys.includes(key)));
  };
  const buttonsOf = (action: Action) => (): number[] => {
    const bindings = currentBindings();
    return padButtonsOf(bindings[action].pad.filter((control) => !leftAlone.some((other) => bindings[other].pad.includes(control))), MENU_PAD_BUTTONS);
  };
  const handlers: [Action, (() => void) | undefined, boolean][] = [
    ['confirm', withSound(actions.confirm), false],
    ['back', withSound(actions.back), false],
    // Held arrows repeat through a menu, as in any list; each repeat is its own event.
    ['menuUp', whenActive(actions.up), true],
    ['menuDown', whenActive(actions.down), true],
    ['menuLeft', whenActive(actions.left), true],
    ['menuRight', whenActive(actions.right), true],
  ];
  const buttons: [() => number[], () => void][] = [];
  for (const [action, handler, repeats] of handlers) {
    if (handler === undefined) continue;
    onKeyPresses(scene, { keys: keysOf(action), handler, repeats });
    buttons.push([buttonsOf(action), handler]);
  }
  scene.input.gamepad?.on(
    Phaser.Input.Gamepad.Events.BUTTON_DOWN,
    (_pad: Phaser.Input.Gamepad.Gamepad, button: Phaser.Input.Gamepad.Button) => {
      noteDeviceUsed('pad');
      buttons.find(([indices]) => indices().includes(button.index))?.[1]();
    },
  );
  followStick(scene, { up: whenActive(actions.up), down: whenActive(actions.down), left: whenActive(actions.left), right: whenActive(actions.right) });
}

/** The left stick pushed past half way is one step in a menu; it must come back before the next. */
function followStick(scene: Phaser.Scene, actions: Readonly<Partial<Record<StickDirection, () => void>>>): void {
  let held: StickDirection | null = null;
  const poll = (): void => {
    const pad = scene.input.gamepad?.getAll().find((candidate) => candidate.connected);
    const direction = pad === undefined ? null : stickDirection(pad.leftStick.x, pad.leftStick.y);
    if (direction === held) return;
    held = direction;
    if (direction !== null) actions[direction]?.();
  };
  scene.events.on(Phaser.Scenes.Events.UPDATE, poll);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    scene.events.off(Phaser.Scenes.Events.UPDATE, poll);
  });
}
