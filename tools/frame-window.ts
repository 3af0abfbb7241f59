// What a page costs per frame over a window of real time, for the frame benchmarks (bench-frames.ts, the
// game; bench-layers.ts, bare pages of each layer architecture): frames counted by the page's own
// requestAnimationFrame, CPU time read from Chromium's process list. The page's code is passed as text:
// tsx names functions through a helper (__name) the page does not have.
import type { CDPSession, Page } from '@playwright/test';

export const round = (value: number, places = 2): number => Math.round(value * 10 ** places) / 10 ** places;

/** CPU seconds Chromium's processes of one type ('gpu', 'renderer') have used so far, from the browser target's session. */
export async function processSeconds(cdp: CDPSession, type: string): Promise<number> {
  const info = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; cpuTime: number }[] };
  return info.processInfo.filter((process) => process.type.toLowerCase() === type).reduce((sum, process) => sum + process.cpuTime, 0);
}

/** CPU seconds the GPU process has used so far: where software WebGL draws, and where the canvases are composited. */
export async function gpuSeconds(cdp: CDPSession): Promise<number> {
  return processSeconds(cdp, 'gpu');
}

export interface Window {
  readonly fps: number;
  readonly gpuMillisecondsPerFrame: number;
  /** Every renderer process's CPU per frame: the page's main thread, its compositor and raster threads. */
  readonly rendererMillisecondsPerFrame: number;
  readonly longestFrame: number;
  readonly frames: number;
  /** The window's length: `seconds`, or less when `until` ended it early. */
  readonly seconds: number;
  /** What `watch` gave over the window's frames, a run of equal values kept once, in order ([] unwatched). */
  readonly watched: readonly string[];
  /** The share of the window's frames for which `share` was true (null when not asked). */
  readonly share: number | null;
}

export interface WindowOptions {
  readonly seconds: number;
  /** A JavaScript expression the page evaluates at every frame of the window, e.g. the game's dream stage. */
  readonly watch?: string;
  /** A JavaScript expression the page evaluates at every frame of the window: true ends the window there. */
  readonly until?: string;
  /** A JavaScript expression the page evaluates at every frame of the window: the share of frames it was true for is reported. */
  readonly share?: string;
}

/** Counts the page's frames over `seconds` of real time and what the GPU and renderer processes spent meanwhile. */
export async function measureWindow(page: Page, cdp: CDPSession, options: WindowOptions): Promise<Window> {
  const gpuBefore = await gpuSeconds(cdp);
  const rendererBefore = await processSeconds(cdp, 'renderer');
  const counted = await page.evaluate<{ frames: number; elapsed: number; longest: number; watched: string[]; sharing: number }>(`new Promise((resolve) => {
    const started = performance.now();
    let last = started;
    let frames = 0;
    let longest = 0;
    const watched = [];
    let sharing = 0;
    const tick = (now) => {
      frames += 1;
      ${options.share === undefined ? '' : `if (${options.share}) sharing += 1;`}
      longest = Math.max(longest, now - last);
      last = now;
      ${options.watch === undefined ? '' : `const value = String(${options.watch});
      if (watched.at(-1) !== value) watched.push(value);`}
      const ended = now - started >= ${options.seconds * 1000}${options.until === undefined ? '' : ` || (${options.until})`};
      if (!ended) requestAnimationFrame(tick);
      else resolve({ frames, elapsed: now - started, longest, watched, sharing });
    };
    requestAnimationFrame(tick);
  })`);
  const gpuAfter = await gpuSeconds(cdp);
  const rendererAfter = await processSeconds(cdp, 'renderer');
  const frames = Math.max(1, counted.frames);
  return {
    fps: round((frames * 1000) / counted.elapsed, 1),
    gpuMillisecondsPerFrame: round(((gpuAfter - gpuBefore) * 1000) / frames),
    rendererMillisecondsPerFrame: round(((rendererAfter - rendererBefore) * 1000) / frames),
    longestFrame: round(counted.longest, 1),
    frames,
    seconds: round(counted.elapsed / 1000),
    watched: counted.watched,
    share: options.share === undefined ? null : round(counted.sharing / frames),
  };
}

/**
 * Seconds the page's main thread has spent in tasks, and in script, so far (CDP Performance metrics,
 * `TaskDuration` and `ScriptDuration`), from the page's own session with `Performance.enable` sent.
 */
export async function mainThreadSeconds(pageSession: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics } = await pageSession.send('Performance.getMetrics');
  const metric = (name: string): number => metrics.find((entry) => entry.name === name)?.value ?? 0;
  return { task: metric('TaskDuration'), script: metric('ScriptDuration') };
}
