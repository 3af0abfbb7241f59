// The script of tools/layer-pages.ts's pages, as text: it runs in the page (no Phaser, no modules), given
// `setup` (the configuration, the screen, the world's pixel size and the HUD's boxes). It draws the world
// and the HUD the way the setup's layers say, each animation frame, and counts the frames in
// `window.__layers`; a page that cannot draw puts its reason in `window.__layers.problem`.

export const LAYER_PAGE_SCRIPT = String.raw`
window.__layers = { frames: 0, problem: null };
const GAME_ATTRIBUTES = { alpha: false, antialias: false, depth: true, stencil: true, premultipliedAlpha: true };
const OVERLAY_ATTRIBUTES = { alpha: true, antialias: false, depth: false, stencil: false, premultipliedAlpha: true };
const VERTEX_SHADER = 'attribute vec2 position; attribute vec2 texel; uniform vec2 target; varying vec2 picked;' +
  'void main() { picked = texel; gl_Position = vec4(position.x / target.x * 2.0 - 1.0, 1.0 - position.y / target.y * 2.0, 0.0, 1.0); }';
const FRAGMENT_SHADER = '#ifdef GL_FRAGMENT_PRECISION_HIGH\nprecision highp float;\n#else\nprecision mediump float;\n#endif\n' +
  'uniform sampler2D picture; varying vec2 picked; void main() { gl_FragColor = texture2D(picture, picked); }';

function addCanvas(width, height, className, cssScale) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.className = className;
  canvas.style.width = width * cssScale + 'px';
  canvas.style.height = height * cssScale + 'px';
  if (cssScale !== 1) canvas.style.imageRendering = 'pixelated';
  document.body.append(canvas);
  return canvas;
}

function contextOf(canvas, kind, attributes) {
  const gl = canvas.getContext(kind, attributes);
  if (gl === null) throw new Error('no ' + kind + ' context for a ' + canvas.width + 'x' + canvas.height + ' canvas');
  return gl;
}

/** One program that draws textured quads given in target pixels, all of one texture in one draw call. */
function quadDrawer(gl) {
  const program = gl.createProgram();
  for (const [type, source] of [[gl.VERTEX_SHADER, VERTEX_SHADER], [gl.FRAGMENT_SHADER, FRAGMENT_SHADER]]) {
    const shader = gl.createShader(type);
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    gl.attachShader(program, shader);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error('quad program: ' + gl.getProgramInfoLog(program));
  const buffer = gl.createBuffer();
  const position = gl.getAttribLocation(program, 'position');
  const texel = gl.getAttribLocation(program, 'texel');
  const target = gl.getUniformLocation(program, 'target');
  return (texture, quads, targetWidth, targetHeight, blend) => {
    const vertices = new Float32Array(quads.length * 24);
    quads.forEach(([x, y, width, height, left, top, right, bottom], index) => {
      vertices.set([x, y, left, top, x + width, y, right, top, x, y + height, left, bottom,
        x, y + height, left, bottom, x + width, y, right, top, x + width, y + height, right, bottom], index * 24);
    });
    gl.useProgram(program);
    gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
    gl.bufferData(gl.ARRAY_BUFFER, vertices, gl.DYNAMIC_DRAW);
    gl.enableVertexAttribArray(position);
    gl.vertexAttribPointer(position, 2, gl.FLOAT, false, 16, 0);
    gl.enableVertexAttribArray(texel);
    gl.vertexAttribPointer(texel, 2, gl.FLOAT, false, 16, 8);
    gl.uniform2f(target, targetWidth, targetHeight);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, texture);
    if (blend) {
      gl.enable(gl.BLEND);
      gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    } else gl.disable(gl.BLEND);
    gl.drawArrays(gl.TRIANGLES, 0, quads.length * 6);
  };
}

function textureOf(gl, source, width, height) {
  const texture = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, true);
  if (source === null) gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
  else gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, source);
  for (const [name, value] of [[gl.TEXTURE_MIN_FILTER, gl.NEAREST], [gl.TEXTURE_MAG_FILTER, gl.NEAREST], [gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE], [gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE]]) {
    gl.texParameteri(gl.TEXTURE_2D, name, value);
  }
  return texture;
}

/** The world's picture: 16-pixel tiles with a little detail, a margin of 32 to scroll over, and a sprite. */
function worldPicture() {
  const canvas = document.createElement('canvas');
  canvas.width = setup.worldWidth + 32;
  canvas.height = setup.worldHeight + 32 + 16;
  const paint = canvas.getContext('2d');
  const colours = ['#2b2340', '#3a2f55', '#24304a', '#41365e'];
  for (let row = 0; row * 16 < setup.worldHeight + 32; row += 1) {
    for (let column = 0; column * 16 < canvas.width; column += 1) {
      paint.fillStyle = colours[(row * 7 + column * 3) % colours.length];
      paint.fillRect(column * 16, row * 16, 16, 16);
      paint.fillStyle = '#5c4f80';
      paint.fillRect(column * 16 + ((row + column) % 12), row * 16 + 3, 2, 2);
    }
  }
  const spriteTop = setup.worldHeight + 32;
  paint.clearRect(0, spriteTop, 16, 16);
  paint.fillStyle = '#f3b76a';
  paint.fillRect(4, spriteTop + 1, 8, 7);
  paint.fillStyle = '#7fc8d8';
  paint.fillRect(3, spriteTop + 8, 10, 8);
  return canvas;
}

/** Draws the world into the bound target of the world's pixel size: the picture scrolled, then the sprites. */
function worldDrawer(gl) {
  const draw = quadDrawer(gl);
  const picture = worldPicture();
  const texture = textureOf(gl, picture);
  const pictureHeight = picture.height;
  return (frame) => {
    const scroll = frame % 32;
    const width = setup.worldWidth + 32;
    const height = setup.worldHeight + 32;
    draw(texture, [[-scroll, -scroll, width, height, 0, 0, 1, height / pictureHeight]], setup.worldWidth, setup.worldHeight, false);
    const sprites = [];
    for (let index = 0; index < 12; index += 1) {
      const x = (index * 37 + frame * (1 + (index % 3))) % setup.worldWidth;
      const y = (index * 53 + frame) % setup.worldHeight;
      sprites.push([x, y, 16, 16, 0, height / pictureHeight, 16 / width, 1]);
    }
    draw(texture, sprites, setup.worldWidth, setup.worldHeight, true);
  };
}

/** Where each box lands on the screen at a resolution (1: the screen's, 0.5: half of it). */
function placedBoxes(resolution) {
  return setup.boxes.map((box) => placeBox(box, resolution));
}

function placeBox(box, resolution) {
  const scale = setup.interfaceScale * resolution;
  const screenWidth = setup.width * resolution;
  const screenHeight = setup.height * resolution;
  const width = Math.round(box.width * scale);
  const height = Math.round(box.height * scale);
  const x = box.across === 'left' ? box.x * scale : box.across === 'right' ? screenWidth - box.x * scale - width : (screenWidth - width) / 2 + box.x * scale;
  const y = box.down === 'top' ? box.y * scale : screenHeight - box.y * scale - height;
  return { x: Math.round(x), y: Math.round(y), width, height, lines: box.lines, scale };
}

function clockText() {
  const hundredths = Math.floor(performance.now() / 10);
  const seconds = Math.floor(hundredths / 100);
  return Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0') + '.' + String(hundredths % 100).padStart(2, '0');
}

function paintBox(paint, box, x, y, lines) {
  paint.fillStyle = 'rgba(12, 10, 24, 0.85)';
  paint.fillRect(x, y, box.width, box.height);
  const border = Math.max(1, Math.round(2 * box.scale));
  paint.strokeStyle = '#8a7bd1';
  paint.lineWidth = border;
  paint.strokeRect(x + border / 2, y + border / 2, box.width - border, box.height - border);
  paint.fillStyle = '#f3e9c6';
  paint.font = 'bold ' + Math.round(16 * box.scale) + 'px monospace';
  paint.textBaseline = 'top';
  lines.forEach((line, index) => paint.fillText(line, x + 8 * box.scale, y + (6 + index * 19) * box.scale));
}

const GLYPHS = '0123456789:.';

/** Draws the HUD with WebGL into the bound target: every box from one atlas, the clock from its glyphs. */
function webglHudDrawer(gl, resolution) {
  const draw = quadDrawer(gl);
  const boxes = placedBoxes(resolution);
  const atlas = document.createElement('canvas');
  const glyphWidth = Math.ceil(10 * setup.interfaceScale * resolution);
  const glyphHeight = Math.ceil(20 * setup.interfaceScale * resolution);
  atlas.width = Math.max(glyphWidth * GLYPHS.length, ...boxes.map((box) => box.width));
  atlas.height = boxes.reduce((sum, box) => sum + box.height, glyphHeight);
  const paint = atlas.getContext('2d');
  let top = glyphHeight;
  const atlasTops = boxes.map((box) => {
    paintBox(paint, box, 0, top, box.lines);
    top += box.height;
    return top - box.height;
  });
  paint.font = 'bold ' + Math.round(16 * setup.interfaceScale * resolution) + 'px monospace';
  paint.textBaseline = 'top';
  paint.fillStyle = '#f3e9c6';
  [...GLYPHS].forEach((glyph, index) => paint.fillText(glyph, index * glyphWidth, 2));
  const texture = textureOf(gl, atlas);
  const targetWidth = setup.width * resolution;
  const targetHeight = setup.height * resolution;
  const boxQuads = boxes.map((box, index) => [box.x, box.y, box.width, box.height, 0, atlasTops[index] / atlas.height, box.width / atlas.width, (atlasTops[index] + box.height) / atlas.height]);
  const clock = boxes[0];
  return () => {
    const quads = [...boxQuads];
    [...clockText()].forEach((glyph, index) => {
      const at = GLYPHS.indexOf(glyph);
      quads.push([clock.x + 8 * clock.scale + index * glyphWidth, clock.y + 6 * clock.scale, glyphWidth, glyphHeight, (at * glyphWidth) / atlas.width, 0, ((at + 1) * glyphWidth) / atlas.width, glyphHeight / atlas.height]);
    });
    draw(texture, quads, targetWidth, targetHeight, true);
  };
}

/** A 2D canvas HUD: every box painted once, then only the clock's box, when its text changed. */
function canvasHud() {
  const canvas = addCanvas(setup.width, setup.height, 'hud', 1);
  const paint = canvas.getContext('2d');
  const boxes = placedBoxes(1);
  boxes.slice(1).forEach((box) => paintBox(paint, box, box.x, box.y, box.lines));
  const clock = boxes[0];
  let shown = '';
  return () => {
    const text = clockText();
    if (text === shown) return;
    shown = text;
    paint.clearRect(clock.x, clock.y, clock.width, clock.height);
    paintBox(paint, clock, clock.x, clock.y, [text]);
  };
}

/** A 2D canvas per box, each the box's size: painted once, the clock's when its text changed. */
function boxCanvasesHud() {
  const paints = placedBoxes(1).map((box) => {
    const canvas = addCanvas(box.width, box.height, 'hud', 1);
    Object.assign(canvas.style, { left: box.x + 'px', top: box.y + 'px' });
    const paint = canvas.getContext('2d');
    paintBox(paint, box, 0, 0, box.lines);
    return { paint, box };
  });
  let shown = '';
  return () => {
    const text = clockText();
    if (text === shown) return;
    shown = text;
    const { paint, box } = paints[0];
    paint.clearRect(0, 0, box.width, box.height);
    paintBox(paint, box, 0, 0, [text]);
  };
}

/**
 * The DOM HUD as the level would use it: the floating words and the prompt (boxes 5, 7, 8) follow the
 * world, moved every frame, and the radar is a 2D canvas of its own redrawn every frame (its dots move).
 */
function movingDomHud() {
  const updateText = domHud();
  const boxes = placedBoxes(1);
  const moving = [...document.querySelectorAll('div.box')].filter((_, index) => [5, 7, 8].includes(index));
  moving.forEach((element) => { element.style.willChange = 'transform'; });
  const radar = boxes[3];
  const canvas = addCanvas(radar.width, radar.height, 'hud', 1);
  Object.assign(canvas.style, { left: radar.x + 'px', top: radar.y + 'px' });
  const paint = canvas.getContext('2d');
  return (frame) => {
    updateText();
    moving.forEach((element, index) => { element.style.transform = 'translate(' + ((frame * (index + 1)) % 90) + 'px, ' + ((frame * 2) % 40) + 'px)'; });
    paintBox(paint, radar, 0, 0, []);
    paint.fillStyle = '#e0707a';
    for (let dot = 0; dot < 6; dot += 1) paint.fillRect((dot * 23 + frame) % (radar.width - 12) + 4, (dot * 31 + frame * 2) % (radar.height - 12) + 4, 4 * radar.scale, 4 * radar.scale);
  };
}

/** The DOM HUD with a dialogue open: its panel is the biggest box the level shows over play. */
function dialogueDomHud() {
  return domHud([...placedBoxes(1), placeBox(setup.dialogue, 1)]);
}

/** A DOM HUD: one absolutely placed box per text (the first the clock), the clock's text set when it changed. */
function domHud(boxes = placedBoxes(1)) {
  const elements = boxes.map((box) => {
    const element = document.createElement('div');
    element.className = 'box';
    Object.assign(element.style, { left: box.x + 'px', top: box.y + 'px', width: box.width + 'px', height: box.height + 'px',
      fontSize: Math.round(16 * box.scale) + 'px', borderWidth: Math.max(1, Math.round(2 * box.scale)) + 'px', padding: Math.round(4 * box.scale) + 'px ' + Math.round(6 * box.scale) + 'px' });
    element.textContent = box.lines.join('\n');
    document.body.append(element);
    return element;
  });
  let shown = '';
  return () => {
    const text = clockText();
    if (text === shown) return;
    shown = text;
    elements[0].textContent = text;
  };
}

/** The frame for a HUD on a WebGL canvas of its own: cleared to transparent, then the boxes. */
function overlayHud(resolution) {
  const canvas = addCanvas(setup.width * resolution, setup.height * resolution, 'hud', 1 / resolution);
  const gl = contextOf(canvas, 'webgl', OVERLAY_ATTRIBUTES);
  const drawHud = webglHudDrawer(gl, resolution);
  return () => {
    gl.viewport(0, 0, canvas.width, canvas.height);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    drawHud();
  };
}

function emptyFrame() {
  const canvas = addCanvas(setup.width, setup.height, 'screen', 1);
  const gl = setup.context === 'reference' ? contextOf(canvas, 'webgl2', undefined) : contextOf(canvas, 'webgl', GAME_ATTRIBUTES);
  return () => {
    gl.clearColor(0.03, 0.02, 0.05, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
  };
}

/** Today's shape: the world into a framebuffer at its pixel size, one quad up to the screen, the HUD on top. */
function framebufferFrame() {
  const canvas = addCanvas(setup.width, setup.height, 'screen', 1);
  const gl = contextOf(canvas, 'webgl', GAME_ATTRIBUTES);
  const drawWorld = worldDrawer(gl);
  const drawHud = webglHudDrawer(gl, 1);
  const upscale = quadDrawer(gl);
  const worldTexture = textureOf(gl, null, setup.worldWidth, setup.worldHeight);
  const framebuffer = gl.createFramebuffer();
  gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
  gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, worldTexture, 0);
  const scaledWidth = setup.worldWidth * setup.zoom;
  const scaledHeight = setup.worldHeight * setup.zoom;
  return (frame) => {
    gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
    gl.viewport(0, 0, setup.worldWidth, setup.worldHeight);
    drawWorld(frame);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.viewport(0, 0, setup.width, setup.height);
    // The framebuffer's rows run bottom up, as WebGL stores them.
    upscale(worldTexture, [[0, 0, scaledWidth, scaledHeight, 0, 1, 1, 0]], setup.width, setup.height, false);
    drawHud();
  };
}

/** The world on a canvas of its pixel size that CSS scales up, and the HUD wherever the setup says. */
function cssWorldFrame() {
  const canvas = addCanvas(setup.worldWidth, setup.worldHeight, 'world', setup.zoom);
  const gl = contextOf(canvas, 'webgl', GAME_ATTRIBUTES);
  const drawWorld = worldDrawer(gl);
  const huds = { none: () => () => undefined, webgl: () => overlayHud(1), 'webgl-half': () => overlayHud(0.5), 'canvas-2d': canvasHud, 'canvas-boxes': boxCanvasesHud, dom: () => domHud(), 'dom-moving': movingDomHud, 'dom-dialogue': dialogueDomHud };
  const drawHud = huds[setup.hud]();
  return (frame) => {
    gl.viewport(0, 0, setup.worldWidth, setup.worldHeight);
    drawWorld(frame);
    drawHud(frame);
  };
}

try {
  const drawFrame = setup.world === 'none' ? emptyFrame() : setup.world === 'framebuffer' ? framebufferFrame() : cssWorldFrame();
  const frame = () => {
    drawFrame(window.__layers.frames);
    window.__layers.frames += 1;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
} catch (error) {
  window.__layers.problem = String(error);
}
`;
