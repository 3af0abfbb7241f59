// What the browser frame benchmarks share (tools/bench-frames.ts, tools/bench-draw-calls.ts): the game
// built with the test hook and served, Debian's Chromium with software WebGL, the level opened, the golden
// replays played in real time from where each scenario starts, an empty WebGL canvas as the yardstick, and
// a window of frames with the GPU process's CPU time over it.
// Code the page runs that defines functions is passed as text: tsx names functions through a helper
// (__name) the page does not have.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { preview } from 'vite';
import { decodeReplay, type Replay } from '../src/run/replay.ts';
import type { InputFrame } from '../src/sim/types.ts';
import { CHROMIUM_ARGS, chromiumMissingMessage, findChromium } from './chromium-path.ts';
import { measureWindow, type Window } from './frame-window.ts';

const root = join(import.meta.dirname, '..');

/** The lane route starts its dream at tick 333: the dream benchmarks start well before it. */
export const DREAM_START_TICK = 333;
/**
 * Ticks played in real time before the dream starts. The skip to them is stepped in one go, and the GPU
 * process then works off every texture upload of it for a second or so: the dream must start after that
 * backlog, or its start's figure measures the skip instead.
 */
export const DREAM_LEAD_TICKS = 150;
/** The replay of ordinary play (through the level, chased) and the one that takes the dream's lane. */
export const PLAY_REPLAY = 'tests/golden/night-escape.replay.json';
export const DREAM_REPLAY = 'tests/golden/night-escape-lane.replay.json';

export interface ScreenSize {
  readonly width: number;
  readonly height: number;
}

export function readReplay(file: string): Replay {
  const decoded = decodeReplay(readFileSync(join(root, file), 'utf8'));
  if (!decoded.ok) throw new Error(`${file}: ${decoded.problem.message}`);
  return decoded.value;
}

export const replayFrames = (file: string): InputFrame[] => [...readReplay(file).inputs];

/** An empty WebGL canvas of the size, cleared each frame: what a frame costs with nothing drawn. */
export async function emptyCanvas(browser: Browser, size: ScreenSize, seconds: number): Promise<Window> {
  const { page, cdp } = await openEmptyCanvas(browser, size);
  await page.waitForTimeout(500);
  const measured = await measureWindow(page, cdp, { seconds });
  await page.close();
  return measured;
}

/** A page with only an empty WebGL canvas of the size, cleared each frame, and the browser's session. */
export async function openEmptyCanvas(browser: Browser, size: ScreenSize): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
  const cdp = await browser.newBrowserCDPSession();
  await page.setContent(`<body style="margin:0;background:#07060d"><canvas width="${size.width}" height="${size.height}"></canvas></body>`);
  await page.evaluate(`{
    const gl = document.querySelector('canvas').getContext('webgl2');
    const frame = () => {
      gl.clearColor(0.03, 0.02, 0.05, 1);
      gl.clear(gl.COLOR_BUFFER_BIT);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }`);
  return { page, cdp };
}

/** The served game's night-escape level, ready; `initScript` (page code as text) runs before the game's. */
export async function openLevel(browser: Browser, options: { readonly size: ScreenSize; readonly port: number; readonly initScript?: string }): Promise<{ page: Page; cdp: CDPSession }> {
  const { size, port, initScript } = options;
  const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
  if (initScript !== undefined) await page.addInitScript(initScript);
  // The process list (and so the GPU process's CPU time) is the browser target's, not the page's.
  const cdp = await browser.newBrowserCDPSession();
  page.on('pageerror', (error) => {
    console.error(`page error: ${String(error)}`);
  });
  await page.goto(`http://127.0.0.1:${port}/?map=night-escape`);
  await page.waitForFunction(() => window.__analogDreams?.ready() === true, undefined, { timeout: 60_000 });
  return { page, cdp };
}

/** What a stepped scenario plays: a replay's inputs, from `skipTicks` on. */
export interface SteppedScenario {
  readonly frames: readonly InputFrame[];
  readonly skipTicks: number;
}

/**
 * The stepped scenarios of the JavaScript-per-frame rows, which profile-frames goes through frame by frame:
 * the golden run from its start, and the lane's run from a little before its dream's start, so the dream's
 * first frames are among those stepped.
 */
export const STEPPED_SCENARIOS = {
  play: { frames: replayFrames(PLAY_REPLAY), skipTicks: 0 },
  dream: { frames: replayFrames(DREAM_REPLAY), skipTicks: DREAM_START_TICK - 30 },
} as const satisfies Record<string, SteppedScenario>;

/** Starts the scenario's replay in real time from its skip, in the level open in the page (the loop keeps running). */
export async function startLiveReplay(page: Page, scenario: SteppedScenario): Promise<void> {
  await page.evaluate(
    ({ frames, skipTicks }) => {
      window.__analogDreams!.playReplayLive(frames, { skipTicks });
    },
    { frames: [...scenario.frames], skipTicks: scenario.skipTicks },
  );
}

/** The level opened as openLevel does, its loop stopped and the scenario's replay started; nothing stepped yet. */
export async function openSteppedLevel(browser: Browser, options: { readonly size: ScreenSize; readonly port: number; readonly scenario: SteppedScenario }): Promise<Page> {
  const { page } = await openLevel(browser, options);
  await page.evaluate(() => {
    window.__analogDreams!.stopLoop();
  });
  await startLiveReplay(page, options.scenario);
  return page;
}

/**
 * Builds the game as shipped plus the test hook (the hook only plays replays and answers; nothing of it
 * runs per frame unless asked), serves it on `port` and runs `measure` with Chromium; false (and a
 * `skipped` line under `name`) when there is no Chromium. `buildArguments` go to vite build as well (the
 * profile's unminified build).
 */
export async function withServedGame(options: { readonly name: string; readonly port: number; readonly buildArguments?: readonly string[] }, measure: (browser: Browser) => Promise<void>): Promise<boolean> {
  const executablePath = findChromium();
  if (executablePath === null) {
    console.log(JSON.stringify({ name: options.name, skipped: chromiumMissingMessage() }));
    return false;
  }
  const outDir = mkdtempSync(join(tmpdir(), 'analog-dreams-frames-'));
  try {
    const built = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error', ...(options.buildArguments ?? [])], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ANALOG_DREAMS_TEST_HOOK: '1' },
    });
    if (built.status !== 0) throw new Error('vite build failed');
    const server = await preview({ root, logLevel: 'error', build: { outDir }, preview: { port: options.port, strictPort: true, host: '127.0.0.1' } });
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      await measure(browser);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return true;
}
