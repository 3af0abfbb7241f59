// `npm test`: every suite, one after another, then one line of totals over all of them.
// Typecheck, lint, the production build's checks and the quick benchmarks count as one test each; Vitest and Playwright report their own counts as JSON.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface SuiteResult {
  readonly name: string;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

const results: SuiteResult[] = [];
mkdirSync('test-results', { recursive: true });

function run(command: string, args: string[]): number {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;
}

function check(name: string, command: string, args: string[]): void {
  const ok = run(command, args) === 0;
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

function readJson(path: string): unknown {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

function vitest(): void {
  const report = 'test-results/vitest.json';
  rmSync(report, { force: true });
  const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  const json = readJson(report) as { numPassedTests?: number; numFailedTests?: number; numPendingTests?: number; numTodoTests?: number } | null;
  if (json === null) {
    results.push({ name: 'vitest', passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const failed = json.numFailedTests ?? 0;
  // A suite that fails to load reports no failed test but a non-zero exit: count it as one failure.
  results.push({
    name: 'vitest',
    passed: json.numPassedTests ?? 0,
    failed: failed === 0 && status !== 0 ? 1 : failed,
    skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
  });
}

function browser(): void {
  const report = 'test-results/browser.json';
  rmSync(report, { force: true });
  const status = run('npx', ['tsx', 'tools/run-browser-tests.ts']);
  const json = readJson(report) as { stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number } } | null;
  const stats = json?.stats;
  if (!stats) {
    results.push({ name: 'browser', passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const failed = (stats.unexpected ?? 0) + (stats.flaky ?? 0);
  results.push({
    name: 'browser',
    passed: stats.expected ?? 0,
    failed: failed === 0 && status !== 0 ? 1 : failed,
    skipped: stats.skipped ?? 0,
  });
}

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', 'npx', ['eslint', '.']);
check('production build', 'npx', ['tsx', 'tools/check-production-build.ts']);
vitest();
browser();
// Every benchmark once, Node's and the browser's, a few iterations, no figure judged: so none rots unseen.
check('bench --quick', 'npx', ['tsx', 'tools/run-bench.ts', '--quick', '--browser']);
// The layers and draw-call probes run only when named; a small piece of each, so their documented commands are proved too.
check('bench layers/ (one page)', 'npx', ['tsx', 'tools/run-bench.ts', 'layers/720p/c', '--quick']);
check('bench draw/ (one part)', 'npx', ['tsx', 'tools/run-bench.ts', 'draw/720p-play/upscale', '--quick']);
// The frame-tail profiler and the frame tracer likewise, on a little play.
check('profile-frames (30 dream frames)', 'npx', ['tsx', 'tools/profile-frame-tail.ts', 'dream', '--frames', '30']);
check('trace-frames (1 s of play)', 'npx', ['tsx', 'tools/trace-frames.ts', 'play', '--seconds', '1']);

const total = results.reduce(
  (sum, result) => ({ passed: sum.passed + result.passed, failed: sum.failed + result.failed, skipped: sum.skipped + result.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log('');
for (const result of results) console.log(`${result.name}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 ? 1 : 0);
