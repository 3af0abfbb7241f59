// The screen mirror's arithmetic and change keeping (src/view/ui/mirror-matrix.ts, mirror-changes.ts):
// the matrices Phaser's renderer builds, the CSS that lays an element on the quad it draws, and writes
// to the DOM only when a value changed.
import { describe, expect, it } from 'vitest';
import type Phaser from 'phaser';
import { mirrorBoxAround, mirrorBoxOf, setMirrorBox } from '../../src/view/ui/mirror-box.ts';
import { KeptStyle, keepIfChanged, sameOrder, type MirroredStyle } from '../../src/view/ui/mirror-changes.ts';
import { cameraMatrix, invert, multiply, placement, quadCss, splitWholePixels, translation, withScrollFactor, type Matrix } from '../../src/view/ui/mirror-matrix.ts';

function apply(matrix: Matrix, x: number, y: number): [number, number] {
  return [matrix.a * x + matrix.c * y + matrix.e, matrix.b * x + matrix.d * y + matrix.f];
}

const words = { x: 0, y: 0, width: 1280, height: 720, originX: 0.5, originY: 0.5, zoomX: 3, zoomY: 3, rotation: 0, scrollX: 100, scrollY: 40 };

describe('the camera matrix', () => {
  it('puts the world point at the middle of the view in the middle of the screen, zoomed', () => {
    const matrix = cameraMatrix(words);
    // Phaser's midPoint: scroll plus half the camera's size, whatever the zoom.
    expect(apply(matrix, 100 + 640, 40 + 360)).toEqual([640, 360]);
    expect(apply(matrix, 100 + 641, 40 + 360)).toEqual([643, 360]);
  });

  it('is the plain scroll at zoom 1, and moves with the camera on the screen', () => {
    expect(apply(cameraMatrix({ ...words, zoomX: 1, zoomY: 1 }), 110, 50)).toEqual([10, 10]);
    expect(apply(cameraMatrix({ ...words, zoomX: 1, zoomY: 1, x: 5, y: 7 }), 110, 50)).toEqual([15, 17]);
  });

  it('leaves an object with scroll factor 0 where it is on the screen, under the zoom about the origin', () => {
    const matrix = withScrollFactor(cameraMatrix({ ...words, zoomX: 1, zoomY: 1 }), words, { x: 0, y: 0 });
    expect(apply(matrix, 12, 34)).toEqual([12, 34]);
  });
});

describe('composing an object', () => {
  it('applies the object after its parents and camera', () => {
    const camera = cameraMatrix({ ...words, zoomX: 2, zoomY: 2, originX: 0, originY: 0, scrollX: 0, scrollY: 0 });
    const container = placement({ x: 10, y: 20, rotation: 0, scaleX: 1, scaleY: 1 });
    const own = placement({ x: 1, y: 2, rotation: 0, scaleX: 3, scaleY: 3 });
    expect(apply(multiply(multiply(camera, container), own), 1, 1)).toEqual([2 * (10 + 1 + 3), 2 * (20 + 2 + 3)]);
  });

  it('rotates a quarter turn as Phaser does (x towards y)', () => {
    const [x, y] = apply(placement({ x: 0, y: 0, rotation: Math.PI / 2, scaleX: 1, scaleY: 1 }), 1, 0);
    expect(x).toBeCloseTo(0);
    expect(y).toBeCloseTo(1);
  });

  it('inverts what it placed', () => {
    const own = placement({ x: 5, y: -3, rotation: 0.3, scaleX: 2, scaleY: 0.5 });
    const [x, y] = apply(multiply(invert(own), own), 7, 9);
    expect(x).toBeCloseTo(7);
    expect(y).toBeCloseTo(9);
    expect(() => invert({ a: 0, b: 0, c: 0, d: 0, e: 0, f: 0 })).toThrow(/cannot be inverted/);
  });
});

describe('the CSS of a quad', () => {
  it('lays the rectangle on its corners, rounded to whole pixels when asked', () => {
    const matrix = translation(10.4, 20.6);
    expect(quadCss(matrix, { left: -5, top: 0, width: 10, height: 4 }, false)).toBe('matrix(1,0,0,1,5.4,20.6)');
    expect(quadCss(matrix, { left: -5, top: 0, width: 10, height: 4 }, true)).toBe('matrix(1,0,0,1,5,21)');
  });

  it('scales a high-resolution text down to its size on the screen (resolution 4 at zoom 3)', () => {
    // A 40x16 canvas at resolution 4 is a 10x4 frame; the words camera draws it three times larger.
    expect(quadCss({ a: 3, b: 0, c: 0, d: 3, e: 30, f: 60 }, { left: -5, top: -4, width: 10, height: 4 }, false)).toBe('matrix(3,0,0,3,15,48)');
  });

  it('flips by a negative scale', () => {
    expect(quadCss({ a: -1, b: 0, c: 0, d: 1, e: 30, f: 0 }, { left: 0, top: 0, width: 10, height: 4 }, false)).toBe('matrix(-1,0,0,1,30,0)');
  });

  it('keeps whole-pixel moves in CSS and the fraction for the painting', () => {
    const split = splitWholePixels(translation(12.25, -3.5));
    expect(split.css).toEqual(translation(12, -4));
    expect(split.paint).toEqual(translation(0.25, 0.5));
    const scaled = { a: 2, b: 0, c: 0, d: 2, e: 1.5, f: 0 };
    expect(splitWholePixels(scaled).css).toBe(scaled);
  });
});

describe('changes kept', () => {
  it('writes a style only when its value changes', () => {
    const target = { style: {} as Record<MirroredStyle, string> };
    const kept = new KeptStyle(target);
    expect(kept.set('transform', 'matrix(1,0,0,1,0,0)')).toBe(true);
    expect(kept.set('transform', 'matrix(1,0,0,1,0,0)')).toBe(false);
    expect(kept.set('opacity', '1')).toBe(true);
    expect(kept.set('transform', 'matrix(1,0,0,1,1,0)')).toBe(true);
    expect(target.style).toEqual({ transform: 'matrix(1,0,0,1,1,0)', opacity: '1' });
  });

  it('says a command buffer changed only when a value or its length did', () => {
    const kept: unknown[] = [];
    expect(keepIfChanged(kept, [1, 2, 3])).toBe(true);
    expect(keepIfChanged(kept, [1, 2, 3])).toBe(false);
    expect(keepIfChanged(kept, [1, 2, 4])).toBe(true);
    expect(keepIfChanged(kept, [1, 2])).toBe(true);
    expect(kept).toEqual([1, 2]);
    expect(keepIfChanged(kept, [])).toBe(true);
    expect(keepIfChanged(kept, [])).toBe(false);
  });

  it('compares the order of elements by identity', () => {
    const first = {};
    const second = {};
    expect(sameOrder([first, second], [first, second])).toBe(true);
    expect(sameOrder([first, second], [second, first])).toBe(false);
    expect(sameOrder([first], [first, second])).toBe(false);
  });
});

describe('mirror boxes', () => {
  // Stand-ins: the box module only keeps objects by identity and names their type.
  const graphics = { type: 'Graphics' } as unknown as Phaser.GameObjects.Graphics;

  it('covers the edges on whole pixels, widened by the margin', () => {
    expect(mirrorBoxAround(graphics, { left: 10.5, top: 3.2, right: 20.25, bottom: 8 }, 1)).toEqual({ graphics, left: 9, top: 2, width: 13, height: 7 });
  });

  it('is kept per object and refused when it is not a finite, non-negative box', () => {
    const image = { type: 'Image' } as unknown as Phaser.GameObjects.GameObject;
    expect(mirrorBoxOf(image)).toBeUndefined();
    setMirrorBox(image, { graphics, left: 4, top: 5, width: 6, height: 7 });
    expect(mirrorBoxOf(image)).toEqual({ graphics, left: 4, top: 5, width: 6, height: 7 });
    expect(() => { setMirrorBox(image, { graphics, left: Number.NaN, top: 0, width: 1, height: 1 }); }).toThrow(/box given to Image \(unnamed\) must be finite/);
    expect(() => { setMirrorBox(image, { graphics, left: 0, top: 0, width: -1, height: 1 }); }).toThrow(/no negative size/);
  });
});
