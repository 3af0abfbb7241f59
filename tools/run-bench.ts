// `npm run bench [-- name-prefix]`: bundles tools/bench.ts the way Vite builds the game (one minified
// file, no keepNames, the build's target) and runs that under Node, so the figures are of the code a
// player runs. Under tsx the same sim ticked 2.5-5x slower, much of it in helpers the build never has.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import viteConfig from '../vite.config.ts';

const toolsFolder = import.meta.dirname;
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
  const run = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
// The frame benchmarks drive Chromium against the game's own build, so they are a program of their own.
const frames = spawnSync(process.execPath, ['--import', 'tsx', join(toolsFolder, 'bench-frames.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
if (frames.status !== 0) process.exitCode = frames.status ?? 1;
