// The campaign in the built game: New game on the test-only two-chapter campaign (`?campaign=` is read in
// test builds only), chapter 1 won by keys, its outro drawn (the speaker's portrait, the line typing, a
// press for the whole line, the skip key), the result screen's Next chapter, the second chapter's intro
// drawn, then its level opened with the flag the first set (its Exit needs it), a reload that offers
// Continue and resumes there, and the run's statistics after the last chapter.
// And a save the game cannot read: kept aside under a backup key, and the player told on the title.
import { expect, test, type Page } from '@playwright/test';
import { openGame, stepFrames, waitForScene } from './hook.ts';

const SCREENSHOTS = 'test-results/screenshots';
const SAVE_KEY = 'analog-dreams/save';

async function screenText(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__analogDreams!.screenText());
}

/** Waits until the level of `chapter` plays, and returns its flags at that moment. */
async function chapterPlaying(page: Page, chapter: string): Promise<Record<string, number>> {
  await page.waitForFunction((key) => window.__analogDreams!.ready() && window.__analogDreams!.chapter() === key, chapter, { timeout: 30_000 });
  return page.evaluate(() => ({ ...window.__analogDreams!.world()!.flags }));
}

test('a new game hands chapter 1\'s flag to chapter 2 through its outro and the next intro, saves it, and Continue resumes there after a reload', async ({ page }) => {
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

  // From here the test steps every frame: the outro's line is caught while it types.
  await page.evaluate(() => { window.__analogDreams!.stopLoop(); });
  // Straight right: through the Trigger that sets gate_key, out of the Exit, into the chapter's outro.
  await page.keyboard.down('ArrowRight');
  await page.waitForFunction(() => { window.__analogDreams!.stepFrames(4); return window.__analogDreams!.campaign().phase === 'scene'; }, undefined, { timeout: 30_000, polling: 20 });
  await page.keyboard.up('ArrowRight');
  await page.waitForFunction(() => { window.__analogDreams!.stepFrames(1); return window.__analogDreams!.dialogue() !== null; }, undefined, { timeout: 30_000, polling: 20 });
  expect(await page.evaluate(() => window.__analogDreams!.storyScene())).toEqual({ chapter: 'test-first-steps', part: 'outro', knot: 'first_outro' });
  expect(await page.evaluate(() => window.__analogDreams!.scene())).toBe('story');
  await stepFrames(page, 10);
  const typing = (await page.evaluate(() => window.__analogDreams!.dialogue()))!;
  expect(typing).toMatchObject({ speaker: 'Leo', text: 'You found the key. I knew you would.', portrait: 'portrait-leo-happy' });
  expect(typing.revealed).toBeGreaterThan(0);
  expect(typing.revealed).toBeLessThan(typing.text.length);
  expect(await screenText(page)).toContain('First steps');
  const midLine = await page.locator('#game').screenshot({ path: `${SCREENSHOTS}/campaign-outro-typing.png` });
  // A press shows the whole line at once; the next goes on.
  await page.keyboard.press('e');
  await stepFrames(page, 1);
  expect(await page.evaluate(() => window.__analogDreams!.dialogue())).toMatchObject({ speaker: 'Leo', revealed: typing.text.length });
  const wholeLine = await page.locator('#game').screenshot({ path: `${SCREENSHOTS}/campaign-outro-whole-line.png` });
  expect(wholeLine.equals(midLine)).toBe(false);
  await page.keyboard.press('e');
  await stepFrames(page, 1);
  // The action token names the key bound now; the portrait follows the line's face tag.
  expect(await page.evaluate(() => window.__analogDreams!.dialogue())).toMatchObject({ speaker: 'Mira', text: 'Keep your torch low, Leo. Hold Shift and stay close.', portrait: 'portrait-mira-worried' });
  await stepFrames(page, 90);
  await page.locator('#game').screenshot({ path: `${SCREENSHOTS}/campaign-outro-mira.png` });
  // The skip key skips the rest of the scene: on to the result.
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => { window.__analogDreams!.stepFrames(1); return window.__analogDreams!.scene() === 'result'; }, undefined, { timeout: 30_000, polling: 20 });
  expect(await page.evaluate(() => window.__analogDreams!.campaign())).toEqual({ phase: 'chapter-end', chapter: 'test-first-steps' });
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

  // The next chapter opens with its intro, drawn before its level.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => { window.__analogDreams!.stepFrames(2); return window.__analogDreams!.dialogue() !== null && window.__analogDreams!.storyScene()?.part === 'intro'; }, undefined, { timeout: 30_000, polling: 20 });
  expect(await page.evaluate(() => window.__analogDreams!.storyScene())).toEqual({ chapter: 'test-second-steps', part: 'intro', knot: 'second_intro' });
  await stepFrames(page, 90);
  expect(await page.evaluate(() => window.__analogDreams!.dialogue())).toMatchObject({ speaker: 'Mira', text: 'The gate is just ahead. Quietly now.', portrait: 'portrait-mira-calm' });
  await page.locator('#game').screenshot({ path: `${SCREENSHOTS}/campaign-intro.png` });
  await page.keyboard.press('e');
  await page.waitForFunction(() => { window.__analogDreams!.stepFrames(2); return window.__analogDreams!.ready() && window.__analogDreams!.chapter() === 'test-second-steps'; }, undefined, { timeout: 30_000, polling: 20 });
  expect(await page.evaluate(() => ({ ...window.__analogDreams!.world()!.flags }))).toMatchObject({ gate_key: 1 });
  expect(await page.evaluate(() => window.__analogDreams!.campaign())).toEqual({ phase: 'level', chapter: 'test-second-steps' });

  await page.reload();
  await waitForScene(page, 'title');
  expect(await screenText(page)).toContain('▶ Continue: Second steps ◀');
  await page.screenshot({ path: `${SCREENSHOTS}/campaign-title-continue.png` });
  await page.keyboard.press('Enter');
  // Its intro again, skipped whole this time.
  await page.waitForFunction(() => window.__analogDreams!.dialogue() !== null && window.__analogDreams!.storyScene()?.part === 'intro', undefined, { timeout: 30_000 });
  await page.keyboard.press('Tab');
  expect(await chapterPlaying(page, 'test-second-steps')).toMatchObject({ gate_key: 1 });

  // The flag opens the second chapter's Exit: the campaign's last chapter won, the result leads on to
  // the run's statistics, and they to the title.
  await page.keyboard.down('ArrowRight');
  await page.waitForFunction(() => window.__analogDreams!.campaign().phase === 'finished', undefined, { timeout: 30_000 });
  await page.keyboard.up('ArrowRight');
  await waitForScene(page, 'result');
  expect(await screenText(page)).toEqual(expect.arrayContaining(['▶ Back to the title ◀', '  Retry this chapter']));
  await page.keyboard.press('Enter');
  await waitForScene(page, 'statistics');
  const statistics = await screenText(page);
  expect(statistics).toContain('The end');
  expect(statistics).toContain('Second steps');
  expect(statistics).toContain('Children brought out');
  await page.screenshot({ path: `${SCREENSHOTS}/campaign-statistics.png` });
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
