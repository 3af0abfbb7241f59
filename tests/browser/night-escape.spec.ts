// Chapter 4 as the player sees it: its first frame from ?chapter=night-escape (Mira, Niko in the yard, the
// goal hint), and the dream a moment after the children merge at the sanctuary, played from the golden
// replay with the chapter's story, its way to the Hill gate laid as a trail of sparks. The screenshots go
// to test-results/screenshots/ to be looked at.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { decodeReplay } from '../../src/run/replay.ts';
import { distinctColours, openChapter, stepFrames } from './hook.ts';

const SHOTS = 'test-results/screenshots';

test('?chapter=night-escape starts the chapter in the yard, beside Niko, with the goal named', async ({ page }) => {
  const errors = await openChapter(page, 'night-escape');
  await stepFrames(page, 2);
  const level = await page.evaluate(() => {
    const world = window.__analogDreams!.world()!;
    return { exitName: world.level.exitName, talks: world.level.talks.map((talk) => talk.name), children: world.children.map((child) => child.name) };
  });
  // Every child hides asleep where the map puts them, each with a Talk that wakes them.
  expect(level).toEqual({ exitName: 'Hill gate', talks: ['Niko', 'Tomas', 'Pip', 'Ayla', 'Juno'], children: ['Pip', 'Ayla', 'Juno', 'Tomas'] });
  expect((await page.evaluate(() => window.__analogDreams!.screenText())).join('\n')).toContain('bring 2 of them into the sanctuary');
  const shot = await page.locator('#game').screenshot({ path: `${SHOTS}/night-escape-start.png` });
  expect(distinctColours(shot)).toBeGreaterThan(20);
  expect(errors).toEqual([]);
});

test('the golden run merges at the sanctuary and the dream spreads over the town', async ({ page }) => {
  const decoded = decodeReplay(readFileSync('tests/golden/night-escape.replay.json', 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  await openChapter(page, 'night-escape');
  // Played up to two seconds after the dream starts (tick 320), its wave well on its way.
  const state = await page.evaluate((frames) => {
    const hook = window.__analogDreams!;
    hook.stopLoop();
    hook.playReplayLive(frames, { skipTicks: 0 });
    let world = hook.world()!;
    let wayBefore = 0;
    for (let guard = 0; guard < 2000 && world.dream.stage === 'waking'; guard += 1) {
      wayBefore = Math.max(wayBefore, hook.dreamView()?.way.length ?? 0);
      hook.stepFrames(1);
      world = hook.world()!;
    }
    hook.stepFrames(120);
    world = hook.world()!;
    const way = hook.dreamView()!.way;
    const mira = { x: Math.floor(world.mira.x / 256), y: Math.floor(world.mira.y / 256) };
    return {
      stage: world.dream.stage, merged: world.flags.dream_merged ?? 0, helped: world.flags.niko_helped ?? 0, tick: world.tick,
      wayBefore, wayLength: way.length, firstStep: Math.abs(way[0]!.x - mira.x) + Math.abs(way[0]!.y - mira.y),
      hud: hook.dreamView()!.hud, text: hook.screenText(),
    };
  }, [...decoded.value.inputs]);
  expect(state).toMatchObject({ stage: 'dreaming', merged: 1, helped: 1 });
  // The way the dream opened is laid as sparks from her feet on (none in any frame before the dream began),
  // and the HUD's corner says to follow it.
  expect(state.wayBefore).toBe(0);
  expect(state.wayLength).toBe(14);
  expect(state.firstStep).toBe(1);
  expect(state.text).toContain('dreaming together · follow the sparks');
  const shot = await page.locator('#game').screenshot({ path: `${SHOTS}/night-escape-dream.png` });
  expect(distinctColours(shot)).toBeGreaterThan(20);
});
