// One texture drawn as one quad, or parts of it, with the simplest shader there is: no tint, no texture
// choice, no rounding in the shader. Under software WebGL every pixel a shader covers costs: the same
// full-screen quad through Phaser's sprite shader, with its tint and texture-choice work, cost over twice
// as much.
// Used for the world's upscale to the screen (pixel-upscale.ts) and the cached tiles (tile-cache-image.ts).
// The caller binds the framebuffer, sets the viewport and the blending; this binds everything else it
// uses, and Phaser rebinds its own state after an Extern.

const VERTEX_SHADER = `
attribute vec2 corner;
uniform vec4 targetRect;
varying vec2 texel;
void main() {
  texel = vec2(corner.x, 1.0 - corner.y);
  vec2 position = targetRect.xy + corner * targetRect.zw;
  gl_Position = vec4(position.x * 2.0 - 1.0, 1.0 - position.y * 2.0, 0.0, 1.0);
}`;

// High precision where the GPU has it: a texel coordinate in 16 bits misses texels past about 1024.
const FRAGMENT_SHADER = `
#ifdef GL_FRAGMENT_PRECISION_HIGH
precision highp float;
#else
precision mediump float;
#endif
uniform sampler2D picture;
varying vec2 texel;
void main() {
  gl_FragColor = texture2D(picture, texel);
}`;

/** Where the quad goes, as fractions of the bound target from its top left (y down). */
export interface TargetRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface QuadResources {
  readonly program: WebGLProgram;
  readonly corners: WebGLBuffer;
  readonly corner: number;
  readonly targetRect: WebGLUniformLocation | null;
  readonly sampler: WebGLUniformLocation | null;
}

/**
 * One program and corner buffer for each WebGL context, kept as long as the context: compiled once per
 * game rather than once per quad and level run (software WebGL compiles slowly), and nothing to leak.
 */
const programs = new WeakMap<WebGLRenderingContext, QuadResources>();

/** Draws the whole of `texture` (stored bottom row first, as WebGL framebuffers are) over `rect`. */
export function drawTextureQuad(gl: WebGLRenderingContext, texture: WebGLTexture, rect: TargetRect): void {
  drawCorners(gl, texture, { rect, buffer: null, mode: gl.TRIANGLE_STRIP, count: 4 });
}

/**
 * Triangles of a texture: `count` corners in `buffer`, in fractions of the texture (y down), the buffer
 * made by the caller in the context it draws in.
 */
export interface TextureParts {
  readonly buffer: WebGLBuffer;
  readonly count: number;
}

/** Draws parts of `texture` where drawTextureQuad would put them over `rect`. */
export function drawTextureParts(gl: WebGLRenderingContext, texture: WebGLTexture, parts: TextureParts & { readonly rect: TargetRect }): void {
  drawCorners(gl, texture, { ...parts, mode: gl.TRIANGLES });
}

/** `buffer` null: the whole texture's corners, kept with the program. */
function drawCorners(gl: WebGLRenderingContext, texture: WebGLTexture, corners: { readonly rect: TargetRect; readonly buffer: WebGLBuffer | null; readonly count: number; readonly mode: number }): void {
  const resources = programs.get(gl) ?? prepare(gl);
  const { rect } = corners;
  gl.activeTexture(gl.TEXTURE0);
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.useProgram(resources.program);
  gl.uniform1i(resources.sampler, 0);
  gl.uniform4f(resources.targetRect, rect.x, rect.y, rect.width, rect.height);
  gl.bindBuffer(gl.ARRAY_BUFFER, corners.buffer ?? resources.corners);
  gl.enableVertexAttribArray(resources.corner);
  gl.vertexAttribPointer(resources.corner, 2, gl.FLOAT, false, 0, 0);
  gl.drawArrays(corners.mode, 0, corners.count);
  gl.disableVertexAttribArray(resources.corner);
}

function prepare(gl: WebGLRenderingContext): QuadResources {
  const program = linkProgram(gl);
  const corners = gl.createBuffer();
  gl.bindBuffer(gl.ARRAY_BUFFER, corners);
  gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([0, 0, 1, 0, 0, 1, 1, 1]), gl.STATIC_DRAW);
  const resources = {
    program,
    corners,
    corner: gl.getAttribLocation(program, 'corner'),
    targetRect: gl.getUniformLocation(program, 'targetRect'),
    sampler: gl.getUniformLocation(program, 'picture'),
  };
  programs.set(gl, resources);
  // A lost and restored context keeps its object but not its programs: made again at the next quad. Not
  // asked with gl.isProgram at each quad, which made the page wait for the GPU process every time (about
  // two thirds of the main thread's time in stepped dream frames).
  gl.canvas.addEventListener('webglcontextrestored', () => { programs.delete(gl); }, { once: true });
  return resources;
}

function linkProgram(gl: WebGLRenderingContext): WebGLProgram {
  const program = gl.createProgram();
  for (const [type, source] of [
    [gl.VERTEX_SHADER, VERTEX_SHADER],
    [gl.FRAGMENT_SHADER, FRAGMENT_SHADER],
  ] as const) {
    const shader = gl.createShader(type);
    if (shader === null) throw new Error('drawTextureQuad: WebGL gave no shader');
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    gl.attachShader(program, shader);
    gl.deleteShader(shader);
  }
  gl.bindAttribLocation(program, 0, 'corner');
  gl.linkProgram(program);
  return program;
}
