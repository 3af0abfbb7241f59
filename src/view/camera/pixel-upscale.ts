// Scales the world, drawn at its own pixel size by the pixel camera into a framebuffer, up to the whole
// screen: one quad with the simplest shader there is (texture-quad.ts), nearest-filtered and without
// blending. Phaser's own
// composite drew the same quad through its sprite shader with blending, and under software WebGL that
// one quad cost about twice an empty canvas's whole frame (29 ms against 12 ms with this). Copying the
// world out of the canvas instead (copyTexSubImage2D) made Chromium wait for the GPU process every frame.
// It is an Extern at the bottom of the words layer, so it runs after the world camera and before
// anything drawn at screen resolution; Phaser saves and restores its WebGL state around an Extern.
import Phaser from 'phaser';
import type { PixelCamera } from './pixel-camera.ts';
import { drawTextureQuad } from './texture-quad.ts';

/**
 * Phaser's pool of framebuffers (untyped): a camera draws into one of its own size and gives it back,
 * last in its size's list, with the picture still in it until the next frame asks for it again.
 */
interface FramebufferPool {
  readonly drawingContextPool: {
    readonly sizePool: Readonly<Record<string, readonly { readonly texture: { readonly webGLTexture: WebGLTexture | null } }[] | undefined>>;
  };
}

export class PixelUpscale extends Phaser.GameObjects.Extern {
  readonly #camera: PixelCamera;

  constructor(
    scene: Phaser.Scene,
    camera: PixelCamera,
  ) {
    super(scene);
    this.#camera = camera;
  }

  override render(renderer: Phaser.Renderer.WebGL.WebGLRenderer): void {
    const placement = this.#camera.placement;
    if (placement === null || !this.#camera.visible) return;
    const width = this.#camera.width;
    const height = this.#camera.height;
    const framebuffers = (renderer as unknown as FramebufferPool).drawingContextPool.sizePool[`${width}x${height}`];
    const world = framebuffers?.[framebuffers.length - 1]?.texture.webGLTexture ?? null;
    if (world === null) return;
    const { gl } = renderer;
    const screenWidth = gl.drawingBufferWidth;
    const screenHeight = gl.drawingBufferHeight;
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.disable(gl.SCISSOR_TEST);
    gl.disable(gl.BLEND);
    gl.viewport(0, 0, screenWidth, screenHeight);
    drawTextureQuad(gl, world, {
      x: placement.x / screenWidth,
      y: placement.y / screenHeight,
      width: (width * placement.scale) / screenWidth,
      height: (height * placement.scale) / screenHeight,
    });
  }
}
