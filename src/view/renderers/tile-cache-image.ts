// Shows a tile cache's texture (tile-cache.ts) where a Phaser Image of it would be, pixel for pixel, but
// through the simplest shader there is (camera/texture-quad.ts) instead of Phaser's sprite shader: the
// cache covers the whole world picture every frame, and under software WebGL that shader's per-pixel
// work on it was the largest part of the world camera's own drawing (hiding the cache saved about 5 of
// 28 ms of the GPU process's work a frame at 720p; through this shader it costs about 1). Where the cache
// says which parts of its texture hold tiles, only those are drawn. Blended as Phaser's normal blend mode
// (premultiplied), which the Extern leaves set.
import Phaser from 'phaser';
import { drawTextureParts, drawTextureQuad } from '../camera/texture-quad.ts';

/** The parts' corners in a buffer of the context they were drawn in; remade after a lost context. */
interface PartsBuffer {
  readonly gl: WebGLRenderingContext;
  readonly buffer: WebGLBuffer;
  /** The corners it holds: the buffer is filled again when they change. */
  corners: Float32Array | null;
}

export class TileCacheImage extends Phaser.GameObjects.Extern {
  readonly #cache: Phaser.Textures.DynamicTexture;
  /** Triangles of the texture to draw (tile-cache-cells.ts's coveredParts), or null for the whole of it. */
  #parts: Float32Array | null = null;
  #partsBuffer: PartsBuffer | null = null;

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
    const rect = {
      x: left / width,
      y: top / height,
      width: (this.#cache.width * (a ?? 1)) / width,
      height: (this.#cache.height * (d ?? 1)) / height,
    };
    const parts = this.#parts;
    if (parts === null) drawTextureQuad(gl, picture, rect);
    else if (parts.length > 0) drawTextureParts(gl, picture, { rect, buffer: this.#bufferOf(gl, parts), count: parts.length / 2 });
  }

  /** Only these triangles of the texture are drawn from now on (null: all of it). */
  showParts(parts: Float32Array | null): void {
    this.#parts = parts;
  }

  #bufferOf(gl: WebGLRenderingContext, parts: Float32Array): WebGLBuffer {
    let held = this.#partsBuffer;
    if (held === null || held.gl !== gl) {
      const buffer = gl.createBuffer();
      held = { gl, buffer, corners: null };
      this.#partsBuffer = held;
      gl.canvas.addEventListener('webglcontextrestored', () => {
        if (this.#partsBuffer === held) this.#partsBuffer = null;
      }, { once: true });
    }
    if (held.corners !== parts) {
      gl.bindBuffer(gl.ARRAY_BUFFER, held.buffer);
      gl.bufferData(gl.ARRAY_BUFFER, parts, gl.STATIC_DRAW);
      held.corners = parts;
    }
    return held.buffer;
  }

  override destroy(fromScene?: boolean): void {
    const held = this.#partsBuffer;
    if (held !== null && !held.gl.isContextLost()) held.gl.deleteBuffer(held.buffer);
    this.#partsBuffer = null;
    super.destroy(fromScene);
  }
}
