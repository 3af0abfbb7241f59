// A dark map's darkness (the map property `darkness`): one view-sized DynamicTexture filled dark, with a
// soft hole erased for each light pool (darkness-lights.ts), drawn over the tiles and under the cones and
// characters. It is redrawn only when what it shows changes (Mira's drawn pixel, the view's pixel, the
// lit tiles or Lights), and then costs one fill and a stamp per pool at the world's own pixel size, which
// software WebGL draws cheaply; Phaser's lights and camera masks are slow or leak there (NOTES). The
// texture is drawn just before the frame renders, not in the frame's update: drawing into a texture waits
// on the GPU, which would stall the update. The textures are made once per game and reused by every run
// of the scene.
import Phaser from 'phaser';
import type { World } from '../../sim/index.ts';
import { FADE_REACH, lightPools, type LightPool, type ViewWindow } from './darkness-lights.ts';
import { LEVEL_DEPTH } from './level-depths.ts';
import { resizeShownTexture, reusedDynamicTexture } from './reused-texture.ts';

const DARKNESS_TEXTURE = 'darkness';
const DARK_COLOR = 0x05060f;
/** Alpha steps in a pool's soft edge: banded like the art's own shading, not a smooth airbrush. */
const EDGE_BANDS = 5;
/**
 * World pixels per texel of the darkness: 2 quarters the fill of every redraw, and its 2-pixel steps on
 * a soft edge read as the art's own dithering. The texture is laid on a 2-pixel grid of the world, so
 * its texels stay put as the view scrolls.
 */
const TEXEL = 2;
/** Pixels from Mira's feet up to the middle of her glow: about her waist. */
const MIRA_GLOW_RISE = 6;

/** A pool's stamp, `radius` in texels: a white disc, opaque in its core, fading in bands to nothing at FADE_REACH. */
function stampKey(scene: Phaser.Scene, radius: number): string {
  const key = `light-pool-${radius}`;
  if (scene.textures.exists(key)) return key;
  const outer = Math.ceil(radius * FADE_REACH);
  const size = outer * 2;
  const canvas = scene.textures.createCanvas(key, size, size);
  if (canvas === null) return key;
  const context = canvas.getContext();
  const pixels = context.createImageData(size, size);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const distance = Math.hypot(x + 0.5 - outer, y + 0.5 - outer);
      const fade = distance <= radius ? 1 : Math.max(0, 1 - (distance - radius) / (outer - radius));
      const banded = Math.ceil(fade * EDGE_BANDS) / EDGE_BANDS;
      const index = (y * size + x) * 4;
      pixels.data.set([255, 255, 255, Math.round(banded * 255)], index);
    }
  }
  context.putImageData(pixels, 0, 0);
  canvas.refresh();
  return key;
}

export class DarknessView {
  readonly #darkness: number;
  readonly #texture: Phaser.Textures.DynamicTexture | null = null;
  readonly #image: Phaser.GameObjects.Image | null = null;
  /** What the texture was last drawn for (the lights a copy of the world's). */
  #shownFrom = { left: Number.NaN, top: Number.NaN, width: 0, height: 0, miraX: Number.NaN, miraY: Number.NaN, tilesChanged: -1, lights: new Uint8Array(0) };
  /** What the next render must draw into the texture; null when it shows what it should. */
  #due: { readonly world: World; readonly left: number; readonly top: number; readonly width: number; readonly height: number; readonly mira: { readonly x: number; readonly y: number } } | null = null;

  readonly #scene: Phaser.Scene;

  constructor(
    scene: Phaser.Scene,
    options: { readonly layer: Phaser.GameObjects.Layer; readonly darkness: number },
  ) {
    this.#scene = scene;
    this.#darkness = options.darkness;
    if (options.darkness <= 0) return;
    this.#texture = reusedDynamicTexture(scene, DARKNESS_TEXTURE, { width: 64, height: 64 });
    if (this.#texture === null) return;
    this.#image = scene.add.image(0, 0, DARKNESS_TEXTURE).setOrigin(0, 0).setDepth(LEVEL_DEPTH.darkness);
    options.layer.add(this.#image);
    const drawDue = (): void => {
      this.#drawDue();
    };
    scene.events.on(Phaser.Scenes.Events.PRE_RENDER, drawDue);
    // The scene's emitter outlives a restart: each run's listener goes with it.
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      scene.events.off(Phaser.Scenes.Events.PRE_RENDER, drawDue);
    });
  }

  /** `view`: the world pixels on screen now; `mira`: where she is drawn this frame. */
  draw(world: World, options: { readonly view: ViewWindow; readonly mira: { readonly x: number; readonly y: number } }): void {
    const texture = this.#texture;
    const image = this.#image;
    if (texture === null || image === null) return;
    // A texel of margin each way: the view's corner can sit between texels.
    const left = (Math.floor(options.view.left / TEXEL) - 1) * TEXEL;
    const top = (Math.floor(options.view.top / TEXEL) - 1) * TEXEL;
    const width = Math.ceil(options.view.width / TEXEL) + 3;
    const height = Math.ceil(options.view.height / TEXEL) + 3;
    // Her glow sits on her body, not her feet (where the rules light her): it is for her eyes, not theirs.
    const miraX = Math.round(options.mira.x / TEXEL) * TEXEL;
    const miraY = Math.round((options.mira.y - MIRA_GLOW_RISE) / TEXEL) * TEXEL;
    // Compared field by field, the lights against a kept copy: a key string built every frame was garbage.
    const shown = this.#shownFrom;
    const same =
      shown.left === left && shown.top === top && shown.width === width && shown.height === height &&
      shown.miraX === miraX && shown.miraY === miraY && shown.tilesChanged === world.tiles.changeCount &&
      shown.lights.length === world.lightsOn.length && shown.lights.every((on, index) => on === world.lightsOn[index]);
    if (same) return;
    this.#shownFrom = { left, top, width, height, miraX, miraY, tilesChanged: world.tiles.changeCount, lights: world.lightsOn.slice() };
    this.#due = { world, left, top, width, height, mira: { x: miraX, y: miraY } };
  }

  #drawDue(): void {
    const texture = this.#texture;
    const image = this.#image;
    const due = this.#due;
    if (texture === null || image === null || due === null) return;
    this.#due = null;
    const { world, left, top, width, height, mira } = due;
    resizeShownTexture(texture, image, { width, height });
    image.setPosition(left, top).setScale(TEXEL);
    texture.clear().fill(DARK_COLOR, this.#darkness);
    const view = { left, top, width: width * TEXEL, height: height * TEXEL };
    for (const pool of lightPools(world, { view, mira })) this.#erasePool(pool, { left, top });
    texture.render();
  }

  #erasePool(pool: LightPool, origin: { readonly left: number; readonly top: number }): void {
    const key = stampKey(this.#scene, Math.max(1, Math.round(pool.radius / TEXEL)));
    this.#texture?.erase(key, Math.round((pool.x - origin.left) / TEXEL), Math.round((pool.y - origin.top) / TEXEL));
  }
}
