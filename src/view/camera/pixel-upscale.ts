// Scales the world, drawn at its own pixel size by the pixel camera into a framebuffer, up to the whole
// screen: one quad with the simplest shader there is, nearest-filtered and without blending. Phaser's own
// composite drew the same quad through its sprite shader with blending, and under software WebGL that
// one quad cost about twice an empty canvas's whole frame (29 ms against 12 ms with this). Copying the
// world out of the canvas instead (copyTexSubImage2D) made Chromium wait for the GPU process every frame.
// It is an Extern at the bottom of the words layer, so it runs after the world camera and before
// anything drawn at screen resolution; Phaser saves and restores its WebGL state around an Extern.
import Phaser from 'phaser';
import type { PixelCamera } from './pixel-camera.ts';

const VERTEX_SHADER = `
attribute vec2 corner;
uniform vec4 screenRect;
varying vec2 texel;
void main() {
  texel = vec2(corner.x, 1.0 - corner.y);
  vec2 position = screenRect.xy + corner * screenRect.zw;
  gl_Position = vec4(position.x * 2.0 - 1.0, 1.0 - position.y * 2.0, 0.0, 1.0);
}`;

const FRAGMENT_SHADER = `
precision mediump float;
uniform sampler2D world;
varying vec2 texel;
void main() {
  gl_FragColor = texture2D(world, texel);
}`;

interface UpscaleResources {
  readonly gl: WebGLRenderingContext;
  readonly program: WebGLProgram;
  readonly corners: WebGLBuffer;
  readonly corner: number;
  readonly screenRect: WebGLUniformLocation | null;
  readonly sampler: WebGLUniformLocation | null;
}

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
  private resources: UpscaleResources | null = null;

  constructor(
    scene: Phaser.Scene,
    private readonly camera: PixelCamera,
  ) {
    super(scene);
    this.once(Phaser.GameObjects.Events.DESTROY, () => {
      this.release();
    });
  }

  override render(renderer: Phaser.Renderer.WebGL.WebGLRenderer): void {
    const placement = this.camera.placement;
    if (placement === null || !this.camera.visible) return;
    const width = this.camera.width;
    const height = this.camera.height;
    const framebuffers = (renderer as unknown as FramebufferPool).drawingContextPool.sizePool[`${width}x${height}`];
    const world = framebuffers?.[framebuffers.length - 1]?.texture.webGLTexture ?? null;
    if (world === null) return;
    const resources = this.prepare(renderer.gl);
    const { gl } = resources;
    const screenWidth = gl.drawingBufferWidth;
    const screenHeight = gl.drawingBufferHeight;
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, world);
    gl.disable(gl.SCISSOR_TEST);
    gl.disable(gl.BLEND);
    gl.viewport(0, 0, screenWidth, screenHeight);
    gl.useProgram(resources.program);
    gl.uniform1i(resources.sampler, 0);
    gl.uniform4f(
      resources.screenRect,
      placement.x / screenWidth,
      placement.y / screenHeight,
      (width * placement.scale) / screenWidth,
      (height * placement.scale) / screenHeight,
    );
    gl.bindBuffer(gl.ARRAY_BUFFER, resources.corners);
    gl.enableVertexAttribArray(resources.corner);
    gl.vertexAttribPointer(resources.corner, 2, gl.FLOAT, false, 0, 0);
    gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
    gl.disableVertexAttribArray(resources.corner);
  }

  private prepare(gl: WebGLRenderingContext): UpscaleResources {
    if (this.resources?.gl === gl) return this.resources;
    const program = linkProgram(gl);
    const corners = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, corners);
    gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([0, 0, 1, 0, 0, 1, 1, 1]), gl.STATIC_DRAW);
    this.resources = {
      gl,
      program,
      corners,
      corner: gl.getAttribLocation(program, 'corner'),
      screenRect: gl.getUniformLocation(program, 'screenRect'),
      sampler: gl.getUniformLocation(program, 'world'),
    };
    return this.resources;
  }

  private release(): void {
    const resources = this.resources;
    if (resources === null) return;
    resources.gl.deleteProgram(resources.program);
    resources.gl.deleteBuffer(resources.corners);
    this.resources = null;
  }
}

function linkProgram(gl: WebGLRenderingContext): WebGLProgram {
  const program = gl.createProgram();
  for (const [type, source] of [
    [gl.VERTEX_SHADER, VERTEX_SHADER],
    [gl.FRAGMENT_SHADER, FRAGMENT_SHADER],
  ] as const) {
    const shader = gl.createShader(type);
    if (shader === null) throw new Error('PixelUpscale: WebGL gave no shader');
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    gl.attachShader(program, shader);
    gl.deleteShader(shader);
  }
  gl.bindAttribLocation(program, 0, 'corner');
  gl.linkProgram(program);
  return program;
}
