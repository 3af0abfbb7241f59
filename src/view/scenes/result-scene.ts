// After the exit: the in-game time, the catches, and the way back in.
import Phaser from 'phaser';
import { formatTicks } from '../../run/time-format.ts';
import { SCENE_KEYS } from '../scene-keys.ts';
import { bindMenuKeys, interfaceScale, layoutOnResize } from '../ui/menu-scene.ts';
import { ACCENT_COLOR, DIM_TEXT_COLOR, TEXT_COLOR, WARNING_COLOR, textStyle } from '../ui/palette.ts';

export interface ResultData {
  readonly finishTick: number;
  readonly catches: number;
}

export class ResultScene extends Phaser.Scene {
  private result: ResultData = { finishTick: 0, catches: 0 };

  constructor() {
    super(SCENE_KEYS.result);
  }

  init(data: Partial<ResultData> | undefined): void {
    this.result = { finishTick: data?.finishTick ?? 0, catches: data?.catches ?? 0 };
  }

  create(): void {
    layoutOnResize(this, () => {
      this.layout();
    });
    bindMenuKeys(this, {
      confirm: () => {
        this.scene.start(SCENE_KEYS.nightEscape);
      },
      back: () => {
        this.scene.start(SCENE_KEYS.title);
      },
    });
  }

  private layout(): void {
    const scale = interfaceScale(this);
    const { width, height } = this.scale;
    const centreX = Math.floor(width / 2);
    let y = Math.floor(height * 0.25);
    this.add.text(centreX, y, 'Under the stars', textStyle(28 * scale, ACCENT_COLOR)).setOrigin(0.5, 0);
    y += 56 * scale;
    this.add.text(centreX, y, formatTicks(this.result.finishTick), textStyle(48 * scale, TEXT_COLOR)).setOrigin(0.5, 0);
    y += 72 * scale;
    const catches = this.result.catches;
    const catchText = catches === 0 ? 'Never caught' : `Caught ${catches} time${catches === 1 ? '' : 's'}`;
    this.add
      .text(centreX, y, `${catchText}   ·   ${this.result.finishTick} ticks`, textStyle(16 * scale, catches === 0 ? ACCENT_COLOR : WARNING_COLOR))
      .setOrigin(0.5, 0);
    y += 56 * scale;
    this.add
      .text(centreX, y, 'R / Enter: run again      Esc: back', textStyle(16 * scale, DIM_TEXT_COLOR))
      .setOrigin(0.5, 0);
  }
}
