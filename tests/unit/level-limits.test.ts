// The view's bounds on what it builds, applied by buildLevel so the game and validate-map refuse alike.
import { describe, expect, it } from 'vitest';
import { MAX_VIEW_CELLS, MAX_VIEW_TILES, checkViewSize, viewSize } from '../../src/level/level-limits.ts';

function layer(width: number, height: number, fill = 0): Uint32Array {
  return new Uint32Array(width * height).fill(fill);
}

describe('checkViewSize', () => {
  it('refuses 16 empty layers of 1024x1024 and names the count and the limit', () => {
    const layers = Array.from({ length: 16 }, () => layer(1024, 1024));
    expect(viewSize([layers])).toEqual({ cells: 16 * 1024 * 1024, tiles: 0 });
    const problem = checkViewSize([layers], 'tile layers (16 drawn)');
    expect(problem?.message).toBe(`the drawn tile layers hold ${16 * 1024 * 1024} cells in all; the game draws at most ${MAX_VIEW_CELLS} (MAX_VIEW_CELLS)`);
    expect(problem?.place).toBe('tile layers (16 drawn)');
  });

  it('refuses too many tiles, counting flipped ones and not empty cells', () => {
    const full = layer(1024, 1024, 0x80000001);
    const problem = checkViewSize([[full, layer(1024, 1024, 1)]], 'full');
    expect(problem?.message).toContain(`hold ${2 * 1024 * 1024} tiles in all; the game draws at most ${MAX_VIEW_TILES} (MAX_VIEW_TILES)`);
    expect(checkViewSize([[full, layer(1024, 1024), layer(1024, 1024)]], 'ok')).toBeNull();
  });

  it('counts a cell a dream phase paints as a tile, though it is empty while waking', () => {
    const waking = [layer(1024, 1024, 1), layer(1024, 1024)];
    expect(checkViewSize([waking], 'waking')).toBeNull();
    const dreaming = [layer(1024, 1024, 1), layer(1024, 1024, 7)];
    expect(viewSize([waking, dreaming]).tiles).toBe(2 * 1024 * 1024);
    expect(checkViewSize([waking, dreaming], 'dream')?.message).toContain('waking or dreaming');
  });
});
