// Where the level's drawing spends the GPU process's time (issue 16): `npx tsx tools/bench-draw-calls.ts
// [draw/<scenario>[/<part>]] [--quick]`, or `npm run bench -- draw/` (only when named: a run takes a minute or two).
// Plays the frame benchmarks' replays (tools/frame-scenarios.ts) at 1280x720 in Debian's Chromium with
// software WebGL, in play and in the dream, and counts from outside the game what WebGL is asked per
// frame: every WebGL method is wrapped with a counter before the game loads (COUNTING_SCRIPT). Then each
// part of the level (test-hook-draw-parts.ts) is left out in turn, to see what each costs the GPU process.
// Every window replays the same ticks: the game's loop is stopped, the replay restarts at the scenario's
// tick for each window, and the page steps one tick and draws it at each animation frame, so every
// variant draws the same frames however busy the machine is (in real time a busy machine drew different
// ticks, and the counts of the same variant differed by half). The variants take turns within each
// round, so other jobs on the machine weigh on them alike.
// One JSON line per scenario and variant, `draw/720p-<scenario>/<variant>`: the GPU process's CPU per
// frame (median over the rounds) and what leaving the part out saved against `all` (nothing left out),
// the WebGL work per frame and what that saved, fps and the load averages; `all` also carries the empty
// canvas's GPU time and the ratio issue 16 judges, and the methods called most. A table on stderr.
// It judges nothing: it attributes.
import { loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import type { CDPSession } from '@playwright/test';
import { DREAM_REPLAY, DREAM_START_TICK, PLAY_REPLAY, emptyCanvas, openLevel, replayFrames, startLiveReplay, withServedGame } from './frame-scenarios.ts';
import { gpuSeconds, round } from './frame-window.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const prefix = args.find((argument) => !argument.startsWith('--')) ?? '';
const port = Number(process.env.ANALOG_DREAMS_BENCH_PORT ?? 4179);
const SIZE = { width: 1280, height: 720 } as const;
/** The parts the test hook can leave out (src/view/test-hook-draw-parts.ts' DRAW_PARTS; tools import no view code). */
type DrawPart = string;
/** Frames (one tick each) each variant is measured over in each round. */
const WINDOW_FRAMES = 45;
/** After the window's frames, the GPU process finishes the last of them before its time is read. */
const DRAIN_MILLISECONDS = 150;
const ROUNDS = quick ? 1 : 3;
/** After a replay starts from a skip, the GPU process works off the skip's uploads for about a second: nothing is drawn meanwhile. */
const WARM_UP_MILLISECONDS = 1500;

interface Scenario {
  readonly name: string;
  readonly replay: string;
  /** Ticks run at once before the replay plays in real time. */
  readonly fromTick: number;
  /** A window that ends past this tick saw something else (the finish): it is measured again. */
  readonly untilTick: number;
  readonly dream: boolean;
  readonly parts: readonly DrawPart[];
}

const COMMON_PARTS: readonly DrawPart[] = ['tiles-below', 'floor', 'darkness', 'cones', 'cues', 'sprites', 'tiles-above', 'overhead', 'world', 'upscale', 'words', 'interface'];
const SCENARIOS: readonly Scenario[] = [
  // Through the yard with enforcers and their cones in view, after the first choice's dialogue.
  { name: 'draw/720p-play', replay: PLAY_REPLAY, fromTick: 240, untilTick: 770, dream: false, parts: COMMON_PARTS },
  // Well inside the dream: its first second stalls on uploads of its own.
  { name: 'draw/720p-dream', replay: DREAM_REPLAY, fromTick: DREAM_START_TICK + 60, untilTick: 790, dream: true, parts: [...COMMON_PARTS, 'dream-cells'] },
];

/**
 * Wraps every method of both WebGL contexts' prototypes with a counter, before the game makes its
 * context; uploads and buffer writes also count their bytes. Page code, as text (see frame-scenarios.ts).
 */
const COUNTING_SCRIPT = `(() => {
  const fresh = () => ({ calls: {}, uploadBytes: 0, bufferBytes: 0 });
  let counts = fresh();
  const sourceBytes = (source) => {
    if (source === null || source === undefined) return 0;
    if (typeof source === 'number') return -1;
    if (typeof source.byteLength === 'number') return source.byteLength;
    const width = source.videoWidth || source.naturalWidth || source.displayWidth || source.width || 0;
    const height = source.videoHeight || source.naturalHeight || source.displayHeight || source.height || 0;
    return width * height * 4;
  };
  // texImage2D(target, level, internalformat, width, height, border, format, type, pixels) or (..., format, type, source);
  // texSubImage2D(target, level, x, y, width, height, format, type, pixels) or (target, level, x, y, format, type, source).
  // A number for pixels is an offset into a bound pixel buffer: width x height x 4 bytes.
  const uploadBytes = (name, parameters) => {
    const long = parameters.length >= 9;
    const width = name === 'texImage2D' ? parameters[3] : parameters[4];
    const height = name === 'texImage2D' ? parameters[4] : parameters[5];
    const bytes = sourceBytes(long ? parameters[8] : parameters[parameters.length - 1]);
    return bytes < 0 ? width * height * 4 : bytes;
  };
  const bufferBytes = (name, parameters) => {
    const data = name === 'bufferData' ? parameters[1] : parameters[2];
    if (typeof data === 'number') return name === 'bufferData' ? data : 0;
    const length = parameters[4];
    return typeof length === 'number' && length > 0 && data && data.BYTES_PER_ELEMENT ? length * data.BYTES_PER_ELEMENT : sourceBytes(data);
  };
  for (const context of [self.WebGLRenderingContext, self.WebGL2RenderingContext]) {
    if (context === undefined) continue;
    const prototype = context.prototype;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
      if (descriptor === undefined || typeof descriptor.value !== 'function' || name === 'constructor') continue;
      const original = descriptor.value;
      const upload = name === 'texImage2D' || name === 'texSubImage2D';
      const buffer = name === 'bufferData' || name === 'bufferSubData';
      prototype[name] = function (...parameters) {
        counts.calls[name] = (counts.calls[name] || 0) + 1;
        if (upload) counts.uploadBytes += uploadBytes(name, parameters);
        if (buffer) counts.bufferBytes += bufferBytes(name, parameters);
        return original.apply(this, parameters);
      };
    }
  }
  self.__webglCounts = {
    reset: () => { counts = fresh(); },
    read: () => counts,
  };
})();`;

interface Counts {
  readonly calls: Record<string, number>;
  readonly uploadBytes: number;
  readonly bufferBytes: number;
}

/** What a frame asks of WebGL, by kind: the figures issue 16's next step chooses by. */
function perFrame(counts: Counts, frames: number): Record<string, number> {
  const sum = (...names: string[]): number => names.reduce((total, name) => total + (counts.calls[name] ?? 0), 0);
  const each = (value: number): number => round(value / frames, 1);
  return {
    drawCalls: each(sum('drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements')),
    textureBinds: each(sum('bindTexture')),
    uploads: each(sum('texImage2D', 'texSubImage2D')),
    uploadKilobytes: each(counts.uploadBytes / 1024),
    bufferWrites: each(sum('bufferData', 'bufferSubData')),
    bufferKilobytes: each(counts.bufferBytes / 1024),
    programSwitches: each(sum('useProgram')),
    framebufferBinds: each(sum('bindFramebuffer')),
    clears: each(sum('clear')),
    allCalls: each(Object.values(counts.calls).reduce((total, count) => total + count, 0)),
  };
}

interface Variant {
  readonly key: string;
  readonly parts: readonly DrawPart[];
}

interface Sample {
  readonly gpuMillisecondsPerFrame: number;
  readonly fps: number;
  readonly load: number;
  readonly work: Record<string, number>;
  readonly topCalls: [string, number][];
  /** The world's tick when the window ended. */
  readonly endTick: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return round(sorted.length === 0 ? Number.NaN : sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2);
};
const wanted = (name: string): boolean => name.startsWith(prefix) || prefix.startsWith(name);

async function worldState(page: Page): Promise<{ tick: number; dreaming: boolean }> {
  return page.evaluate(() => {
    const world = window.__analogDreams!.world();
    return { tick: world?.tick ?? -1, dreaming: world !== null && world.dream.stage !== 'waking' };
  });
}

async function startReplay(page: Page, scenario: Scenario): Promise<void> {
  await startLiveReplay(page, { frames: replayFrames(scenario.replay), skipTicks: scenario.fromTick });
  await page.waitForTimeout(WARM_UP_MILLISECONDS);
}

/** Steps WINDOW_FRAMES frames, one at each animation frame, and reads what the GPU process spent on them. */
async function steppedWindow(page: Page, cdp: CDPSession): Promise<{ frames: number; fps: number; gpuMillisecondsPerFrame: number }> {
  const gpuBefore = await gpuSeconds(cdp);
  const elapsed = await page.evaluate<number>(`new Promise((resolve) => {
    const hook = window.__analogDreams;
    const started = performance.now();
    let frames = 0;
    const step = () => {
      hook.stepFrames(1);
      frames += 1;
      if (frames < ${WINDOW_FRAMES}) requestAnimationFrame(step);
      else requestAnimationFrame(() => resolve(performance.now() - started));
    };
    requestAnimationFrame(step);
  })`);
  await page.waitForTimeout(DRAIN_MILLISECONDS);
  const gpuAfter = await gpuSeconds(cdp);
  return { frames: WINDOW_FRAMES, fps: round((WINDOW_FRAMES * 1000) / elapsed, 1), gpuMillisecondsPerFrame: round(((gpuAfter - gpuBefore) * 1000) / WINDOW_FRAMES) };
}

/** One window with the variant's parts left out, from the scenario's tick; null when the world left the scenario meanwhile. */
async function measureVariant(page: Page, run: { readonly scenario: Scenario; readonly variant: Variant; readonly cdp: CDPSession }): Promise<Sample | null> {
  const { scenario, variant, cdp } = run;
  await page.evaluate(`window.__analogDreams.hideDrawParts(${JSON.stringify(variant.parts)})`);
  await startReplay(page, scenario);
  await page.evaluate('window.__webglCounts.reset()');
  const measured = await steppedWindow(page, cdp);
  const counts = await page.evaluate<Counts>('window.__webglCounts.read()');
  const after = await worldState(page);
  if (after.tick > scenario.untilTick || (scenario.dream && !after.dreaming)) return null;
  const topCalls = Object.entries(counts.calls)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, count]): [string, number] => [name, round(count / measured.frames, 1)]);
  return { gpuMillisecondsPerFrame: measured.gpuMillisecondsPerFrame, fps: measured.fps, load: round(loadavg()[0] ?? 0), work: perFrame(counts, measured.frames), topCalls, endTick: after.tick };
}

async function measureScenario(browser: Parameters<Parameters<typeof withServedGame>[1]>[0], scenario: Scenario): Promise<Record<string, unknown>[]> {
  // Those the prefix names (`draw/720p-play/upscale`), and always `all` beside them.
  const named = scenario.parts.filter((part) => wanted(`${scenario.name}/${part}`));
  const variants: Variant[] = [{ key: 'all', parts: [] }, ...named.map((part) => ({ key: part, parts: [part] }))];
  const empty = await emptyCanvas(browser, SIZE, 2);
  const { page, cdp } = await openLevel(browser, { size: SIZE, port, initScript: COUNTING_SCRIPT });
  await page.evaluate(() => {
    window.__analogDreams!.stopLoop();
  });
  const samples = new Map<string, Sample[]>(variants.map((variant) => [variant.key, []]));
  let objectCounts: Record<string, number> = {};
  for (let roundIndex = 0; roundIndex < ROUNDS; roundIndex += 1) {
    const rotated = variants.map((_, index) => variants[(index + roundIndex) % variants.length]!);
    // `all` twice a round, the second half-way round from the first: the figure every other is held against.
    const halfWay = (rotated.indexOf(variants[0]!) + Math.ceil(rotated.length / 2)) % rotated.length;
    const order = variants.length > 2 ? [...rotated.slice(0, halfWay), variants[0]!, ...rotated.slice(halfWay)] : rotated;
    for (const variant of order) {
      let sample: Sample | null = null;
      for (let attempt = 0; attempt < 3 && sample === null; attempt += 1) sample = await measureVariant(page, { scenario, variant, cdp });
      if (sample === null) throw new Error(`${scenario.name}/${variant.key}: three windows in a row left the scenario (past tick ${scenario.untilTick}${scenario.dream ? ' or out of the dream' : ''})`);
      samples.get(variant.key)!.push(sample);
      if (variant.key === 'all' && roundIndex === 0 && Object.keys(objectCounts).length === 0) objectCounts = await page.evaluate(() => window.__analogDreams!.drawPartCounts());
    }
  }
  await page.close();
  const all = samples.get('all')!;
  const allGpu = median(all.map((sample) => sample.gpuMillisecondsPerFrame));
  const workKeys = Object.keys(all[0]!.work);
  const medianWork = (taken: Sample[]): Record<string, number> => Object.fromEntries(workKeys.map((key) => [key, median(taken.map((sample) => sample.work[key] ?? 0))]));
  const allWork = medianWork(all);
  return variants.map((variant) => {
    const taken = samples.get(variant.key)!;
    const gpu = median(taken.map((sample) => sample.gpuMillisecondsPerFrame));
    const work = medianWork(taken);
    return {
      name: `${scenario.name}/${variant.key}`,
      unit: 'ms',
      value: gpu,
      savedGpuMsPerFrame: round(allGpu - gpu),
      savedDrawCalls: round((allWork.drawCalls ?? 0) - (work.drawCalls ?? 0), 1),
      objects: variant.key === 'all' ? undefined : objectCounts[variant.key],
      ...work,
      fps: median(taken.map((sample) => sample.fps)),
      gpuMsPerFrameByRound: taken.map((sample) => sample.gpuMillisecondsPerFrame),
      endTicks: taken.map((sample) => sample.endTick),
      load: taken.map((sample) => sample.load),
      frames: WINDOW_FRAMES,
      ...(variant.key === 'all'
        ? { emptyGpuMsPerFrame: empty.gpuMillisecondsPerFrame, ratioToEmpty: round(gpu / empty.gpuMillisecondsPerFrame), topCallsPerFrame: Object.fromEntries(taken[0]!.topCalls) }
        : {}),
    };
  });
}

function printTable(lines: Record<string, unknown>[]): void {
  const columns = ['name', 'value', 'savedGpuMsPerFrame', 'drawCalls', 'savedDrawCalls', 'textureBinds', 'programSwitches', 'framebufferBinds', 'uploadKilobytes', 'bufferKilobytes', 'objects', 'fps'] as const;
  const headings = ['variant', 'GPU ms/frame', 'saved ms', 'draw calls', 'saved draws', 'texture binds', 'programs', 'framebuffer binds', 'upload KB', 'buffer KB', 'objects', 'fps'];
  console.error(`| ${headings.join(' | ')} |`);
  console.error(`|${headings.map(() => ' --- ').join('|')}|`);
  for (const line of lines) console.error(`| ${columns.map((column) => JSON.stringify(line[column] ?? '')).join(' | ')} |`);
}

async function main(): Promise<void> {
  const scenarios = SCENARIOS.filter((scenario) => wanted(scenario.name));
  if (scenarios.length === 0) return;
  await withServedGame({ name: 'draw/', port }, async (browser) => {
    for (const scenario of scenarios) {
      const lines = await measureScenario(browser, scenario);
      for (const line of lines) console.log(JSON.stringify(line));
      printTable(lines);
    }
  });
}

await main();
