// darkness/frame-cost: what a dark map's darkness costs a frame, in the browser on the test build. The
// hidden door's map is played twice through the same loader, once as shipped (darkness 0.86) and once with
// darkness 0, Mira walked every frame (inputs played through the rules) so the darkness is redrawn every
// frame (its worst case: standing still, it is not redrawn at all). A frame is timed from its step to a one-pixel readback that waits for
// the GPU process, so software WebGL's fill is counted, not only the JavaScript that queues it. Rounds
// alternate dark and light, so a neighbour's load on the machine falls on both.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { NO_INPUT, type InputFrame } from '../../src/sim/index.ts';
import { openChapter, stepFrames } from '../browser/hook.ts';
import { benchmark, iterations, reportRow } from './bench-row.ts';

interface MapJson {
  properties: { name: string; value: unknown }[];
  layers: { objects?: { properties?: { name: string }[] }[] }[];
}

/** The chapter's map with `darkness` as given and without its story (a dropped map brings no ink). */
function mapText(darkness: number): string {
  const map = JSON.parse(readFileSync('maps/hidden-door.tmj', 'utf8')) as MapJson;
  map.properties = map.properties.filter((property) => property.name !== 'story').map((property) => (property.name === 'darkness' ? { ...property, value: darkness } : property));
  for (const layer of map.layers) {
    for (const object of layer.objects ?? []) {
      if (object.properties) object.properties = object.properties.filter((property) => property.name !== 'scene');
    }
  }
  return JSON.stringify(map);
}

async function play(page: Page, darkness: number): Promise<void> {
  await page.evaluate((text) => { window.__analogDreams!.loadMapText(text, 'hidden-door-bench.tmj'); }, mapText(darkness));
  // Polled from here, not waited for in the page: the loop may be stopped, and a refused map should say why.
  for (let attempt = 0; ; attempt += 1) {
    const state = await page.evaluate(() => {
      const hook = window.__analogDreams!;
      return { ready: hook.ready(), darkness: hook.world()?.level.darkness, problems: hook.problems().map((problem) => `${problem.place}: ${problem.message}`) };
    });
    if (state.problems.length > 0) throw new Error(state.problems.join('\n'));
    if (state.ready && state.darkness === darkness) break;
    if (attempt > 600) throw new Error(`the map did not load: ${JSON.stringify(state)}`);
    await page.evaluate(() => { window.__analogDreams!.stepFrames(1); });
    await page.waitForTimeout(50);
  }
  await page.evaluate(() => {
    window.__analogDreams!.stopLoop();
    window.__analogDreams!.startLevel();
  });
  await stepFrames(page, 20);
}

/** Frames Mira walks one way before turning back: from her spawn and back, clear of walls both ways. */
const WALK_FRAMES = 45;

/**
 * Milliseconds a frame, over `frames` frames with Mira walked through the rules (a replay of inputs:
 * right from her spawn, then back, and again), so she moves every frame and the darkness is redrawn.
 */
async function timeFrames(page: Page, frames: number): Promise<number> {
  const walk = Array.from({ length: frames }, (_, frame): InputFrame => ({ ...NO_INPUT, moveX: Math.floor(frame / WALK_FRAMES) % 2 === 0 ? 1 : -1 }));
  const { perFrame, moved } = await page.evaluate((inputs) => {
    const hook = window.__analogDreams!;
    hook.playReplayLive(inputs, { skipTicks: 0 });
    const canvas = document.querySelector('canvas')!;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
    const pixel = new Uint8Array(4);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    let movedFrames = 0;
    const started = performance.now();
    for (let frame = 0; frame < inputs.length; frame += 1) {
      const before = hook.world()!.mira.x;
      hook.stepFrames(1);
      if (hook.world()!.mira.x !== before) movedFrames += 1;
    }
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    return { perFrame: (performance.now() - started) / inputs.length, moved: movedFrames };
  }, walk);
  // Standing still, the darkness is not redrawn at all: the figure is only worth having if she walked.
  expect(moved, 'Mira walked every frame but the turns').toBeGreaterThanOrEqual(frames - 2);
  return perFrame;
}

benchmark('darkness/frame-cost', async (page) => {
  // The chapter's level, past the intro its address plays first.
  const errors = await openChapter(page, 'hidden-door');
  const rounds = iterations(5, 1);
  const dark: number[] = [];
  const light: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    await play(page, 0.86);
    dark.push(await timeFrames(page, 90));
    await play(page, 0);
    light.push(await timeFrames(page, 90));
  }
  await play(page, 0.86);
  await page.locator('#game').screenshot({ path: 'test-results/screenshots/darkness-bench.png' });
  const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  // The row: what the darkness adds to a frame, round by round; the whole frames go alongside.
  reportRow('darkness/frame-cost', dark.map((value, index) => value - light[index]!), {
    budget: 5,
    extra: { darkFrame: Math.round(median(dark) * 100) / 100, lightFrame: Math.round(median(light) * 100) / 100 },
  });
  expect(errors).toEqual([]);
});
