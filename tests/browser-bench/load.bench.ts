// load/night-escape: from the map file's text handed to the game (a drop, a picked file) to a playable
// level (the level scene running its session), in the browser, as shipped in the test build. The first
// load (images not yet cached) is reported apart.
import { expect } from '@playwright/test';
import { openGame } from '../browser/hook.ts';
import { MAP_TEXT } from '../browser/night-escape-maps.ts';
import { benchmark, iterations, reportRow } from './bench-row.ts';

// Dropped alone, as a builder drops it: without the ink its story names (see night-escape-maps.ts).
const MAP_SIZE = JSON.parse(MAP_TEXT) as { width: number; height: number };

benchmark('load/night-escape', async (page) => {
  const errors = await openGame(page);
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'title');
  const times: number[] = [];
  for (let run = 0; run <= iterations(9, 1); run += 1) {
    const name = `night-escape-${run}.tmj`;
    const loaded = await page.evaluate(
      ({ text, name }) =>
        new Promise<{ milliseconds: number; width: number; height: number; tick: number }>((resolve) => {
          const started = performance.now();
          window.__analogDreams!.loadMapText(text, name);
          // The previous level is stopped at once, so ready() turns true only for this one.
          const poll = setInterval(() => {
            if (!window.__analogDreams!.ready()) return;
            clearInterval(poll);
            const world = window.__analogDreams!.world()!;
            resolve({ milliseconds: performance.now() - started, width: world.tiles.width, height: world.tiles.height, tick: world.tick });
          }, 1);
        }),
      { text: MAP_TEXT, name },
    );
    // What was timed is this map becoming a level that plays from its start, not some other screen.
    expect({ width: loaded.width, height: loaded.height }, name).toEqual({ width: MAP_SIZE.width, height: MAP_SIZE.height });
    expect(loaded.tick, name).toBeLessThan(60);
    times.push(loaded.milliseconds);
  }
  const [first, ...rest] = times;
  // Once a test's "under 2000 ms": the row's budget.
  reportRow('load/night-escape', rest, { budget: 2000, extra: { firstLoad: Math.round((first ?? 0) * 100) / 100 } });
  expect(errors).toEqual([]);
});
