// What a tossed marble looks and sounds like: a soft swish as it leaves her hand, a small arc over its
// flight, a click where it lands (the ring of its noise is drawn with every noise, level-effects.ts), and
// the marble lying there a moment before it fades into the dark.
import type Phaser from 'phaser';
import { SUBPIXELS_PER_PIXEL, TICKS_PER_SECOND, type SimEvent } from '../../sim/index.ts';
import type { CharacterImages } from '../renderers/character-images.ts';
import { LEVEL_DEPTH } from '../renderers/level-depths.ts';
import { gameSounds } from '../sounds.ts';

/** How far above her feet the marble leaves her hand, pixels. */
const HAND_HEIGHT_PIXELS = 6;
/** How high the arc rises at its middle, pixels. */
const ARC_HEIGHT_PIXELS = 10;
/** How long the landed marble stays visible before it has faded, milliseconds. */
const RESTING_MILLISECONDS = 1400;

export class MarbleEffects {
  /** The marble in the air and the tween that carries it; null when none flies. */
  #flying: { readonly image: Phaser.GameObjects.Image; readonly tween: Phaser.Tweens.Tween } | null = null;

  readonly #scene: Phaser.Scene;
  readonly #images: CharacterImages;

  constructor(
    scene: Phaser.Scene,
    images: CharacterImages,
  ) {
    this.#scene = scene;
    this.#images = images;
  }

  tossed(event: Extract<SimEvent, { type: 'marble-tossed' }>): void {
    gameSounds().play('marble-toss', { volume: 0.4 });
    this.reset();
    const from = { x: event.fromX / SUBPIXELS_PER_PIXEL, y: event.fromY / SUBPIXELS_PER_PIXEL - HAND_HEIGHT_PIXELS };
    const to = { x: event.toX / SUBPIXELS_PER_PIXEL, y: event.toY / SUBPIXELS_PER_PIXEL };
    const marble = this.#images.image('marble', { depth: LEVEL_DEPTH.characters + 1, originY: 0.5 });
    marble.setPosition(from.x, from.y);
    // The flight's ticks in the rules are the arc's time here, so it touches down as the click sounds.
    const flight = { progress: 0 };
    const tween = this.#scene.tweens.add({
      targets: flight,
      progress: 1,
      duration: (event.ticks * 1000) / TICKS_PER_SECOND,
      onUpdate: () => {
        const along = flight.progress;
        marble.setPosition(from.x + (to.x - from.x) * along, from.y + (to.y - from.y) * along - ARC_HEIGHT_PIXELS * 4 * along * (1 - along));
      },
    });
    this.#flying = { image: marble, tween };
  }

  landed(event: Extract<SimEvent, { type: 'marble-landed' }>): void {
    gameSounds().play('marble-click', { volume: 0.6 });
    // The rules land it on their tick; a slow frame may leave the arc short of it, so it is stopped there.
    this.#flying?.tween.stop();
    const marble = this.#flying?.image ?? this.#images.image('marble', { depth: LEVEL_DEPTH.characters + 1, originY: 0.5 });
    this.#flying = null;
    marble.setPosition(event.x / SUBPIXELS_PER_PIXEL, event.y / SUBPIXELS_PER_PIXEL).setDepth(LEVEL_DEPTH.characters - 1);
    this.#scene.tweens.add({ targets: marble, alpha: 0, delay: RESTING_MILLISECONDS / 2, duration: RESTING_MILLISECONDS / 2, onComplete: () => { marble.destroy(); } });
  }

  /** A restart: the marble in the air is gone with the run. */
  reset(): void {
    this.#flying?.tween.stop();
    this.#flying?.image.destroy();
    this.#flying = null;
  }
}
