// A scene of a watched replay follows the playback speed: the full-game replay with its first intro held
// on its opening line for 240 steps, watched at 4x through the real story scene, passes that intro in about
// 60 frames (not 240), types its line four characters a frame (60 a second at normal speed, times four),
// and stands still while the playback is held, its strip saying so.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openGame, stepFrames } from './hook.ts';

const HELD_STEPS = 240;
/** The golden full-game replay, its first intro waiting HELD_STEPS steps before the step that closes it. */
function paddedReplay(): string {
  const replay = JSON.parse(readFileSync('tests/golden/full-game.replay.json', 'utf8')) as { chapters: { parts: { part: string; steps: number; inputs: unknown[] }[] }[] };
  const intro = replay.chapters[0]!.parts[0]!;
  expect(intro.part).toBe('intro');
  intro.inputs = [[HELD_STEPS, ''], ...intro.inputs];
  intro.steps += HELD_STEPS;
  return JSON.stringify(replay);
}

async function storyShowing(page: Page): Promise<boolean> {
  return page.evaluate(() => window.__analogDreams!.activeScenes().includes('story') && window.__analogDreams!.dialogue() !== null);
}

async function revealed(page: Page): Promise<number> {
  return page.evaluate(() => window.__analogDreams!.dialogue()?.revealed ?? -1);
}

test.use({ viewport: { width: 640, height: 360 } });

test('a watched scene passes at the playback speed, types with it, and holds when the playback holds', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = await openGame(page);
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'title', undefined, { timeout: 30_000 });
  await page.evaluate(() => { window.__analogDreams!.stopLoop(); });
  expect(await page.evaluate((text) => window.__analogDreams!.useReplay(text, { name: 'held-intro.replay.json', use: 'watch', speed: 4 }), paddedReplay())).toBeNull();
  for (let round = 0; round < 2000 && !(await storyShowing(page)); round += 1) await stepFrames(page, 1);
  expect(await storyShowing(page)).toBe(true);

  // The typewriter at 4x: four characters a frame of 1/60 s while the line is being written.
  await stepFrames(page, 1);
  const typedFrom = await revealed(page);
  await stepFrames(page, 3);
  const typed = await revealed(page);
  const line = await page.evaluate(() => window.__analogDreams!.dialogue()!.text);
  expect(line.length).toBeGreaterThan(typed);
  // Three frames at 4x are twelve characters' time; where in a character the count began moves it by one.
  expect(Math.abs(typed - typedFrom - 12)).toBeLessThanOrEqual(1);

  // Held (the playback's hold key): nothing moves however many frames pass, and the strip says so.
  await page.keyboard.press('Space');
  await stepFrames(page, 30);
  const heldAt = await revealed(page);
  await stepFrames(page, 30);
  expect(await revealed(page)).toBe(heldAt);
  expect(await storyShowing(page)).toBe(true);
  expect((await page.evaluate(() => window.__analogDreams!.screenText())).join('\n')).toContain('held');
  await page.screenshot({ path: 'test-results/screenshots/scene-playback-held.png' });
  await page.keyboard.press('Space');

  // Going on at 4x, the rest of the 240 held steps take about a quarter of that many frames.
  let frames = 0;
  while (frames < HELD_STEPS && (await storyShowing(page))) {
    await stepFrames(page, 1);
    frames += 1;
  }
  expect(await page.evaluate(() => window.__analogDreams!.activeScenes().includes('story'))).toBe(false);
  expect(frames).toBeLessThanOrEqual(HELD_STEPS / 4);
  expect(frames).toBeGreaterThanOrEqual(HELD_STEPS / 4 - 8);
  expect(errors).toEqual([]);
});
