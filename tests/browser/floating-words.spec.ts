// Floating words in the built game: Mum in the story yard (tests/fixtures/maps/story-yard.tmj) hears Mira
// run towards her tick after tick. Each hunter has one word at a time, so her "?" or "!?" never piles up
// into a column of the same word (it did: one new word every tick she heard).
import { expect, test } from '@playwright/test';
import { openChapter, stepFrames } from './hook.ts';

const HEARD_WORDS = ['?', '!?'];

test('a hunter that hears Mira every tick says so with one word, not a pile', async ({ page }) => {
  const errors = await openChapter(page, 'test-story');
  const hunters = await page.evaluate(() => window.__analogDreams!.world()!.enforcers.length);
  expect(hunters).toBeGreaterThan(0);
  await page.keyboard.down('Space');
  await page.keyboard.down('ArrowRight');
  let heardTicks = 0;
  let tallestColumn = 0;
  for (let frame = 0; frame < 120; frame += 1) {
    await stepFrames(page, 1);
    const words = await page.evaluate(() => window.__analogDreams!.floatingWords());
    const heard = words.filter((shown) => HEARD_WORDS.includes(shown.word));
    if (heard.length > 0) heardTicks += 1;
    // A pile is a column: words over one hunter stacked at the same x.
    for (const shown of heard) tallestColumn = Math.max(tallestColumn, heard.filter((other) => Math.abs(other.x - shown.x) < 4).length);
    // Every word on screen belongs to a hunter or to the catch: never more words than speakers.
    expect(words.length, words.map((shown) => shown.word).join(' | ')).toBeLessThanOrEqual(hunters + 1);
  }
  await page.keyboard.up('ArrowRight');
  await page.keyboard.up('Space');
  // She was heard for a good while (so a pile had every chance to grow), and said it with one word at a time.
  expect(heardTicks).toBeGreaterThan(10);
  expect(tallestColumn).toBe(1);
  await page.locator('#game').screenshot({ path: 'test-results/screenshots/floating-words-heard.png' });
  expect(errors).toEqual([]);
});
