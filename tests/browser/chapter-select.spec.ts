// Every chapter of the campaign from Chapter select, with a save that has reached them all: each level
// starts on its own and shows its first frame, drawn by WebGL and not blank; the aftermath (a scene, with
// no time to better) is not offered. Screenshots go to test-results/screenshots/chapter-<key>.png. The menus run on the live
// loop; once the chapter shows, the loop stops and the test steps the frame it looks at.
import { expect, test, type Page } from '@playwright/test';
import { CHAPTERS } from '../../src/story/chapters.ts';
import { distinctColours } from './hook.ts';

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

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('GPU stall due to ReadPixels')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

async function waitForScene(page: Page, key: string): Promise<void> {
  await page.waitForFunction((wanted) => window.__analogDreams?.scene() === wanted, key, { timeout: 30_000 });
}

/** The mouse over the row reading `label` until it has the focus, then a click there. */
async function clickRow(page: Page, label: string): Promise<void> {
  const centre = await page.evaluate((wanted) => window.__analogDreams!.textCentre(wanted), label);
  if (centre === null) throw new Error(`no row "${label}" on the screen`);
  await page.mouse.move(centre.x, centre.y);
  await page.waitForFunction((wanted) => window.__analogDreams!.screenText().some((text) => text.startsWith(`▶ ${wanted}`)), label, { timeout: 10_000 });
  await page.mouse.down();
  await page.mouse.up();
}

test('the campaign lists its chapters in story order', () => {
  const listed: string[] = [];
  for (let key: string | null = 'bedroom'; key !== null; key = CHAPTERS.find((row) => row.key === key)?.next ?? null) listed.push(key);
  expect(listed).toEqual(CAMPAIGN);
});

for (const [index, key] of LEVELS.entries()) {
  test(`Chapter select starts ${key} on its own and shows its first frame`, async ({ page }) => {
    const errors = collectErrors(page);
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
    const title = CHAPTERS.find((row) => row.key === key)!.title;
    const label = `${index + 1}. ${title}`;
    const listed = (await page.evaluate(() => window.__analogDreams!.screenText())).filter((text) => /^(▶ | {2})\d\. /.test(text));
    expect(listed.map((text) => text.replace(/^(▶ | {2})| ◀$/g, ''))).toEqual(LEVELS.map((level, at) => `${at + 1}. ${CHAPTERS.find((row) => row.key === level)!.title}`));
    await clickRow(page, label);

    await page.waitForFunction((wanted) => window.__analogDreams!.ready() && window.__analogDreams!.chapter() === wanted, key, { timeout: 30_000 });
    // The level from its first tick, the loop stopped: the frame looked at is the first one drawn.
    await page.evaluate(() => {
      window.__analogDreams!.stopLoop();
      window.__analogDreams!.startLevel();
      window.__analogDreams!.stepFrames(1);
    });
    expect(await page.evaluate(() => window.__analogDreams!.world()!.tick)).toBe(1);
    // On its own, outside the campaign: nothing it does moves the saved progress.
    expect(await page.evaluate(() => window.__analogDreams!.campaign())).toEqual({ phase: 'idle', chapter: null });
    expect(await page.evaluate(() => window.__analogDreams!.webgl())).toBe(true);
    const frame = await page.locator('canvas').screenshot({ path: `test-results/screenshots/chapter-${key}.png` });
    expect(distinctColours(frame)).toBeGreaterThan(16);
    expect(errors).toEqual([]);
  });
}
