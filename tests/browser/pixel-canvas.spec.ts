// While a level plays, the canvas is the world's pixel size scaled up by the browser, and the screen-sized
// things are shown by the screen mirror (src/view/camera/pixel-canvas.ts); whenever Phaser must draw at
// screen size (the pause, another scene over the level) the canvas is the screen again. Either way the
// world's pixels land on the same screen pixels.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { decodeReplay } from '../../src/run/replay.ts';
import type { InputFrame } from '../../src/sim/types.ts';
import { openGame, startLevel, stepFrames } from './hook.ts';

const PLAY_REPLAY = 'tests/golden/night-escape.replay.json';
const LANE_REPLAY = 'tests/golden/night-escape-lane.replay.json';

function replayFrames(file: string): InputFrame[] {
  const decoded = decodeReplay(readFileSync(file, 'utf8'));
  if (!decoded.ok) throw new Error(`${file}: ${decoded.problem.message}`);
  return [...decoded.value.inputs];
}

/** Pixels whose colour differs between two screenshots of the same size, and the first of them. */
function difference(first: Buffer, second: Buffer): { differing: number; first: string | null } {
  const a = PNG.sync.read(first);
  const b = PNG.sync.read(second);
  let differing = 0;
  let firstAt: string | null = null;
  for (let at = 0; at < a.data.length; at += 4) {
    if (a.data[at] !== b.data[at] || a.data[at + 1] !== b.data[at + 1] || a.data[at + 2] !== b.data[at + 2]) {
      differing += 1;
      firstAt ??= `(${(at / 4) % a.width},${Math.floor(at / 4 / a.width)})`;
    }
  }
  return { differing, first: firstAt };
}

/** The golden run's world at `tick` with only the world drawn (no HUD, no words), on the canvas of the chosen size. */
async function worldAt(page: Page, options: { readonly tick: number; readonly pixelCanvas: boolean; readonly name: string }): Promise<Buffer> {
  await openGame(page);
  await startLevel(page);
  await page.evaluate(({ frames, tick, pixelCanvas }) => {
    const hook = window.__analogDreams!;
    hook.allowPixelCanvas(pixelCanvas);
    // Noise rings (drawn with the characters) grow by tweens on the frame clock, which two page loads do
    // not share: the characters are left out too.
    hook.hideDrawParts(['words', 'interface', 'sprites']);
    hook.playReplayLive(frames, { skipTicks: tick });
    hook.stepFrames(2);
  }, { frames: replayFrames(PLAY_REPLAY), tick: options.tick, pixelCanvas: options.pixelCanvas });
  const render = await page.evaluate(() => window.__analogDreams!.worldRender());
  expect(render?.pixelCanvas).toBe(options.pixelCanvas);
  return page.screenshot({ path: `test-results/screenshots/${options.name}.png` });
}

/** Where the world-sized canvas's top-left corner is on the screen. */
async function canvasCorner(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const shown = document.querySelector('canvas')!.getBoundingClientRect();
    return { x: shown.left, y: shown.top };
  });
}

test('while a level plays the canvas is the world\'s size, scaled up whole by the browser', async ({ page }) => {
  const errors = await openGame(page);
  await startLevel(page);
  await stepFrames(page, 2);
  // 1280x720 at zoom 3: 427 world pixels across and one more for the view between two pixels, 240 down.
  expect(await page.evaluate(() => window.__analogDreams!.worldRender())).toEqual({
    width: 428, height: 241, scale: 3, pixelCanvas: true,
    canvas: { width: 428, height: 241, cssWidth: 1284, cssHeight: 723 },
  });
  // The test hook can keep the screen-sized canvas (the way of drawing before the pixel canvas).
  await page.evaluate(() => { window.__analogDreams!.allowPixelCanvas(false); });
  await stepFrames(page, 1);
  expect((await page.evaluate(() => window.__analogDreams!.worldRender()))?.canvas).toEqual({ width: 1280, height: 720, cssWidth: 1280, cssHeight: 720 });
  await page.evaluate(() => { window.__analogDreams!.allowPixelCanvas(true); });
  await stepFrames(page, 1);
  expect((await page.evaluate(() => window.__analogDreams!.worldRender()))?.canvas.width).toBe(428);
  expect(errors).toEqual([]);
});

test('the world\'s pixels are the same on the world-sized canvas as on the screen-sized one', async ({ page }) => {
  // Into the yard, an Enforcer's cone and the lamps' light in view; then further in, the camera between
  // world pixels, so the canvas is placed up to a world pixel above and left of the screen's corner.
  const corners: { x: number; y: number }[] = [];
  for (const tick of [120, 560]) {
    const screenSized = await worldAt(page, { tick, pixelCanvas: false, name: `pixel-canvas-off-${tick}` });
    const worldSized = await worldAt(page, { tick, pixelCanvas: true, name: `pixel-canvas-on-${tick}` });
    corners.push(await canvasCorner(page));
    expect(difference(screenSized, worldSized)).toEqual({ differing: 0, first: null });
  }
  expect(corners[0]).toEqual({ x: 0, y: 0 });
  expect(corners[1]!.x < 0 || corners[1]!.y < 0).toBe(true);
});

test('the canvas keeps the world\'s size while the camera moves between world pixels', async ({ page }) => {
  // Every time the canvas is given a width: a resize stalls software WebGL for 100 ms or more.
  await page.addInitScript(() => {
    const width = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'width')!;
    const counted = window as unknown as { canvasWidthsSet: number };
    counted.canvasWidthsSet = 0;
    Object.defineProperty(HTMLCanvasElement.prototype, 'width', {
      get(this: HTMLCanvasElement) {
        return width.get!.call(this) as number;
      },
      set(this: HTMLCanvasElement, value: number) {
        if (this.parentElement?.id === 'game') counted.canvasWidthsSet += 1;
        width.set!.call(this, value);
      },
      configurable: true,
    });
  });
  const errors = await openGame(page);
  await startLevel(page);
  // The lane's run from a little before its dream, the camera following Mira between world pixels: the
  // canvas moves a pixel or two about the screen's corner, which Phaser's scale manager took for a page
  // that moved, and sized the canvas to the window again at its next check (every half second).
  const moves = await page.evaluate((frames) => {
    const hook = window.__analogDreams!;
    const counted = window as unknown as { canvasWidthsSet: number };
    hook.playReplayLive(frames, { skipTicks: 303 });
    hook.stepFrames(2);
    const before = counted.canvasWidthsSet;
    const corners = new Set<string>();
    for (let frame = 0; frame < 120; frame += 1) {
      hook.stepFrames(1);
      const shown = document.querySelector('#game > canvas')!.getBoundingClientRect();
      corners.add(`${shown.left},${shown.top}`);
    }
    return { widthsSet: counted.canvasWidthsSet - before, corners: corners.size };
  }, replayFrames(LANE_REPLAY));
  // Two seconds of frames (four of the scale manager's checks), the canvas moving, and not one resize.
  expect(moves.widthsSet).toBe(0);
  expect(moves.corners).toBeGreaterThan(1);
  expect(errors).toEqual([]);
});

test('a dialogue shown again is mirrored by the elements it had, not made and painted anew', async ({ page }) => {
  const errors = await openGame(page);
  await startLevel(page);
  const reopened = await page.evaluate((frames) => {
    const hook = window.__analogDreams!;
    hook.playReplayLive(frames, { skipTicks: 0 });
    const overlay = (): Element => document.querySelector('div[aria-hidden="true"]')!;
    const stepUntil = (open: boolean): void => {
      for (let frame = 0; frame < 600 && (hook.world()!.scene !== null) !== open; frame += 1) hook.stepFrames(1);
      if ((hook.world()!.scene !== null) !== open) throw new Error(`no dialogue ${open ? 'opened' : 'closed'} within 600 frames`);
    };
    stepUntil(true);
    const firstOpen = [...overlay().children];
    stepUntil(false);
    const closed = new Set(overlay().children);
    stepUntil(true);
    const again = new Set(overlay().children);
    const dialogue = firstOpen.filter((element) => !closed.has(element));
    return { dialogue: dialogue.length, notShownAgain: dialogue.filter((element) => !again.has(element)).map((element) => `${(element as HTMLCanvasElement).width}x${(element as HTMLCanvasElement).height}`) };
  }, replayFrames(PLAY_REPLAY));
  // The panel, the portraits, the shade and the words come back as the elements they were.
  expect(reopened.dialogue).toBeGreaterThan(3);
  expect(reopened.notShownAgain).toEqual([]);
  expect(errors).toEqual([]);
});
