import { describe, expect, it } from 'vitest';
import { EMPTY_TILE_KEY, cellRuns, shownTileKey, tilesFitCells } from '../../src/view/renderers/tile-cache-cells.ts';

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
