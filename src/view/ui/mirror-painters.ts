// The canvases the screen mirror (screen-mirror.ts) paints itself, for objects whose pixels the DOM
// cannot show as they are: a Graphics' paths (through Phaser's own canvas renderer, as
// Graphics.generateTexture does), a frame of a texture, bitmap glyphs and a rectangle's colour. Each paints only when what it
// shows changed (the caller keeps the key); everything is laid on whole pixels by splitWholePixels.
import type Phaser from 'phaser';
import { invert, multiply, placement, splitWholePixels, translation, type LocalRect, type Matrix } from './mirror-matrix.ts';
import { keepIfChanged } from './mirror-changes.ts';

/** A canvas the mirror paints, and what it last painted there. */
export interface PaintedCanvas {
  readonly canvas: HTMLCanvasElement;
  /** Its context, made at the first paint and kept: asked for again at every paint, it cost more than some paints. */
  context: CanvasRenderingContext2D | null;
  key: string;
  readonly commands: unknown[];
  /** A Graphics' place and opacity on the canvas when last painted (the size, the fraction of a pixel, the resolution, the alpha). */
  readonly layout: number[];
  /** How many times it was painted (the test hook sums them: a frame with no change paints nothing). */
  paints: number;
}

/** Where a painted canvas lies: the CSS matrix of its element and the element's size in CSS pixels. */
export interface PaintedPlace {
  readonly css: Matrix;
  readonly width: number;
  readonly height: number;
}

export function paintedCanvas(): PaintedCanvas {
  return { canvas: document.createElement('canvas'), context: null, key: '', commands: [], layout: [], paints: 0 };
}

/** Screen pixels per local pixel (at least one): a zoomed camera's canvas is painted at its zoom. */
function resolutionOf(matrix: Matrix): number {
  return Math.max(1, Math.ceil(Math.hypot(matrix.a, matrix.b) - 1e-6));
}

/**
 * Lays a canvas for the local rectangle `rect` under `matrix`, whole-pixel moves in CSS and the fraction
 * in the painting; returns the place and the matrix from local coordinates to the canvas' pixels.
 */
function layOut(matrix: Matrix, rect: LocalRect): { readonly place: PaintedPlace; readonly toCanvas: Matrix; readonly resolution: number } {
  const { css, paint } = splitWholePixels(matrix);
  const resolution = resolutionOf(css);
  const left = Math.floor(rect.left);
  const top = Math.floor(rect.top);
  // A pixel more each way when the painting is shifted by a fraction, so its last column still fits.
  const width = Math.ceil(rect.left + rect.width + paint.e) - left;
  const height = Math.ceil(rect.top + rect.height + paint.f) - top;
  const toCanvas = multiply({ a: resolution, b: 0, c: 0, d: resolution, e: 0, f: 0 }, multiply(translation(-left, -top), paint));
  return { place: { css: multiply(css, translation(left, top)), width, height }, toCanvas, resolution };
}

function sizeCanvas(painted: PaintedCanvas, width: number, height: number): CanvasRenderingContext2D | null {
  const { canvas } = painted;
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  // Kept in memory, not on the GPU: under software WebGL a GPU canvas' paint waited on the GPU process,
  // busy with the world's frame (2-6 ms stalls of the main thread); these canvases are small.
  painted.context ??= canvas.getContext('2d', { willReadFrequently: true });
  const { context } = painted;
  if (context === null) return null;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width, height);
  return context;
}

/** The path-building calls of a 2D context: recorded, so a path is built where its fill or stroke needs it. */
const PATH_CALLS = new Set(['moveTo', 'lineTo', 'arc', 'rect', 'closePath']);

interface PathCall {
  readonly call: string;
  readonly parameters: unknown[];
  readonly transform: DOMMatrix;
}

/** Each canvas' aligned context, made once: the radar is painted again most frames. */
const alignedContexts = new WeakMap<CanvasRenderingContext2D, { readonly proxy: CanvasRenderingContext2D; readonly path: PathCall[] }>();

/**
 * The context as Phaser's canvas renderer of a Graphics uses it, its strokes moved half a pixel down and
 * right. Phaser's WebGL draws a 1-pixel line on an integer coordinate as the row or column below or right
 * of it (measured: the meter's frame); a 2D canvas spreads it over both neighbours at half strength.
 * Fills are built where they are: both fill the pixels whose centres lie inside.
 */
function strokesAligned(context: CanvasRenderingContext2D): CanvasRenderingContext2D {
  const made = alignedContexts.get(context);
  if (made !== undefined) {
    made.path.length = 0;
    return made.proxy;
  }
  const path: PathCall[] = [];
  const build = (shift: number): void => {
    context.save();
    context.beginPath();
    for (const { call, parameters, transform } of path) {
      context.setTransform(transform.a, transform.b, transform.c, transform.d, transform.e + shift, transform.f + shift);
      (context[call as keyof CanvasRenderingContext2D] as (...given: unknown[]) => void).apply(context, parameters);
    }
    context.restore();
  };
  const functionFor = (property: string | symbol): unknown => {
    if (typeof property === 'string' && PATH_CALLS.has(property)) return (...parameters: unknown[]) => path.push({ call: property, parameters, transform: context.getTransform() });
    if (property === 'beginPath') return () => (path.length = 0);
    if (property === 'fill' || property === 'stroke') {
      return () => {
        build(property === 'stroke' ? 0.5 : 0);
        context[property]();
      };
    }
    const value: unknown = Reflect.get(context, property);
    return typeof value === 'function' ? (value as (...given: unknown[]) => unknown).bind(context) : undefined;
  };
  // Its functions are made at their first use and kept: a paint calls them hundreds of times.
  const functions = new Map<string | symbol, unknown>();
  const proxy = new Proxy(context, {
    get: (target, property) => {
      let value = functions.get(property);
      if (value === undefined) {
        value = functionFor(property);
        // A plain value (fillStyle, the canvas) is read as it is now.
        if (value === undefined) return Reflect.get(target, property) as unknown;
        functions.set(property, value);
      }
      return value;
    },
    set: (target, property, value) => Reflect.set(target, property, value),
  });
  alignedContexts.set(context, { proxy, path });
  return proxy;
}

/** What paintGraphics compares with a canvas' layout, refilled at each call. */
const LAYOUT: number[] = [];

/**
 * Paints `graphics`' paths lying in `rect` (its own coordinates), shown on screen under `matrix` (from
 * its coordinates to the screen), at `alpha` (the Graphics' own: the renderer scales every fill by it).
 */
export function paintGraphics(painted: PaintedCanvas, options: { readonly graphics: Phaser.GameObjects.Graphics; readonly matrix: Matrix; readonly rect: LocalRect; readonly alpha: number }): PaintedPlace {
  const { graphics, matrix, rect, alpha } = options;
  const { place, toCanvas, resolution } = layOut(matrix, rect);
  // Numbers compared, not a key written: the radar and the panels come here every frame, mostly unchanged.
  LAYOUT.length = 0;
  LAYOUT.push(place.width, place.height, toCanvas.e, toCanvas.f, resolution, alpha);
  const moved = keepIfChanged(painted.layout, LAYOUT);
  const changed = keepIfChanged(painted.commands, graphics.commandBuffer);
  if (!changed && !moved) return place;
  painted.paints += 1;
  const context = sizeCanvas(painted, place.width * resolution, place.height * resolution);
  if (context === null) return place;
  // The renderer puts the Graphics' own place after the camera's matrix: the camera undoes it.
  const view = multiply(toCanvas, invert(placement(graphics)));
  const camera = { matrix: view, matrixCombined: view, matrixExternal: { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }, scrollX: 0, scrollY: 0, alpha: 1, addToRenderList: (): void => {} };
  const ownAlpha = graphics.alpha;
  graphics.alpha = alpha;
  context.save();
  try {
    (graphics as unknown as CanvasDrawn).renderCanvas(graphics.scene.sys.game.renderer, graphics, camera, null, strokesAligned(context), false);
  } finally {
    context.restore();
    graphics.alpha = ownAlpha;
  }
  return place;
}

/** Phaser's canvas renderer of a Graphics, present in its WebGL builds too (Graphics.generateTexture uses it); untyped there. */
interface CanvasDrawn {
  renderCanvas(renderer: unknown, graphics: Phaser.GameObjects.Graphics, camera: unknown, parentMatrix: null, context: CanvasRenderingContext2D, allowClip: boolean): void;
}

/** The image or canvas a frame cuts from; null when its texture lives only on the GPU. */
export function readableSource(frame: Phaser.Textures.Frame): HTMLImageElement | HTMLCanvasElement | null {
  const source = frame.source;
  if (source.isRenderTexture) return null;
  const image: unknown = source.image;
  return image instanceof HTMLImageElement || image instanceof HTMLCanvasElement ? image : null;
}

/** Copies the frame's pixels into the canvas, once per frame shown (frames of images and canvas fonts do not change). */
export function paintFrame(painted: PaintedCanvas, frame: Phaser.Textures.Frame, source: HTMLImageElement | HTMLCanvasElement): void {
  const key = `${frame.texture.key}|${frame.name}|${frame.cutX},${frame.cutY},${frame.cutWidth},${frame.cutHeight}`;
  if (key === painted.key) return;
  painted.key = key;
  painted.paints += 1;
  const context = sizeCanvas(painted, frame.cutWidth, frame.cutHeight);
  context?.drawImage(source, frame.cutX, frame.cutY, frame.cutWidth, frame.cutHeight, 0, 0, frame.cutWidth, frame.cutHeight);
}

/**
 * Paints one pixel of `color` (0xRRGGBB) at `alpha`, a filled rectangle's, which its element stretches
 * over the rectangle: in memory like the other painted canvases, where the context a plain getContext
 * gave had each new colour rastered by the GPU process.
 */
export function paintColor(painted: PaintedCanvas, color: number, alpha: number): void {
  const key = `${color}/${alpha}`;
  if (key === painted.key) return;
  painted.key = key;
  painted.paints += 1;
  const context = sizeCanvas(painted, 1, 1);
  if (context === null) return;
  context.fillStyle = `rgba(${(color >> 16) & 0xff},${(color >> 8) & 0xff},${color & 0xff},${alpha})`;
  context.fillRect(0, 0, 1, 1);
}

/** One glyph of a BitmapText as its renderer lays it (BatchChar): a quad in local pixels, cut from the font's texture. */
interface PlacedGlyph {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly code: number;
  readonly glyph: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/** Whether a glyph leaves any pixels: not a space, nor one of no size. */
const shows = (char: PlacedGlyph): boolean => char.code !== 32 && char.glyph.width > 0 && char.glyph.height > 0;

/**
 * Paints a BitmapText's glyphs (no tint, colours or shadow: the caller refuses those); null when it shows
 * none. It paints at every call: the caller calls it only when the words or their place changed.
 */
export function paintBitmapText(painted: PaintedCanvas, options: { readonly text: Phaser.GameObjects.BitmapText; readonly matrix: Matrix; readonly source: HTMLImageElement | HTMLCanvasElement }): PaintedPlace | null {
  const { text, matrix, source } = options;
  const { characters } = text.getTextBounds(false) as unknown as { characters: readonly PlacedGlyph[] };
  // The glyphs' extent in one pass, with no list made: the clock is painted again every tick.
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const char of characters) {
    if (!shows(char)) continue;
    left = Math.min(left, char.x);
    top = Math.min(top, char.y);
    right = Math.max(right, char.x + char.w);
    bottom = Math.max(bottom, char.y + char.h);
  }
  if (left === Number.POSITIVE_INFINITY) return null;
  const originX = text.displayOriginX;
  const originY = text.displayOriginY;
  const { place, toCanvas, resolution } = layOut(matrix, { left: left - originX, top: top - originY, width: right - left, height: bottom - top });
  painted.paints += 1;
  const context = sizeCanvas(painted, place.width * resolution, place.height * resolution);
  if (context === null) return place;
  // The font's texture is sampled nearest-first, as the game's pixel-art renderer samples it.
  context.imageSmoothingEnabled = false;
  context.setTransform(toCanvas.a, toCanvas.b, toCanvas.c, toCanvas.d, toCanvas.e, toCanvas.f);
  const { frame } = text;
  for (const char of characters) {
    if (!shows(char)) continue;
    context.drawImage(source, frame.cutX + char.glyph.x, frame.cutY + char.glyph.y, char.glyph.width, char.glyph.height, char.x - originX, char.y - originY, char.w, char.h);
  }
  return place;
}
