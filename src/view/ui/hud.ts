// The level's heads-up display: in-game time, catches, a controls hint at the start, and the pause overlay.
// Drawn by a camera at zoom 1 so text stays sharp whatever zoom the world uses.
import Phaser from 'phaser';
import { formatTicks } from '../../run/time-format.ts';
import { TICKS_PER_SECOND } from '../../sim/index.ts';
import { ACCENT_COLOR, DIM_TEXT_COLOR, TEXT_COLOR, WARNING_COLOR, textStyle } from './palette.ts';

const HINT = 'WASD / arrows: move    Shift: sneak    Space: run    R: restart    Esc: pause';
/** The hint stays this long into a run, then fades over a second: by then the player has moved. */
const HINT_TICKS = 6 * TICKS_PER_SECOND;

export class Hud {
  private readonly panel: Phaser.GameObjects.Graphics;
  private readonly time: Phaser.GameObjects.Text;
  private readonly catches: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;
  private readonly hintBackdrop: Phaser.GameObjects.Graphics;
  private readonly pauseShade: Phaser.GameObjects.Rectangle;
  private readonly pauseTitle: Phaser.GameObjects.Text;
  private readonly pauseKeys: Phaser.GameObjects.Text;
  private shownTick = -1;
  private shownCatches = -1;

  constructor(scene: Phaser.Scene, layer: Phaser.GameObjects.Layer) {
    this.panel = scene.add.graphics();
    this.time = scene.add.text(0, 0, '', textStyle(20, TEXT_COLOR));
    this.catches = scene.add.text(0, 0, '', textStyle(13, DIM_TEXT_COLOR));
    this.hintBackdrop = scene.add.graphics();
    this.hint = scene.add.text(0, 0, HINT, textStyle(13, TEXT_COLOR)).setOrigin(0.5, 1);
    this.pauseShade = scene.add.rectangle(0, 0, 1, 1, 0x05040a, 0.72).setOrigin(0, 0);
    this.pauseTitle = scene.add.text(0, 0, 'PAUSED', textStyle(32, ACCENT_COLOR)).setOrigin(0.5, 1);
    this.pauseKeys = scene.add
      .text(0, 0, 'Esc: resume      R: restart', textStyle(16, TEXT_COLOR))
      .setOrigin(0.5, 0);
    layer.add([this.panel, this.time, this.catches, this.hintBackdrop, this.hint, this.pauseShade, this.pauseTitle, this.pauseKeys]);
    this.setPaused(false);
  }

  layout(width: number, height: number, scale: number): void {
    const margin = 12 * scale;
    this.time.setFontSize(20 * scale).setPosition(margin + 8 * scale, margin + 4 * scale);
    this.catches.setFontSize(13 * scale).setPosition(margin + 8 * scale, margin + 30 * scale);
    this.panel
      .clear()
      .fillStyle(0x07060d, 0.6)
      .fillRoundedRect(margin, margin, 150 * scale, 52 * scale, 6 * scale);
    this.hint.setFontSize(13 * scale).setPosition(Math.floor(width / 2), height - margin);
    const padding = 6 * scale;
    this.hintBackdrop
      .clear()
      .fillStyle(0x07060d, 0.6)
      .fillRoundedRect(
        Math.floor(width / 2 - this.hint.width / 2 - padding),
        height - margin - this.hint.height - padding / 2,
        this.hint.width + padding * 2,
        this.hint.height + padding,
        6 * scale,
      );
    this.pauseShade.setSize(width, height);
    this.pauseTitle.setFontSize(32 * scale).setPosition(Math.floor(width / 2), Math.floor(height / 2) - 8 * scale);
    this.pauseKeys.setFontSize(16 * scale).setPosition(Math.floor(width / 2), Math.floor(height / 2) + 8 * scale);
  }

  update(tick: number, catches: number): void {
    if (tick !== this.shownTick) {
      this.shownTick = tick;
      this.time.setText(formatTicks(tick));
      const fade = Math.min(1, Math.max(0, (HINT_TICKS + TICKS_PER_SECOND - tick) / TICKS_PER_SECOND));
      this.hint.setAlpha(fade).setVisible(fade > 0);
      this.hintBackdrop.setAlpha(fade).setVisible(fade > 0);
    }
    if (catches !== this.shownCatches) {
      this.shownCatches = catches;
      this.catches.setText(catches === 0 ? 'not caught yet' : `caught ${catches}×`);
      this.catches.setColor(catches === 0 ? DIM_TEXT_COLOR : WARNING_COLOR);
    }
  }

  setPaused(paused: boolean): void {
    this.pauseShade.setVisible(paused);
    this.pauseTitle.setVisible(paused);
    this.pauseKeys.setVisible(paused);
  }
}
