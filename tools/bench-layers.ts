// Which way of layering the world and the HUD can bring a frame to 1.5 times an empty canvas's cost
// (issue 16) under software WebGL: `npx tsx tools/bench-layers.ts [layers/<size>/<key>] [--quick]
// [--look <folder>]`, or `npm run bench -- layers/`. Bare pages, no game and no build (tools/layer-pages.ts
// says what each draws), in Debian's Chromium with SwiftShader, at 1280x720 and 1920x1080. The
// configurations take turns within each round (each round starts one further along), so other jobs on
// the machine weigh on them alike; each figure is the median over the rounds. One JSON line per
// configuration and size, `value` the GPU process's CPU per frame, beside it the empty canvas's of the
// same round (a-empty, as bench-frames.ts draws it) and the ratio of the two, the renderer processes'
// CPU per frame, the page's main-thread task and script time per frame, fps and the load averages of
// the rounds. Then the same as a table on stderr. It judges nothing: it is a probe, and today's shape
// (b) is expected to miss. `--look` also saves a screenshot of each page.
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumMissingMessage, findChromium } from './chromium-path.ts';
import { mainThreadSeconds, measureWindow, round } from './frame-window.ts';
import { LAYER_CONFIGURATIONS, SCREEN_SIZES, layerPage, type LayerConfiguration, type ScreenSize } from './layer-pages.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const lookIndex = args.indexOf('--look');
const lookFolder = lookIndex >= 0 ? args[lookIndex + 1] : undefined;
if (lookIndex >= 0 && (lookFolder === undefined || lookFolder.startsWith('--'))) throw new Error('bench-layers: --look needs a folder');
const prefix = args.find((argument, index) => !argument.startsWith('--') && (lookIndex < 0 || index !== lookIndex + 1)) ?? '';
/** Seconds each configuration is measured for in each round, after its warm-up. */
const WINDOW_SECONDS = quick ? 2 : 4;
const ROUNDS = quick ? 1 : 3;
/** Frames drawn before a window starts: the first frames compile shaders and upload the pictures. */
const WARM_UP_MILLISECONDS = 700;
/** What issue 16 asks of a frame: at most this many times an empty canvas's GPU-process CPU. */
const RATIO_BUDGET = 1.5;
const REFERENCE = 'a-empty';

const wanted = (name: string): boolean => name.startsWith(prefix) || prefix.startsWith(name);
const rowName = (size: ScreenSize, configuration: LayerConfiguration): string => `layers/${size.label}/${configuration.key}`;

interface Sample {
  readonly gpuMillisecondsPerFrame: number;
  readonly rendererMillisecondsPerFrame: number;
  readonly mainThreadMillisecondsPerFrame: number;
  readonly scriptMillisecondsPerFrame: number;
  readonly fps: number;
  readonly load: number;
}

async function measurePage(browser: Browser, browserSession: CDPSession, run: { size: ScreenSize; configuration: LayerConfiguration }): Promise<Sample> {
  const { size, configuration } = run;
  const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const pageSession = await page.context().newCDPSession(page);
  await pageSession.send('Performance.enable');
  await page.setContent(layerPage(configuration, size));
  await page.waitForTimeout(WARM_UP_MILLISECONDS);
  const state = await page.evaluate<{ frames: number; problem: string | null }>('window.__layers');
  const problem = state.problem ?? errors[0] ?? (state.frames === 0 ? 'no frame drawn' : null);
  if (problem !== null) throw new Error(`${rowName(size, configuration)}: ${problem}`);
  if (lookFolder !== undefined) await page.screenshot({ path: join(lookFolder, `${size.label}-${configuration.key}.png`) });
  const before = await mainThreadSeconds(pageSession);
  const measured = await measureWindow(page, browserSession, { seconds: WINDOW_SECONDS });
  const after = await mainThreadSeconds(pageSession);
  await page.close();
  const perFrame = (seconds: number): number => round((seconds * 1000) / measured.frames);
  return {
    gpuMillisecondsPerFrame: measured.gpuMillisecondsPerFrame,
    rendererMillisecondsPerFrame: measured.rendererMillisecondsPerFrame,
    mainThreadMillisecondsPerFrame: perFrame(after.task - before.task),
    scriptMillisecondsPerFrame: perFrame(after.script - before.script),
    fps: measured.fps,
    load: round(loadavg()[0] ?? 0),
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return round(sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2);
};

/** The configurations a run measures: those the prefix asks for, and always the reference beside them. */
function chosen(size: ScreenSize): LayerConfiguration[] {
  const asked = LAYER_CONFIGURATIONS.filter((configuration) => wanted(rowName(size, configuration)));
  if (asked.length === 0) return [];
  return LAYER_CONFIGURATIONS.filter((configuration) => configuration.key === REFERENCE || asked.includes(configuration));
}

interface Row {
  readonly name: string;
  readonly what: string;
  readonly samples: Sample[];
  readonly ratios: number[];
}

function printRow(row: Row, reference: Row): Record<string, unknown> {
  const pick = (field: keyof Sample, from: Row): number => median(from.samples.map((sample) => sample[field]));
  const ratio = median(row.ratios);
  const line = {
    name: row.name,
    unit: 'ms',
    value: pick('gpuMillisecondsPerFrame', row),
    emptyGpuMsPerFrame: pick('gpuMillisecondsPerFrame', reference),
    ratioToEmpty: ratio,
    ratioBudget: RATIO_BUDGET,
    withinRatioBudget: ratio <= RATIO_BUDGET,
    fps: pick('fps', row),
    emptyFps: pick('fps', reference),
    rendererMsPerFrame: pick('rendererMillisecondsPerFrame', row),
    mainThreadMsPerFrame: pick('mainThreadMillisecondsPerFrame', row),
    scriptMsPerFrame: pick('scriptMillisecondsPerFrame', row),
    gpuMsPerFrameByRound: row.samples.map((sample) => sample.gpuMillisecondsPerFrame),
    load: row.samples.map((sample) => sample.load),
    seconds: WINDOW_SECONDS,
    rounds: row.samples.length,
    what: row.what,
  };
  console.log(JSON.stringify(line));
  return line;
}

function printTable(lines: Record<string, unknown>[]): void {
  const columns = ['name', 'value', 'ratioToEmpty', 'fps', 'rendererMsPerFrame', 'mainThreadMsPerFrame', 'load'] as const;
  const headings = ['configuration', 'GPU ms/frame', 'x empty', 'fps', 'renderer ms/frame', 'main thread ms/frame', 'load (1 min, per round)'];
  const cell = (value: unknown): string => (Array.isArray(value) ? value.join(' ') : String(value));
  console.error(`| ${headings.join(' | ')} |`);
  console.error(`|${headings.map(() => ' --- ').join('|')}|`);
  for (const line of lines) console.error(`| ${columns.map((column) => cell(line[column])).join(' | ')} |`);
}

async function main(): Promise<void> {
  if (!wanted('layers/')) return;
  const executablePath = findChromium();
  if (executablePath === null) {
    console.log(JSON.stringify({ name: 'layers/', skipped: chromiumMissingMessage() }));
    return;
  }
  if (lookFolder !== undefined) mkdirSync(lookFolder, { recursive: true });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const lines: Record<string, unknown>[] = [];
  try {
    const browserSession = await browser.newBrowserCDPSession();
    for (const size of SCREEN_SIZES) {
      const configurations = chosen(size);
      if (configurations.length === 0) continue;
      const rows = configurations.map((configuration): Row => ({ name: rowName(size, configuration), what: configuration.what, samples: [], ratios: [] }));
      for (let roundIndex = 0; roundIndex < ROUNDS; roundIndex += 1) {
        const order = configurations.map((_, index) => (index + roundIndex) % configurations.length);
        const taken = new Map<number, Sample>();
        for (const index of order) taken.set(index, await measurePage(browser, browserSession, { size, configuration: configurations[index]! }));
        const reference = taken.get(configurations.findIndex((configuration) => configuration.key === REFERENCE))!;
        for (const [index, sample] of taken) {
          rows[index]!.samples.push(sample);
          rows[index]!.ratios.push(sample.gpuMillisecondsPerFrame / reference.gpuMillisecondsPerFrame);
        }
      }
      const reference = rows[configurations.findIndex((configuration) => configuration.key === REFERENCE)]!;
      for (const row of rows) if (wanted(row.name)) lines.push(printRow(row, reference));
    }
  } finally {
    await browser.close();
  }
  printTable(lines);
}

await main();
