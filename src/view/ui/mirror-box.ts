// Where the screen mirror (screen-mirror.ts) finds the pixels of an object the DOM cannot read: a
// Graphics (its paths live in a command buffer) or an image of a texture drawn on the GPU (BakedGraphics).
// The owner of the object says which Graphics paints it and over which box; the mirror paints those paths
// with Phaser's own canvas renderer, as Graphics.generateTexture does.
import type Phaser from 'phaser';

/**
 * A Graphics' paths to draw (with Phaser's own canvas renderer, `graphics.renderCanvas`, as
 * Graphics.generateTexture does) into a 2D canvas covering this box, in the object's own coordinates.
 * For a Graphics the box is where its paths lie. For any other object (an image showing a baked shape)
 * the box is the part of the Graphics' coordinates the object shows, laid on the object's frame from its
 * top-left corner: the texture's place in the Graphics it was drawn from.
 */
export interface MirrorBox {
  readonly graphics: Phaser.GameObjects.Graphics;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

const boxes = new WeakMap<Phaser.GameObjects.GameObject, MirrorBox>();

export function setMirrorBox(object: Phaser.GameObjects.GameObject, box: MirrorBox): void {
  if (!(box.width >= 0 && box.height >= 0 && Number.isFinite(box.left + box.top + box.width + box.height))) {
    throw new Error(`setMirrorBox: the box given to ${object.type} ${object.name || "(unnamed)"} must be finite with no negative size, got ${box.left},${box.top} ${box.width}x${box.height}`);
  }
  boxes.set(object, box);
}

export function mirrorBoxOf(object: Phaser.GameObjects.GameObject): MirrorBox | undefined {
  return boxes.get(object);
}

/** The whole-pixel box around the edges of what `graphics` draws, widened by `margin` (a line's half width, a pixel of its edge). */
export function mirrorBoxAround(graphics: Phaser.GameObjects.Graphics, edges: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number }, margin: number): MirrorBox {
  const left = Math.floor(edges.left - margin);
  const top = Math.floor(edges.top - margin);
  return { graphics, left, top, width: Math.ceil(edges.right + margin) - left, height: Math.ceil(edges.bottom + margin) - top };
}
