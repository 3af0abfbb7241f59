// The bedroom's next step, as a player sees it: once a clue is found, the compass turns from the wardrobe
// to the nearest clue still needed. From Niko's window the wardrobe is off screen to the east (the arrow
// at the edge pointed there) while the storybook, now the goal, is in view below: no arrow. Screenshot in
// test-results/screenshots/ (node tests/scenario/bedroom-next-step.test.ts checks the compass itself).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { decodeReplay } from '../../src/run/replay.ts';
import { openChapter, stepFrames } from './hook.ts';

test('after the first clue the compass turns from the wardrobe to the nearest clue still needed', async ({ page }) => {
  const decoded = decodeReplay(readFileSync('tests/golden/bedroom.replay.json', 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  await page.setViewportSize({ width: 1280, height: 720 });
  const errors = await openChapter(page, 'bedroom');
  await stepFrames(page, 2);
  // At the start the arrow points east, at the wardrobe.
  const before = await page.evaluate(() => window.__analogDreams!.dreamView()!.hud.arrowBadge);
  expect(before, 'the wardrobe is off screen at the start').not.toBeNull();
  expect(before!.x).toBeGreaterThan(640);
  // The golden run until Niko's drawing is found, its scene over, and the view has drawn again.
  const flags = await page.evaluate((frames) => {
    const hook = window.__analogDreams!;
    hook.playReplayLive(frames, { skipTicks: 0 });
    for (let frame = 0; frame < frames.length && (hook.world()!.flags.stars_drawing_found ?? 0) === 0; frame += 1) hook.stepFrames(1);
    for (let frame = 0; frame < 200 && hook.world()!.scene !== null; frame += 1) hook.stepFrames(1);
    hook.useKeys();
    hook.stepFrames(2);
    return hook.world()!.flags;
  }, [...decoded.value.inputs]);
  expect([flags.stars_drawing_found, flags.storybook_found, flags.draught_found]).toEqual([1, 0, 0]);
  // The wardrobe is still off screen to the east, but the compass no longer points there: its goal is the
  // storybook, in view below her.
  const mira = await page.evaluate(() => window.__analogDreams!.world()!.mira.x / 16 / 16);
  expect(mira).toBeLessThan(20);
  expect(await page.evaluate(() => window.__analogDreams!.dreamView()!.hud.arrowBadge)).toBeNull();
  await page.screenshot({ path: 'test-results/screenshots/bedroom-next-clue.png' });
  expect(errors).toEqual([]);
});
