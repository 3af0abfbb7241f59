// The test hook's parts of the level (src/view/test-hook-draw-parts.ts), which tools/bench-draw-calls.ts
// leaves out one at a time to see what each costs: each part holds what it names, a left-out part is
// not drawn, and showing it again draws it as before.
import { expect, test, type Page } from '@playwright/test';
import type { DrawPart } from '../../src/view/test-hook-draw-parts.ts';
import { distinctColours, openGame, startLevel, stepFrames } from './hook.ts';

async function drawnWithout(page: Page, parts: DrawPart[]): Promise<number> {
  await page.evaluate((hidden) => {
    window.__analogDreams!.hideDrawParts(hidden);
  }, parts);
  await stepFrames(page, 1);
  return distinctColours(await page.screenshot());
}

test('the parts of the level can be left out of the frame and shown again', async ({ page }) => {
  const errors = await openGame(page);
  await startLevel(page);
  await stepFrames(page, 2);
  const counts = await page.evaluate(() => window.__analogDreams!.drawPartCounts());
  // One cache each for the tiles under and over the characters, one upscale, one world and interface layer.
  expect(counts).toMatchObject({ 'tiles-below': 1, 'tiles-above': 1, world: 1, upscale: 1, interface: 1 });
  expect(counts.sprites).toBeGreaterThan(0);
  expect(counts.cones).toBeGreaterThan(0);

  const whole = await drawnWithout(page, []);
  expect(whole).toBeGreaterThan(20);
  // On the screen-sized canvas (the pause's), without the world's upscale, the words and the interface,
  // only the cleared screen is left.
  await page.evaluate(() => { window.__analogDreams!.allowPixelCanvas(false); });
  expect(await drawnWithout(page, ['upscale', 'words', 'interface'])).toBe(1);
  await page.evaluate(() => { window.__analogDreams!.allowPixelCanvas(true); });
  // The world layer left out: its camera clears the world-sized canvas to one colour.
  expect(await drawnWithout(page, ['world', 'words', 'interface'])).toBe(1);
  // Left out and shown again, the layers come back (an Enforcer walks meanwhile: about as many colours).
  expect(await drawnWithout(page, [])).toBeGreaterThan(whole / 2);
  expect(errors).toEqual([]);
});
