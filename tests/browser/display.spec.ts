// The display settings: low effects (chosen by the player, or by the game when frames stay slow, said in
// one line the player can undo) and fullscreen (a settings row and F11, remembered). Frames are stepped
// through the hook at the frame rate a slow machine would reach, so nothing here depends on this one's.
import { expect, test, type Page } from '@playwright/test';
import { clickRow, focusedOn, openChapter, savedSettings, writeSettings } from './hook.ts';
import { nightEscapeWave } from './night-escape-wave.ts';

const SHOTS = 'test-results/screenshots';

function openYard(page: Page): Promise<string[]> {
  return openChapter(page, 'test-yard');
}

const screenText = (page: Page): Promise<string[]> => page.evaluate(() => window.__analogDreams!.screenText());

/**
 * The night escape played through the rules into its dream, the wave's cells rippling on screen: what low
 * effects draws still. Opens the chapter afresh, so the level starts with the saved settings.
 */
async function startRipple(page: Page): Promise<string> {
  const wave = await nightEscapeWave();
  await openChapter(page, 'night-escape');
  await page.evaluate((frames) => {
    window.__analogDreams!.playReplay(frames);
    window.__analogDreams!.useKeys();
    window.__analogDreams!.stepFrames(2);
  }, wave.prefix);
  const cells = await page.evaluate(() => window.__analogDreams!.dreamView()!.cells);
  expect(cells.rippling).toBeGreaterThan(0);
  return cells.mode;
}

test('frames that stay slow lower the effects and say so in one line; the setting undoes it and the game never overrules it', async ({ page }) => {
  const errors = await openYard(page);
  await page.evaluate(() => { window.__analogDreams!.watchFrameRate(true); });
  // Four seconds at 20 fps is a hitch, not a slow machine.
  await page.evaluate(() => { window.__analogDreams!.stepFramesAtRate(20, 4); });
  expect(await page.evaluate(() => window.__analogDreams!.lowEffects())).toBe(false);
  await page.evaluate(() => { window.__analogDreams!.stepFramesAtRate(20, 2); });
  expect(await page.evaluate(() => window.__analogDreams!.lowEffects())).toBe(true);
  expect(await page.evaluate(() => window.__analogDreams!.activeScenes())).toContain('notice');
  const notice = (await screenText(page)).filter((text) => text.includes('Low effects'));
  expect(notice).toHaveLength(1);
  expect(notice[0]).toContain('drawing slowly');
  await page.locator('#game').screenshot({ path: `${SHOTS}/display-low-effects-notice.png` });
  expect((await savedSettings(page)).lowEffects).toBe(true);
  // The notice goes by itself.
  await page.evaluate(() => { window.__analogDreams!.stepFramesAtRate(10, 8); });
  expect(await page.evaluate(() => window.__analogDreams!.activeScenes())).not.toContain('notice');
  // The dream's cells are drawn still, as with reduced motion, which stays off.
  expect(await startRipple(page)).toBe('static');
  expect(await page.evaluate(() => window.__analogDreams!.reducedMotion())).toBe(false);

  // The player's own choice, off, as the settings row stores it: the ripple moves again, and however
  // slow the frames, the game does not choose again.
  await writeSettings(page, { lowEffects: false });
  await openYard(page);
  await page.evaluate(() => { window.__analogDreams!.watchFrameRate(true); });
  await page.evaluate(() => { window.__analogDreams!.stepFramesAtRate(10, 7); });
  expect(await page.evaluate(() => window.__analogDreams!.lowEffects())).toBe(false);
  expect(await page.evaluate(() => window.__analogDreams!.activeScenes())).not.toContain('notice');
  expect(await startRipple(page)).toBe('animated');
  expect(errors).toEqual([]);
});

test('Low effects and Fullscreen are settings rows, remembered; F11 goes fullscreen and back on any screen', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => window.__analogDreams?.scene() === 'title', undefined, { timeout: 30_000 });
  await page.keyboard.press('F11');
  await page.waitForFunction(() => document.fullscreenElement !== null);
  expect((await savedSettings(page)).fullscreen).toBe(true);
  await page.keyboard.press('F11');
  await page.waitForFunction(() => document.fullscreenElement === null);
  expect((await savedSettings(page)).fullscreen).toBe(false);

  const centre = await page.evaluate(() => window.__analogDreams!.textCentre('Settings'));
  if (centre === null) throw new Error('no Settings row on the title');
  await page.mouse.click(centre.x, centre.y);
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'settings');
  // Both are on the Display page.
  await clickRow(page, 'Display');
  await focusedOn(page, 'Fullscreen');
  for (const label of ['Low effects', 'Fullscreen']) {
    const row = await page.evaluate((wanted) => window.__analogDreams!.textCentre(wanted), label);
    if (row === null) throw new Error(`no ${label} row`);
    await page.mouse.move(row.x, row.y);
    await page.mouse.down();
    await page.mouse.up();
  }
  await page.waitForFunction(() => document.fullscreenElement !== null);
  // The row says on once the browser has granted it.
  await page.waitForFunction(() => window.__analogDreams!.screenText().some((text) => /Fullscreen +(◀ )?on( ▶)?$/.test(text)));
  expect((await screenText(page)).some((text) => /Low effects +(◀ )?on( ▶)?$/.test(text))).toBe(true);
  await page.screenshot({ path: `${SHOTS}/display-settings.png` });
  await page.reload();
  await page.waitForFunction(() => window.__analogDreams?.scene() === 'title', undefined, { timeout: 30_000 });
  // Remembered: low effects at once, fullscreen again at the player's first press (browsers ask for one).
  expect(await page.evaluate(() => window.__analogDreams!.lowEffects())).toBe(true);
  await page.mouse.click(5, 5);
  await page.waitForFunction(() => document.fullscreenElement !== null);
});
