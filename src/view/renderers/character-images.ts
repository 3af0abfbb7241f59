// Images cut from the character sheet, tolerant of a missing frame (boot reports missing art; a level
// should still play without it).
import type Phaser from 'phaser';
import { CHARACTERS_TEXTURE } from '../scene-keys.ts';

export class CharacterImages {
  readonly #scene: Phaser.Scene;
  readonly #layer: Phaser.GameObjects.Layer;

  constructor(
    scene: Phaser.Scene,
    layer: Phaser.GameObjects.Layer,
  ) {
    this.#scene = scene;
    this.#layer = layer;
  }

  has(frame: string): boolean {
    const { textures } = this.#scene;
    return textures.exists(CHARACTERS_TEXTURE) && textures.get(CHARACTERS_TEXTURE).has(frame);
  }

  /** A new image on the world layer; hidden when the frame is missing, since it would show the whole sheet. */
  image(frame: string, options: { readonly depth: number; readonly originY: number }): Phaser.GameObjects.Image {
    const known = this.has(frame);
    const image = this.#scene.add
      .image(0, 0, CHARACTERS_TEXTURE, known ? frame : undefined)
      .setOrigin(0.5, options.originY)
      .setDepth(options.depth)
      .setVisible(known);
    this.#layer.add(image);
    return image;
  }

  setFrame(image: Phaser.GameObjects.Image, frame: string): void {
    if (image.frame.name !== frame && this.has(frame)) image.setFrame(frame, false, false);
  }
}
