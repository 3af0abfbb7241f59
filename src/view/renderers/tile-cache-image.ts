// Shows a tile cache's texture (tile-cache.ts) where a Phaser Image of it would be, pixel for pixel, but
// through the simplest shader there is (camera/texture-quad.ts) instead of Phaser's sprite shader: the
// cache covers the whole world picture every frame, and under software WebGL that shader's per-pixel
// work on it was the largest part of the world camera's own drawing (hiding the cache saved about 5 of
// 28 ms of the GPU process's work a frame at 720p; through this shader it costs about 1). Blended as
// Phaser's normal blend mode (premultiplied), which the Extern leaves set.
import Phaser from 'phaser';
import { drawTextureQuad } from '../camera/texture-quad.ts';

export class TileCacheImage extends Phaser.GameObjects.Extern {
  readonly #cache: Phaser.Textures.DynamicTexture;

  constructor(
    scene: Phaser.Scene,
    cache: Phaser.Textures.DynamicTexture,
  ) {
    super(scene);
    this.#cache = cache;
  }

  override render(
    renderer: Phaser.Renderer.WebGL.WebGLRenderer,
    drawingContext: Phaser.Renderer.WebGL.DrawingContext,
    calcMatrix: Phaser.GameObjects.Components.TransformMatrix,
  ): void {
    const picture = this.#cache.source[0]?.glTexture?.webGLTexture ?? null;
    if (picture === null) return;
    const { gl } = renderer;
    const { width, height } = drawingContext;
    // The texture's corners where the camera puts them; rounded as Phaser rounds a sprite that only moves.
    const [a, b, c, d, e, f] = calcMatrix.matrix;
    const onlyTranslate = a === 1 && b === 0 && c === 0 && d === 1;
    const left = onlyTranslate ? Math.round(e ?? 0) : (e ?? 0);
    const top = onlyTranslate ? Math.round(f ?? 0) : (f ?? 0);
    gl.bindFramebuffer(gl.FRAMEBUFFER, drawingContext.framebuffer.webGLFramebuffer);
    gl.viewport(0, 0, width, height);
    drawTextureQuad(gl, picture, {
      x: left / width,
      y: top / height,
      width: (this.#cache.width * (a ?? 1)) / width,
      height: (this.#cache.height * (d ?? 1)) / height,
    });
  }
}
