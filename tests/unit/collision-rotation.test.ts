// Rotated collision shapes: Tiled turns an object clockwise by its rotation around its own x,y, and the
// 4x4 samples must see the shape where Tiled shows it, the same on every machine.
import { describe, expect, it } from 'vitest';
import { shapesBlock } from '../../src/level/collision-shapes.ts';
import { degreeRotation } from '../../src/level/degree-rotation.ts';
import type { TiledObject, TiledShape, TiledTile } from '../../src/tiled/tiled-map.ts';

const TILE = { width: 16, height: 16 };

function tileWith(shape: Partial<TiledObject> & { readonly shape: TiledShape }): TiledTile {
  const object: TiledObject = { id: 1, name: '', className: '', x: 0, y: 0, width: 0, height: 0, rotation: 0, visible: true, properties: {}, ...shape };
  return { id: 0, className: '', properties: {}, animation: [], collision: [object] };
}

describe('rotated collision shapes', () => {
  it('turns a rectangle clockwise around its top-left corner: one right of the tile, turned 90, covers the tile', () => {
    const beside = { x: 16, y: 0, width: 16, height: 16, shape: { kind: 'rectangle' } as TiledShape };
    expect(shapesBlock(tileWith(beside), TILE)).toBe(false);
    expect(shapesBlock(tileWith({ ...beside, rotation: 90 }), TILE)).toBe(true);
    // Turned the other way it swings up, off the tile again.
    expect(shapesBlock(tileWith({ ...beside, rotation: -90 }), TILE)).toBe(false);
  });

  it('turns a polygon around its x,y: a strip along the top edge, turned 90 around the top-right corner, covers the tile', () => {
    const strip = { x: 16, y: 0, shape: { kind: 'polygon', points: [{ x: 0, y: 0 }, { x: 16, y: 0 }, { x: 16, y: 16 }, { x: 0, y: 16 }] } as TiledShape };
    expect(shapesBlock(tileWith(strip), TILE)).toBe(false);
    expect(shapesBlock(tileWith({ ...strip, rotation: 90 }), TILE)).toBe(true);
  });

  it('turns an ellipse around its top-left corner too: a circle right of the tile, turned 90, fills the tile', () => {
    const circle = { x: 16, y: 0, width: 16, height: 16, shape: { kind: 'ellipse' } as TiledShape };
    expect(shapesBlock(tileWith(circle), TILE)).toBe(false);
    expect(shapesBlock(tileWith({ ...circle, rotation: 90 }), TILE)).toBe(true);
    // At 45 degrees its centre swings to (16, 11.3): the right half of the tile's samples, and no more.
    expect(shapesBlock(tileWith({ ...circle, rotation: 45 }), TILE)).toBe(false);
  });

  it('computes sine and cosine from + and * only: quarter turns exact, the rest to the last bits', () => {
    expect(degreeRotation(0)).toEqual({ cos: 1, sin: 0 });
    expect(degreeRotation(90)).toEqual({ cos: -0, sin: 1 });
    expect(degreeRotation(180)).toEqual({ cos: -1, sin: -0 });
    expect(degreeRotation(-90)).toEqual({ cos: 0, sin: -1 });
    expect(degreeRotation(450)).toEqual(degreeRotation(90));
    for (let degrees = -720; degrees <= 720; degrees += 7.5) {
      const { cos, sin } = degreeRotation(degrees);
      expect(Math.abs(cos - Math.cos((degrees * Math.PI) / 180))).toBeLessThan(1e-14);
      expect(Math.abs(sin - Math.sin((degrees * Math.PI) / 180))).toBeLessThan(1e-14);
    }
    expect(degreeRotation(30).sin).toBeCloseTo(0.5, 15);
    expect(degreeRotation(Number.NaN)).toEqual({ cos: 1, sin: 0 });
  });
});
