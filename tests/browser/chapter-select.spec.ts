// Every chapter of the campaign from Chapter select, with a save that has reached them all: each level
// chapter plays on its own as the campaign plays it, its intro first (drawn, then skipped as a player in a
// hurry does), then its level's first frame, drawn by WebGL and not blank; the aftermath (a scene, with no
// time to better) is not offered. A chapter won on its own plays its outro, then the result offers the next
// chapter, a retry and the title, and nothing it does moves the saved progress. Screenshots go to
// test-results/screenshots/chapter-<key>.png (and -intro, -outro, -result). The menus run on the live loop;
// once the chapter shows, the loop stops and the test steps the frame it looks at.
import { expect, test, type Page } from '@playwright/test';
import { CHAPTERS } from '../../src/story/chapters.ts';
import { readFileSync } from 'node:fs';
import { decodeReplay } from '../../src/run/replay.ts';
import { clickRow, collectErrors, distinctColours, skipToLevel, waitForScene } from './hook.ts';

const SAVE_KEY = 'analog-dreams/save';
const CAMPAIGN = ['bedroom', 'hidden-door', 'dream-space', 'night-escape', 'aftermath'];
const LEVELS = CAMPAIGN.slice(0, -1);

/** A version 2 save (src/story/save.ts) that has reached every chapter and stands at the last. */
const EVERY_CHAPTER_REACHED = JSON.stringify({
  format: 'analog-dreams-save',
  version: 2,
  progress: { chapter: 'aftermath', carried: { flags: { storybook_found: 1, leo_story: 2, mira_story: 1 }, followers: [] }, ticks: 6000, realMilliseconds: 120_000 },
  reached: CAMPAIGN,
  settings: {},
  bests: {},
  legacyBests: {},
  splits: [],
});

/** The saved progress: what playing a chapter on its own must leave as it was. */
async function savedProgress(page: Page): Promise<unknown> {
  return page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? 'null') as { progress: unknown } | null)?.progress ?? null, SAVE_KEY);
}

/** Opens the title with the save that has reached every chapter, then Chapter select. */
async function openChapterSelect(page: Page): Promise<void> {
  await page.addInitScript(({ saveKey, value }) => {
    if (sessionStorage.getItem('seeded') === null) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(saveKey, value);
    }
  }, { saveKey: SAVE_KEY, value: EVERY_CHAPTER_REACHED });
  await page.goto('/');
  await waitForScene(page, 'title');
  await clickRow(page, 'Chapter select');
  await waitForScene(page, 'chapters');
}

test('the campaign lists its chapters in story order', () => {
  const listed: string[] = [];
  for (let key: string | null = 'bedroom'; key !== null; key = CHAPTERS.find((row) => row.key === key)?.next ?? null) listed.push(key);
  expect(listed).toEqual(CAMPAIGN);
});

for (const [index, key] of LEVELS.entries()) {
  test(`Chapter select plays ${key} on its own: its intro, then its first frame`, async ({ page }) => {
    const errors = collectErrors(page);
    await openChapterSelect(page);
    const seeded = await savedProgress(page);
    const title = CHAPTERS.find((row) => row.key === key)!.title;
    const label = `${index + 1}. ${title}`;
    const listed = (await page.evaluate(() => window.__analogDreams!.screenText())).filter((text) => /^(▶ | {2})\d\. /.test(text));
    expect(listed.map((text) => text.replace(/^(▶ | {2})| ◀$/g, ''))).toEqual(LEVELS.map((level, at) => `${at + 1}. ${CHAPTERS.find((row) => row.key === level)!.title}`));
    await clickRow(page, label);

    // Its intro first, on the story stage, as the campaign plays it.
    await page.waitForFunction(() => window.__analogDreams!.dialogue() !== null, undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => window.__analogDreams!.storyScene())).toEqual({ chapter: key, part: 'intro', knot: 'intro' });
    await page.waitForTimeout(500);
    await page.locator('#game').screenshot({ path: `test-results/screenshots/chapter-${key}-intro.png` });
    await skipToLevel(page);
    expect(await page.evaluate(() => window.__analogDreams!.chapter())).toBe(key);
    expect(await page.evaluate(() => window.__analogDreams!.campaign())).toEqual({ phase: 'level', chapter: key });
    // The level from its first tick, the loop stopped: the frame looked at is the first one drawn.
    await page.evaluate(() => {
      window.__analogDreams!.stopLoop();
      window.__analogDreams!.startLevel();
      window.__analogDreams!.stepFrames(1);
    });
    expect(await page.evaluate(() => window.__analogDreams!.world()!.tick)).toBe(1);
    expect(await page.evaluate(() => window.__analogDreams!.webgl())).toBe(true);
    const frame = await page.locator('#game').screenshot({ path: `test-results/screenshots/chapter-${key}.png` });
    expect(distinctColours(frame)).toBeGreaterThan(16);
    // On its own, outside the campaign: nothing it does moves the saved progress.
    expect(await savedProgress(page)).toEqual(seeded);
    expect(errors).toEqual([]);
  });
}

test('a chapter won on its own plays its outro, then offers the next chapter, a retry and the title, and saves nothing', async ({ page }) => {
  const decoded = decodeReplay(readFileSync('tests/golden/hidden-door.replay.json', 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const errors = collectErrors(page);
  await openChapterSelect(page);
  const seeded = await savedProgress(page);
  await clickRow(page, '2. The hidden door');
  await skipToLevel(page);
  const outcome = await page.evaluate((frames) => window.__analogDreams!.playReplay(frames, { moveOnWhenFinished: true }), [...decoded.value.inputs]);
  expect(outcome.finishTick).toBe(decoded.value.finishTick);
  // The level lingers on the finish, then its outro plays, as in the campaign.
  await page.waitForFunction(() => window.__analogDreams!.dialogue() !== null && window.__analogDreams!.storyScene()?.part === 'outro', undefined, { timeout: 30_000 });
  expect(await page.evaluate(() => window.__analogDreams!.storyScene())).toEqual({ chapter: 'hidden-door', part: 'outro', knot: 'outro' });
  await page.waitForTimeout(500);
  await page.locator('#game').screenshot({ path: 'test-results/screenshots/chapter-hidden-door-outro.png' });
  await page.keyboard.press('Tab');
  await waitForScene(page, 'result');
  const result = await page.evaluate(() => window.__analogDreams!.screenText());
  expect(result).toEqual(expect.arrayContaining(['▶ Next chapter: The analog dream space ◀', '  Retry this chapter', '  Back to the title']));
  expect(result).not.toContain('Progress saved');
  await page.screenshot({ path: 'test-results/screenshots/chapter-hidden-door-result.png' });
  expect(await savedProgress(page)).toEqual(seeded);
  // Next chapter: the dream space, on its own too, from its intro.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__analogDreams!.dialogue() !== null && window.__analogDreams!.storyScene()?.chapter === 'dream-space', undefined, { timeout: 30_000 });
  expect(await page.evaluate(() => window.__analogDreams!.storyScene())).toEqual({ chapter: 'dream-space', part: 'intro', knot: 'intro' });
  await skipToLevel(page);
  expect(await page.evaluate(() => window.__analogDreams!.campaign())).toEqual({ phase: 'level', chapter: 'dream-space' });
  expect(await savedProgress(page)).toEqual(seeded);
  expect(errors).toEqual([]);
});
