// The dialogue box over an open scene, drawn by the interface camera at screen resolution: the world
// behind it dimmed a little, who speaks, the line written out by a typewriter (at once with reduced
// motion), the choices with the one in focus marked, and the keys that act now. It only shows what the
// world's scene holds; clicks go into the input latch like key presses, never into the world.
import type Phaser from 'phaser';
import type { SceneDisplay, SceneLine } from '../../sim/scene-director.ts';
import type { SceneState } from '../../sim/types.ts';
import { choiceLabels, dialogueHint, revealedLength } from './dialogue-lines.ts';
import { BACKGROUND_COLOR, DIM_TEXT_COLOR, TEXT_COLOR, colorNumber, textStyle } from './palette.ts';

/** The warm lamp light of the night district (palette `y`, `Y`): dialogue is where people are kind. */
const SPEAKER_COLOR = '#ffe39a';
const BORDER_COLOR = colorNumber('#ffb347');
const FOCUS_COLOR = colorNumber('#ffb347');
const FOCUS_TEXT_COLOR = '#fff0d6';
const PANEL_ALPHA = 0.97;
/** The world stays visible behind a scene, a little darker, so the player still sees where they are. */
const DIM_ALPHA = 0.38;
/** More choices than number keys are listed all the same; nine is already a long list. */
const MAX_CHOICES = 12;
/** Width of the box at scale 1 on a wide window; narrower windows get their width less the margins. */
const BOX_WIDTH = 720;
/** Pixels (at scale 1) between the box and the bottom of the screen. */
const BOTTOM_CLEARANCE = 48;

export interface DialogueInput {
  pressChoice(index: number): void;
  pressNextLine(): void;
}

/** What the box shows now, for the test hook: the line as far as it is written, and the choices. */
export interface DialogueShown {
  readonly speaker: string;
  readonly text: string;
  readonly revealed: number;
  readonly choices: readonly string[];
  readonly focus: number;
}

export class DialogueBox {
  private readonly dim: Phaser.GameObjects.Rectangle;
  private readonly panel: Phaser.GameObjects.Graphics;
  private readonly hitArea: Phaser.GameObjects.Rectangle;
  private readonly focusBar: Phaser.GameObjects.Graphics;
  private readonly speaker: Phaser.GameObjects.Text;
  private readonly line: Phaser.GameObjects.Text;
  private readonly choices: Phaser.GameObjects.Text[];
  private readonly hint: Phaser.GameObjects.Text;
  private readonly more: Phaser.GameObjects.Text;
  private size = { width: 1280, height: 720, scale: 1 };
  /** The display being written and when it came (frame time): a new display starts the typewriter again. */
  private display: SceneDisplay | null = null;
  /**
   * The line shown: the display's, or at an end with no line of its own (ink's last advance) the one
   * before, so the box does not empty for the press that closes it.
   */
  private shownLine: SceneLine | null = null;
  private shownSince = 0;
  /** The line as it wraps in the box, so the typewriter never moves a word to the next line mid-word. */
  private wrapped = '';
  private revealed = -1;
  private focus = -1;
  /** False after a resize: the next draw lays the box out again. */
  private arranged = false;

  constructor(scene: Phaser.Scene, layer: Phaser.GameObjects.Layer, input: DialogueInput) {
    this.dim = scene.add.rectangle(0, 0, 1, 1, 0x05040a, DIM_ALPHA).setOrigin(0, 0);
    this.panel = scene.add.graphics();
    this.hitArea = scene.add.rectangle(0, 0, 1, 1, 0x000000, 0).setOrigin(0, 0).setInteractive();
    this.hitArea.on('pointerdown', () => {
      if (this.display !== null && this.display.choices.length === 0) input.pressNextLine();
    });
    this.focusBar = scene.add.graphics();
    this.speaker = scene.add.text(0, 0, '', textStyle(14, SPEAKER_COLOR));
    this.line = scene.add.text(0, 0, '', { ...textStyle(16, TEXT_COLOR), lineSpacing: 4 });
    this.choices = Array.from({ length: MAX_CHOICES }, (_, index) => {
      const text = scene.add.text(0, 0, '', textStyle(15, TEXT_COLOR)).setInteractive({ useHandCursor: true });
      text.on('pointerdown', () => { input.pressChoice(index); });
      return text;
    });
    this.hint = scene.add.text(0, 0, '', textStyle(12, DIM_TEXT_COLOR)).setOrigin(1, 1);
    this.more = scene.add.text(0, 0, '▼', textStyle(12, SPEAKER_COLOR)).setOrigin(1, 1);
    layer.add([this.dim, this.panel, this.hitArea, this.focusBar, this.speaker, this.line, ...this.choices, this.hint, this.more]);
    this.hide();
  }

  layout(width: number, height: number, scale: number): void {
    this.size = { width, height, scale };
    this.dim.setSize(width, height);
    this.arranged = false;
  }

  /** What is shown now, null when no scene is open. */
  get shown(): DialogueShown | null {
    const display = this.display;
    if (display === null || !this.dim.visible) return null;
    return {
      speaker: this.shownLine?.speaker ?? '',
      text: this.shownLine?.text ?? '',
      revealed: this.revealed,
      choices: display.choices,
      focus: this.focus,
    };
  }

  /**
   * `time`: the frame's time in milliseconds, for the typewriter and the blink only. While `paused` the box
   * steps aside for the pause overlay and picks up where it was on resume.
   */
  draw(scene: SceneState | null, options: { readonly time: number; readonly focus: number; readonly reducedMotion: boolean; readonly paused: boolean }): void {
    if (scene === null) {
      this.hide();
      return;
    }
    if (options.paused) {
      this.setVisible(false);
      return;
    }
    const { display } = scene;
    if (display !== this.display) {
      this.display = display;
      const line = display.line ?? (display.done ? this.shownLine : null);
      if (line !== this.shownLine) this.shownSince = options.time;
      this.shownLine = line;
      this.arranged = false;
    }
    if (!this.arranged) this.arrange(display);
    const text = this.shownLine?.text ?? '';
    const revealed = revealedLength({ length: text.length, elapsedMilliseconds: options.time - this.shownSince, reducedMotion: options.reducedMotion });
    if (revealed !== this.revealed) {
      this.revealed = revealed;
      this.line.setText(this.wrappedPrefix(revealed));
    }
    const written = revealed >= text.length;
    const blinkOn = options.reducedMotion || Math.floor(options.time / 450) % 2 === 0;
    this.more.setVisible(written && display.choices.length === 0 && blinkOn);
    this.showFocus(display, options.focus);
    this.setVisible(true);
  }

  private hide(): void {
    this.display = null;
    this.shownLine = null;
    this.setVisible(false);
  }

  private setVisible(visible: boolean): void {
    for (const object of [this.dim, this.panel, this.hitArea, this.focusBar, this.speaker, this.line, this.hint]) object.setVisible(visible);
    if (!visible) {
      this.more.setVisible(false);
      for (const choice of this.choices) choice.setVisible(false);
    }
    if (this.hitArea.input) this.hitArea.input.enabled = visible;
  }

  /** Lays the box out for a display: its height follows the line and the choices. */
  private arrange(display: SceneDisplay): void {
    const { width, height, scale } = this.size;
    const margin = 16 * scale;
    const padding = 14 * scale;
    const boxWidth = Math.min(BOX_WIDTH * scale, width - 2 * margin);
    const left = Math.floor((width - boxWidth) / 2);
    const inner = boxWidth - 2 * padding;
    const speakerName = this.shownLine?.speaker ?? '';
    this.speaker.setFontSize(14 * scale).setText(speakerName).setVisible(speakerName !== '');
    // Narration has no speaker: it reads quieter, in italics.
    this.line
      .setFontSize(16 * scale)
      .setLineSpacing(4 * scale)
      .setFontStyle(speakerName === '' ? 'italic' : '')
      .setColor(speakerName === '' ? DIM_TEXT_COLOR : TEXT_COLOR)
      .setWordWrapWidth(inner);
    const full = this.shownLine?.text ?? '';
    this.wrapped = this.line.getWrappedText(full).join('\n');
    this.line.setText(this.wrapped);
    const lineHeight = full === '' ? 0 : this.line.height;
    const labels = choiceLabels(display.choices).slice(0, MAX_CHOICES);
    const choiceStep = 22 * scale;
    this.hint.setFontSize(12 * scale).setText(dialogueHint(display));
    const speakerHeight = speakerName === '' ? 0 : 20 * scale;
    const choicesHeight = labels.length === 0 ? 0 : 8 * scale + labels.length * choiceStep;
    const boxHeight = Math.ceil(padding + speakerHeight + lineHeight + choicesHeight + 10 * scale + this.hint.height + padding / 2);
    // Clear of the HUD's controls hint along the bottom edge (two lines early in a run).
    const top = Math.floor(height - BOTTOM_CLEARANCE * scale - boxHeight);
    this.panel
      .clear()
      .fillStyle(colorNumber(BACKGROUND_COLOR), PANEL_ALPHA)
      .fillRoundedRect(left, top, boxWidth, boxHeight, 8 * scale)
      .lineStyle(Math.max(1, Math.round(1.5 * scale)), BORDER_COLOR, 0.75)
      .strokeRoundedRect(left, top, boxWidth, boxHeight, 8 * scale);
    this.hitArea.setPosition(left, top).setSize(boxWidth, boxHeight);
    if (this.hitArea.input) (this.hitArea.input.hitArea as Phaser.Geom.Rectangle).setTo(0, 0, boxWidth, boxHeight);
    this.speaker.setPosition(left + padding, top + padding);
    this.line.setPosition(left + padding, top + padding + speakerHeight);
    const choicesTop = top + padding + speakerHeight + lineHeight + 8 * scale;
    this.choices.forEach((choice, index) => {
      const label = labels[index];
      choice.setVisible(label !== undefined);
      if (label === undefined) return;
      choice.setFontSize(15 * scale).setText(`   ${label}`).setPosition(left + padding, choicesTop + index * choiceStep);
    });
    this.hint.setPosition(left + boxWidth - padding, top + boxHeight - padding / 2);
    this.more.setFontSize(12 * scale).setPosition(left + boxWidth - padding, top + padding + speakerHeight + lineHeight);
    this.focus = -1;
    this.revealed = -1;
    this.arranged = true;
  }

  private wrappedPrefix(characters: number): string {
    // Newlines the wrap put in do not count as characters of the line.
    let left = characters;
    let end = 0;
    while (end < this.wrapped.length && left > 0) {
      if (this.wrapped[end] !== '\n') left -= 1;
      end += 1;
    }
    return this.wrapped.slice(0, end);
  }

  private showFocus(display: SceneDisplay, focus: number): void {
    const count = Math.min(display.choices.length, MAX_CHOICES);
    const wanted = count === 0 ? -1 : Math.min(focus, count - 1);
    if (wanted === this.focus) return;
    this.focus = wanted;
    const labels = choiceLabels(display.choices);
    this.focusBar.clear();
    this.choices.forEach((choice, index) => {
      const label = labels[index];
      if (label === undefined) return;
      const focused = index === wanted;
      choice.setText(`${focused ? ' ▸ ' : '   '}${label}`).setColor(focused ? FOCUS_TEXT_COLOR : TEXT_COLOR);
    });
    const chosen = this.choices[wanted];
    if (chosen === undefined) return;
    const { scale } = this.size;
    const inset = 6 * scale;
    this.focusBar
      .fillStyle(FOCUS_COLOR, 0.16)
      .fillRoundedRect(chosen.x - inset, chosen.y - 2 * scale, this.hitArea.width - 2 * (chosen.x - this.hitArea.x) + 2 * inset, chosen.height + 4 * scale, 4 * scale);
  }
}
