// The campaign in the built game: New game on the test-only two-chapter campaign (`?campaign=` is read in
// test builds only), chapter 1 won by keys, the result screen's Next chapter, the second chapter opened
// with the flag the first set (its Exit needs it), then a reload that offers Continue and resumes there.
// And a save the game cannot read: kept aside under a backup key, and the player told on the title.
import { expect, test, type Page } from '@playwright/test';
import { openGame } from './hook.ts';

const SCREENSHOTS = 'test-results/screenshots';
const SAVE_KEY = 'analog-dreams/save';

async function waitForScene(page: Page, key: string): Promise<void> {
  await page.waitForFunction((wanted) => window.__analogDreams!.scene() === wanted, key, { timeout: 30_000 });
}

async function screenText(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__analogDreams!.screenText());
}

/** Waits until the level of `chapter` plays, and returns its flags at that moment. */
async function chapterPlaying(page: Page, chapter: string): Promise<Record<string, number>> {
  await page.waitForFunction((key) => window.__analogDreams!.ready() && window.__analogDreams!.chapter() === key, chapter, { timeout: 30_000 });
  return page.evaluate(() => ({ ...window.__analogDreams!.world()!.flags }));
}

test('a new game hands chapter 1\'s flag to chapter 2, saves it, and Continue resumes there after a reload', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/?campaign=test-first-steps');
  await waitForScene(page, 'title');
  const title = await screenText(page);
  expect(title).toContain('▶ New game ◀');
  expect(title.some((line) => line.includes('Continue'))).toBe(false);

  await page.keyboard.press('Enter');
  expect(await chapterPlaying(page, 'test-first-steps')).toMatchObject({ gate_key: 0 });
  expect(await page.evaluate(() => window.__analogDreams!.campaign())).toEqual({ phase: 'level', chapter: 'test-first-steps' });

  // Straight right: through the Trigger that sets gate_key, out of the Exit.
  await page.keyboard.down('ArrowRight');
  await page.waitForFunction(() => window.__analogDreams!.campaign().phase === 'chapter-end', undefined, { timeout: 30_000 });
  await page.keyboard.up('ArrowRight');
  await waitForScene(page, 'result');
  const result = await screenText(page);
  expect(result).toContain('Progress saved');
  expect(result).toEqual(expect.arrayContaining(['▶ Next chapter: Second steps ◀', '  Retry this chapter', '  Back to the title']));
  await page.screenshot({ path: `${SCREENSHOTS}/campaign-result.png` });
  await page.setViewportSize({ width: 800, height: 600 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SCREENSHOTS}/campaign-result-800x600.png` });
  await page.setViewportSize({ width: 1280, height: 720 });
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as { progress: { chapter: string; carried: { flags: Record<string, number> } } }, SAVE_KEY);
  expect(saved.progress).toMatchObject({ chapter: 'test-second-steps', carried: { flags: { gate_key: 1 } } });

  await page.keyboard.press('Enter');
  expect(await chapterPlaying(page, 'test-second-steps')).toMatchObject({ gate_key: 1 });
  expect(await page.evaluate(() => window.__analogDreams!.campaign())).toEqual({ phase: 'level', chapter: 'test-second-steps' });

  await page.reload();
  await waitForScene(page, 'title');
  expect(await screenText(page)).toContain('▶ Continue: Second steps ◀');
  await page.screenshot({ path: `${SCREENSHOTS}/campaign-title-continue.png` });
  await page.keyboard.press('Enter');
  expect(await chapterPlaying(page, 'test-second-steps')).toMatchObject({ gate_key: 1 });

  // The flag opens the second chapter's Exit: the campaign's last chapter won, the result leads to the title.
  await page.keyboard.down('ArrowRight');
  await page.waitForFunction(() => window.__analogDreams!.campaign().phase === 'finished', undefined, { timeout: 30_000 });
  await page.keyboard.up('ArrowRight');
  await waitForScene(page, 'result');
  expect(await screenText(page)).toEqual(expect.arrayContaining(['▶ Back to the title ◀', '  Retry this chapter']));
  await page.keyboard.press('Enter');
  await waitForScene(page, 'title');
  expect((await screenText(page)).some((line) => line.includes('Continue'))).toBe(false);
  expect(errors).toEqual([]);
});

test('a save the game cannot read is kept aside and the title says so, once', async ({ page }) => {
  await page.addInitScript((key) => {
    // Only before the first load: the reload below must find the clean save the game wrote.
    if (sessionStorage.getItem('seeded') === null) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, '{"format": "analog-dreams-save", "version": 1, "progress": ');
    }
  }, SAVE_KEY);
  const errors = await openGame(page);
  await waitForScene(page, 'title');
  const notice = (await screenText(page)).find((line) => line.startsWith('Your saved progress could not be read, so the game starts fresh.'));
  expect(notice).toContain('It was kept as "analog-dreams/save-backup/1" and the game starts fresh.');
  expect(await page.evaluate(() => localStorage.getItem('analog-dreams/save-backup/1'))).toBe('{"format": "analog-dreams-save", "version": 1, "progress": ');
  await page.screenshot({ path: `${SCREENSHOTS}/title-save-notice.png` });
  await page.reload();
  await waitForScene(page, 'title');
  expect((await screenText(page)).some((line) => line.includes('saved progress could not be read'))).toBe(false);
  expect(errors).toEqual([]);
});
