// Chapter 2 in the browser: ?chapter=hidden-door opens on the dark passage (the dark covers everything
// but a small light round Mira), and its golden replay ends at the same tick with the same world as in
// Node, its relics' scenes played by the game's own story. Screenshots go to test-results/screenshots/.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { decodeReplay } from '../../src/run/replay.ts';
import { runReplay } from '../../src/run/verify-replay.ts';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';
import { openChapter, stepFrames } from './hook.ts';

const SCREENSHOTS = 'test-results/screenshots';

/** Mean brightness (0-255) of a screenshot's pixels inside the box, in screenshot pixels. */
function brightness(png: Buffer, box: { x: number; y: number; width: number; height: number }): number {
  const image = PNG.sync.read(png);
  let sum = 0;
  let count = 0;
  for (let y = Math.max(0, box.y); y < Math.min(image.height, box.y + box.height); y += 1) {
    for (let x = Math.max(0, box.x); x < Math.min(image.width, box.x + box.width); x += 1) {
      const index = (y * image.width + x) * 4;
      sum += (image.data[index]! + image.data[index + 1]! + image.data[index + 2]!) / 3;
      count += 1;
    }
  }
  return sum / count;
}

test('?chapter=hidden-door opens dark, with a light round Mira', async ({ page }) => {
  const errors = await openChapter(page, 'hidden-door');
  expect(await page.evaluate(() => window.__analogDreams!.webgl())).toBe(true);
  expect(await page.evaluate(() => window.__analogDreams!.chapter())).toBe('hidden-door');
  expect(await page.evaluate(() => window.__analogDreams!.world()!.seed)).toBe(12);
  expect(await page.evaluate(() => window.__analogDreams!.world()!.level.darkness)).toBe(0.86);
  // The intro is told over the first frame: skip it, then let the view settle.
  for (let line = 0; line < 8; line += 1) {
    await page.keyboard.press('Tab');
    await stepFrames(page, 2);
  }
  await stepFrames(page, 20);
  const shot = await page.locator('#game').screenshot({ path: `${SCREENSHOTS}/hidden-door-dark.png` });
  const { x, y } = await page.evaluate(() => {
    const hook = window.__analogDreams!;
    const world = hook.world()!;
    const camera = hook.camera()!;
    const scale = hook.worldRender()!.scale;
    const mira = { x: world.mira.x / 16, y: world.mira.y / 16 };
    return { x: (mira.x - camera.x) * scale + window.innerWidth / 2, y: (mira.y - 8 - camera.y) * scale + window.innerHeight / 2 };
  });
  const size = { width: 1280, height: 720 };
  const nearMira = brightness(shot, { x: Math.round(x) - 30, y: Math.round(y) - 30, width: 60, height: 60 });
  // The far right of the view: the hall, unlit, nobody there at the start.
  const farAway = brightness(shot, { x: size.width - 400, y: 150, width: 200, height: 300 });
  expect(nearMira).toBeGreaterThan(farAway * 2);
  expect(farAway).toBeLessThan(25);
  expect(errors).toEqual([]);
});

test('the hidden door\'s golden replay ends at the same tick with the same hash as in Node', async ({ page }) => {
  const decoded = decodeReplay(readFileSync('tests/golden/hidden-door.replay.json', 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const replay = decoded.value;
  const errors = await openChapter(page, 'hidden-door');
  const result = await page.evaluate((frames) => window.__analogDreams!.playReplay(frames), [...replay.inputs]);
  expect(result.finishTick).toBe(replay.finishTick);
  expect(result.hash).toBe(replay.finalHash);
  // And Node, re-running it now, agrees with both.
  const { level, scenes } = await loadMapFromDisk('maps/hidden-door.tmj');
  const inNode = runReplay(level, replay, { scenes });
  expect([inNode.finishTick, inNode.finalHash]).toEqual([result.finishTick, result.hash]);
  expect(result.checkpoints).toEqual(inNode.checkpoints);
  await page.screenshot({ path: `${SCREENSHOTS}/hidden-door-golden-end.png` });
  expect(errors).toEqual([]);
});

test('the HUD\'s corner counts the fragments against the door\'s three, and counts the first one picked up', async ({ page }) => {
  const decoded = decodeReplay(readFileSync('tests/golden/hidden-door.replay.json', 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const errors = await openChapter(page, 'hidden-door');
  await stepFrames(page, 2);
  expect(await page.evaluate(() => window.__analogDreams!.dreamView()!.hud.tally)).toBe('0 of 3 fragments for the analog door');
  // The golden run, played until its first relic is in her pocket and the corner has drawn once more.
  const found = await page.evaluate((frames) => {
    const hook = window.__analogDreams!;
    hook.playReplayLive(frames, { skipTicks: 0 });
    for (let frame = 0; frame < frames.length && (hook.world()!.flags.fragments ?? 0) === 0; frame += 1) hook.stepFrames(1);
    return hook.world()!.flags.fragments ?? 0;
  }, [...decoded.value.inputs]);
  expect(found).toBe(1);
  await stepFrames(page, 2);
  const hud = await page.evaluate(() => window.__analogDreams!.dreamView()!.hud);
  expect(hud.tally).toBe('1 of 3 fragments for the analog door');
  expect(hud.panel, 'the corner\'s panel shows').not.toBeNull();
  expect(await page.evaluate(() => window.__analogDreams!.screenText())).toContain('1 of 3 fragments for the analog door');
  await page.screenshot({ path: `${SCREENSHOTS}/hidden-door-fragment-count.png` });
  expect(errors).toEqual([]);
});

test('a Light switched off darkens its pool at the next frame, and lights it again when switched back on', async ({ page }) => {
  const errors = await openChapter(page, 'hidden-door');
  for (let line = 0; line < 8; line += 1) {
    await page.keyboard.press('Tab');
    await stepFrames(page, 2);
  }
  // The passage's one Light is east of where Mira starts, off screen: she is put 90 pixels west of it (no
  // input follows, so nothing else moves) and the camera glides after her.
  await page.evaluate(() => {
    const world = window.__analogDreams!.world()!;
    const light = world.level.lights[0]!;
    world.mira.x = (light.x - 90) * 16;
    world.mira.y = light.y * 16;
  });
  await stepFrames(page, 60);
  const pool = await page.evaluate(() => {
    const hook = window.__analogDreams!;
    const light = hook.world()!.level.lights[0]!;
    const camera = hook.camera()!;
    const scale = hook.worldRender()!.scale;
    return { x: Math.round((light.x - camera.x) * scale + window.innerWidth / 2), y: Math.round((light.y - camera.y) * scale + window.innerHeight / 2) };
  });
  expect(pool.x).toBeGreaterThan(40);
  expect(pool.x).toBeLessThan(1240);
  const box = { x: pool.x - 20, y: pool.y - 20, width: 40, height: 40 };
  const switched = async (on: 0 | 1): Promise<number> => {
    // Straight into the world, as a switch's rule would: the view must notice the change by itself.
    await page.evaluate((value) => { window.__analogDreams!.world()!.lightsOn[0] = value; }, on);
    await stepFrames(page, 2);
    return brightness(await page.locator('#game').screenshot(), box);
  };
  const lit = await switched(1);
  const dark = await switched(0);
  const litAgain = await switched(1);
  expect(dark).toBeLessThan(lit / 2);
  // Not the very same pixels: the ticks stepped between move what else the view shows.
  expect(litAgain).toBeGreaterThan(dark * 2);
  expect(errors).toEqual([]);
});
