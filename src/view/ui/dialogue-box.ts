// The dialogue box over an open scene, drawn by the interface camera at screen resolution: the world
// behind it dimmed a little, both people of the conversation (Mira's portrait on the left, the other
// person's on the right, each with their last line's expression, the one listening dimmed), who speaks, the line
// written out by a typewriter at the player's text speed (at once with reduced motion; a press shows it
// whole), the choices with the one in focus marked, and the keys that act now. It only shows what the
// scene holds; clicks go into the input latch like key presses, never into the world.
import type Phaser from 'phaser';
import { readSkipDialogue, readTextSpeed, type TextSpeed } from '../../platform/preferences.ts';
import type { SceneDisplay, SceneLine } from '../../sim/scene-director.ts';
import { PORTRAITS_TEXTURE } from '../scene-keys.ts';
import { choiceLabels, dialogueHint, replaceActionTokens, revealedLength } from './dialogue-lines.ts';
import { EMPTY_CONVERSATION, nextConversation, sideFrame, type Conversation, type ConversationSide } from './dialogue-portraits.ts';
import { BACKGROUND_COLOR, DIM_TEXT_COLOR, TEXT_COLOR, colorNumber, textStyle, wordScale } from './palette.ts';
import { mirrorBoxAround, setMirrorBox } from './mirror-box.ts';
import { changeColor, changeLineSpacing, changeWordWrapWidth, wrappedLines } from './text-changes.ts';

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
/** The marks before a choice, the same width so the words never move when the focus does. */
const FOCUSED_MARK = ' ▸ ';
const UNFOCUSED_MARK = '   ';
/** Width of the box at scale 1 on a wide window; narrower windows get their width less the margins. */
const BOX_WIDTH = 720;
/** Pixels (at scale 1) between the box and the bottom of the screen. */
const BOTTOM_CLEARANCE = 48;
/** Pixels (at scale 1) between the box's edge and what it holds. */
const BOX_PADDING = 14;
/** A 32x32 portrait drawn three times over: a face the player reads at a glance. */
const PORTRAIT_ZOOM = 3;
const PORTRAIT_SIZE = 32 * PORTRAIT_ZOOM;
/** The person listening stays in the picture, in the dark: the eye goes to the one speaking. */
const LISTENING_ALPHA = 0.4;

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
  /** The speaker's portrait frame (`portrait-mira-happy`); null for narration or a speaker with none. */
  readonly portrait: string | null;
  /** The portrait of the other person in the conversation, shown dimmed; null when nobody else has spoken. */
  readonly listener: string | null;
}

/** A scene as the box reads it: a world's open scene, or one the campaign plays outside a level. */
export interface SceneShown {
  readonly display: SceneDisplay;
}

export class DialogueBox {
  readonly #dim: Phaser.GameObjects.Rectangle;
  readonly #panel: Phaser.GameObjects.Graphics;
  readonly #hitArea: Phaser.GameObjects.Rectangle;
  readonly #focusBar: Phaser.GameObjects.Graphics;
  readonly #speaker: Phaser.GameObjects.Text;
  readonly #line: Phaser.GameObjects.Text;
  readonly #choices: Phaser.GameObjects.Text[];
  readonly #hint: Phaser.GameObjects.Text;
  readonly #more: Phaser.GameObjects.Text;
  /** The two people of the conversation: Mira's side, the other person's. */
  readonly #portraits: Record<'left' | 'right', { readonly image: Phaser.GameObjects.Image; readonly frame: Phaser.GameObjects.Graphics }>;
  #conversation: Conversation = EMPTY_CONVERSATION;
  #portraitShown: string | null = null;
  #listenerShown: string | null = null;
  /** Where the words end on the right (left of the other person's portrait). */
  #textRight = 0;
  /** The text speed read when the line came: a change in the settings applies from the next line. */
  #speed: TextSpeed = 'normal';
  /** A press asked for the whole line at once. */
  #whole = false;
  #size = { width: 1280, height: 720, scale: 1 };
  /** The display being written and when it came (frame time): a new display starts the typewriter again. */
  #display: SceneDisplay | null = null;
  /**
   * The line shown: the display's, or at an end with no line of its own (ink's last advance) the one
   * before, so the box does not empty for the press that closes it.
   */
  #shownLine: SceneLine | null = null;
  #shownSince = 0;
  /** The line as it wraps in the box, so the typewriter never moves a word to the next line mid-word. */
  #wrapped = '';
  /** Each choice's label as wrapped between the faces, its later lines hung under the words. */
  #wrappedChoices: string[] = [];
  #revealed = -1;
  #focus = -1;
  /** False after a resize: the next draw lays the box out again. */
  #arranged = false;

  readonly #scene: Phaser.Scene;

  constructor(scene: Phaser.Scene, layer: Phaser.GameObjects.Layer, input: DialogueInput) {
    this.#scene = scene;
    this.#dim = scene.add.rectangle(0, 0, 1, 1, 0x05040a, DIM_ALPHA).setOrigin(0, 0);
    this.#panel = scene.add.graphics();
    this.#hitArea = scene.add.rectangle(0, 0, 1, 1, 0x000000, 0).setOrigin(0, 0).setInteractive();
    this.#hitArea.on('pointerdown', () => {
      if (this.#display !== null && this.#display.choices.length === 0) input.pressNextLine();
    });
    this.#focusBar = scene.add.graphics();
    this.#speaker = scene.add.text(0, 0, '', textStyle(14, SPEAKER_COLOR));
    this.#line = scene.add.text(0, 0, '', { ...textStyle(16, TEXT_COLOR), lineSpacing: 4 });
    this.#choices = Array.from({ length: MAX_CHOICES }, (_, index) => {
      const text = scene.add.text(0, 0, '', textStyle(15, TEXT_COLOR)).setInteractive({ useHandCursor: true });
      text.on('pointerdown', () => { input.pressChoice(index); });
      return text;
    });
    this.#hint = scene.add.text(0, 0, '', textStyle(12, DIM_TEXT_COLOR)).setOrigin(1, 1);
    this.#more = scene.add.text(0, 0, '▼', textStyle(12, SPEAKER_COLOR)).setOrigin(1, 1);
    const portrait = (): { readonly image: Phaser.GameObjects.Image; readonly frame: Phaser.GameObjects.Graphics } => ({
      image: scene.add.image(0, 0, '__MISSING').setOrigin(0, 0).setVisible(false),
      frame: scene.add.graphics(),
    });
    this.#portraits = { left: portrait(), right: portrait() };
    const { left, right } = this.#portraits;
    layer.add([this.#dim, this.#panel, this.#hitArea, this.#focusBar, left.frame, left.image, right.frame, right.image, this.#speaker, this.#line, ...this.#choices, this.#hint, this.#more]);
    this.#hide();
  }

  layout(width: number, height: number, scale: number): void {
    this.#size = { width, height, scale };
    this.#dim.setSize(width, height);
    this.#arranged = false;
  }

  /** What is shown now, null when no scene is open. */
  get shown(): DialogueShown | null {
    const display = this.#display;
    if (display === null || !this.#dim.visible) return null;
    return {
      speaker: this.#shownLine?.speaker ?? '',
      text: this.#lineText(),
      revealed: this.#revealed,
      choices: display.choices,
      focus: this.#focus,
      portrait: this.#portraitShown,
      listener: this.#listenerShown,
    };
  }

  /**
   * A press for the next line: while the line still types out it is shown whole and the press is taken
   * (true); once written, the press goes on to the rules (false).
   */
  finishLine(): boolean {
    if (this.#display === null || this.#whole) return false;
    const length = this.#lineText().length;
    if (this.#revealed >= length) return false;
    this.#whole = true;
    return true;
  }

  /** The skip-dialogue setting, read at each step so a change in the settings holds at once. */
  skipAll(): boolean {
    return this.#display !== null && readSkipDialogue();
  }

  /**
   * `time`: the frame's time in milliseconds, for the typewriter and the blink only. While `paused` the box
   * steps aside for the pause overlay and picks up where it was on resume.
   */
  draw(scene: SceneShown | null, options: { readonly time: number; readonly focus: number; readonly reducedMotion: boolean; readonly paused: boolean }): void {
    if (scene === null) {
      this.#hide();
      return;
    }
    if (options.paused) {
      this.#setVisible(false);
      return;
    }
    const { display } = scene;
    if (display !== this.#display) {
      this.#display = display;
      const line = display.line ?? (display.done ? this.#shownLine : null);
      if (line !== this.#shownLine) {
        this.#shownSince = options.time;
        this.#whole = false;
        // Skipping all dialogue stops only at choices: their line is there to read at once.
        this.#speed = readSkipDialogue() ? 'instant' : readTextSpeed();
        this.#conversation = nextConversation(this.#conversation, line, (speaker) => this.#hasPortrait(sideFrame({ speaker, face: 'calm' })));
      }
      this.#shownLine = line;
      this.#arranged = false;
    }
    if (!this.#arranged) this.#arrange(display);
    const text = this.#lineText();
    const revealed = revealedLength({
      length: text.length,
      elapsedMilliseconds: options.time - this.#shownSince,
      reducedMotion: options.reducedMotion,
      speed: this.#speed,
      whole: this.#whole,
    });
    if (revealed !== this.#revealed) {
      this.#revealed = revealed;
      this.#line.setText(this.#wrappedPrefix(revealed));
    }
    const written = revealed >= text.length;
    const blinkOn = options.reducedMotion || Math.floor(options.time / 450) % 2 === 0;
    this.#more.setVisible(written && display.choices.length === 0 && blinkOn);
    this.#showFocus(display, options.focus);
    this.#setVisible(true);
  }

  #hide(): void {
    this.#display = null;
    this.#shownLine = null;
    this.#conversation = EMPTY_CONVERSATION;
    this.#setVisible(false);
  }

  /** The line as the player reads it: action tokens name the keys bound now. */
  #lineText(): string {
    return replaceActionTokens(this.#shownLine?.text ?? '');
  }

  #setVisible(visible: boolean): void {
    for (const object of [this.#dim, this.#panel, this.#hitArea, this.#focusBar, this.#speaker, this.#line, this.#hint]) object.setVisible(visible);
    for (const which of ['left', 'right'] as const) {
      const shown = visible && this.#conversation[which] !== null;
      this.#portraits[which].image.setVisible(shown);
      this.#portraits[which].frame.setVisible(shown);
    }
    if (!visible) {
      this.#more.setVisible(false);
      for (const choice of this.#choices) choice.setVisible(false);
    }
    if (this.#hitArea.input) this.#hitArea.input.enabled = visible;
  }

  /** Lays the box out for a display: its height follows the line and the choices. */
  #arrange(display: SceneDisplay): void {
    const { width, height, scale } = this.#size;
    const margin = 16 * scale;
    const padding = BOX_PADDING * scale;
    // Every size tied to the words grows with the player's text size; the box keeps its width and grows down.
    const words = wordScale(scale);
    const boxWidth = Math.min(BOX_WIDTH * scale, width - 2 * margin);
    const left = Math.floor((width - boxWidth) / 2);
    const conversation = this.#conversation;
    const speaking = conversation.speaking === null ? null : conversation[conversation.speaking];
    const listening = conversation.speaking === 'left' ? conversation.right : conversation.speaking === 'right' ? conversation.left : null;
    this.#portraitShown = speaking === null ? null : sideFrame(speaking);
    this.#listenerShown = listening === null ? null : sideFrame(listening);
    const portraitSize = Math.round(PORTRAIT_SIZE * scale);
    const anyPortrait = conversation.left !== null || conversation.right !== null;
    // The words stand between the two faces; a box with nobody in it keeps the whole width.
    const textLeft = left + padding + (conversation.left === null ? 0 : portraitSize + padding);
    this.#textRight = left + boxWidth - padding - (conversation.right === null ? 0 : portraitSize + padding);
    const inner = this.#textRight - textLeft;
    const speakerName = this.#shownLine?.speaker ?? '';
    this.#speaker.setFontSize(14 * words).setText(speakerName).setVisible(speakerName !== '');
    // Narration has no speaker: it reads quieter, in italics.
    // Each of these draws the old words again unless it changes something: a new line draws once, below.
    this.#line.setFontSize(16 * words).setFontStyle(speakerName === '' ? 'italic' : '');
    changeLineSpacing(this.#line, 4 * words);
    changeColor(this.#line, speakerName === '' ? DIM_TEXT_COLOR : TEXT_COLOR);
    changeWordWrapWidth(this.#line, inner);
    const full = this.#lineText();
    this.#wrapped = this.#line.getWrappedText(full).join('\n');
    this.#line.setText(this.#wrapped);
    const lineHeight = full === '' ? 0 : this.#line.height;
    const labels = choiceLabels(display.choices).slice(0, MAX_CHOICES);
    const choiceStep = 22 * words;
    this.#wrappedChoices = labels.map((label, index) => this.#wrapChoice(this.#choices[index], { label, fontSize: 15 * words, width: inner }));
    const choiceLines = this.#wrappedChoices.map((label) => label.split('\n').length);
    this.#hint.setFontSize(12 * words).setText(dialogueHint(display));
    const speakerHeight = speakerName === '' ? 0 : 20 * words;
    const choicesHeight = labels.length === 0 ? 0 : 8 * scale + choiceLines.reduce((sum, lines) => sum + lines, 0) * choiceStep;
    const wordsHeight = speakerHeight + lineHeight + choicesHeight;
    const boxHeight = Math.ceil(padding + Math.max(wordsHeight, anyPortrait ? portraitSize : 0) + 10 * scale + this.#hint.height + padding / 2);
    // Clear of the HUD's controls hint along the bottom edge (two lines early in a run).
    const top = Math.floor(height - BOTTOM_CLEARANCE * scale - boxHeight);
    this.#panel
      .clear()
      .fillStyle(colorNumber(BACKGROUND_COLOR), PANEL_ALPHA)
      .fillRoundedRect(left, top, boxWidth, boxHeight, 8 * scale)
      .lineStyle(Math.max(1, Math.round(1.5 * scale)), BORDER_COLOR, 0.75)
      .strokeRoundedRect(left, top, boxWidth, boxHeight, 8 * scale);
    setMirrorBox(this.#panel, mirrorBoxAround(this.#panel, { left, top, right: left + boxWidth, bottom: top + boxHeight }, 2 * scale));
    this.#hitArea.setPosition(left, top).setSize(boxWidth, boxHeight);
    if (this.#hitArea.input) (this.#hitArea.input.hitArea as Phaser.Geom.Rectangle).setTo(0, 0, boxWidth, boxHeight);
    this.#arrangePortrait('left', { left: left + padding, top: top + padding, size: portraitSize, scale });
    this.#arrangePortrait('right', { left: left + boxWidth - padding - portraitSize, top: top + padding, size: portraitSize, scale });
    this.#speaker.setPosition(textLeft, top + padding);
    this.#line.setPosition(textLeft, top + padding + speakerHeight);
    const choicesTop = top + padding + speakerHeight + lineHeight + 8 * scale;
    let choiceTop = choicesTop;
    this.#choices.forEach((choice, index) => {
      const label = this.#wrappedChoices[index];
      choice.setVisible(label !== undefined);
      if (label === undefined) return;
      choice.setText(`${UNFOCUSED_MARK}${label}`).setPosition(textLeft, choiceTop);
      choiceTop += (choiceLines[index] ?? 1) * choiceStep;
    });
    this.#hint.setPosition(left + boxWidth - padding, top + boxHeight - padding / 2);
    this.#more.setFontSize(12 * words).setPosition(this.#textRight, top + padding + speakerHeight + lineHeight);
    // The last choice's bar goes with its choices: the answer's line must not sit over an empty bar.
    this.#focusBar.clear();
    this.#focus = -1;
    this.#revealed = -1;
    this.#arranged = true;
  }

  /** Whether the portrait sheet has this frame (narration and speakers with no portrait show none). */
  #hasPortrait(frame: string): boolean {
    const textures = this.#scene.textures;
    return textures.exists(PORTRAITS_TEXTURE) && textures.get(PORTRAITS_TEXTURE).has(frame);
  }

  /** A face on a round night-blue ground with the lamp-amber rim, so it reads on any backdrop; dimmed while listening. */
  #arrangePortrait(which: 'left' | 'right', place: { readonly left: number; readonly top: number; readonly size: number; readonly scale: number }): void {
    const { left, top, size, scale } = place;
    const { image, frame } = this.#portraits[which];
    frame.clear();
    const side: ConversationSide | null = this.#conversation[which];
    if (side === null) return;
    const alpha = this.#conversation.speaking === which ? 1 : LISTENING_ALPHA;
    frame
      .fillStyle(colorNumber('#262c4a'), 1)
      .fillRoundedRect(left, top, size, size, 6 * scale)
      .lineStyle(Math.max(1, Math.round(scale)), BORDER_COLOR, 0.5)
      .strokeRoundedRect(left, top, size, size, 6 * scale)
      .setAlpha(alpha);
    setMirrorBox(frame, mirrorBoxAround(frame, { left, top, right: left + size, bottom: top + size }, 2 * scale));
    // The other person faces Mira: their portrait is mirrored on the right.
    image.setTexture(PORTRAITS_TEXTURE, sideFrame(side)).setPosition(left, top).setDisplaySize(size, size).setAlpha(alpha).setFlipX(which === 'right');
  }

  /**
   * A long choice wraps inside the space between the faces instead of running under a portrait. The font
   * is monospace, so later lines hang under the words by as many spaces as the mark and number take.
   */
  #wrapChoice(choice: Phaser.GameObjects.Text | undefined, wrap: { readonly label: string; readonly fontSize: number; readonly width: number }): string {
    if (choice === undefined) return wrap.label;
    const numberWidth = wrap.label.indexOf(' ') + 1;
    const hanging = ' '.repeat(UNFOCUSED_MARK.length + numberWidth);
    // A choice never keeps a wrap width of its own: its hanging indent is measured unwrapped.
    choice.setFontSize(wrap.fontSize).setText(hanging);
    const lines = wrappedLines(choice, wrap.label.slice(numberWidth), Math.max(1, wrap.width - choice.width));
    return wrap.label.slice(0, numberWidth) + lines.join(`\n${hanging}`);
  }

  #wrappedPrefix(characters: number): string {
    // Newlines the wrap put in do not count as characters of the line.
    let left = characters;
    let end = 0;
    while (end < this.#wrapped.length && left > 0) {
      if (this.#wrapped[end] !== '\n') left -= 1;
      end += 1;
    }
    return this.#wrapped.slice(0, end);
  }

  #showFocus(display: SceneDisplay, focus: number): void {
    const count = Math.min(display.choices.length, MAX_CHOICES);
    const wanted = count === 0 ? -1 : Math.min(focus, count - 1);
    if (wanted === this.#focus) return;
    this.#focus = wanted;
    this.#focusBar.clear();
    this.#choices.forEach((choice, index) => {
      const label = this.#wrappedChoices[index];
      if (label === undefined) return;
      const focused = index === wanted;
      choice.setText(`${focused ? FOCUSED_MARK : UNFOCUSED_MARK}${label}`).setColor(focused ? FOCUS_TEXT_COLOR : TEXT_COLOR);
    });
    const chosen = this.#choices[wanted];
    if (chosen === undefined) return;
    const { scale } = this.#size;
    const inset = 6 * scale;
    const bar = { left: chosen.x - inset, top: chosen.y - 2 * scale, right: this.#textRight + inset, bottom: chosen.y + chosen.height + 2 * scale };
    this.#focusBar
      .fillStyle(FOCUS_COLOR, 0.16)
      // Across the words, between the two portraits.
      .fillRoundedRect(bar.left, bar.top, bar.right - bar.left, bar.bottom - bar.top, 4 * scale);
    setMirrorBox(this.#focusBar, mirrorBoxAround(this.#focusBar, bar, 1));
  }
}
