import { describe, expect, it } from 'vitest';
import { chooseInterfaceScale, chooseWorldZoom } from '../../src/view/ui/zoom.ts';

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
});
