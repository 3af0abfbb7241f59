// The live splits, drawn in the top-right corner in speedrun mode (splits-lines.ts says what). A fixed pool
// of texts, rewritten only when what they say changes: the panel costs nothing per frame when nothing does.
// The game and real time change every frame: they are bitmap glyphs (glyph-font.ts), never a Text's redraw.
import type Phaser from 'phaser';
import { clockFont } from './glyph-font.ts';
import { mirrorBoxAround, setMirrorBox } from './mirror-box.ts';
import { ACCENT_COLOR, BACKGROUND_COLOR, DIM_TEXT_COLOR, ERROR_COLOR, TEXT_COLOR, WARNING_COLOR, colorNumber, textStyle, wordScale } from './palette.ts';
import type { SplitTone, SplitsPanelText } from './splits-lines.ts';
import { changeTextAndColor, changeWordWrapWidth } from './text-changes.ts';

/** More splits than this show the last ones reached and those next. */
const MAX_ROWS = 10;
const FOOTER_LINES = 3;
const TONE_COLORS: Readonly<Record<SplitTone, string>> = { gold: WARNING_COLOR, ahead: ACCENT_COLOR, behind: ERROR_COLOR, none: DIM_TEXT_COLOR };

export class SplitsPanel {
  readonly #panel: Phaser.GameObjects.Graphics;
  readonly #title: Phaser.GameObjects.Text;
  readonly #rows: Phaser.GameObjects.Text[] = [];
  readonly #deltas: Phaser.GameObjects.Text[] = [];
  readonly #clocks: Phaser.GameObjects.BitmapText;
  readonly #footer: Phaser.GameObjects.Text;
  #shown = '';
  #visible = false;
  #scale = 1;
  #width = 0;

  constructor(scene: Phaser.Scene, layer: Phaser.GameObjects.Layer) {
    this.#panel = scene.add.graphics();
    this.#title = scene.add.text(0, 0, '', textStyle(13, TEXT_COLOR));
    for (let index = 0; index < MAX_ROWS; index += 1) {
      this.#rows.push(scene.add.text(0, 0, '', textStyle(12, TEXT_COLOR)));
      this.#deltas.push(scene.add.text(0, 0, '', textStyle(12, TEXT_COLOR)).setOrigin(1, 0));
    }
    this.#clocks = scene.add.bitmapText(0, 0, clockFont(scene, { sizePixels: 12, color: DIM_TEXT_COLOR }), '');
    this.#footer = scene.add.text(0, 0, '', textStyle(12, DIM_TEXT_COLOR));
    layer.add([this.#panel, this.#title, ...this.#rows, ...this.#deltas, this.#clocks, this.#footer]);
    this.setVisible(false);
  }

  layout(width: number, _height: number, scale: number): void {
    this.#scale = scale;
    this.#width = width;
    this.#shown = '';
  }

  get isVisible(): boolean {
    return this.#visible;
  }

  setVisible(visible: boolean): void {
    this.#visible = visible;
    for (const item of [this.#panel, this.#title, ...this.#rows, ...this.#deltas, this.#clocks, this.#footer]) item.setVisible(visible);
  }

  update(text: SplitsPanelText): void {
    if (!this.#visible) return;
    this.#clocks.setText(text.clocks.join('\n'));
    const key = JSON.stringify({ ...text, clocks: [] });
    if (key === this.#shown) return;
    this.#shown = key;
    const scale = this.#scale;
    // Sizes tied to the words grow with the player's text size (the rows are monospace, so the width too).
    const words = wordScale(scale);
    const panelWidth = 280 * words;
    const margin = 12 * scale;
    const left = this.#width - margin - panelWidth;
    const lineHeight = 16 * words;
    const lastReached = text.rows.reduce((last, row, index) => (row.time === '-' ? last : index), -1);
    const first = Math.max(0, Math.min(lastReached - MAX_ROWS + 3, text.rows.length - MAX_ROWS));
    const rows = text.rows.slice(first, first + MAX_ROWS);
    // Below the dream's corner (children following, the meter: 62 high with its meter), which shares the top right.
    const top = margin + 62 * words + 6 * scale;
    this.#title.setText(text.title).setFontSize(13 * words).setPosition(left + 8 * scale, top + 6 * scale);
    let y = top + 8 * scale + lineHeight;
    this.#rows.forEach((item, index) => {
      const row = rows[index];
      item.setText(row === undefined ? '' : `${row.name.padEnd(17)}${row.time}`).setFontSize(12 * words).setPosition(left + 8 * scale, y + index * lineHeight);
      changeTextAndColor(this.#deltas[index]!, row?.delta ?? '', TONE_COLORS[row?.tone ?? 'none'])
        .setFontSize(12 * words)
        .setPosition(left + panelWidth - 8 * scale, y + index * lineHeight);
    });
    y += rows.length * lineHeight + 4 * scale;
    const footer = text.footer.slice(0, FOOTER_LINES + 1);
    const clockSize = 12 * words;
    this.#clocks.setFont(clockFont(this.#clocks.scene, { sizePixels: clockSize, color: DIM_TEXT_COLOR }), clockSize).setPosition(left + 8 * scale, y);
    // The glyphs' line is the Text's own line (glyph-font.ts): the footer goes on as if it held the clocks.
    y += text.clocks.length * this.#clocks.fontData.lineHeight;
    changeWordWrapWidth(this.#footer.setText(footer.join('\n')).setFontSize(12 * words), panelWidth - 16 * scale).setPosition(left + 8 * scale, y);
    const height = y + this.#footer.height + 8 * scale - top;
    this.#panel.clear().fillStyle(colorNumber(BACKGROUND_COLOR), 0.85).fillRoundedRect(left, top, panelWidth, height, 6 * scale);
    setMirrorBox(this.#panel, mirrorBoxAround(this.#panel, { left, top, right: left + panelWidth, bottom: top + height }, 1));
  }
}
