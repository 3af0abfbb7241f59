// Speedrunning in the built game: speedrun mode's live splits at a checkpoint and the end, practice back
// to the checkpoint (the same world, its split kept), the attempt kept in the save, and a page that loses
// focus pausing the run.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { decodeReplay } from '../../src/run/replay.ts';
import { formatTicks } from '../../src/run/time-format.ts';
import { runReplay } from '../../src/run/verify-replay.ts';
import { loadLevelWithStory } from '../../src/story/level-story.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';
import { openChapter, stepFrames } from './hook.ts';

async function press(page: import('@playwright/test').Page, key: string): Promise<void> {
  await page.keyboard.down(key);
  await stepFrames(page, 1);
  await page.keyboard.up(key);
}

test('speedrun mode splits at the Porch and the end, goes back to the Porch in practice, and keeps the attempt', async ({ page }) => {
  const errors = await openChapter(page, 'test-first-steps');
  await press(page, 't');
  await page.keyboard.down('ArrowRight');
  let porch: { tick: number; hash: string } | null = null;
  for (let frame = 0; frame < 120 && porch === null; frame += 1) {
    await stepFrames(page, 1);
    porch = await page.evaluate(() => {
      const world = window.__analogDreams!.world()!;
      return world.checkpoint >= 0 ? { tick: world.tick, hash: window.__analogDreams!.hash()! } : null;
    });
  }
  expect(porch).not.toBeNull();
  const shown = (await page.evaluate(() => window.__analogDreams!.screenText())).join('\n');
  expect(shown).toMatch(new RegExp(`Porch\\s+${formatTicks(porch!.tick).replace('.', '\\.')}`));
  expect(shown).toContain('Sum of best');
  expect(shown).toContain('Best possible');
  await stepFrames(page, 10);
  await page.keyboard.up('ArrowRight');
  await page.screenshot({ path: 'test-results/screenshots/speedrun-splits.png' });

  // Practice: back to the Porch (the press's own frame plays one tick on from it), the split kept, the run
  // marked; the attempt it left is kept, unfinished.
  await press(page, 'b');
  expect(await page.evaluate(() => window.__analogDreams!.world()!.tick)).toBe(porch!.tick + 1);
  const practiceText = (await page.evaluate(() => window.__analogDreams!.screenText())).join('\n');
  expect(practiceText).toContain('practice');
  expect(practiceText).toMatch(new RegExp(`Porch\\s+${formatTicks(porch!.tick).replace('.', '\\.')}`));

  // A plain run to the end: R, then walk out, waking Leo on the way.
  await press(page, 'r');
  await page.keyboard.down('ArrowRight');
  for (let frame = 0; frame < 600; frame += 1) {
    if (frame === 40) await page.keyboard.down('e');
    await stepFrames(page, 1);
    if (frame === 40) await page.keyboard.up('e');
    if (await page.evaluate(() => window.__analogDreams!.world()!.status === 'finished')) break;
  }
  await page.keyboard.up('ArrowRight');
  const finish = await page.evaluate(() => window.__analogDreams!.world()!.finishTick);
  expect(finish).not.toBeNull();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('analog-dreams/save') ?? 'null') as { splits: { category: string; attempts: { finished: boolean; marks: { practice: boolean } }[]; personalBest: { ticks: number }[] | null }[] });
  const record = saved.splits.find((entry) => entry.category === 'test-first-steps')!;
  expect(record.attempts.map((attempt) => [attempt.finished, attempt.marks.practice])).toEqual([[false, false], [false, true], [true, false]]);
  expect(record.personalBest?.at(-1)?.ticks).toBe(finish);
  expect(errors).toEqual([]);
});

test('a page that loses focus pauses the run', async ({ page }) => {
  await openChapter(page, 'test-first-steps');
  await stepFrames(page, 5);
  expect(await page.evaluate(() => window.__analogDreams!.paused())).toBe(false);
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await stepFrames(page, 1);
  expect(await page.evaluate(() => window.__analogDreams!.paused())).toBe(true);
});

test('every run records itself: X in the pause saves it as a replay that Node re-plays to the same world', async ({ page }) => {
  await openChapter(page, 'test-first-steps');
  await page.keyboard.down('ArrowRight');
  await stepFrames(page, 50);
  await page.keyboard.up('ArrowRight');
  await press(page, 'Escape');
  const browser = await page.evaluate(() => ({ tick: window.__analogDreams!.world()!.tick, hash: window.__analogDreams!.hash() }));
  const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'x')]);
  const text = readFileSync(await download.path(), 'utf8');
  const decoded = decodeReplay(text);
  if (!decoded.ok) throw new Error(decoded.problem.message);
  expect(decoded.value.level).toBe('first-steps');
  const loaded = await loadLevelWithStory({ mapPath: 'tests/fixtures/maps/campaign/first-steps.tmj', readFile: readFromDisk });
  if (!loaded.ok) throw new Error(loaded.problems[0]?.message);
  const run = runReplay(loaded.value, decoded.value, { scenes: loaded.director });
  expect(run.world.tick).toBe(browser.tick);
  expect(run.finalHash).toBe(browser.hash);
  expect(decoded.value.finalHash).toBe(browser.hash);
});
