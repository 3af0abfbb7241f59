// `npm run bench [-- name-prefix] [--quick] [--browser]`: bundles tools/bench.ts the way Vite builds the game (one minified
// file, no keepNames, the build's target) and runs that under Node, so the figures are of the code a
// player runs. Under tsx the same sim ticked 2.5-5x slower, much of it in helpers the build never has.
// Then tools/bench-load.ts builds the game as shipped for size/game-js-gzip and load/title.
// `-- layers/` runs tools/bench-layers.ts, the layer architectures' probe, and only when so named.
// --browser then measures the browser's rows (tests/browser-bench/) on the test build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import viteConfig from '../vite.config.ts';
import { chromiumMissingMessage, findChromium } from './chromium-path.ts';

const toolsFolder = import.meta.dirname;
const options = process.argv.slice(2);
const prefix = options.find((option) => !option.startsWith('--')) ?? '';
/** vite.config.ts's build target, so both builds compile the same language level. */
const target = viteConfig.build?.target;
if (typeof target !== 'string') throw new Error('vite.config.ts must name one build target for the benchmark to match');

const folder = mkdtempSync(join(tmpdir(), 'analog-dreams-bench-'));
try {
  const bundle = join(folder, 'bench.mjs');
  await build({
    entryPoints: [join(toolsFolder, 'bench.ts')],
    outfile: bundle,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target,
    minify: true,
    keepNames: false,
    logLevel: 'warning',
    // The bundle runs from a temporary folder; the benchmarks find maps/ from where bench.ts lives.
    define: { 'import.meta.dirname': JSON.stringify(toolsFolder) },
  });
  const run = spawnSync(process.execPath, [bundle, ...options], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
// The production build's size and its title's load time: a build and a browser of their own, every run.
const load = spawnSync(process.execPath, ['--import', 'tsx', join(toolsFolder, 'bench-load.ts'), ...options.filter((option) => option !== '--browser')], { stdio: 'inherit' });
if (load.status !== 0) process.exitCode = load.status ?? 1;
// The layer architectures' probe (tools/bench-layers.ts) runs only when named (`-- layers/`): minutes of
// bare pages in Chromium, a question for a design, not a figure of the game to keep.
if (prefix.startsWith('layers')) {
  const layers = spawnSync(process.execPath, ['--import', 'tsx', join(toolsFolder, 'bench-layers.ts'), ...options.filter((option) => option !== '--browser')], { stdio: 'inherit' });
  if (layers.status !== 0) process.exitCode = layers.status ?? 1;
}
if (options.includes('--browser')) {
  const status = browserRows();
  if (status !== 0) process.exitCode = status;
  // The frame benchmarks drive Chromium in real time against the game's own build: a program of their own.
  const frames = spawnSync(process.execPath, ['--import', 'tsx', join(toolsFolder, 'bench-frames.ts'), ...options.filter((option) => option !== '--browser')], { stdio: 'inherit' });
  if (frames.status !== 0) process.exitCode = frames.status ?? 1;
}

// Where the level's drawing spends the GPU process's time: minutes of stepped frames, so only when named.
if (prefix.startsWith('draw/')) {
  const drawCalls = spawnSync(process.execPath, ['--import', 'tsx', join(toolsFolder, 'bench-draw-calls.ts'), ...options.filter((option) => option !== '--browser')], { stdio: 'inherit' });
  if (drawCalls.status !== 0) process.exitCode = drawCalls.status ?? 1;
}

/**
 * The rows measured in the browser (tests/browser-bench/), on the test build as the browser tests use it:
 * what the game's JavaScript does in a frame, how long a map takes to load, how long the problems screen
 * takes to show a huge list.
 */
function browserRows(): number {
  if (findChromium() === null) {
    console.error(chromiumMissingMessage());
    return 1;
  }
  const built = spawnSync('npx', ['vite', 'build', '--outDir', 'dist-test', '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit', env: { ...process.env, ANALOG_DREAMS_TEST_HOOK: '1' },
  });
  if (built.status !== 0) return built.status ?? 1;
  const run = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.bench.config.ts', '--reporter', 'dot'], {
    stdio: 'inherit', env: { ...process.env, ANALOG_DREAMS_BENCH_QUICK: options.includes('--quick') ? '1' : '0', ANALOG_DREAMS_BENCH_PREFIX: prefix },
  });
  return run.status ?? 1;
}
