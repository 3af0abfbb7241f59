// Shows, as DOM elements over the canvas, what cameras would draw of their layers: the level's words and
// interface at screen resolution while the canvas itself holds only the world at its own pixel size. A
// frame under software WebGL pays for every pixel the canvas fills, and a second full-screen layer cost
// as much again; small DOM boxes cost the browser almost nothing. The objects stay Phaser's (their owners
// and the test hook use them as before): only their display moves. A Text shows its own canvas (Phaser
// draws the words into it, so its pixels are the same); an image shows a copy of its frame; a Graphics, or
// an image of a texture drawn on the GPU, shows its paths painted through Phaser's canvas renderer over
// the box its owner gave it (mirror-box.ts). A frame writes to the DOM only what changed since the last.
// Anything else visible is refused, an Extern such as the world's upscale too (it has a layer of its own,
// which the level never gives the mirror: on the world-sized canvas the canvas is the world itself).
import Phaser from 'phaser';
import { mirrorBoxOf } from './mirror-box.ts';
import { KeptStyle, keepIfChanged, sameOrder } from './mirror-changes.ts';
import { IDENTITY, cameraMatrix, type CameraView, multiply, onlyTranslates, placement, quadCss, translation, withScrollFactor, type LocalRect, type Matrix } from './mirror-matrix.ts';
import { paintBitmapText, paintColor, paintFrame, paintGraphics, paintedCanvas, readableSource, type PaintedCanvas, type PaintedPlace } from './mirror-painters.ts';

export interface MirroredLayer {
  /** A layer of a scene, or a whole scene's display list (a scene drawn over the level). */
  readonly layer: Phaser.GameObjects.Layer | Phaser.GameObjects.DisplayList;
  /** The words camera (zoomed, scrolled) or the interface camera (zoom 1). */
  readonly camera: Phaser.Cameras.Scene2D.Camera;
}

/** Phaser's blend modes that need no check and the normal one: anything else the DOM does not blend alike. */
const SKIP_CHECK = -1;
const NORMAL = 0;

/** What the mirror keeps of one object it shows. */
interface Shown {
  readonly element: HTMLElement;
  readonly style: KeptStyle;
  readonly painted: PaintedCanvas | null;
  /** What it was last shown from (its matrix, size, opacity, words): the same again needs no work. */
  readonly inputs: unknown[];
  /** Where a painted canvas was last placed (its CSS matrix, size and opacity): the same place writes nothing. */
  readonly placed: number[];
}

/** Where an object is drawn from: its camera, the camera's matrix, its containers' transform, alpha and scroll factor. */
interface Context {
  readonly camera: Phaser.Cameras.Scene2D.Camera;
  readonly view: Matrix;
  readonly parent: Matrix | null;
  readonly alpha: number;
  readonly scrollFactorX: number;
  readonly scrollFactorY: number;
}

/** The fields of the objects the mirror reads beyond what every GameObject has (Phaser's mixins). */
type Placed = Phaser.GameObjects.GameObject & Phaser.GameObjects.Components.Transform & Phaser.GameObjects.Components.ScrollFactor & { readonly alpha: number; readonly blendMode: number | string };
type Framed = Placed & Phaser.GameObjects.Components.Origin & Phaser.GameObjects.Components.Flip & { readonly frame: Phaser.Textures.Frame; readonly isCropped?: boolean; readonly isTinted?: boolean };

export class ScreenMirror {
  readonly #overlay: HTMLDivElement;
  readonly #shown = new Map<Phaser.GameObjects.GameObject, Shown>();
  #order: HTMLElement[] = [];
  /**
   * The elements of the frame being mirrored, bottom first. It and #order trade arrays when the order
   * changes, and it is emptied, not made anew, each frame: a frame of the mirror leaves little garbage.
   */
  #building: HTMLElement[] = [];
  /** What an element is shown from this frame, compared with what it was shown from (Shown.inputs). */
  readonly #inputs: unknown[] = [];
  /** Where a painted canvas goes this frame, compared with Shown.placed. */
  readonly #placing: number[] = [];
  #refusal: string | null = null;
  /** Styles written and overlays rearranged so far: with the paints, what the DOM was asked to do. */
  #writes = 0;

  constructor(parent: HTMLElement) {
    const overlay = document.createElement('div');
    overlay.style.cssText = 'position:absolute;left:0;top:0;width:100%;height:100%;overflow:hidden;pointer-events:none';
    overlay.setAttribute('aria-hidden', 'true');
    parent.appendChild(overlay);
    this.#overlay = overlay;
  }

  /** Why the last show() returned false (the first object it could not mirror); null after one that succeeded. */
  get refusal(): string | null {
    return this.#refusal;
  }

  /** Every write to the DOM so far (styles, order, canvases painted): unchanged by a frame where nothing changed. */
  get changes(): number {
    let paints = 0;
    for (const shown of this.#shown.values()) paints += shown.painted?.paints ?? 0;
    return this.#writes + paints;
  }

  /** How many elements the overlay shows now. */
  get elementCount(): number {
    return this.#order.length;
  }

  /**
   * Brings the overlay in line with what the cameras would draw of the layers this frame (camera order =
   * array order, later on top). Returns false, and hides the overlay, when some visible object cannot be
   * mirrored; the caller then lets Phaser draw the layers itself.
   */
  show(layers: readonly MirroredLayer[]): boolean {
    const building = this.#building;
    building.length = 0;
    for (const { layer, camera } of layers) {
      const refusal = this.#mirrorLayer(layer, camera);
      if (refusal !== null) {
        this.#refusal = refusal;
        this.hide();
        return false;
      }
    }
    this.#refusal = null;
    // An object hidden for a while (a dialogue closed, a banner gone) keeps its element, painted, for when
    // it shows again: made and painted anew, a dialogue's boxes took 3-5 ms of the frame it opened in.
    for (const object of this.#shown.keys()) if (object.isDestroyed) this.#shown.delete(object);
    if (!sameOrder(this.#order, building)) {
      this.#building = this.#order;
      this.#arrange(building);
    }
    if (this.#overlay.style.display !== '') this.#overlay.style.display = '';
    return true;
  }

  hide(): void {
    this.#overlay.style.display = 'none';
  }

  /** Removes every element it added (a Text's canvas goes back to being Phaser's alone). */
  destroy(): void {
    this.#overlay.remove();
    this.#shown.clear();
    this.#order = [];
  }

  #mirrorLayer(layer: Phaser.GameObjects.Layer | Phaser.GameObjects.DisplayList, camera: Phaser.Cameras.Scene2D.Camera): string | null {
    if (layer instanceof Phaser.GameObjects.Layer && !layer.willRender(camera)) return null;
    if (hasFilters(camera.filters)) return `the ${camera.name || 'unnamed'} camera has filters`;
    // Worked out from the camera's fields: the camera may be off (not rendered) while the mirror shows its layer.
    const view = cameraMatrix(camera as unknown as CameraView);
    const context: Context = { camera, view, parent: null, alpha: 1, scrollFactorX: 1, scrollFactorY: 1 };
    return this.#mirrorLayerChildren(layer, context);
  }

  #mirrorLayerChildren(layer: Phaser.GameObjects.Layer | Phaser.GameObjects.DisplayList, context: Context): string | null {
    const own = layer instanceof Phaser.GameObjects.Layer ? layer : null;
    if (own !== null && !isNormal(own as unknown as Placed)) return `a layer with a blend mode or filters`;
    // The order the renderer draws in: it sorts a layer by depth first.
    layer.depthSort();
    const inner = { ...context, alpha: context.alpha * (own?.alpha ?? 1) };
    for (const child of layer.list) {
      const refusal = this.#mirrorObject(child, inner);
      if (refusal !== null) return refusal;
    }
    return null;
  }

  #mirrorObject(object: Phaser.GameObjects.GameObject, context: Context): string | null {
    if (!object.willRender(context.camera)) return null;
    const placed = object as Placed;
    if (!isNormal(placed)) return `a ${object.type} with a blend mode or filters`;
    const { GameObjects } = Phaser;
    if (object instanceof GameObjects.Layer) return this.#mirrorLayerChildren(object, context);
    if (object instanceof GameObjects.Container) return this.#mirrorContainer(object, context);
    if (object instanceof GameObjects.Text || object instanceof GameObjects.Image || object instanceof GameObjects.Sprite) return this.#mirrorFramed(object, context);
    if (object instanceof GameObjects.BitmapText) return this.#mirrorBitmapText(object, context);
    if (object instanceof GameObjects.Graphics) return this.#mirrorGraphics(object, context);
    if (object instanceof GameObjects.Rectangle) return this.#mirrorRectangle(object, context);
    return `a ${object.type || 'game object of no type'}`;
  }

  #mirrorContainer(container: Phaser.GameObjects.Container, context: Context): string | null {
    const inner: Context = {
      ...context,
      parent: multiply(context.parent ?? IDENTITY, placement(container)),
      alpha: context.alpha * container.alpha,
      scrollFactorX: context.scrollFactorX * container.scrollFactorX,
      scrollFactorY: context.scrollFactorY * container.scrollFactorY,
    };
    for (const child of container.list) {
      const refusal = this.#mirrorObject(child, inner);
      if (refusal !== null) return refusal;
    }
    return null;
  }

  /** The object's matrix from its own coordinates to the screen, as the renderer builds it (TransformerImage). */
  #matrixOf(object: Placed, context: Context, flip: { readonly x: number; readonly y: number } = { x: 1, y: 1 }): Matrix {
    const { camera } = context;
    const view = withScrollFactor(context.view, camera, { x: object.scrollFactorX * context.scrollFactorX, y: object.scrollFactorY * context.scrollFactorY });
    const own = placement({ x: object.x, y: object.y, rotation: object.rotation, scaleX: object.scaleX * flip.x, scaleY: object.scaleY * flip.y });
    return multiply(context.parent === null ? view : multiply(view, context.parent), own);
  }

  #mirrorFramed(object: Framed, context: Context): string | null {
    if (object.isTinted === true) return `a tinted ${object.type}`;
    if (object.isCropped === true) return `a cropped ${object.type}`;
    const { frame } = object;
    const resolution = frame.source.resolution;
    const width = frame.cutWidth / resolution;
    const height = frame.cutHeight / resolution;
    if (object.type === 'Text' && (width === 0 || height === 0)) return null;
    // Flipping mirrors the quad about the display origin, unless the frame has its own pivot.
    let left = -object.displayOriginX + frame.x;
    let top = -object.displayOriginY + frame.y;
    if (object.flipX && !frame.customPivot) left += -frame.realWidth + object.displayOriginX * 2;
    if (object.flipY && !frame.customPivot) top += -frame.realHeight + object.displayOriginY * 2;
    const matrix = this.#matrixOf(object, context, { x: object.flipX ? -1 : 1, y: object.flipY ? -1 : 1 });
    const opacity = context.alpha * object.alpha;
    const box = mirrorBoxOf(object);
    if (box !== undefined) {
      const shown = this.#shownFor(object, null);
      const boxMatrix = multiply(matrix, translation(left - box.left, top - box.top));
      const place = paintGraphics(shown.painted!, { graphics: box.graphics, matrix: boxMatrix, rect: box, alpha: box.graphics.alpha });
      this.#place(shown, place, opacity);
      return null;
    }
    const rect: LocalRect = { left, top, width, height };
    const round = object.willRoundVertices(context.camera, onlyTranslates(matrix));
    const inputs = this.#inputs;
    inputs.length = 0;
    inputs.push(matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f, left, top, width, height, opacity, round, frame);
    if (object.type === 'Text') {
      // Phaser draws the words into this canvas: shown as it is, its pixels are the renderer's own.
      const shown = this.#shownFor(object, (object as unknown as Phaser.GameObjects.Text).canvas);
      if (!this.#keptAsIs(shown, inputs)) this.#placeQuad(shown, { css: quadCss(matrix, rect, round), width, height }, opacity);
      return null;
    }
    const source = readableSource(frame);
    if (source === null) return `a ${object.type} of the GPU-drawn texture ${frame.texture.key} with no mirror box`;
    const shown = this.#shownFor(object, null);
    if (this.#keptAsIs(shown, inputs)) return null;
    paintFrame(shown.painted!, frame, source);
    this.#placeQuad(shown, { css: quadCss(matrix, rect, round), width, height }, opacity);
    return null;
  }

  #mirrorBitmapText(text: Phaser.GameObjects.BitmapText, context: Context): string | null {
    if (text.isTinted || text.dropShadowX !== 0 || text.dropShadowY !== 0 || (text as unknown as { readonly charColors: readonly unknown[] }).charColors.some((color) => color !== undefined && color !== null)) return 'a BitmapText with a tint, colours or a shadow';
    const source = readableSource(text.frame);
    if (source === null) return `a BitmapText of the GPU-drawn texture ${text.frame.texture.key}`;
    if (text.text.length === 0) return null;
    const shown = this.#shownFor(text, null);
    const matrix = this.#matrixOf(text, context);
    const opacity = context.alpha * text.alpha;
    const inputs = this.#inputs;
    inputs.length = 0;
    inputs.push(matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f, text.text, text.font, text.fontSize, text.displayOriginX, text.displayOriginY, text.letterSpacing, text.lineSpacing, text.align, text.maxWidth, opacity);
    if (this.#keptAsIs(shown, inputs)) return null;
    const place = paintBitmapText(shown.painted!, { text, matrix, source });
    if (place !== null) this.#place(shown, place, opacity);
    // Only spaces: nothing shown, and nothing to keep as shown.
    else shown.inputs.length = 0;
    return null;
  }

  /** Whether the element shows what it showed last frame: then it only keeps its place in the order. */
  #keptAsIs(shown: Shown, inputs: readonly unknown[]): boolean {
    if (keepIfChanged(shown.inputs, inputs)) return false;
    this.#building.push(shown.element);
    return true;
  }

  #mirrorGraphics(graphics: Phaser.GameObjects.Graphics, context: Context): string | null {
    // Nothing to draw (a cleared Graphics) shows nothing, box or none.
    if (graphics.commandBuffer.length === 0) return null;
    const box = mirrorBoxOf(graphics);
    if (box === undefined) return 'a Graphics with no mirror box';
    const shown = this.#shownFor(graphics, null);
    const place = paintGraphics(shown.painted!, { graphics, matrix: this.#matrixOf(graphics, context), rect: box, alpha: graphics.alpha });
    this.#place(shown, place, context.alpha);
    return null;
  }

  /** A filled rectangle (a caption's backdrop): one pixel of its colour, stretched over its size. */
  #mirrorRectangle(rectangle: Phaser.GameObjects.Rectangle, context: Context): string | null {
    if (rectangle.isStroked) return 'a stroked Rectangle';
    if (!rectangle.isFilled) return null;
    const shown = this.#shownFor(rectangle, null);
    paintColor(shown.painted!, rectangle.fillColor, rectangle.fillAlpha);
    const rect: LocalRect = { left: -rectangle.displayOriginX, top: -rectangle.displayOriginY, width: rectangle.width, height: rectangle.height };
    const matrix = this.#matrixOf(rectangle, context);
    this.#placeQuad(shown, { css: quadCss(matrix, rect, onlyTranslates(matrix)), width: rect.width, height: rect.height }, context.alpha * rectangle.alpha);
    return null;
  }

  /** The element kept for the object: `element` when the object has its own (a Text's canvas), else a canvas the mirror paints. */
  #shownFor(object: Phaser.GameObjects.GameObject, element: HTMLCanvasElement | null): Shown {
    let shown = this.#shown.get(object);
    if (shown?.element !== (element ?? shown?.painted?.canvas)) shown = undefined;
    if (shown === undefined) {
      const painted = element === null ? paintedCanvas() : null;
      const shownElement = element ?? painted!.canvas;
      shownElement.style.position = 'absolute';
      shownElement.style.left = '0';
      shownElement.style.top = '0';
      shownElement.style.transformOrigin = '0 0';
      shownElement.style.imageRendering = 'pixelated';
      // A layer of its own: the clock changes every frame, and painted into a layer shared with the other
      // boxes it had the browser raster that whole layer again each frame (about a tenth of a frame's cost).
      shownElement.style.willChange = 'transform';
      shown = { element: shownElement, style: new KeptStyle(shownElement), painted, inputs: [], placed: [] };
      this.#shown.set(object, shown);
    }
    return shown;
  }

  #place(shown: Shown, place: PaintedPlace, opacity: number): void {
    const { css } = place;
    // Compared as numbers first: the radar and the panels come here every frame, mostly where they were.
    const placing = this.#placing;
    placing.length = 0;
    placing.push(css.a, css.b, css.c, css.d, css.e, css.f, place.width, place.height, opacity);
    if (!keepIfChanged(shown.placed, placing)) {
      this.#building.push(shown.element);
      return;
    }
    this.#placeQuad(shown, { css: `matrix(${css.a},${css.b},${css.c},${css.d},${css.e},${css.f})`, width: place.width, height: place.height }, opacity);
  }

  #placeQuad(shown: Shown, place: { readonly css: string; readonly width: number; readonly height: number }, opacity: number): void {
    const { style } = shown;
    this.#writes += Number(style.set('width', `${place.width}px`)) + Number(style.set('height', `${place.height}px`)) + Number(style.set('transform', place.css)) + Number(style.set('opacity', `${opacity}`));
    this.#building.push(shown.element);
  }

  /** Puts the overlay's elements in this order (later on top), removing those no longer shown. */
  #arrange(order: HTMLElement[]): void {
    const overlay = this.#overlay;
    order.forEach((element, index) => {
      const there = overlay.children[index];
      if (there !== element) overlay.insertBefore(element, there ?? null);
    });
    while (overlay.children.length > order.length) overlay.lastElementChild!.remove();
    this.#order = order;
    this.#writes += 1;
  }
}

/** A normal blend and no filters: what the DOM draws alike. */
function isNormal(object: Placed): boolean {
  const blend = object.blendMode;
  if (blend !== NORMAL && blend !== SKIP_CHECK && blend !== 'NORMAL') return false;
  return !hasFilters((object as { readonly filters?: Filters | null }).filters);
}

interface Filters {
  readonly internal: Phaser.GameObjects.Components.FilterList;
  readonly external: Phaser.GameObjects.Components.FilterList;
}

function hasFilters(filters: Filters | null | undefined): boolean {
  return filters !== undefined && filters !== null && (filters.internal.getActive().length > 0 || filters.external.getActive().length > 0);
}
