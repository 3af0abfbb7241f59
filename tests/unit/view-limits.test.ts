// The view's own bound on what it builds: clear problems before a 3 GB tab.
import { describe, expect, it } from 'vitest';
import { MAXIMUM_VIEW_CELLS, MAXIMUM_VIEW_TILES, checkViewSize, viewSize } from '../../src/view/view-limits.ts';

function layer(width: number, height: number, fill = 0): { name: string; gids: Uint32Array } {
  return { name: 'ground', gids: new Uint32Array(width * height).fill(fill) };
}

describe('checkViewSize', () => {
  it('refuses 16 empty layers of 1024x1024 and names the count', () => {
    const layers = Array.from({ length: 16 }, () => layer(1024, 1024));
    expect(viewSize(layers)).toEqual({ cells: 16 * 1024 * 1024, tiles: 0 });
    const problem = checkViewSize(layers, 'huge.tmj');
    expect(problem?.message).toBe(`the drawn tile layers hold ${16 * 1024 * 1024} cells in all; the game draws at most ${MAXIMUM_VIEW_CELLS}`);
    expect(problem?.place).toBe('the tile layers of huge.tmj (16 drawn)');
  });

  it('refuses too many tiles, counting flipped ones and not empty cells', () => {
    const full = layer(1024, 1024, 0x80000001);
    const problem = checkViewSize([full, layer(1024, 1024, 1)], 'full.tmj');
    expect(problem?.message).toContain(`hold ${2 * 1024 * 1024} tiles in all; the game draws at most ${MAXIMUM_VIEW_TILES}`);
    expect(checkViewSize([full, layer(1024, 1024), layer(1024, 1024)], 'ok.tmj')).toBeNull();
  });
});
