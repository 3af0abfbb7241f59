import { describe, expect, it } from 'vitest';
import { EMPTY_TILE_KEY, cellRuns, coveredParts, shownTileKey, tilesFitCells } from '../../src/view/renderers/tile-cache-cells.ts';

const CELL = { width: 16, height: 16 };
const PLAIN = { tileWidth: 16, tileHeight: 16, offsetX: 0, offsetY: 0 };

describe('tilesFitCells', () => {
  it('holds for tilesets drawn exactly over their cells', () => {
    expect(tilesFitCells([PLAIN, PLAIN], CELL)).toBe(true);
  });

  it('fails as soon as one tileset reaches past its cell: taller, wider, moved, or on cells a quarter turn would leave', () => {
    expect(tilesFitCells([PLAIN, { ...PLAIN, tileHeight: 32 }], CELL)).toBe(false);
    expect(tilesFitCells([{ ...PLAIN, tileWidth: 24 }], CELL)).toBe(false);
    expect(tilesFitCells([{ ...PLAIN, offsetY: 16 }], CELL)).toBe(false);
    expect(tilesFitCells([{ ...PLAIN, offsetX: -2 }], CELL)).toBe(false);
    expect(tilesFitCells([{ ...PLAIN, tileWidth: 16, tileHeight: 8 }], { width: 16, height: 8 })).toBe(false);
  });
});

describe('shownTileKey', () => {
  const tile = { index: 5, flipX: false, flipY: false, rotation: 0 };

  it('tells an empty cell from every tile, including tile 0', () => {
    expect(shownTileKey(null)).toBe(EMPTY_TILE_KEY);
    expect(shownTileKey({ ...tile, index: -1 })).toBe(EMPTY_TILE_KEY);
    expect(shownTileKey({ ...tile, index: 0 })).not.toBe(EMPTY_TILE_KEY);
  });

  it('differs for every look of the same tile and for another tile', () => {
    const looks = [false, true].flatMap((flipX) => [false, true].flatMap((flipY) => [0, 1, 2, 3].map((turns) => shownTileKey({ index: 5, flipX, flipY, rotation: (turns * Math.PI) / 2 }))));
    expect(new Set([...looks, shownTileKey({ ...tile, index: 6 }), shownTileKey({ ...tile, index: 4 })]).size).toBe(looks.length + 2);
  });

  it('is the same for the same look', () => {
    expect(shownTileKey({ ...tile, rotation: Math.PI })).toBe(shownTileKey({ index: 5, flipX: false, flipY: false, rotation: Math.PI }));
  });
});

describe('cellRuns', () => {
  it('joins neighbours along a row, keeps rows and gaps apart, and counts a cell listed twice once', () => {
    const cells = [
      { x: 4, y: 2 },
      { x: 2, y: 2 },
      { x: 3, y: 2 },
      { x: 3, y: 2 },
      { x: 6, y: 2 },
      { x: 3, y: 1 },
      { x: 4, y: 1 },
    ];
    expect(cellRuns(cells)).toEqual([
      { x: 3, y: 1, length: 2 },
      { x: 2, y: 2, length: 3 },
      { x: 6, y: 2, length: 1 },
    ]);
  });

  it('gives nothing for no cells', () => {
    expect(cellRuns([])).toEqual([]);
  });
});

describe('coveredParts', () => {
  const E = EMPTY_TILE_KEY;
  /** The parts as rectangles in cells, [left, top, right, bottom], from their triangles' corners. */
  const rectangles = (parts: Float32Array, map: { width: number; height: number }): number[][] => {
    const found: number[][] = [];
    for (let start = 0; start < parts.length; start += 12) {
      const xs = [0, 2, 4, 6, 8, 10].map((offset) => Math.round(parts[start + offset]! * map.width));
      const ys = [1, 3, 5, 7, 9, 11].map((offset) => Math.round(parts[start + offset]! * map.height));
      found.push([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
    }
    return found;
  };

  it('covers each row run of cells where any layer holds a tile, and nothing else', () => {
    const map = { width: 4, height: 2 };
    const ground = Int32Array.from([3, 3, E, E, E, E, E, 8]);
    const decor = Int32Array.from([E, E, E, 5, E, E, E, E]);
    expect(rectangles(coveredParts([ground, decor], map), map)).toEqual([
      [0, 0, 2, 1],
      [3, 0, 4, 1],
      [3, 1, 4, 2],
    ]);
  });

  it('gives two triangles that tile each rectangle exactly, corners in fractions of the texture', () => {
    const parts = coveredParts([Int32Array.from([E, 1, 1, E])], { width: 4, height: 1 });
    expect([...parts]).toEqual([0.25, 0, 0.75, 0, 0.25, 1, 0.25, 1, 0.75, 0, 0.75, 1]);
  });

  it('is empty for layers with no tile, and one part a row for full ones', () => {
    const map = { width: 3, height: 3 };
    expect(coveredParts([new Int32Array(9).fill(E)], map).length).toBe(0);
    expect(rectangles(coveredParts([new Int32Array(9).fill(2)], map), map)).toEqual([
      [0, 0, 3, 1],
      [0, 1, 3, 2],
      [0, 2, 3, 3],
    ]);
  });
});
