// The aftermath in the built game (`?campaign=aftermath`, a test build's New game from that row): a chapter
// that is only a scene, drawn on the story stage, with the skip-dialogue setting on it runs by itself to its
// one choice, which stays the player's; then the run's statistics, then the title.
import { expect, test } from '@playwright/test';
import { stepFrames } from './hook.ts';

const SCREENSHOTS = 'test-results/screenshots';

test('the aftermath plays on the story stage; with skip-dialogue on it runs to its choice, the choice is taken, then the statistics and the title', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/?campaign=aftermath');
  await page.waitForFunction(() => window.__analogDreams?.scene() === 'title', undefined, { timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__analogDreams!.dialogue() !== null, undefined, { timeout: 30_000 });
  await page.evaluate(() => { window.__analogDreams!.stopLoop(); });
  expect(await page.evaluate(() => window.__analogDreams!.storyScene())).toEqual({ chapter: 'aftermath', part: 'chapter', knot: 'aftermath' });
  expect(await page.evaluate(() => window.__analogDreams!.dialogue()!.text)).toBe('The morning came grey over the district, then gold. Nobody in Mira\'s house had slept in a pod.');
  // Narration shows no portrait.
  expect(await page.evaluate(() => window.__analogDreams!.dialogue()!.portrait)).toBeNull();
  // Each line written out in full, a press goes on: the morning, the town, then Mum.
  for (let line = 0; line < 2; line += 1) {
    await stepFrames(page, 120);
    await page.keyboard.press('e');
  }
  await stepFrames(page, 120);
  expect(await page.evaluate(() => window.__analogDreams!.dialogue())).toMatchObject({ speaker: 'Elena', portrait: 'portrait-elena-worried' });
  await page.locator('canvas').screenshot({ path: `${SCREENSHOTS}/aftermath-elena.png` });

  // Skip all dialogue, as the Settings screen would set it: the scene runs on to its choice by itself.
  await page.evaluate(() => {
    const key = 'analog-dreams/save';
    const empty = { format: 'analog-dreams-save', version: 3, progress: null, reached: [], settings: {}, bindings: {}, bests: {}, legacyBests: {}, splits: [] };
    const save = JSON.parse(localStorage.getItem(key) ?? JSON.stringify(empty)) as { settings: Record<string, unknown> };
    save.settings.skipDialogue = true;
    localStorage.setItem(key, JSON.stringify(save));
  });
  await stepFrames(page, 3);
  const choosing = await page.evaluate(() => window.__analogDreams!.dialogue());
  expect(choosing!.choices).toEqual(['Make one up']);
  // With all dialogue skipped, the line over a choice is shown whole at once.
  expect(choosing).toMatchObject({ speaker: 'Elena', text: 'Who goes first?', revealed: 'Who goes first?'.length });
  await page.locator('canvas').screenshot({ path: `${SCREENSHOTS}/aftermath-choice.png` });
  await page.keyboard.press('1');
  await page.waitForFunction(() => { window.__analogDreams!.stepFrames(2); return window.__analogDreams!.scene() === 'statistics'; }, undefined, { timeout: 30_000, polling: 20 });
  expect(await page.evaluate(() => window.__analogDreams!.campaign())).toEqual({ phase: 'finished', chapter: 'aftermath' });
  const statistics = await page.evaluate(() => window.__analogDreams!.screenText());
  expect(statistics).toContain('The end');
  expect(statistics).toContain('Stories told');
  await stepFrames(page, 2);
  await page.screenshot({ path: `${SCREENSHOTS}/aftermath-statistics.png` });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => { window.__analogDreams!.stepFrames(2); return window.__analogDreams!.scene() === 'title'; }, undefined, { timeout: 30_000, polling: 20 });
  expect(errors).toEqual([]);
});
