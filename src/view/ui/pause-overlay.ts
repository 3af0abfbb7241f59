// The level's pause: a shade over everything, the word, a menu (resume, restart, settings, quit to the
// title) that keys, pad and pointer all work, and the view switches with their keys. Drawn by the
// interface camera, like the HUD. The session still answers its own keys here (Esc / Start resume, R /
// Back restart, Q quits): the menu leaves those to it.
import type Phaser from 'phaser';
import { pauseLines } from '../input/controls-text.ts';
import { SCENE_KEYS } from '../scene-keys.ts';
import { MenuList, bindMenuList } from './menu-list.ts';
import { MenuModel } from './menu-model.ts';
import { ACCENT_COLOR, TEXT_COLOR, textStyle, wordScale } from './palette.ts';

export interface ViewSwitches {
  readonly walksShown: boolean;
  readonly muted: boolean;
  readonly reducedMotion?: boolean;
  readonly speedrun?: boolean;
  /** The LiveSplit link's state, as said in the overlay. */
  readonly liveSplit?: string;
}

export interface PauseActions {
  readonly resume: () => void;
  readonly restart: () => void;
  readonly settings: () => void;
  readonly quit: () => void;
}

/** What the pause menu works on in the level: looked up when chosen (the level's view is built after the overlay). */
interface PausedLevel {
  readonly playerInput: { reset(): void };
  readonly session: { setPaused(paused: boolean): void; restart(): unknown };
}

/**
 * The level's pause menu entries. A resume or restart from the menu forgets what was pressed in it, so its
 * confirm press is not also a press in play; Settings opens over the level, which waits paused under it.
 */
export function levelPauseActions(scene: Phaser.Scene, level: () => PausedLevel | null): PauseActions {
  return {
    resume: () => {
      level()?.playerInput.reset();
      level()?.session.setPaused(false);
    },
    restart: () => {
      level()?.playerInput.reset();
      level()?.session.restart();
    },
    settings: () => {
      scene.scene.launch(SCENE_KEYS.settings, { from: 'level' });
      scene.scene.pause();
    },
    quit: () => {
      scene.scene.start(SCENE_KEYS.title);
    },
  };
}

export const PAUSE_ENTRY = { resume: 'resume', restart: 'restart', settings: 'settings', quit: 'quit' } as const;

export class PauseOverlay {
  readonly #shade: Phaser.GameObjects.Rectangle;
  readonly #title: Phaser.GameObjects.Text;
  readonly #keys: Phaser.GameObjects.Text;
  readonly #menu: MenuList;
  #shown = false;

  constructor(scene: Phaser.Scene, options: { readonly layer: Phaser.GameObjects.Layer; readonly actions: PauseActions }) {
    const { layer, actions } = options;
    this.#shade = scene.add.rectangle(0, 0, 1, 1, 0x05040a, 0.8).setOrigin(0, 0);
    this.#title = scene.add.text(0, 0, 'PAUSED', textStyle(32, ACCENT_COLOR)).setOrigin(0.5, 1);
    this.#keys = scene.add.text(0, 0, '', { ...textStyle(14, TEXT_COLOR), lineSpacing: 6 }).setOrigin(0.5, 0).setAlign('center');
    layer.add([this.#shade, this.#title, this.#keys]);
    const model = new MenuModel([
      { id: PAUSE_ENTRY.resume, label: 'Resume' },
      { id: PAUSE_ENTRY.restart, label: 'Restart the chapter' },
      { id: PAUSE_ENTRY.settings, label: 'Settings' },
      { id: PAUSE_ENTRY.quit, label: 'Quit to the title' },
    ]);
    this.#menu = new MenuList(scene, model, {
      layer,
      listening: () => this.#shown,
      activate: (item) => {
        const action = { [PAUSE_ENTRY.resume]: actions.resume, [PAUSE_ENTRY.restart]: actions.restart, [PAUSE_ENTRY.settings]: actions.settings, [PAUSE_ENTRY.quit]: actions.quit }[item.id];
        action?.();
      },
    });
    bindMenuList(scene, this.#menu, { back: actions.resume, active: () => this.#shown, leaveTo: ['pause', 'restart'] });
    this.setSwitches({ walksShown: true, muted: false });
    this.setVisible(false);
  }

  layout(width: number, height: number, scale: number): void {
    this.#shade.setSize(width, height);
    const centreX = Math.floor(width / 2);
    this.#title.setFontSize(32 * wordScale(scale)).setPosition(centreX, Math.floor(height * 0.3));
    const bottom = this.#menu.place({ centreX, top: this.#title.y + 16 * scale, size: 20 * scale, gap: 6 * scale });
    this.#menu.setVisible(this.#shown);
    this.#keys.setFontSize(14 * wordScale(scale)).setLineSpacing(6 * scale).setPosition(centreX, bottom + 24 * scale);
  }

  /** The switches, each with its state and the key that flips it. */
  setSwitches(switches: ViewSwitches): void {
    this.#keys.setText(pauseLines(switches).join('\n'));
  }

  setVisible(visible: boolean): void {
    this.#shown = visible;
    this.#shade.setVisible(visible);
    this.#title.setVisible(visible);
    this.#keys.setVisible(visible);
    this.#menu.setVisible(visible);
    // Each pause opens on Resume, the entry a press by habit should hit.
    if (visible) {
      this.#menu.model.setItems(this.#menu.model.items, PAUSE_ENTRY.resume);
      this.#menu.refresh();
    }
  }
}
