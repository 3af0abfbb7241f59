// The full-game replay watched from the title through the game's real screens, as a player's New game
// goes: each chapter's intro in the story scene with the file's scene inputs, each level in the level
// scene (at 4x), its outro, its result screen, the aftermath and the run's statistics. The totals it ends
// with must be Node's, chapter by chapter, each level said verified, and nothing the player keeps written.
// The file is read, not copied: its ticks may be re-recorded.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { decodeFullGameReplay } from '../../src/run/full-game-replay.ts';
import { formatTicks } from '../../src/run/time-format.ts';
import { chapterLoader } from '../../src/story/chapter-loader.ts';
import { CHAPTERS } from '../../src/story/chapters.ts';
import { verifyFullGame } from '../../src/story/verify-full-game.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';
import { openGame, stepFrames } from './hook.ts';

const TEXT = readFileSync('tests/golden/full-game.replay.json', 'utf8');
const SCREENSHOTS = 'test-results/screenshots';
/** Frames stepped per round trip to the page: loads between chapters finish between round trips. */
const FRAMES_PER_CHUNK = 15;
const MOST_CHUNKS = 1500;

// Software WebGL pays per pixel: a small window keeps some 1500 drawn frames affordable.
test.use({ viewport: { width: 640, height: 360 } });

test('the full-game replay watched through the real screens ends with Node\'s totals, every level verified', async ({ page }) => {
  test.setTimeout(600_000);
  const decoded = decodeFullGameReplay(TEXT);
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const node = await verifyFullGame({ replay: decoded.value, rows: CHAPTERS, loadChapter: chapterLoader({ readFile: readFromDisk }) });
  if (!node.verified) throw new Error(node.reason);
  const levels = decoded.value.chapters.filter((chapter) => chapter.parts.some((part) => part.part === 'level'));

  const errors = await openGame(page);
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'title', undefined, { timeout: 30_000 });
  const before = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));
  await page.evaluate(() => { window.__analogDreams!.stopLoop(); });
  const refusal = await page.evaluate((text) => window.__analogDreams!.useReplay(text, { name: 'full-game.replay.json', use: 'watch', speed: 4 }), TEXT);
  expect(refusal).toBeNull();

  const seen = new Set<string>();
  for (let chunk = 0; chunk < MOST_CHUNKS && !seen.has('statistics'); chunk += 1) {
    await stepFrames(page, FRAMES_PER_CHUNK);
    for (const scene of await page.evaluate(() => window.__analogDreams!.activeScenes())) seen.add(scene);
    if (chunk === 40) await page.screenshot({ path: `${SCREENSHOTS}/full-game-playback-bedroom.png` });
  }
  // Every screen of a New game was played through, not only the rules.
  expect([...seen].sort()).toEqual(expect.arrayContaining(['boot', 'level', 'result', 'statistics', 'story']));
  const state = await page.evaluate(() => window.__analogDreams!.replays());
  expect(state.plan).toMatchObject({ kind: 'full-game', done: true });
  expect(state.plan!.verdicts).toEqual(levels.map((chapter) => `${chapter.chapter}: verified ${chapter.ticks}`));
  expect(state.campaign.phase).toBe('finished');
  // Verified in Node, the run's chapters are the file's.
  expect(state.campaign.chapters).toEqual(decoded.value.chapters.map(({ chapter, ticks }) => ({ chapter, ticks })));
  expect(state.campaign.ticks).toBe(node.ticks);
  expect(await page.evaluate(() => window.__analogDreams!.screenText())).toContain(formatTicks(node.ticks));
  await page.screenshot({ path: `${SCREENSHOTS}/full-game-playback-statistics.png` });
  // Watching kept nothing: no progress, splits, best or ghost.
  expect(await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])))).toEqual(before);
  expect(errors).toEqual([]);
});
