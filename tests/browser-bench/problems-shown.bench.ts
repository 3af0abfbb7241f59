// problems/99000-shown: from a map with 99,000 problems handed to the game to the problems screen
// showing them grouped, in the browser (custom-level.spec.ts checks what it shows).
import { expect } from '@playwright/test';
import { openGame } from '../browser/hook.ts';
import { manyProblemsMapText } from '../browser/night-escape-maps.ts';
import { benchmark, iterations, reportRow } from './bench-row.ts';

benchmark('problems/99000-shown', async (page) => {
  const errors = await openGame(page);
  const text = manyProblemsMapText();
  const samples: number[] = [];
  for (let run = 0; run < iterations(3, 1); run += 1) {
    await page.goto('/');
    await page.waitForFunction(() => window.__analogDreams?.scene() === 'title', undefined, { timeout: 30_000 });
    const milliseconds = await page.evaluate(
      (mapText) =>
        new Promise<number>((resolve) => {
          const started = performance.now();
          window.__analogDreams!.loadMapText(mapText, 'many.tmj');
          const poll = setInterval(() => {
            if (!window.__analogDreams!.screenText().some((line) => line.includes('more problems'))) return;
            clearInterval(poll);
            resolve(performance.now() - started);
          }, 5);
        }),
      text,
    );
    samples.push(milliseconds);
  }
  // Once a test's "under 20 s": the row's budget.
  reportRow('problems/99000-shown', samples, { budget: 20_000 });
  expect(errors).toEqual([]);
});
