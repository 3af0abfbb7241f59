// The music in the built game: silent and without an AudioContext until the first key (browsers allow
// sound only after a user gesture), the title's theme after it, with its caption; the context suspended
// while the page is hidden and running again when it is shown; a level's theme changing layers with the
// alert level, said by a caption.
import { expect, test, type Page } from '@playwright/test';
import { focusedOn, openGame, skipToLevel } from './hook.ts';

async function music(page: Page): Promise<{ audio: string; theme: string | null; notesStarted: number; captions: readonly string[]; mood: { alert: string; dreaming: boolean } | null }> {
  const probe = await page.evaluate(() => window.__analogDreams!.music());
  if (probe === null) throw new Error('the game has no music');
  return probe;
}

/** Tells the page it is hidden or shown, as switching tabs does (headless Chromium has no other tab to switch to). */
async function setPageHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((isHidden) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (isHidden ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => isHidden });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test('music starts after the first key, and the AudioContext is suspended while the page is hidden', async ({ page }) => {
  const errors = await openGame(page);
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'title', undefined, { timeout: 30_000 });
  // Some frames on the title, and no sound at all yet: no context, no note.
  await page.waitForTimeout(300);
  expect(await music(page)).toMatchObject({ audio: 'none', theme: null, notesStarted: 0 });

  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => (window.__analogDreams!.music()?.notesStarted ?? 0) > 0, undefined, { timeout: 10_000 });
  const playing = await music(page);
  expect(playing).toMatchObject({ audio: 'running', theme: 'title' });
  expect(playing.captions).toContain('♪ the night outside the window');
  expect(await page.evaluate(() => window.__analogDreams!.screenText())).toContain('♪ the night outside the window');

  await setPageHidden(page, true);
  await page.waitForFunction(() => window.__analogDreams!.music()?.audio === 'suspended', undefined, { timeout: 5_000 });
  // A key pressed into a hidden page (a stray event) must not wake the sound either.
  await page.keyboard.press('ArrowUp');
  await page.waitForTimeout(200);
  expect((await music(page)).audio).toBe('suspended');

  await setPageHidden(page, false);
  await page.waitForFunction(() => window.__analogDreams!.music()?.audio === 'running', undefined, { timeout: 5_000 });
  const notes = (await music(page)).notesStarted;
  await page.waitForFunction((before) => (window.__analogDreams!.music()?.notesStarted ?? 0) > before, notes, { timeout: 10_000 });
  expect(errors).toEqual([]);
});

test('a level plays its chapter\'s theme, and an alarm brings its layers in with a caption', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/?chapter=night-escape');
  // The address plays the chapter's intro first, as Chapter select does; a player in a hurry skips it.
  await skipToLevel(page);
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => window.__analogDreams!.music()?.theme === 'night-escape', undefined, { timeout: 10_000 });
  expect((await music(page)).captions).toContain('♪ the district sleeps, watchful');
  // Paused, the world holds still: the alert set here stays as a chase would set it, and the music,
  // which follows the world's alert whatever raised it, changes at its next bar.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.__analogDreams!.screenText().some((text) => text.includes('PAUSED')), undefined, { timeout: 10_000 });
  await page.evaluate(() => {
    window.__analogDreams!.world()!.alert.level = 'alarm';
  });
  await page.waitForFunction(() => window.__analogDreams!.music()?.mood?.alert === 'alarm', undefined, { timeout: 10_000 });
  await page.waitForFunction(() => window.__analogDreams!.music()?.captions.includes('♪ the Enforcers are near') === true, undefined, { timeout: 10_000 });
  expect(errors).toEqual([]);
});

test('the music and effects volumes are rows of the settings, remembered over a reload', async ({ page }) => {
  const errors = await openGame(page);
  const clickRow = async (label: string): Promise<void> => {
    const centre = await page.evaluate((wanted) => window.__analogDreams!.textCentre(wanted), label);
    if (centre === null) throw new Error(`no row "${label}" on the screen`);
    await page.mouse.click(centre.x, centre.y);
  };
  const rows = async (): Promise<string[]> => page.evaluate(() => window.__analogDreams!.screenText().filter((text) => /(Music|Effects) volume/.test(text)));
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'title', undefined, { timeout: 30_000 });
  await clickRow('Settings');
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'settings', undefined, { timeout: 10_000 });
  // Both are on the Audio page.
  await clickRow('Audio');
  await focusedOn(page, 'Sound');
  // Music starts under the effects (70%); a click steps a volume on, round from full to silent.
  expect((await rows()).map((text) => text.replace(/[▶◀]/g, '').replace(/\s+/g, ' ').trim())).toEqual(['Music volume |||||||··· 70%', 'Effects volume |||||||||| 100%']);
  await clickRow('Music volume');
  await clickRow('Effects volume');
  await page.waitForFunction(() => window.__analogDreams!.screenText().some((text) => /Effects volume.*0%/.test(text) && !text.includes('100%')), undefined, { timeout: 5_000 });
  await page.reload();
  await page.waitForFunction(() => window.__analogDreams?.scene() === 'title', undefined, { timeout: 30_000 });
  await clickRow('Settings');
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'settings', undefined, { timeout: 10_000 });
  await clickRow('Audio');
  await focusedOn(page, 'Sound');
  const remembered = (await rows()).join('\n');
  expect(remembered).toMatch(/Music volume +\|{8}·· +80%/);
  expect(remembered).toMatch(/Effects volume +·{10} +0%/);
  expect(errors).toEqual([]);
});
