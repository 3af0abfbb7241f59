// The HUD's clock changes every tick: it is drawn from glyphs rendered once (src/view/ui/glyph-font.ts), so
// a running clock costs no canvas redraw and no texture upload a frame (issue 16).
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { openChapter, seedSettings } from './hook.ts';

const SCREENSHOTS = 'test-results/screenshots';

/** Counts texture uploads on the game's WebGL context from now on (window.__textureUploads). */
async function countTextureUploads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const canvas = document.querySelector('canvas')!;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
    const counted = window as unknown as { __textureUploads: number };
    counted.__textureUploads = 0;
    for (const name of ['texImage2D', 'texSubImage2D'] as const) {
      const original = gl[name].bind(gl) as (...parameters: unknown[]) => void;
      (gl as unknown as Record<string, unknown>)[name] = (...parameters: unknown[]): void => {
        counted.__textureUploads += 1;
        original(...parameters);
      };
    }
  });
}

async function uploadsOverFrames(page: Page, frames: number): Promise<{ uploads: number; ticks: number }> {
  return page.evaluate((count) => {
    const hook = window.__analogDreams!;
    const counted = window as unknown as { __textureUploads: number };
    const firstTick = hook.world()!.tick;
    counted.__textureUploads = 0;
    hook.stepFrames(count);
    return { uploads: counted.__textureUploads, ticks: hook.world()!.tick - firstTick };
  }, frames);
}

test('the running clock uploads no texture a frame', async ({ page }) => {
  const errors = await openChapter(page, 'bedroom');
  await countTextureUploads(page);
  // Past the first frames (the hint's fade, the goal's place), a standing Mira's level changes only its clock.
  await page.evaluate(() => { window.__analogDreams!.stepFrames(30); });
  const measured = await uploadsOverFrames(page, 60);
  expect(measured.ticks).toBe(60);
  // With the clock a Text, every one of these frames uploaded its canvas: 60 or more.
  expect(measured.uploads).toBeLessThan(5);
  expect(errors).toEqual([]);
});

for (const [width, height] of [[1280, 720], [800, 600]] as const) {
  test(`the clock reads as before at ${width}x${height} with the largest text`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await seedSettings(page, { textSize: 'largest' });
    // The night escape starts Mira away from the panel, so it shows at full strength.
    const errors = await openChapter(page, 'night-escape');
    await page.evaluate(() => { window.__analogDreams!.stepFrames(83); });
    const shot = await page.screenshot({ path: `${SCREENSHOTS}/hud-clock-${width}x${height}.png`, clip: { x: 0, y: 0, width: 360, height: 200 } });
    // Ink on the panel: the digits are there, in the text colour (#e6e1ff) somewhere.
    const image = PNG.sync.read(shot);
    let inked = 0;
    for (let at = 0; at < image.data.length; at += 4) if (image.data[at]! > 200 && image.data[at + 1]! > 200 && image.data[at + 2]! > 230) inked += 1;
    expect(inked).toBeGreaterThan(50);
    expect(errors).toEqual([]);
  });
}

test('in speedrun mode the splits panel\'s game and real time upload no texture a frame either', async ({ page }) => {
  await seedSettings(page, { speedrunMode: true, textSize: 'largest' });
  const errors = await openChapter(page, 'night-escape');
  await countTextureUploads(page);
  await page.evaluate(() => { window.__analogDreams!.stepFrames(30); });
  const measured = await uploadsOverFrames(page, 60);
  expect(measured.ticks).toBe(60);
  const shown = (await page.evaluate(() => window.__analogDreams!.screenText())).join('\n');
  expect(shown).toMatch(/Game 0:01\.500\nReal \d:\d\d\.\d\d\d/);
  expect(shown).toContain('Sum of best');
  await page.screenshot({ path: `${SCREENSHOTS}/hud-splits-1280x720.png`, clip: { x: 760, y: 0, width: 520, height: 460 } });
  // With the clocks in the footer's Text, its words changed every frame, and each delta's colour was set
  // again each frame: a dozen uploads a frame.
  expect(measured.uploads).toBeLessThan(5);
  expect(errors).toEqual([]);
});
