// Chapters are rows of src/story/chapters.ts played by the one level scene: the test-only row's map, a
// test fixture, plays in a test build with no code of its own.
import { expect, test } from '@playwright/test';
import { distinctColours, miraPosition, stepFrames } from './hook.ts';

test('?chapter=test-yard plays the test map through the same level scene, and Mira walks on it', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('GPU stall due to ReadPixels')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/?chapter=test-yard');
  await page.waitForFunction(() => window.__analogDreams?.ready() === true, undefined, { timeout: 30_000 });
  await page.evaluate(() => {
    window.__analogDreams!.stopLoop();
    window.__analogDreams!.startLevel();
  });
  expect(await page.evaluate(() => window.__analogDreams!.webgl())).toBe(true);
  expect(await page.evaluate(() => window.__analogDreams!.scene())).toBe('level');
  expect(await page.evaluate(() => window.__analogDreams!.chapter())).toBe('test-yard');
  expect(await page.evaluate(() => window.__analogDreams!.world()!.level.name)).toBe('test-yard');
  // The chapter row's seed, not the first chapter's.
  expect(await page.evaluate(() => window.__analogDreams!.world()!.seed)).toBe(7);

  const before = await miraPosition(page);
  await page.keyboard.down('ArrowRight');
  await stepFrames(page, 30);
  await page.keyboard.up('ArrowRight');
  const after = await miraPosition(page);
  expect(after.tick - before.tick).toBe(30);
  expect(after.x).toBeGreaterThan(before.x);
  const shot = await page.locator('canvas').screenshot({ path: 'test-results/screenshots/test-yard.png' });
  expect(distinctColours(shot)).toBeGreaterThan(16);
  expect(errors).toEqual([]);
});

test('?chapter=nope shows the problems screen listing the chapters there are', async ({ page }) => {
  await page.goto('/?chapter=nope');
  await page.waitForFunction(() => window.__analogDreams?.scene() === 'problems', undefined, { timeout: 30_000 });
  const [problem] = await page.evaluate(() => window.__analogDreams!.problems());
  expect(problem!.place).toBe('?chapter=nope');
  expect(problem!.message).toContain('Chapters in this build: night-escape, hidden-door, dream-space, test-yard');
});
