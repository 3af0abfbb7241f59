// Words that rise where something happened in the level (every sound of the hunt and of the dream has
// one, so nothing is told by sound alone). Where each goes is word-placement.ts's: an owner's word is
// said again in place rather than piled, and words of different owners near one spot stack upwards. A
// catch is one clear moment: every other word goes, and the catch's word stands alone.
import type Phaser from 'phaser';
import { SUBPIXELS_PER_PIXEL } from '../../sim/index.ts';
import { isReducedMotion } from '../motion-preference.ts';
import { textStyle } from '../ui/palette.ts';
import { ReusePool } from './reuse-pool.ts';
import { CATCH_OWNER, placeWord } from './word-placement.ts';

export interface FloatingWord {
  /** Where it happened, sub-pixels (an actor's feet). */
  readonly at: { readonly x: number; readonly y: number };
  readonly word: string;
  readonly color: string;
  /** Pixels above the feet the word starts at. */
  readonly lift: number;
  readonly depth: number;
  readonly milliseconds: number;
  /** Who says it (a hunter, the catch): its next word replaces this one. None: the word stands on its own. */
  readonly owner?: string;
}

export interface ShownWord {
  readonly word: string;
  readonly x: number;
  readonly y: number;
}

/** Pixels a word rises while it fades; with reduced motion it stays where it is and only fades. */
const RISE = 10;

interface LiveWord {
  readonly id: number;
  readonly owner: string | null;
  readonly text: Phaser.GameObjects.Text;
  tween: Phaser.Tweens.Tween | null;
  /** What it shows (lookOf): it is only ever shown again as that. */
  readonly look: string;
}

/** How a word is drawn: the player's text size may change between two words, and a kept text keeps its own. */
const wordStyle = (color: string): Phaser.Types.GameObjects.Text.TextStyle => ({ ...textStyle(8, color), stroke: '#101018', strokeThickness: 2, resolution: 4 });

/** A hidden text is shown again only for the same word in the same colour and size: then it draws nothing new. */
const lookOf = (word: string, color: string, fontSize: string | number | undefined): string => `${fontSize} ${color} ${word}`;

export class FloatingWords {
  #live: LiveWord[] = [];
  #nextId = 0;

  readonly #scene: Phaser.Scene;
  readonly #layer: Phaser.GameObjects.Layer;
  readonly #hidden = new ReusePool<string, Phaser.GameObjects.Text>();

  constructor(
    scene: Phaser.Scene,
    layer: Phaser.GameObjects.Layer,
  ) {
    this.#scene = scene;
    this.#layer = layer;
  }

  /** The words on screen, what they say and where (world pixels; the test hook reads them). */
  get shown(): readonly ShownWord[] {
    return this.#alive().map((word) => ({ word: word.text.text, x: word.text.x, y: word.text.y }));
  }

  show(word: FloatingWord): void {
    const x = word.at.x / SUBPIXELS_PER_PIXEL;
    const owner = word.owner ?? null;
    const live = this.#alive();
    const placement = placeWord({ owner, x, y: word.at.y / SUBPIXELS_PER_PIXEL - word.lift }, live.map((placed) => ({ id: placed.id, owner: placed.owner, x: placed.text.x, y: placed.text.getData('startY') as number })));
    const style = wordStyle(word.color);
    const look = lookOf(word.word, word.color, style.fontSize);
    const kept = live.find((placed) => placed.id === placement.reuse);
    // The owner says something else: its text goes back hidden, and one that shows the new word takes its place.
    const reused = kept?.look === look ? kept : undefined;
    if (kept !== undefined && reused === undefined) {
      kept.tween?.remove();
      this.#hide(kept);
    }
    const entry = reused ?? this.#create({ owner, word: word.word, style, look });
    entry.tween?.remove();
    const text = entry.text
      .setPosition(x, placement.y)
      .setData('startY', placement.y)
      .setAlpha(1)
      .setDepth(word.depth);
    const rise = isReducedMotion() ? 0 : RISE;
    entry.tween = this.#scene.tweens.add({ targets: text, y: placement.y - rise, alpha: 0, duration: word.milliseconds, onComplete: () => { this.#hide(entry); } });
  }

  /** A catch: every word on screen goes, and this one says it alone. */
  showCatch(word: Omit<FloatingWord, 'owner'>): void {
    for (const placed of this.#alive()) {
      if (placed.owner === CATCH_OWNER) continue;
      placed.tween?.remove();
      this.#hide(placed);
    }
    this.show({ ...word, owner: CATCH_OWNER });
  }

  #alive(): LiveWord[] {
    this.#live = this.#live.filter((placed) => placed.text.active);
    return this.#live;
  }

  /**
   * A hidden text that shows `look` already, or a new one made with its words, colour, size and resolution
   * at once: each set after would draw it again.
   */
  #create(options: { readonly owner: string | null; readonly word: string; readonly style: Phaser.Types.GameObjects.Text.TextStyle; readonly look: string }): LiveWord {
    const { owner, look } = options;
    const text = this.#hidden.take(look, () => this.#make(options.word, options.style));
    const entry: LiveWord = { id: this.#nextId, owner, text: text.setActive(true).setVisible(true), tween: null, look };
    this.#nextId += 1;
    this.#live.push(entry);
    return entry;
  }

  /** Words in a colour drawn before they are needed (while the level loads), kept hidden for `show`. */
  prepare(words: readonly string[], color: string): void {
    const style = wordStyle(color);
    for (const word of words) this.#hidden.give(lookOf(word, color, style.fontSize), this.#make(word, style).setActive(false).setVisible(false));
  }

  #make(word: string, style: Phaser.Types.GameObjects.Text.TextStyle): Phaser.GameObjects.Text {
    const text = this.#scene.add.text(0, 0, word, style).setOrigin(0.5, 1);
    this.#layer.add(text);
    return text;
  }

  #hide(entry: LiveWord): void {
    this.#live = this.#live.filter((placed) => placed !== entry);
    this.#hidden.give(entry.look, entry.text.setActive(false).setVisible(false));
  }
}
