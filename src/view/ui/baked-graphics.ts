// A shape that changes seldom (the HUD's panel, the radar's disc), drawn into a texture when it changes
// and shown as an image in between. Phaser triangulates a Graphics' paths again every frame it renders
// one (a rounded corner or a circle is an arc of a hundred points), and the arrays it builds for that were
// a large share of a frame's garbage; an image of a texture costs one quad. The texture is laid on whole
// pixels at the shape's own place, so its pixels are the ones the Graphics drew there. It is drawn just
// before the frame renders (drawing into a texture waits on the GPU, which would stall the update), and
// made once per game and reused by every run of the scene (reused-texture.ts). The texture only grows and
// the image shows the part of it the shape needs: a new size of texture makes a new framebuffer, whose
// check waits for the GPU process to finish its work (7-19 ms of a frame at the dream's start in traces
// of real-time play under software WebGL, for the dream HUD's panel); a shape that first shows mid-play
// reserves its size at the level's start. Phaser is imported for its types only: the radar's module,
// which Node reads for radarReach, makes one.
import type Phaser from 'phaser';
import { reusedDynamicTexture } from '../renderers/reused-texture.ts';
import { setMirrorBox } from './mirror-box.ts';

/** Screen pixels the shape lies within, line widths included. */
export interface BakedBounds {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The texture's frame the image shows: its top-left part, the shape's size. */
const SHOWN_FRAME = 'shown';

interface Size {
  readonly width: number;
  readonly height: number;
}

export class BakedGraphics {
  readonly #graphics: Phaser.GameObjects.Graphics;
  readonly #texture: Phaser.Textures.DynamicTexture | null;
  readonly #image: Phaser.GameObjects.Image | null;
  /** Shown when asked to be and once something has been drawn. */
  #shown = true;
  #drawn = false;
  /** Where the texture lies (whole pixels), once a new shape waits to be drawn into it; null when none does. */
  #due: { readonly left: number; readonly top: number; readonly width: number; readonly height: number } | null = null;
  /** The box last drawn into the texture: drawn again when the texture grows (growing clears it). */
  #drawnBox: { readonly left: number; readonly top: number; readonly width: number; readonly height: number } | null = null;

  /** `key`: the texture's, one per shape (the HUD's panel, the radar's disc). */
  constructor(scene: Phaser.Scene, options: { readonly layer: Phaser.GameObjects.Layer; readonly key: string }) {
    this.#graphics = scene.make.graphics({}, false);
    this.#texture = reusedDynamicTexture(scene, options.key, { width: 1, height: 1 });
    this.#image = this.#texture === null ? null : scene.add.image(0, 0, options.key).setOrigin(0, 0).setVisible(false);
    if (this.#image !== null) options.layer.add(this.#image);
    const drawDue = (): void => {
      this.#drawDue();
    };
    scene.events.on('prerender', drawDue);
    // The scene's emitter outlives a restart: each run's listener goes with it.
    scene.events.once('shutdown', () => {
      scene.events.off('prerender', drawDue);
      this.#graphics.destroy();
    });
  }

  /** The shape `paint` draws (in screen pixels, inside `bounds`) replaces the one shown, from the next frame. */
  redraw(bounds: BakedBounds, paint: (graphics: Phaser.GameObjects.Graphics) => void): void {
    const left = Math.floor(bounds.left);
    const top = Math.floor(bounds.top);
    const width = Math.max(1, Math.ceil(bounds.left + bounds.width) - left);
    const height = Math.max(1, Math.ceil(bounds.top + bounds.height) - top);
    this.#graphics.clear();
    paint(this.#graphics);
    this.#due = { left, top, width, height };
  }

  /**
   * The texture grows now (not mid-play, when the shape is first drawn) to hold a shape of up to this size,
   * in whole pixels; a larger shape later still grows it.
   */
  reserve(size: Size): void {
    const texture = this.#texture;
    if (texture === null || !growTexture(texture, size)) return;
    this.#due ??= this.#drawnBox;
  }

  get alpha(): number {
    return this.#image?.alpha ?? 1;
  }

  /** The whole shape's opacity, as a Graphics' alpha scales every colour it draws. */
  setAlpha(alpha: number): this {
    this.#image?.setAlpha(alpha);
    return this;
  }

  setVisible(visible: boolean): this {
    this.#shown = visible;
    this.#image?.setVisible(visible && this.#drawn);
    return this;
  }

  #drawDue(): void {
    const texture = this.#texture;
    const image = this.#image;
    const due = this.#due;
    if (texture === null || image === null || due === null) return;
    this.#due = null;
    growTexture(texture, due);
    const frame = texture.has(SHOWN_FRAME) ? texture.get(SHOWN_FRAME) : texture.add(SHOWN_FRAME, 0, 0, 0, due.width, due.height);
    if (frame === null) throw new Error(`BakedGraphics: the texture ${texture.key} refused its frame ${SHOWN_FRAME}`);
    // Its texture coordinates follow the texture's size, which may have grown since.
    frame.setSize(due.width, due.height, 0, 0);
    image.setFrame(frame);
    // Moved by whole pixels only: every edge falls on the pixels it fell on when drawn on the screen.
    texture.clear().draw(this.#graphics, -due.left, -due.top).render();
    this.#drawn = true;
    this.#drawnBox = due;
    image.setPosition(due.left, due.top).setVisible(this.#shown);
    // The DOM cannot read the texture: a screen mirror paints the same shape from the Graphics instead.
    setMirrorBox(image, { graphics: this.#graphics, ...due });
  }
}

/** Grows the texture to hold `size` (never shrinks it); whether it grew. */
function growTexture(texture: Phaser.Textures.DynamicTexture, size: Size): boolean {
  if (texture.width >= size.width && texture.height >= size.height) return false;
  texture.setSize(Math.max(texture.width, size.width), Math.max(texture.height, size.height));
  return true;
}
