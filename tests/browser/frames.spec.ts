// What keeps frames cheap under software WebGL (tools/bench-frames.ts measures the frame rates): the world
// drawn at its own pixel size and scaled up, the words over it and the HUD at screen resolution, and no
// shader compiled or framebuffer made in the middle of play.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { decodeReplay } from '../../src/run/replay.ts';
import type { InputFrame } from '../../src/sim/types.ts';
import { distinctColours, openGame, startLevel } from './hook.ts';

function replayFrames(file: string): InputFrame[] {
  const decoded = decodeReplay(readFileSync(file, 'utf8'));
  if (!decoded.ok) throw new Error(`${file}: ${decoded.problem.message}`);
  return [...decoded.value.inputs];
}

/** Share of the zoom x zoom blocks inside `area` whose pixels are all one colour, the blocks laid from `origin`. */
function uniformBlockShare(
  png: Buffer,
  options: { readonly zoom: number; readonly origin: { x: number; y: number }; readonly area: { x: number; y: number; width: number; height: number } },
): number {
  const image = PNG.sync.read(png);
  const { zoom, origin, area } = options;
  const colourAt = (x: number, y: number): number => {
    const at = (y * image.width + x) * 4;
    return (image.data[at]! << 16) | (image.data[at + 1]! << 8) | image.data[at + 2]!;
  };
  let blocks = 0;
  let uniform = 0;
  const firstX = origin.x + Math.ceil((area.x - origin.x) / zoom) * zoom;
  const firstY = origin.y + Math.ceil((area.y - origin.y) / zoom) * zoom;
  for (let top = firstY; top + zoom <= area.y + area.height; top += zoom) {
    for (let left = firstX; left + zoom <= area.x + area.width; left += zoom) {
      const colour = colourAt(left, top);
      let same = true;
      for (let y = top; y < top + zoom && same; y += 1) for (let x = left; x < left + zoom && same; x += 1) same = colourAt(x, y) === colour;
      blocks += 1;
      if (same) uniform += 1;
    }
  }
  return uniform / blocks;
}

test('the world is drawn at its own pixel size and scaled up whole, while the HUD text stays at screen resolution', async ({ page }) => {
  const errors = await openGame(page);
  await startLevel(page);
  // Forty ticks of sneaking east from the spawn (silent: no ring, no Enforcer's mark): cones, walks and
  // sprites on screen, and no word over the world (the goal hint has faded; Niko and the sleeping Tomas
  // are out of Interact's reach, so no prompt).
  const sneakEast: InputFrame = { moveX: 1, moveY: 0, sneak: true, run: false, restart: false, interact: false, dream: false, toss: false, skip: false, choice: -1 };
  await page.evaluate((frames) => {
    const hook = window.__analogDreams!;
    hook.playReplayLive(frames, { skipTicks: 40 });
    hook.stepFrames(2);
  }, Array.from({ length: 42 }, () => sneakEast));
  const render = await page.evaluate(() => window.__analogDreams!.worldRender());
  // 1280x720 at zoom 3: 427 world pixels across (and one more for the view between two pixels), 240 down.
  expect(render).toMatchObject({ width: 428, height: 241, scale: 3 });
  const camera = (await page.evaluate(() => window.__analogDreams!.camera()))!;
  // Where a world pixel's block starts on screen: world x lands at (x - middle) * 3 + 640.
  const origin = { x: (((Math.round(640 - camera.x * 3) % 3) + 3) % 3), y: (((Math.round(360 - camera.y * 3) % 3) + 3) % 3) };
  const shot = await page.screenshot({ path: 'test-results/screenshots/world-scaled-up.png' });
  // The world between the HUD's panels: every block one colour, cones' edges included.
  const world = uniformBlockShare(shot, { zoom: 3, origin, area: { x: 220, y: 120, width: 800, height: 520 } });
  expect(world).toBe(1);
  // And it is the world, not one flat colour (a missing scale-up leaves the background).
  expect(distinctColours(shot)).toBeGreaterThan(100);
  // The time in the corner is text drawn at screen resolution: its strokes are finer than a block.
  const hud = uniformBlockShare(shot, { zoom: 3, origin, area: { x: 20, y: 14, width: 120, height: 28 } });
  expect(hud).toBeLessThan(0.9);
  expect(errors).toEqual([]);
});

/** Counts the page's calls of a WebGL context's method from before the game starts (read with webglCalls). */
async function countWebglCalls(page: Page, method: string): Promise<void> {
  await page.addInitScript((name) => {
    const counted = window as unknown as { webglCalls?: Record<string, number> };
    const calls = (counted.webglCalls ??= {});
    calls[name] = 0;
    for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
      const prototype = context.prototype as unknown as Record<string, (...given: unknown[]) => unknown>;
      const original = prototype[name]!;
      prototype[name] = function countedCall(this: unknown, ...given: unknown[]): unknown {
        calls[name]! += 1;
        return original.apply(this, given);
      };
    }
  }, method);
}

async function webglCalls(page: Page, method: string): Promise<number> {
  return page.evaluate((name) => (window as unknown as { webglCalls: Record<string, number> }).webglCalls[name] ?? 0, method);
}

/**
 * Plays a golden replay stepped frame by frame from the level's first frame and returns the dream's stage
 * then and how many times `method` was called after that first frame (the first compiles and makes what
 * the level needs from the start).
 */
async function webglCallsInPlay(page: Page, options: { readonly method: string; readonly replay: string; readonly frames: number }): Promise<{ readonly stage: string; readonly calls: number; readonly errors: readonly string[] }> {
  await countWebglCalls(page, options.method);
  const errors = await openGame(page);
  await startLevel(page);
  await page.evaluate(() => { window.__analogDreams!.stepFrames(1); });
  const atStart = await webglCalls(page, options.method);
  const stage = await page.evaluate(({ frames, count }) => {
    const hook = window.__analogDreams!;
    hook.playReplayLive(frames, { skipTicks: 0 });
    hook.stepFrames(count);
    return hook.world()!.dream.stage;
  }, { frames: replayFrames(options.replay), count: options.frames });
  return { stage, calls: (await webglCalls(page, options.method)) - atStart, errors };
}

test('no shader is compiled in the middle of play: the route into the dream links no program after the first frame', async ({ page }) => {
  // Every frame drawn along the golden run, up to a little past the dream's start (its 323rd input, after the
  // opening scene with Niko): the scenes' box, the children, the waves, the blooms.
  const played = await webglCallsInPlay(page, { method: 'linkProgram', replay: 'tests/golden/night-escape.replay.json', frames: 420 });
  expect(played.stage).toBe('dreaming');
  expect(played.calls).toBe(0);
  expect(played.errors).toEqual([]);
});

test('no framebuffer is made in the middle of play: the dream HUD\'s panel is drawn into a texture made at the level\'s start', async ({ page }) => {
  // A new framebuffer's check waits for the GPU process to finish its work: 7-19 ms of a frame under software
  // WebGL. The lane's run to a second past its dream's start (tick 333), when the panel shows with its meter.
  const played = await webglCallsInPlay(page, { method: 'createFramebuffer', replay: 'tests/golden/night-escape-lane.replay.json', frames: 400 });
  expect(played.stage).toBe('dreaming');
  expect(played.calls).toBe(0);
  expect(played.errors).toEqual([]);
});
