// The aftermath in the built game (`?campaign=aftermath`, a test build's New game from that row): a chapter
// that is only a scene, drawn on the story stage, with the skip-dialogue setting on it runs by itself to its
// one choice, which stays the player's; then the run's statistics, then the title. And the aftermath after
// the night escape (`?chapter=night-escape` won by its golden, then Next chapter): it names the children
// the night escape brought out.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { decodeReplay } from '../../src/run/replay.ts';
import { collectErrors, skipToLevel, stepFrames, writeSettings } from './hook.ts';

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
  await page.locator('#game').screenshot({ path: `${SCREENSHOTS}/aftermath-elena.png` });

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
  await page.locator('#game').screenshot({ path: `${SCREENSHOTS}/aftermath-choice.png` });
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

test('after the night escape the aftermath names the children it brought out', async ({ page }) => {
  const decoded = decodeReplay(readFileSync('tests/golden/night-escape.replay.json', 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/?chapter=night-escape');
  // The address plays the chapter's intro first.
  await page.waitForFunction(() => window.__analogDreams?.storyScene()?.part === 'intro', undefined, { timeout: 30_000 });
  await skipToLevel(page);
  const outcome = await page.evaluate((frames) => window.__analogDreams!.playReplay(frames, { moveOnWhenFinished: true }), [...decoded.value.inputs]);
  expect(outcome.finishTick).toBe(decoded.value.finishTick);
  // The golden brings Tomas and Ayla to the Hill gate; Pip and Juno stay asleep where they hid.
  expect(await page.evaluate(() => window.__analogDreams!.world()!.flags)).toMatchObject({ children_out: 2, tomas_out: 1, ayla_out: 1, pip_out: 0, juno_out: 0 });
  await page.waitForFunction(() => window.__analogDreams!.storyScene()?.part === 'outro', undefined, { timeout: 30_000 });
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'result', undefined, { timeout: 30_000 });
  const result = await page.evaluate(() => window.__analogDreams!.screenText());
  expect(result).toContain('2 of 4 children brought out with Mira');
  expect(result).toContain('▶ Next chapter: Aftermath ◀');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__analogDreams!.storyScene()?.chapter === 'aftermath' && window.__analogDreams!.dialogue() !== null, undefined, { timeout: 30_000 });
  // Lines shown whole at once (the text speed a player may choose), so each press goes on to the next.
  await writeSettings(page, { textSpeed: 'instant' });
  await page.evaluate(() => { window.__analogDreams!.stopLoop(); });
  // Read on line by line until Mira says who came out.
  const said: string[] = [];
  for (let line = 0; line < 30 && !said.some((text) => text.includes('made it up the hill')); line += 1) {
    await stepFrames(page, 3);
    said.push((await page.evaluate(() => window.__analogDreams!.dialogue()?.text)) ?? '');
    await page.keyboard.press('e');
  }
  expect(said).toContain('Tomas and Ayla made it up the hill with me. They\'re asking too.');
  await page.locator('#game').screenshot({ path: `${SCREENSHOTS}/aftermath-children-out.png` });
  // The last press went on to the next line: Tomas, who came out.
  await stepFrames(page, 3);
  expect(await page.evaluate(() => window.__analogDreams!.dialogue()?.text)).toBe('Tomas walked at the back the whole way, watching for visors. He says he\'s taller than the Enforcers now.');
  expect(errors).toEqual([]);
});

test('?chapter=aftermath plays the aftermath alone from the build\'s compiled story, without the ink compiler, and saves nothing', async ({ page }) => {
  const errors = collectErrors(page);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto('/?chapter=aftermath');
  await page.waitForFunction(() => window.__analogDreams?.dialogue() != null, undefined, { timeout: 30_000 });
  await page.evaluate(() => { window.__analogDreams!.stopLoop(); });
  expect(await page.evaluate(() => window.__analogDreams!.storyScene())).toEqual({ chapter: 'aftermath', part: 'chapter', knot: 'aftermath' });
  expect(await page.evaluate(() => window.__analogDreams!.dialogue()!.text)).toBe('The morning came grey over the district, then gold. Nobody in Mira\'s house had slept in a pod.');
  // The story came as a file of the build; the compiler's chunk was never fetched.
  expect(fetched.filter((url) => /aftermath\.story-[\w-]+\.json$/.test(url))).toHaveLength(1);
  expect(fetched.filter((url) => url.includes('ink-full'))).toEqual([]);
  await page.locator('#game').screenshot({ path: `${SCREENSHOTS}/aftermath-alone.png` });
  // Nothing carried: Leo was not brought up the old stair, and says so.
  await writeSettings(page, { textSpeed: 'instant' });
  const said: string[] = [];
  for (let line = 0; line < 30 && !said.some((text) => text.includes('old stair')); line += 1) {
    await stepFrames(page, 3);
    said.push((await page.evaluate(() => window.__analogDreams!.dialogue()?.text)) ?? '');
    await page.keyboard.press('e');
  }
  expect(said).toContain('You left me by the fire and went up the old stair alone. Next time I\'m coming up it with you.');
  await page.keyboard.press('Tab');
  await stepFrames(page, 3);
  expect(await page.evaluate(() => window.__analogDreams!.dialogue()!.choices)).toEqual(['Make one up']);
  await page.keyboard.press('1');
  await stepFrames(page, 3);
  // The lines after the choice skipped too, to the end of the scene.
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => { window.__analogDreams!.stepFrames(2); return window.__analogDreams!.scene() === 'statistics'; }, undefined, { timeout: 30_000, polling: 20 });
  const save = await page.evaluate(() => JSON.parse(localStorage.getItem('analog-dreams/save') ?? 'null') as { progress: unknown; reached: string[] } | null);
  expect(save?.progress ?? null).toBeNull();
  expect(save?.reached ?? []).toEqual([]);
  expect(errors).toEqual([]);
});
