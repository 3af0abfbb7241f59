import { describe, expect, it } from 'vitest';
import { GOAL_HINT_PADDING, goalHintPlace, goalHintWrapWidth, miraHeightOnScreen, panelOverMira } from '../../src/view/ui/goal-hint-place.ts';
import { radarReach } from '../../src/view/ui/radar.ts';
import { chooseInterfaceScale, chooseWorldZoom } from '../../src/view/ui/zoom.ts';

const WINDOWS = [
  [800, 600], [1024, 768], [1280, 720], [1280, 800], [1366, 768], [1440, 900], [1600, 900], [1920, 1080], [1920, 1200],
] as const;

/** The dream space's hint, the longest the game shows (two sentences, then the circle's). */
const LONGEST_HINT_CHARACTERS = 250;

/** Roughly how tall the hint's words are at a wrap width: monospace 16 px at 0.6 em a character, a blank line between its two parts. */
function goalHeight(wrapWidth: number, scale: number): number {
  const perLine = Math.floor(wrapWidth / (16 * scale * 0.6));
  return (Math.ceil(LONGEST_HINT_CHARACTERS / perLine) + 1) * 19 * scale;
}

/** The controls hint along the bottom: three lines of 13 px on a narrow window, two on a wide one. */
function controlsReserved(width: number, scale: number): number {
  const lines = width < 1100 * scale ? 3 : 2;
  return (12 + 6 + lines * 16) * scale;
}

describe('the goal hint\'s place', () => {
  for (const [width, height] of WINDOWS) {
    const scale = chooseInterfaceScale(width, height);
    const tile = 16 * chooseWorldZoom(width, height);
    const wrapWidth = goalHintWrapWidth(width, scale);
    const words = goalHeight(wrapWidth, scale);
    const padding = GOAL_HINT_PADDING * scale;

    it(`stays clear of Mira wherever the camera holds her, of the radar and of the top panels at ${width}x${height}`, () => {
      // Her feet from a fifth of the way down (a camera held at the map's top) to near the bottom edge.
      for (let miraY = Math.round(height * 0.2); miraY <= Math.round(height * 0.85); miraY += 4) {
        const place = goalHintPlace({ width, height, scale, goalHeight: words, bottomReserved: controlsReserved(width, scale), miraY });
        const backdropTop = place.top - padding / 2;
        const backdropBottom = place.top + words + padding / 2;
        const miraTop = miraY - miraHeightOnScreen(width, height);
        // At least a tile of the map shows between the hint and her, above or below.
        const clearance = backdropTop >= miraY ? backdropTop - miraY : miraTop - backdropBottom;
        expect(clearance, `Mira's feet at ${miraY}: the hint at ${place.edge}`).toBeGreaterThanOrEqual(tile);
        expect(backdropTop).toBeGreaterThanOrEqual(0);
        expect(backdropBottom).toBeLessThanOrEqual(height);
        // Clear of the radar's column (bottom right) and of the time panel (top left, 105 px tall at scale 1).
        expect(place.centreX + place.wrapWidth / 2).toBeLessThanOrEqual(width - radarReach(scale));
        if (place.edge === 'top') expect(backdropTop).toBeGreaterThan((12 + 105) * scale);
        else expect(backdropBottom).toBeLessThanOrEqual(height - controlsReserved(width, scale));
      }
    });
  }

  it('stands along the bottom before Mira is drawn and while she is in the upper part of the screen', () => {
    const base = { width: 1280, height: 720, scale: 1, goalHeight: 60, bottomReserved: 50 };
    expect(goalHintPlace({ ...base, miraY: null }).edge).toBe('bottom');
    expect(goalHintPlace({ ...base, miraY: 360 }).edge).toBe('bottom');
    expect(goalHintPlace({ ...base, miraY: 650 }).edge).toBe('top');
    // Speedrun mode's splits fill the top-right corner: the hint keeps to the bottom wherever she is.
    expect(goalHintPlace({ ...base, miraY: 650, topStripFree: false }).edge).toBe('bottom');
  });
});

describe('a corner panel over Mira', () => {
  const panel = { left: 12, top: 12, width: 214, height: 105 };
  const options = { bodyHeight: 72, slack: 4 };

  it('steps back while she stands under it (her bed in the corner the camera is held at)', () => {
    expect(panelOverMira(panel, { x: 200, y: 100 }, options)).toBe(true);
    expect(panelOverMira(panel, { x: 100, y: 150 }, options)).toBe(true);
  });

  it('stays while she is clear of it', () => {
    expect(panelOverMira(panel, { x: 640, y: 360 }, options)).toBe(false);
    expect(panelOverMira(panel, { x: 100, y: 200 }, options)).toBe(false);
    expect(panelOverMira(panel, { x: 300, y: 100 }, options)).toBe(false);
  });
});
