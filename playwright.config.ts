import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumMissingMessage, findChromium } from './tools/chromium-path.ts';

// ANALOG_DREAMS_TEST_PORT lets two checkouts run their browser tests at once on one machine.
const port = Number(process.env.ANALOG_DREAMS_TEST_PORT ?? 4174);
// Never Playwright's own browser (none is downloaded): Debian's Chromium or CHROMIUM_PATH, or a clear stop.
const executablePath = findChromium();
if (executablePath === null) throw new Error(chromiumMissingMessage());

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results/browser',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/browser.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  webServer: {
    // The test build carries the test hook; `npm run build` output does not.
    command: `npx vite preview --outDir dist-test --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
