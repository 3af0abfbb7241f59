import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config.ts';

// The browser rows of `npm run bench -- --browser` (tools/run-bench.ts): the same build, browser and
// server as the browser tests, over tests/browser-bench/, each spec printing one JSON line per row.
export default defineConfig({
  ...baseConfig,
  testDir: 'tests/browser-bench',
  testMatch: '*.bench.ts',
  outputDir: 'test-results/browser-bench',
  timeout: 180_000,
  reporter: [['list']],
});
