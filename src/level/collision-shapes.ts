// What a tile's collision shapes (drawn in Tiled's collision editor) mean on the level's grid, where a
// cell either blocks or does not: the shapes are sampled at 4x4 points spread evenly over the tile, and
// the cell blocks movement when at least half of the points lie inside a shape. A full-tile rectangle or
// circle blocks; a lamp post's 4-pixel pole, a hedge's thin edge, does not. A rotated shape is turned
// clockwise by its rotation around its own x,y, as Tiled turns an object (for a rectangle or ellipse its
// top-left corner); points, polylines and text enclose nothing.
import type { TiledObject, TiledTile } from '../tiled/tiled-map.ts';
import { degreeRotation } from './degree-rotation.ts';

const SAMPLES_PER_SIDE = 4;

/** Whether the tile's shapes block its cell, or undefined when it has none (its properties decide). */
export function shapesBlock(tile: TiledTile | undefined, size: { readonly width: number; readonly height: number }): boolean | undefined {
  if (tile === undefined || tile.collision.length === 0) return undefined;
  let inside = 0;
  for (let row = 0; row < SAMPLES_PER_SIDE; row++) {
    for (let column = 0; column < SAMPLES_PER_SIDE; column++) {
      const x = ((column + 0.5) * size.width) / SAMPLES_PER_SIDE;
      const y = ((row + 0.5) * size.height) / SAMPLES_PER_SIDE;
      if (tile.collision.some((shape) => contains(shape, x, y))) inside += 1;
    }
  }
  return inside * 2 >= SAMPLES_PER_SIDE * SAMPLES_PER_SIDE;
}

function contains(shape: TiledObject, sampleX: number, sampleY: number): boolean {
  // The sample is turned back by the shape's rotation around its x,y, so the shape can be tested unturned.
  let x = sampleX;
  let y = sampleY;
  if (shape.rotation !== 0) {
    const { cos, sin } = degreeRotation(shape.rotation);
    const dx = sampleX - shape.x;
    const dy = sampleY - shape.y;
    x = shape.x + dx * cos + dy * sin;
    y = shape.y - dx * sin + dy * cos;
  }
  switch (shape.shape.kind) {
    case 'rectangle':
      return x >= shape.x && x <= shape.x + shape.width && y >= shape.y && y <= shape.y + shape.height;
    case 'ellipse': {
      if (shape.width <= 0 || shape.height <= 0) return false;
      const dx = (x - (shape.x + shape.width / 2)) / (shape.width / 2);
      const dy = (y - (shape.y + shape.height / 2)) / (shape.height / 2);
      return dx * dx + dy * dy <= 1;
    }
    case 'polygon':
      return insidePolygon(shape.shape.points, x - shape.x, y - shape.y);
    case 'point':
    case 'polyline':
    case 'tile':
    case 'text':
      return false;
  }
}

/** Even-odd rule: a ray to the right crosses the outline an odd number of times from inside. */
function insidePolygon(points: readonly { readonly x: number; readonly y: number }[], x: number, y: number): boolean {
  let inside = false;
  for (let index = 0, previous = points.length - 1; index < points.length; previous = index++) {
    const a = points[index]!;
    const b = points[previous]!;
    if ((a.y > y) !== (b.y > y) && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}
