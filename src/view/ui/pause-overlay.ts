// The level's pause overlay: a shade over everything, the word, how to leave, and the view switches.
// Drawn by the interface camera, like the HUD.
import type Phaser from 'phaser';
import { pauseLines } from '../input/controls-text.ts';
import { ACCENT_COLOR, TEXT_COLOR, textStyle } from './palette.ts';

export interface ViewSwitches {
  readonly walksShown: boolean;
  readonly muted: boolean;
  readonly reducedMotion?: boolean;
  readonly speedrun?: boolean;
  /** The LiveSplit link's state, as said in the overlay. */
  readonly liveSplit?: string;
}

export class PauseOverlay {
  private readonly shade: Phaser.GameObjects.Rectangle;
  private readonly title: Phaser.GameObjects.Text;
  private readonly keys: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, layer: Phaser.GameObjects.Layer) {
    this.shade = scene.add.rectangle(0, 0, 1, 1, 0x05040a, 0.72).setOrigin(0, 0);
    this.title = scene.add.text(0, 0, 'PAUSED', textStyle(32, ACCENT_COLOR)).setOrigin(0.5, 1);
    this.keys = scene.add.text(0, 0, '', { ...textStyle(16, TEXT_COLOR), lineSpacing: 6 }).setOrigin(0.5, 0).setAlign('center');
    layer.add([this.shade, this.title, this.keys]);
    this.setSwitches({ walksShown: true, muted: false });
    this.setVisible(false);
  }

  layout(width: number, height: number, scale: number): void {
    this.shade.setSize(width, height);
    this.title.setFontSize(32 * scale).setPosition(Math.floor(width / 2), Math.floor(height / 2) - 8 * scale);
    this.keys.setFontSize(16 * scale).setLineSpacing(6 * scale).setPosition(Math.floor(width / 2), Math.floor(height / 2) + 8 * scale);
  }

  /** The switches, each with its state and the key that flips it. */
  setSwitches(switches: ViewSwitches): void {
    this.keys.setText(pauseLines(switches).join('\n'));
  }

  setVisible(visible: boolean): void {
    this.shade.setVisible(visible);
    this.title.setVisible(visible);
    this.keys.setVisible(visible);
  }
}
