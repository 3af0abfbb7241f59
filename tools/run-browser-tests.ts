// Builds the game with the test hook into dist-test/ and runs the Playwright suite against it.
import { spawnSync } from 'node:child_process';
import { CHROMIUM_INSTALL_HINT, findChromium } from './chromium-path.ts';

if (findChromium() === null) {
  console.error(CHROMIUM_INSTALL_HINT);
  process.exit(1);
}
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number =>
  spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

const built = run('npx', ['vite', 'build', '--outDir', 'dist-test', '--emptyOutDir', '--logLevel', 'warn'], {
  ...process.env,
  ANALOG_DREAMS_TEST_HOOK: '1',
});
if (built !== 0) process.exit(built);
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
