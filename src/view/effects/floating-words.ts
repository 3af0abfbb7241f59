// Words that rise where something happened in the level (every sound of the hunt and of the dream has
// one, so nothing is told by sound alone). Words alive near the same spot stack upwards instead of being
// drawn over each other (two Enforcers losing her at once, a dream starting as its first phase begins).
import type Phaser from 'phaser';
import { SUBPIXELS_PER_PIXEL } from '../../sim/index.ts';
import { isReducedMotion } from '../motion-preference.ts';
import { textStyle } from '../ui/palette.ts';

/** How close (pixels) two words' spots must be for the later one to stack above the earlier. */
const STACK_DISTANCE = { x: 40, y: 14 } as const;
const LINE_HEIGHT = 9;

export interface FloatingWord {
  /** Where it happened, sub-pixels (an actor's feet). */
  readonly at: { readonly x: number; readonly y: number };
  readonly word: string;
  readonly color: string;
  /** Pixels above the feet the word starts at. */
  readonly lift: number;
  readonly depth: number;
  readonly milliseconds: number;
}

/** Pixels a word rises while it fades; with reduced motion it stays where it is and only fades. */
const RISE = 10;

export class FloatingWords {
  private live: Phaser.GameObjects.Text[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: Phaser.GameObjects.Layer,
  ) {}

  show(word: FloatingWord): void {
    const x = word.at.x / SUBPIXELS_PER_PIXEL;
    let y = word.at.y / SUBPIXELS_PER_PIXEL - word.lift;
    this.live = this.live.filter((text) => text.active);
    const below = this.live.filter((text) => Math.abs(text.x - x) < STACK_DISTANCE.x && text.y <= y + STACK_DISTANCE.y && text.y > y - STACK_DISTANCE.y - LINE_HEIGHT * this.live.length);
    if (below.length > 0) y = Math.min(...below.map((text) => text.y)) - LINE_HEIGHT;
    const text = this.scene.add
      .text(x, y, word.word, { ...textStyle(8, word.color), stroke: '#101018', strokeThickness: 2 })
      .setOrigin(0.5, 1)
      .setDepth(word.depth)
      .setResolution(4);
    this.layer.add(text);
    this.live.push(text);
    const rise = isReducedMotion() ? 0 : RISE;
    this.scene.tweens.add({ targets: text, y: text.y - rise, alpha: 0, duration: word.milliseconds, onComplete: () => { text.destroy(); } });
  }
}
