// Words that rise where something happened in the level (every sound of the hunt and of the dream has
// one, so nothing is told by sound alone). Where each goes is word-placement.ts's: an owner's word is
// said again in place rather than piled, and words of different owners near one spot stack upwards. A
// catch is one clear moment: every other word goes, and the catch's word stands alone.
import type Phaser from 'phaser';
import { SUBPIXELS_PER_PIXEL } from '../../sim/index.ts';
import { isReducedMotion } from '../motion-preference.ts';
import { textStyle } from '../ui/palette.ts';
import { changeColor } from '../ui/text-changes.ts';
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
}

export class FloatingWords {
  #live: LiveWord[] = [];
  #nextId = 0;

  readonly #scene: Phaser.Scene;
  readonly #layer: Phaser.GameObjects.Layer;

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
    const reused = live.find((placed) => placed.id === placement.reuse);
    const entry = reused ?? this.#create(owner, word);
    entry.tween?.remove();
    const text = changeColor(entry.text.setText(word.word), word.color)
      .setPosition(x, placement.y)
      .setData('startY', placement.y)
      .setAlpha(1)
      .setDepth(word.depth);
    const rise = isReducedMotion() ? 0 : RISE;
    entry.tween = this.#scene.tweens.add({ targets: text, y: placement.y - rise, alpha: 0, duration: word.milliseconds, onComplete: () => { text.destroy(); } });
  }

  /** A catch: every word on screen goes, and this one says it alone. */
  showCatch(word: Omit<FloatingWord, 'owner'>): void {
    for (const placed of this.#alive()) {
      if (placed.owner === CATCH_OWNER) continue;
      placed.tween?.remove();
      placed.text.destroy();
    }
    this.show({ ...word, owner: CATCH_OWNER });
  }

  #alive(): LiveWord[] {
    this.#live = this.#live.filter((placed) => placed.text.active);
    return this.#live;
  }

  /** A new text made with the word's words, colour and resolution at once: each set after would draw it again. */
  #create(owner: string | null, word: FloatingWord): LiveWord {
    const text = this.#scene.add.text(0, 0, word.word, { ...textStyle(8, word.color), stroke: '#101018', strokeThickness: 2, resolution: 4 }).setOrigin(0.5, 1);
    this.#layer.add(text);
    const entry: LiveWord = { id: this.#nextId, owner, text, tween: null };
    this.#nextId += 1;
    this.#live.push(entry);
    return entry;
  }
}
