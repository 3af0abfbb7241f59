// Scales the world, drawn at its own pixel size in the canvas's top-left corner by the pixel camera, up
// to the whole screen: one copy of those pixels into a texture, then one quad over the screen with the
// simplest shader there is, nearest-filtered and without blending. Phaser's own way (a camera composited
// from its framebuffer) drew the same quad through its sprite shader with blending, and under software
// WebGL that one quad cost about twice an empty canvas's whole frame (29 ms against 12 ms with this).
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
  readonly texture: WebGLTexture;
  readonly corner: number;
  readonly screenRect: WebGLUniformLocation | null;
  readonly sampler: WebGLUniformLocation | null;
  size: { width: number; height: number };
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
    const resources = this.prepare(renderer.gl);
    const { gl } = resources;
    const width = this.camera.width;
    const height = this.camera.height;
    const screenWidth = gl.drawingBufferWidth;
    const screenHeight = gl.drawingBufferHeight;
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, resources.texture);
    if (resources.size.width !== width || resources.size.height !== height) {
      // RGB: the canvas has no alpha channel (the game is not transparent), and a copy may not add one.
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGB, width, height, 0, gl.RGB, gl.UNSIGNED_BYTE, null);
      resources.size = { width, height };
    }
    // The world camera drew into the canvas's top-left corner; GL counts rows from the bottom.
    gl.copyTexSubImage2D(gl.TEXTURE_2D, 0, 0, 0, 0, screenHeight - height, width, height);
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
    const texture = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, texture);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    this.resources = {
      gl,
      program,
      corners,
      texture,
      corner: gl.getAttribLocation(program, 'corner'),
      screenRect: gl.getUniformLocation(program, 'screenRect'),
      sampler: gl.getUniformLocation(program, 'world'),
      size: { width: 0, height: 0 },
    };
    return this.resources;
  }

  private release(): void {
    const resources = this.resources;
    if (resources === null) return;
    resources.gl.deleteProgram(resources.program);
    resources.gl.deleteBuffer(resources.corners);
    resources.gl.deleteTexture(resources.texture);
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
