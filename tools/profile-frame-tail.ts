// Where the slow stepped frames of frame/js-per-frame go: `npm run profile-frames -- [play|dream]
// [--frames N] [--over MS]`. Steps the level as the benchmark does (loop stopped, one tick a frame) under a Chromium
// trace, and prints for each frame slower than the median by far what the hook's parts took, the garbage
// collections that ran inside it and the longest trace events of its main thread (a GL call that waited
// for the GPU process shows there); then, in a second run under V8's sampling heap profiler, the bytes
// allocated per frame by function, garbage included. Diagnosis only: the benchmark's figures are taken
// with neither attached (tools/bench-frames.ts).
// Code the page runs that defines functions is passed as text: tsx names functions through a helper
// (__name) the page does not have.
import type { CDPSession, Page } from '@playwright/test';
import { STEPPED_SCENARIOS, openSteppedLevel, withServedGame } from './frame-scenarios.ts';
import { steppedUnderTrace, type TraceEvent, type TracedFrame } from './frame-trace.ts';
import { round } from './frame-window.ts';

const args = process.argv.slice(2);
const scenarioName = args.find((argument) => !argument.startsWith('--') && !/^[\d.]+$/.test(argument)) ?? 'play';
const framesArgument = args.indexOf('--frames');
const FRAMES = framesArgument >= 0 ? Number(args[framesArgument + 1]) : 480;
const port = Number(process.env.ANALOG_DREAMS_BENCH_PORT ?? 4179);
/** A frame this many times the median is reported in full. */
const SLOW_FACTOR = 3;
const overArgument = args.indexOf('--over');
/** `--over MS`: frames whose update plus draw took longer than this are reported, instead of SLOW_FACTOR times the median. */
const OVER_MILLISECONDS = overArgument >= 0 ? Number(args[overArgument + 1]) : null;


const CATEGORIES = process.env.PROFILE_CATEGORIES ?? 'devtools.timeline,v8,disabled-by-default-v8.gc,gpu';

const medianOf = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const span = (event: TraceEvent): string => `${event.name} ${round((event.dur ?? 0) / 1000, 2)}ms`;

function report(frames: readonly TracedFrame[]): void {
  const median = medianOf(frames.map((frame) => frame.javascript));
  const gcNames = new Set<string>();
  for (const frame of frames) for (const event of frame.inside) if (/GC|Scaveng|Sweep|Mark/i.test(event.name)) gcNames.add(`${event.cat}:${event.name}`);
  let slow = 0;
  let slowWithGc = 0;
  frames.forEach((frame, index) => {
    if (frame.javascript < (OVER_MILLISECONDS ?? median * SLOW_FACTOR)) return;
    slow += 1;
    if (frame.collection > 0) slowWithGc += 1;
    const rounded = Object.fromEntries(Object.entries(frame.parts).map(([part, milliseconds]: [string, number]) => [part, round(milliseconds, 2)]));
    const longest = [...frame.inside].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 4);
    console.log(JSON.stringify({ frame: index, javascript: round(frame.javascript, 2), updateWall: round(frame.updateWall, 2), updateCpu: round(frame.updateCpu, 2), wall: round(frame.wall, 2), cpu: round(frame.cpu, 2), collection: round(frame.collection, 2), gpuWaitInUpdate: round(frame.gpuWaitInUpdate, 2), ...rounded, longest: longest.map(span) }));
  });
  const withGc = frames.filter((frame) => frame.collection > 0).length;
  const waiting = frames.filter((frame) => frame.gpuWaitInUpdate > 0.5);
  console.log(JSON.stringify({ framesWaitingForGpuInUpdate: waiting.length, at: waiting.map((frame) => frames.indexOf(frame)) }));
  const partMedians = Object.fromEntries((['step', 'events', 'draw', 'screen', 'render'] as const).map((part) => [part, round(medianOf(frames.map((frame) => frame.parts[part])), 3)]));
  console.log(JSON.stringify({ partMedians }));
  console.log(JSON.stringify({ frames: frames.length, medianMs: round(median, 3), slowFrames: slow, slowWithGc, framesWithGc: withGc, gcEvents: [...gcNames] }));
}

/** The functions that open each part of a frame as the hook splits it: the nearest one above an allocation names its part. */
const PARTS: readonly (readonly [string, string])[] = [
  ['frame', 'step'],
  ['afterTick', 'events'],
  ['#draw', 'draw'],
  ['choose', 'screen'],
  ['render', 'render'],
];

interface SampledNode {
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
  readonly selfSize: number;
  readonly children: readonly SampledNode[];
}

/** Bytes allocated per frame by function (garbage included), from V8's sampling heap profiler. */
async function allocations(page: Page, cdp: CDPSession, count: number): Promise<void> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  await page.evaluate(`(() => {
    const hook = window.__analogDreams;
    for (let index = 0; index < ${count}; index += 1) hook.timedFrame();
  })()`);
  const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: SampledNode } };
  const bySite = new Map<string, number>();
  const byPart = new Map<string, number>();
  let total = 0;
  const visit = (node: SampledNode, path: string, part: string): void => {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const site = `${functionName || '(anonymous)'} ${url.split('/').at(-1) ?? ''}:${lineNumber + 1}:${columnNumber + 1}`;
    const here = `${path} < ${site}`;
    const inPart = PARTS.find(([name]) => name === functionName)?.[1] ?? part;
    if (node.selfSize > 0) {
      // The allocating function and its two callers: enough to tell whose code asked.
      const key = `[${inPart}] ${here.split(' < ').slice(-3).reverse().join(' < ')}`;
      bySite.set(key, (bySite.get(key) ?? 0) + node.selfSize);
      byPart.set(inPart, (byPart.get(inPart) ?? 0) + node.selfSize);
      total += node.selfSize;
    }
    for (const child of node.children) visit(child, here, inPart);
  };
  visit(profile.head, '', 'other');
  const partKilobytes = Object.fromEntries([...byPart].map(([part, bytes]) => [part, round(bytes / count / 1024, 1)]));
  console.log(JSON.stringify({ allocatedKilobytesPerFrame: round(total / count / 1024, 1), byPart: partKilobytes, frames: count }));
  for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`${round(bytes / count / 1024, 2)} KB/frame  ${site}`);
}

interface ProfiledNode {
  readonly id: number;
  readonly callFrame: SampledNode['callFrame'];
  readonly children?: readonly number[];
}

/** Milliseconds per frame of the screen mirror's own work by function (self time under PixelCanvas.choose), from V8's CPU profiler. */
async function screenTime(page: Page, cdp: CDPSession, count: number): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.evaluate(`(() => {
    const hook = window.__analogDreams;
    for (let index = 0; index < ${count}; index += 1) hook.timedFrame();
  })()`);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfiledNode[]; samples: number[]; timeDeltas: number[] } };
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const underChoose = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) if (byId.get(at)?.callFrame.functionName === 'choose') return true;
    return false;
  };
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    if (!underChoose(id)) return;
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').at(-1) ?? ''}:${lineNumber + 1}`;
    const micros = profile.timeDeltas[index] ?? 0;
    self.set(key, (self.get(key) ?? 0) + micros);
    total += micros;
  });
  console.log(JSON.stringify({ screenMsPerFrame: round(total / count / 1000, 3) }));
  for (const [key, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${round(micros / count / 1000, 4)} ms/frame  ${key}`);
}

async function main(): Promise<void> {
  if (!(scenarioName in STEPPED_SCENARIOS)) throw new Error(`profile-frame-tail: no scenario "${scenarioName}" (play or dream)`);
  const scenario = STEPPED_SCENARIOS[scenarioName as keyof typeof STEPPED_SCENARIOS];
  // Unminified, so the allocating functions are named as in the source.
  await withServedGame({ name: 'profile/', port, buildArguments: ['--minify', 'false'] }, async (browser) => {
    const size = { width: 1280, height: 720 };
    const tracedPage = await openSteppedLevel(browser, { size, port, scenario });
    report(await steppedUnderTrace(tracedPage, { count: FRAMES, categories: CATEGORIES }));
    await tracedPage.close();
    const sampledPage = await openSteppedLevel(browser, { size, port, scenario });
    await allocations(sampledPage, await sampledPage.context().newCDPSession(sampledPage), FRAMES);
    await sampledPage.close();
    const profiledPage = await openSteppedLevel(browser, { size, port, scenario });
    await screenTime(profiledPage, await profiledPage.context().newCDPSession(profiledPage), FRAMES);
    await profiledPage.close();
  });
}

await main();
