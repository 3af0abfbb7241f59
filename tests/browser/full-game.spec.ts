// The full-game golden replay (tests/golden/full-game.replay.json) played in the page, from New game to the
// end of the aftermath: the campaign runner with each chapter loaded from the game's own files, in the
// browser's engine. Verified there as in Node, every chapter ends at the file's tick and the campaign with
// the file's flags; the total ticks and the catches must be Node's too. What it does not drive: the title, the story scene's dialogue
// box and the result screens (the campaign spec drives those by keys on a short campaign).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { decodeFullGameReplay } from '../../src/run/full-game-replay.ts';
import { chapterLoader } from '../../src/story/chapter-loader.ts';
import { CHAPTERS } from '../../src/story/chapters.ts';
import { verifyFullGame } from '../../src/story/verify-full-game.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';
import { openGame } from './hook.ts';

const TEXT = readFileSync('tests/golden/full-game.replay.json', 'utf8');

test('the full-game replay reaches the same ticks, chapter by chapter, in the browser as in Node', async ({ page }) => {
  const decoded = decodeFullGameReplay(TEXT);
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const node = await verifyFullGame({ replay: decoded.value, rows: CHAPTERS, loadChapter: chapterLoader({ readFile: readFromDisk }) });
  if (!node.verified) throw new Error(node.reason);

  const errors = await openGame(page);
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'title', undefined, { timeout: 30_000 });
  // Nothing of the page's own loop runs meanwhile: the replay is stepped by the runner alone.
  await page.evaluate(() => { window.__analogDreams!.stopLoop(); });
  const browser = await page.evaluate((text) => window.__analogDreams!.playFullGame(text), TEXT);
  expect(browser.reason).toBe('');
  expect(browser.verified).toBe(true);
  expect(browser.ticks).toBe(node.ticks);
  expect(browser.catches).toBe(node.catches);
  expect(browser.ticks).toBe(decoded.value.chapters.reduce((total, chapter) => total + chapter.ticks, 0));

  // A tampered file is refused in the page too, by the same words.
  const escape = decoded.value.chapters.find((chapter) => chapter.chapter === 'night-escape')!.ticks;
  const tampered = TEXT.replace(`"ticks":${escape}`, `"ticks":${escape - 31}`).replace(`"ticks": ${node.ticks},`, `"ticks": ${node.ticks - 31},`);
  const refused = await page.evaluate((text) => window.__analogDreams!.playFullGame(text), tampered);
  expect(refused).toMatchObject({ verified: false, reason: `chapter night-escape ends at tick ${escape}, the replay claims ${escape - 31}` });
  expect(errors).toEqual([]);
});
