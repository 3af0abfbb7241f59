// The arithmetic of the screen mirror (screen-mirror.ts), free of Phaser and the DOM so Node tests it:
// the matrices Phaser's WebGL renderer builds for an object (camera, scroll factor, parents, the object's
// own place), the quad it draws, and the CSS that lays an element over exactly that quad.

/** A 2D affine matrix as Phaser keeps it: x' = a x + c y + e, y' = b x + d y + f. */
export interface Matrix {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly e: number;
  readonly f: number;
}

export const IDENTITY: Matrix = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };

/** `first` applied after `then`: the product first x then, as Phaser's TransformMatrix.multiply. */
export function multiply(first: Matrix, then: Matrix): Matrix {
  return {
    a: first.a * then.a + first.c * then.b,
    b: first.b * then.a + first.d * then.b,
    c: first.a * then.c + first.c * then.d,
    d: first.b * then.c + first.d * then.d,
    e: first.a * then.e + first.c * then.f + first.e,
    f: first.b * then.e + first.d * then.f + first.f,
  };
}

export function translation(x: number, y: number): Matrix {
  return { a: 1, b: 0, c: 0, d: 1, e: x, f: y };
}

/** Translate, rotate, scale: a game object's own transform (TransformMatrix.applyITRS). */
export function placement(options: { readonly x: number; readonly y: number; readonly rotation: number; readonly scaleX: number; readonly scaleY: number }): Matrix {
  const { x, y, rotation, scaleX, scaleY } = options;
  // No rotation is the common case: exact zeros keep the quad translate-only (Phaser's vertex rounding test).
  const cos = rotation === 0 ? 1 : Math.cos(rotation);
  const sin = rotation === 0 ? 0 : Math.sin(rotation);
  return { a: cos * scaleX, b: sin * scaleX, c: -sin * scaleY, d: cos * scaleY, e: x, f: y };
}

export function invert(matrix: Matrix): Matrix {
  const { a, b, c, d, e, f } = matrix;
  const determinant = a * d - b * c;
  if (determinant === 0) throw new Error('mirror-matrix: a matrix that scales to nothing cannot be inverted');
  return { a: d / determinant, b: -b / determinant, c: -c / determinant, d: a / determinant, e: (c * f - d * e) / determinant, f: (b * e - a * f) / determinant };
}

/** What a camera's view matrix is (Camera.preRender), from its fields: no render of it is needed. */
export interface CameraView {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly originX: number;
  readonly originY: number;
  readonly zoomX: number;
  readonly zoomY: number;
  readonly rotation: number;
  readonly scrollX: number;
  readonly scrollY: number;
}

export function cameraMatrix(camera: CameraView): Matrix {
  const originX = camera.width * camera.originX;
  const originY = camera.height * camera.originY;
  const turned = multiply(translation(camera.x, camera.y), placement({ x: originX, y: originY, rotation: camera.rotation, scaleX: camera.zoomX, scaleY: camera.zoomY }));
  return multiply(turned, translation(-camera.scrollX - originX, -camera.scrollY - originY));
}

/** The camera's matrix for an object with these scroll factors (TransformMatrix.copyWithScrollFactorFrom). */
export function withScrollFactor(view: Matrix, camera: { readonly scrollX: number; readonly scrollY: number }, factor: { readonly x: number; readonly y: number }): Matrix {
  const shiftX = camera.scrollX * (1 - factor.x);
  const shiftY = camera.scrollY * (1 - factor.y);
  return { ...view, e: view.a * shiftX + view.c * shiftY + view.e, f: view.b * shiftX + view.d * shiftY + view.f };
}

/** A rectangle in an object's own coordinates. */
export interface LocalRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The CSS `matrix()` that lays an element of the rectangle's size (in CSS pixels, its corner at the
 * overlay's corner) over the quad Phaser draws for the rectangle. `round`: Phaser rounds each corner to a
 * whole pixel (a translate-only quad with a rounding camera), so the element lies on the same pixels.
 */
export function quadCss(matrix: Matrix, rect: LocalRect, round: boolean): string {
  const point = (x: number, y: number): [number, number] => {
    const screenX = matrix.a * x + matrix.c * y + matrix.e;
    const screenY = matrix.b * x + matrix.d * y + matrix.f;
    return round ? [Math.round(screenX), Math.round(screenY)] : [screenX, screenY];
  };
  const right = rect.left + rect.width;
  const bottom = rect.top + rect.height;
  const [topLeftX, topLeftY] = point(rect.left, rect.top);
  const [topRightX, topRightY] = point(right, rect.top);
  const [bottomLeftX, bottomLeftY] = point(rect.left, bottom);
  const across = (value: number): number => (rect.width === 0 ? 0 : value / rect.width);
  const down = (value: number): number => (rect.height === 0 ? 0 : value / rect.height);
  return `matrix(${across(topRightX - topLeftX)},${across(topRightY - topLeftY)},${down(bottomLeftX - topLeftX)},${down(bottomLeftY - topLeftY)},${topLeftX},${topLeftY})`;
}

/** Whether the matrix only moves (no scale, rotation or skew): Phaser's test for rounding a quad. */
export function onlyTranslates(matrix: Matrix): boolean {
  return matrix.a === 1 && matrix.b === 0 && matrix.c === 0 && matrix.d === 1;
}

/**
 * A matrix split for an element the mirror paints itself (a Graphics, bitmap glyphs): the whole-pixel
 * move goes to CSS, the fraction into the painting, so the element never lands between pixels (the
 * browser would smear it) and the shape's edges fall where the renderer put them.
 */
export function splitWholePixels(matrix: Matrix): { readonly css: Matrix; readonly paint: Matrix } {
  if (!onlyTranslates(matrix)) return { css: matrix, paint: IDENTITY };
  const wholeX = Math.floor(matrix.e);
  const wholeY = Math.floor(matrix.f);
  return { css: translation(wholeX, wholeY), paint: translation(matrix.e - wholeX, matrix.f - wholeY) };
}
