// Chapters are rows of src/story/chapters.ts played by the one level scene: the test-only row's map, a
// test fixture, plays in a test build with no code of its own.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { decodeReplay } from '../../src/run/replay.ts';
import { runReplay } from '../../src/run/verify-replay.ts';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';
import { distinctColours, miraPosition, openChapter, stepFrames } from './hook.ts';

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
  const shot = await page.locator('#game').screenshot({ path: 'test-results/screenshots/test-yard.png' });
  expect(distinctColours(shot)).toBeGreaterThan(16);
  expect(errors).toEqual([]);
});

test('?chapter=nope shows the problems screen listing the chapters there are', async ({ page }) => {
  await page.goto('/?chapter=nope');
  await page.waitForFunction(() => window.__analogDreams?.scene() === 'problems', undefined, { timeout: 30_000 });
  const [problem] = await page.evaluate(() => window.__analogDreams!.problems());
  expect(problem!.place).toBe('?chapter=nope');
  expect(problem!.message).toContain('Chapters in this build: bedroom, hidden-door, dream-space, night-escape, test-yard');
});

test('?chapter=bedroom starts the bedroom: Mira under her bed, the family at their posts, and it draws', async ({ page }) => {
  const errors = await openChapter(page, 'bedroom');
  expect(await page.evaluate(() => window.__analogDreams!.webgl())).toBe(true);
  expect(await page.evaluate(() => window.__analogDreams!.chapter())).toBe('bedroom');
  expect(await page.evaluate(() => window.__analogDreams!.world()!.seed)).toBe(11);
  const family = await page.evaluate(() => {
    const world = window.__analogDreams!.world()!;
    return world.level.enforcers.map((hunter) => `${hunter.name}:${hunter.hunterClass}:${hunter.look}`);
  });
  expect(family).toEqual(['Elena:Watcher:elena', 'Sam:Watcher:sam', 'Niko:Watcher:niko']);
  await stepFrames(page, 20);
  const start = await page.locator('#game').screenshot({ path: 'test-results/screenshots/bedroom.png' });
  expect(distinctColours(start)).toBeGreaterThan(16);

  // Out from under the bed, sneaking: she moves, and nobody has seen her yet.
  const before = await miraPosition(page);
  await page.keyboard.down('Shift');
  await page.keyboard.down('ArrowDown');
  await stepFrames(page, 40);
  await page.keyboard.up('ArrowDown');
  await page.keyboard.up('Shift');
  const after = await miraPosition(page);
  expect(after.y).toBeGreaterThan(before.y);
  expect(await page.evaluate(() => window.__analogDreams!.world()!.flags.hidden_door_open)).toBe(0);
  await page.locator('#game').screenshot({ path: 'test-results/screenshots/bedroom-sneaking.png' });
  expect(errors).toEqual([]);
});

test('the bedroom\'s golden replay opens the hidden door and ends at the same tick with the same world as in Node', async ({ page }) => {
  const decoded = decodeReplay(readFileSync('tests/golden/bedroom.replay.json', 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const replay = decoded.value;
  const errors = await openChapter(page, 'bedroom');
  const wardrobe = await page.evaluate(() => window.__analogDreams!.drawnTile('walls', 35, 1));
  const result = await page.evaluate((frames) => window.__analogDreams!.playReplay(frames), [...replay.inputs]);
  expect(result.finishTick).toBe(replay.finishTick);
  expect(result.hash).toBe(replay.finalHash);
  const { level, scenes } = await loadMapFromDisk('maps/bedroom.tmj');
  const inNode = runReplay(level, replay, { scenes });
  expect(result.checkpoints).toEqual(inNode.checkpoints);
  // The reveal is drawn: the wardrobe's cell shows the passage now.
  const passage = await page.evaluate(() => window.__analogDreams!.drawnTile('walls', 35, 1));
  expect(passage).not.toBe(wardrobe);
  expect(await page.evaluate(() => window.__analogDreams!.drawnTile('walls', 36, 0))).toBe(passage);
  await page.locator('#game').screenshot({ path: 'test-results/screenshots/bedroom-hidden-door.png' });
  expect(errors).toEqual([]);
});
