// The title's Custom level: opens a level builder's own map with the browser's picker (the map with its
// tilesets, templates and images, or its whole folder), or waits for them to be dropped on the window.
import Phaser from 'phaser';
import { customLevelLines } from '../input/controls-text.ts';
import { BINDINGS } from '../input/bindings.ts';
import { domKeyCode } from '../input/dom-key-codes.ts';
import { pickMapFiles } from '../map-loading.ts';
import { SCENE_KEYS } from '../scene-keys.ts';
import { TITLE_ENTRY } from '../ui/menu-entries.ts';
import { bindMenuKeys, interfaceScale, layoutOnResize } from '../ui/menu-screen.ts';
import { drawStarfield } from '../ui/starfield.ts';
import { ACCENT_COLOR, DIM_TEXT_COLOR, TEXT_COLOR, textStyle } from '../ui/palette.ts';

export class CustomLevelScene extends Phaser.Scene {
  constructor() {
    super(SCENE_KEYS.customLevel);
  }

  create(): void {
    layoutOnResize(this, () => {
      this.#layout();
    });
    bindMenuKeys(this, {
      back: () => {
        this.scene.start(SCENE_KEYS.title, { focus: TITLE_ENTRY.customLevel });
      },
    });
    // The picker opens from the DOM's own key event, not Phaser's queue (read a frame later): browsers
    // open a file picker only inside the user's gesture, and a frame later Chromium now and then refused.
    const filesKeys = BINDINGS.confirm.keys.map(domKeyCode);
    const folderKeys = BINDINGS.pickFolder.keys.map(domKeyCode);
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.repeat) return;
      if (filesKeys.includes(event.code)) pickMapFiles(this.game, false);
      else if (folderKeys.includes(event.code)) pickMapFiles(this.game, true);
    };
    window.addEventListener('keydown', onKeyDown);
    // A click is a gesture too: the picker opens for the mouse as well.
    const onClick = (): void => {
      pickMapFiles(this.game, false);
    };
    this.game.canvas.addEventListener('click', onClick);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      window.removeEventListener('keydown', onKeyDown);
      this.game.canvas.removeEventListener('click', onClick);
    });
  }

  #layout(): void {
    const scale = interfaceScale(this);
    const { width, height } = this.scale;
    const centreX = Math.floor(width / 2);
    drawStarfield(this, { width, height, scale });
    let y = Math.floor(height * 0.22);
    const title = this.add.text(centreX, y, 'Custom level', textStyle(32 * scale, ACCENT_COLOR)).setOrigin(0.5, 0);
    y = title.y + title.height + 18 * scale;
    const intro = this.add
      .text(centreX, y, 'Play a map you drew in Tiled (.tmx or .tmj). It plays by the same rules as the campaign; warnings are shown over the game, errors listed with their places.', {
        ...textStyle(15 * scale, TEXT_COLOR),
        align: 'center',
        wordWrap: { width: Math.min(width - 40, 620 * scale) },
      })
      .setOrigin(0.5, 0);
    y = intro.y + intro.height + 24 * scale;
    this.add
      .text(centreX, y, customLevelLines().join('\n'), { ...textStyle(14 * scale, DIM_TEXT_COLOR), align: 'center', lineSpacing: 8 * scale, wordWrap: { width: width - 40 } })
      .setOrigin(0.5, 0);
  }
}
