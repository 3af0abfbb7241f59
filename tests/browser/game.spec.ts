import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';
import { decodeReplay } from '../../src/run/replay.ts';
import { runReplay } from '../../src/run/verify-replay.ts';
import { distinctColours, miraPosition, openChapter, openGame, startLevel, stepFrames } from './hook.ts';
import { withoutStory } from './night-escape-maps.ts';

test('boots with WebGL, draws the level and logs no errors', async ({ page }) => {
  const errors = await openGame(page);
  expect(await page.evaluate(() => window.__analogDreams!.webgl())).toBe(true);
  await startLevel(page);
  await stepFrames(page, 30);
  const shot = await page.locator('#game').screenshot({ path: 'test-results/screenshots/night-escape.png' });
  expect(distinctColours(shot)).toBeGreaterThan(16);
  expect(errors).toEqual([]);
});

test('holding a key moves Mira, tick by tick', async ({ page }) => {
  await openGame(page);
  await startLevel(page);
  const before = await miraPosition(page);
  await page.keyboard.down('ArrowRight');
  await stepFrames(page, 30);
  await page.keyboard.up('ArrowRight');
  const after = await miraPosition(page);
  expect(after.tick - before.tick).toBe(30);
  expect(after.x).toBeGreaterThan(before.x);
  expect(after.y).toBe(before.y);
  await page.keyboard.down('ArrowUp');
  await stepFrames(page, 20);
  await page.keyboard.up('ArrowUp');
  expect((await miraPosition(page)).y).toBeLessThan(after.y);
});

test('R restarts the level at once', async ({ page }) => {
  await openGame(page);
  await startLevel(page);
  const spawn = await miraPosition(page);
  const freshHash = await page.evaluate(() => window.__analogDreams!.hash());
  await page.keyboard.down('ArrowRight');
  await stepFrames(page, 40);
  await page.keyboard.up('ArrowRight');
  expect((await miraPosition(page)).x).not.toBe(spawn.x);
  await page.keyboard.down('r');
  await stepFrames(page, 1);
  await page.keyboard.up('r');
  const restarted = await miraPosition(page);
  expect(restarted).toEqual(spawn);
  expect(await page.evaluate(() => window.__analogDreams!.hash())).toBe(freshHash);
  await page.screenshot({ path: 'test-results/screenshots/after-restart.png' });
});

test('Q tosses a marble where Mira faces: it flies and lands, and one fewer is left', async ({ page }) => {
  const errors = await openChapter(page, 'test-yard');
  const marbles = (): Promise<{ left: number; flying: boolean; landsAt: number }> =>
    page.evaluate(() => {
      const { left, flight } = window.__analogDreams!.world()!.marbles;
      return { left, flying: flight !== null, landsAt: flight?.landsAt ?? -1 };
    });
  const before = await marbles();
  await page.keyboard.down('ArrowRight');
  await stepFrames(page, 5);
  await page.keyboard.up('ArrowRight');
  await page.keyboard.press('q');
  await stepFrames(page, 1);
  const tossed = await marbles();
  expect(tossed).toMatchObject({ left: before.left - 1, flying: true });
  const tick = (await miraPosition(page)).tick;
  await stepFrames(page, tossed.landsAt - tick);
  expect(await marbles()).toMatchObject({ left: before.left - 1, flying: false });
  await page.screenshot({ path: 'test-results/screenshots/marble-landed.png' });
  expect(errors).toEqual([]);
});

test('the golden replay ends at the same tick with the same hash as in Node', async ({ page }) => {
  const decoded = decodeReplay(readFileSync('tests/golden/night-escape.replay.json', 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const replay = decoded.value;
  await openGame(page);
  await startLevel(page);
  const result = await page.evaluate((frames) => window.__analogDreams!.playReplay(frames), [...replay.inputs]);
  expect(result.finishTick).toBe(replay.finishTick);
  expect(result.hash).toBe(replay.finalHash);
  // Not only the end: the browser's world equals Node's after every 60th input on the way, as Node's
  // verifier hashes it (a scene's inputs pass while the tick stands still, so inputs are what is counted).
  const { level, scenes } = await loadMapFromDisk('maps/night-escape.tmj');
  const inNode = runReplay(level, replay, { scenes }).checkpoints;
  expect(inNode.length).toBeGreaterThan(5);
  expect(result.checkpoints).toEqual(inNode);
  await page.screenshot({ path: 'test-results/screenshots/golden-replay-end.png' });
});

test('starting the level scene again and again leaks no GL textures, listeners or objects', async ({ page }) => {
  const errors = await openGame(page);
  await startLevel(page);
  const mapText = withoutStory(readFileSync('maps/night-escape.tmj', 'utf8'));
  const restartScene = async (): Promise<void> => {
    // The way a dropped or re-saved map comes in: boot reads it, then the level scene is started anew.
    await page.evaluate((text) => {
      window.__analogDreams!.loadMapText(text, 'night-escape.tmj');
    }, mapText);
    // The loop is stopped and the map's files are read asynchronously, so frames are stepped by hand until
    // the level is the only screen running: a screen still being left would be counted as a leak, or hide one.
    // Bounded by time, not frames: on a loaded machine the reads take more frames, not more work.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      await stepFrames(page, 1);
      const settled = await page.evaluate(() => window.__analogDreams!.ready() && window.__analogDreams!.activeScenes().join() === 'level');
      if (settled) return;
    }
    throw new Error('the level scene never became the only screen running');
  };
  await restartScene();
  const before = await page.evaluate(() => window.__analogDreams!.resources());
  for (let round = 0; round < 20; round += 1) await restartScene();
  const after = await page.evaluate(() => window.__analogDreams!.resources());
  expect(after).toEqual(before);
  expect(errors).toEqual([]);
});
