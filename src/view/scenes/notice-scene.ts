// One line over whatever is on screen, for a few seconds: what the game just changed by itself and how to
// undo it. It takes no input, so play goes on under it.
import Phaser from 'phaser';
import { SCENE_KEYS } from '../scene-keys.ts';
import { interfaceScale } from '../ui/menu-screen.ts';
import { BACKGROUND_COLOR, TEXT_COLOR, colorNumber, textStyle } from '../ui/palette.ts';

export interface NoticeData {
  readonly text: string;
}

/** Long enough to read the line twice at an unhurried pace. */
const NOTICE_MILLISECONDS = 7000;

export class NoticeScene extends Phaser.Scene {
  #text = '';

  constructor() {
    super(SCENE_KEYS.notice);
  }

  init(data: NoticeData): void {
    this.#text = data.text;
  }

  create(): void {
    this.scene.bringToTop();
    const scale = interfaceScale(this);
    const line = this.add
      .text(this.scale.width / 2, 0, this.#text, {
        ...textStyle(13 * scale, TEXT_COLOR),
        align: 'center',
        wordWrap: { width: this.scale.width - 40 * scale },
      })
      .setOrigin(0.5, 0);
    const padding = 6 * scale;
    // Above the control strip along the bottom, where no HUD box sits.
    const top = this.scale.height - line.height - padding * 2 - 64 * scale;
    line.setY(top + padding);
    this.add
      .rectangle(this.scale.width / 2, top, line.width + padding * 4, line.height + padding * 2, colorNumber(BACKGROUND_COLOR), 0.85)
      .setOrigin(0.5, 0);
    line.setDepth(1);
    this.time.delayedCall(NOTICE_MILLISECONDS, () => {
      this.scene.stop();
    });
  }
}
