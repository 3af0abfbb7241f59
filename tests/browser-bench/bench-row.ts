// One row of `npm run bench -- --browser`, in the bench's format: printed as a JSON line, and, outside
// --quick, over its budget a failure (the run exits 1), as tools/bench.ts judges the Node rows.
import { expect, test, type Page } from '@playwright/test';

/** Set by tools/run-bench.ts: few iterations, no figure judged. */
export const QUICK = process.env.ANALOG_DREAMS_BENCH_QUICK === '1';
const PREFIX = process.env.ANALOG_DREAMS_BENCH_PREFIX ?? '';

/** `full` iterations, or `few` under --quick. */
export function iterations(full: number, few: number): number {
  return QUICK ? few : full;
}

/** A benchmark named as its row; skipped when `npm run bench -- <prefix>` names others. */
export function benchmark(name: string, body: (page: Page) => Promise<void>): void {
  test(name, async ({ page }) => {
    test.skip(!name.startsWith(PREFIX), `not under "${PREFIX}"`);
    await body(page);
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Prints the row for these samples (ms) and judges its median against `budget` unless quick. */
export function reportRow(name: string, samples: readonly number[], options: { readonly budget: number; readonly extra?: Record<string, unknown> }): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (value: number): number => Math.round(value * 100) / 100;
  const row = {
    name, unit: 'ms', median: round(median(samples)),
    p99: round(sorted[Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))] ?? 0), max: round(sorted.at(-1) ?? 0), runs: samples.length,
    ...(QUICK ? {} : { budget: options.budget, withinBudget: median(samples) <= options.budget }),
    ...options.extra,
  };
  console.log(JSON.stringify(row));
  if (!QUICK) expect(row.median, `${name}: the median over its budget of ${options.budget} ms`).toBeLessThanOrEqual(options.budget);
}
