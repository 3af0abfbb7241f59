// Where a frame's time goes, thread by thread (issue 16): `npx tsx tools/trace-frames.ts [play|dream|empty]
// [--size 1920x1080] [--seconds 3] [--hide-mirror]`. Builds and serves the game as the frame benchmarks do
// (tools/frame-scenarios.ts), plays the night escape in real time (play: the golden run; dream: the lane's
// run from a little before its dream) or shows an empty WebGL canvas of the size, and records a Chrome trace
// of a window of it (devtools.timeline, gpu, cc, viz and the frame categories). Prints, for every thread of
// every process busy for more than a twentieth of a millisecond a frame, its busy time per frame and the
// events that took it; the trace goes to --out (default /tmp/analog-dreams-trace.json) for Perfetto or
// chrome://tracing. `--hide-mirror` hides the screen mirror's boxes (src/view/ui/screen-mirror.ts).
// Measured with it at 1920x1080 (2026-12-06): the GPU process's main thread spends nearly all of a frame
// in SkiaOutputSurfaceImplOnGpu::SwapBuffers, the compositor's picture of the whole screen, as much for the
// empty canvas as for the game; the game's own WebGL is a few milliseconds.
// Also prints the page's composited layers that draw (LayerTree), with their area over the screen's: a
// count that holds still however busy the machine is (the compositor blends each of them every frame).
// It judges nothing: it attributes. Code the page runs that defines functions is passed as text.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import { DREAM_LEAD_TICKS, DREAM_REPLAY, DREAM_START_TICK, PLAY_REPLAY, openEmptyCanvas, openLevel, replayFrames, startLiveReplay, withServedGame } from './frame-scenarios.ts';
import { recordTrace, type TraceEvent } from './frame-trace.ts';
import { measureWindow } from './frame-window.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 && at + 1 < args.length ? args[at + 1]! : fallback;
};
const scenario = args.find((argument, index) => !argument.startsWith('--') && !args[index - 1]?.startsWith('--')) ?? 'play';
const [width, height] = option('--size', '1920x1080').split('x').map(Number) as [number, number];
const seconds = Number(option('--seconds', '3'));
const out = option('--out', '/tmp/analog-dreams-trace.json');
const port = Number(process.env.ANALOG_DREAMS_BENCH_PORT ?? 4179);
if (!['play', 'dream', 'empty'].includes(scenario) || !(width > 0 && height > 0 && seconds > 0)) {
  throw new Error(`trace-frames: expected [play|dream|empty] [--size WxH] [--seconds S], got ${args.join(' ')}`);
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'gpu', 'cc', 'viz', 'toplevel', 'blink', 'v8'];
/** The play settles this long before the window: the level's first frames compile and upload. */
const SETTLE_MILLISECONDS = 1500;

interface Layer {
  readonly width: number;
  readonly height: number;
  readonly drawsContent: boolean;
}

/** The page's composited layers that draw something, from the next change of its layer tree. */
async function drawingLayers(page: Page): Promise<Layer[]> {
  const session = await page.context().newCDPSession(page);
  const changed = new Promise<Layer[]>((resolve) => {
    session.on('LayerTree.layerTreeDidChange', (tree) => {
      if (tree.layers !== undefined) resolve(tree.layers);
    });
  });
  await session.send('LayerTree.enable');
  const layers = await changed;
  await session.send('LayerTree.disable');
  return layers.filter((layer) => layer.drawsContent && layer.width * layer.height > 0);
}

/** Per thread: time inside its outermost complete events, and those events' names by time, per frame. */
function summary(events: readonly TraceEvent[], frames: number): string[] {
  const threadNames = new Map<string, string>();
  const processNames = new Map<number, string>();
  for (const event of events) {
    if (event.ph !== 'M') continue;
    if (event.name === 'thread_name') threadNames.set(`${event.pid}/${event.tid}`, event.args?.name ?? '');
    if (event.name === 'process_name') processNames.set(event.pid, event.args?.name ?? '');
  }
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (event.ph !== 'X' || event.dur === undefined) continue;
    const key = `${event.pid}/${event.tid}`;
    const list = byThread.get(key);
    if (list === undefined) byThread.set(key, [event]);
    else list.push(event);
  }
  const perFrame = (microseconds: number): string => (microseconds / 1000 / frames).toFixed(2);
  const rows: { busy: number; text: string }[] = [];
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let end = -1;
    let busy = 0;
    const inside = new Map<string, number>();
    for (const event of list) {
      const duration = event.dur ?? 0;
      if (event.ts >= end) {
        busy += duration;
        end = event.ts + duration;
      } else inside.set(event.name, (inside.get(event.name) ?? 0) + duration);
    }
    if (busy / 1000 / frames < 0.05) continue;
    const process = processNames.get(Number(key.split('/')[0])) ?? key;
    const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, time]) => `${name} ${perFrame(time)}`);
    rows.push({ busy, text: `${perFrame(busy).padStart(7)} ms/frame  ${process} / ${threadNames.get(key) ?? key}\n      ${top.join(', ')}` });
  }
  return rows.sort((a, b) => b.busy - a.busy).map((row) => row.text);
}

await withServedGame({ name: 'trace/', port }, async (browser) => {
  const size = { width, height };
  const { page, cdp } = scenario === 'empty' ? await openEmptyCanvas(browser, size) : await openLevel(browser, { size, port });
  if (scenario !== 'empty') {
    const dream = scenario === 'dream';
    await startLiveReplay(page, { frames: replayFrames(dream ? DREAM_REPLAY : PLAY_REPLAY), skipTicks: dream ? DREAM_START_TICK - DREAM_LEAD_TICKS : 0 });
  }
  if (args.includes('--hide-mirror')) await page.addStyleTag({ content: '#game > div[aria-hidden="true"] { display: none !important }' });
  await page.waitForTimeout(SETTLE_MILLISECONDS);
  const layers = await drawingLayers(page);
  const area = layers.reduce((sum, layer) => sum + layer.width * layer.height, 0);
  const sizes = layers.map((layer) => `${layer.width}x${layer.height}`).join(' ');
  console.log(`${layers.length} composited layers draw, ${(area / (width * height)).toFixed(2)} of the screen's area: ${sizes}`);
  let frames = 1;
  const events = await recordTrace(cdp, CATEGORIES, async () => {
    frames = (await measureWindow(page, cdp, { seconds })).frames;
  });
  await page.close();
  writeFileSync(out, JSON.stringify({ traceEvents: events }));
  console.log(`${scenario} ${width}x${height}: ${frames} frames in ${seconds} s, load ${loadavg().map((value) => value.toFixed(2)).join(' ')}; trace in ${out}`);
  for (const row of summary(events, frames)) console.log(row);
});
