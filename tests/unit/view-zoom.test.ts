import { describe, expect, it } from 'vitest';
import { chooseInterfaceScale, chooseLevelZoom, chooseWorldZoom } from '../../src/view/ui/zoom.ts';

describe('zoom', () => {
  it.each([
    [320, 200, 1],
    [1280, 720, 3],
    [1366, 768, 3],
    [1920, 1080, 4],
    [2560, 1440, 6],
    [3840, 2160, 9],
    // A wide, short window is limited by its height.
    [3000, 480, 2],
  ])('world zoom for %ix%i is %i, a whole number', (width, height, zoom) => {
    expect(chooseWorldZoom(width, height)).toBe(zoom);
  });

  it('always shows at least 400x240 world pixels unless the window is smaller', () => {
    for (let width = 400; width <= 4000; width += 97) {
      for (let height = 240; height <= 2400; height += 53) {
        const zoom = chooseWorldZoom(width, height);
        expect(Number.isInteger(zoom)).toBe(true);
        expect(width / zoom).toBeGreaterThanOrEqual(400);
        expect(height / zoom).toBeGreaterThanOrEqual(240);
      }
    }
    expect(chooseWorldZoom(0, 0)).toBe(1);
  });

  it.each([
    [800, 600, 1],
    [1280, 720, 1],
    [1920, 1080, 1.5],
    [2560, 1440, 2],
    [3840, 2160, 3],
  ])('interface scale for %ix%i is %s, in half steps', (width, height, scale) => {
    expect(chooseInterfaceScale(width, height)).toBe(scale);
  });

  it('zooms a level in until its map fills the window both ways: no dark band beside a small map', () => {
    const bedroom = { width: 640, height: 288 };
    const nightEscape = { width: 768, height: 576 };
    for (const [width, height] of [[800, 600], [1280, 720], [1920, 1080], [2560, 1440], [1600, 600], [3000, 480]] as const) {
      for (const map of [bedroom, nightEscape]) {
        const zoom = chooseLevelZoom({ width, height }, map);
        expect(Number.isInteger(zoom)).toBe(true);
        expect(width / zoom, `${width}x${height} on ${map.width}x${map.height}`).toBeLessThanOrEqual(map.width);
        expect(height / zoom).toBeLessThanOrEqual(map.height);
        expect(zoom).toBeGreaterThanOrEqual(chooseWorldZoom(width, height));
      }
    }
    // A map larger than the view keeps the window's own zoom.
    expect(chooseLevelZoom({ width: 1280, height: 720 }, { width: 4096, height: 4096 })).toBe(3);
    expect(chooseLevelZoom({ width: 1600, height: 600 }, bedroom)).toBe(3);
  });
});
