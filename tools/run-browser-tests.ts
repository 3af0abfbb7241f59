// Builds the game with the test hook into dist-test/ and runs the Playwright suite against it.
import { spawnSync } from 'node:child_process';
import { chromiumMissingMessage, findChromium } from './chromium-path.ts';

if (findChromium() === null) {
  console.error(chromiumMissingMessage());
  process.exit(1);
}
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number =>
  spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

const built = run('npx', ['vite', 'build', '--outDir', 'dist-test', '--emptyOutDir', '--logLevel', 'warn'], {
  ...process.env,
  ANALOG_DREAMS_TEST_HOOK: '1',
});
if (built !== 0) process.exit(built);
// `npm run test:browser -- -g name` passes a bare `--` through: drop it so Playwright sees the options.
const extra = process.argv.slice(2).filter((argument, index) => !(index === 0 && argument === '--'));
process.exit(run('npx', ['playwright', 'test', ...extra]));
