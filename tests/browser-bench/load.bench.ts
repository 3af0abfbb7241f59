// load/night-escape: from the map file's text handed to the game (a drop, a picked file) to a playable
// level (the level scene running its session), in the browser, as shipped in the test build. Prints one
// JSON line as `npm run bench` does; the first load (images not yet cached) is reported apart.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openGame } from './hook.ts';

const MAP_TEXT = readFileSync('maps/night-escape.tmj', 'utf8');
const RUNS = 9;

test('load/night-escape: file to playable level', async ({ page }) => {
  const errors = await openGame(page);
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'title');
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const milliseconds = await page.evaluate(
      (text) =>
        new Promise<number>((resolve) => {
          const started = performance.now();
          window.__analogDreams!.loadMapText(text, `night-escape-${Math.random()}.tmj`);
          // The previous level is stopped at once, so ready() turns true only for this one.
          const poll = setInterval(() => {
            if (!window.__analogDreams!.ready()) return;
            clearInterval(poll);
            resolve(performance.now() - started);
          }, 1);
        }),
      MAP_TEXT,
    );
    times.push(milliseconds);
  }
  const [first, ...rest] = times;
  const sorted = [...rest].sort((a, b) => a - b);
  const round = (value: number): number => Math.round(value * 10) / 10;
  const line = {
    name: 'load/night-escape',
    unit: 'ms',
    median: round(sorted[Math.floor(sorted.length / 2)] ?? 0),
    p99: round(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0),
    max: round(sorted.at(-1) ?? 0),
    runs: sorted.length,
    firstLoad: round(first ?? 0),
  };
  console.log(JSON.stringify(line));
  expect(line.median).toBeGreaterThan(0);
  expect(line.median).toBeLessThan(2000);
  expect(errors).toEqual([]);
});
