// The tile layers under the characters, and those above them, are shown through a cached texture each
// (src/view/renderers/tile-cache.ts). They must show what the layers themselves would, also after the
// dream has changed cells all over the town and only the squares around them were drawn again.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { decodeReplay } from '../../src/run/replay.ts';
import type { InputFrame } from '../../src/sim/types.ts';
import { openGame, startLevel } from './hook.ts';

function replayFrames(file: string): InputFrame[] {
  const decoded = decodeReplay(readFileSync(file, 'utf8'));
  if (!decoded.ok) throw new Error(`${file}: ${decoded.problem.message}`);
  return [...decoded.value.inputs];
}

/** Pixels whose colour differs between two screenshots of the same size. */
function differingPixels(first: Buffer, second: Buffer): number {
  const a = PNG.sync.read(first);
  const b = PNG.sync.read(second);
  let differing = 0;
  for (let at = 0; at < a.data.length; at += 4) {
    if (a.data[at] !== b.data[at] || a.data[at + 1] !== b.data[at + 1] || a.data[at + 2] !== b.data[at + 2]) differing += 1;
  }
  return differing;
}

test('the cached tiles show what the live layers show, after the dream has changed cells', async ({ page }) => {
  const errors = await openGame(page);
  await startLevel(page);
  // The whole map at zoom 1, before anything changed: the reference the dream's changes must move away from.
  const size = await page.evaluate(() => {
    const hook = window.__analogDreams!;
    hook.stopLoop();
    return hook.showTilesOnly();
  });
  await page.evaluate(() => { window.__analogDreams!.stepFrames(1); });
  const clip = { x: 0, y: 0, ...size };
  const untouched = await page.screenshot({ clip });

  await openGame(page);
  await startLevel(page);
  // The golden run two seconds into its dream (it starts at tick 333): waves have changed cells by then.
  const changes = await page.evaluate((frames) => {
    const hook = window.__analogDreams!;
    hook.stopLoop();
    hook.playReplayLive(frames, { skipTicks: 460 });
    hook.stepFrames(60);
    const world = hook.world()!;
    hook.showTilesOnly();
    hook.stepFrames(1);
    return { stage: world.dream.stage, changeCount: world.tiles.changeCount };
  }, replayFrames('tests/golden/night-escape.replay.json'));
  expect(changes.stage).toBe('dreaming');
  expect(changes.changeCount).toBeGreaterThan(0);
  const cached = await page.screenshot({ clip, path: 'test-results/screenshots/tile-cache-cached.png' });
  // The night escape has layers under the characters and a layer above them (tree canopies, roof eaves, lamp heads).
  const caches = await page.evaluate(() => window.__analogDreams!.showLiveTiles());
  expect(caches).toBe(2);
  await page.evaluate(() => { window.__analogDreams!.stepFrames(1); });
  const live = await page.screenshot({ clip, path: 'test-results/screenshots/tile-cache-live.png' });

  // The dream changed what the tiles show (so the comparison below is of changed tiles), and the cache
  // shows exactly what the layers do.
  expect(differingPixels(untouched, cached)).toBeGreaterThan(1000);
  expect(differingPixels(cached, live)).toBe(0);
  expect(errors).toEqual([]);
});
