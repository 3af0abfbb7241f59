// The production build must play from a sub-path and carry no test hook: builds dist/ and checks both.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
  stdio: 'inherit',
  env: { ...process.env, ANALOG_DREAMS_TEST_HOOK: '' },
});
if (built.status !== 0) process.exit(built.status ?? 1);

const files = readdirSync('dist', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name));
const failures: string[] = [];
for (const file of files.filter((path) => /\.(js|html)$/.test(path))) {
  const text = readFileSync(file, 'utf8');
  if (text.includes('__analogDreams')) failures.push(`${file}: contains the test hook`);
  if (file.endsWith('.html') && /(src|href)="\/(?!\/)/.test(text)) failures.push(`${file}: has an absolute path; dist/ must play from a sub-path`);
}
if (!files.some((path) => /phaser.*\.js$/.test(path))) failures.push('dist/: Phaser is not in a chunk of its own');
for (const failure of failures) console.error(failure);
if (failures.length === 0) console.log(`dist/: ${files.length} files, no test hook, relative paths, Phaser in its own chunk`);
process.exit(failures.length > 0 ? 1 : 0);
