// The build's dynamic imports without Vite's preload helper: the import stays, the helper's preloading
// code goes, and a build with a style sheet (which the helper would have inserted) is refused.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { plainDynamicImportPlugin } from '../../tools/plain-dynamic-import-plugin.ts';

const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

async function buildApp(files: Record<string, string>): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'plain-dynamic-import-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [plainDynamicImportPlugin()],
    build: { write: false, minify: false, rolldownOptions: { input: join(root, 'main.js') } },
  })) as Rolldown.RolldownOutput;
  return output.output.filter((entry) => entry.type === 'chunk').map((chunk) => chunk.code).join('\n');
}

describe('the plain dynamic import plugin', () => {
  it('keeps a lazy chunk lazy and leaves out the preload code', async () => {
    const code = await buildApp({
      'main.js': "void import('./lazy.js').then(({ value }) => { globalThis.value = value; });\n",
      'lazy.js': 'export const value = 42;\n',
    });
    expect(code).toMatch(/import\(["'`]\.\/lazy-[\w-]+\.js["'`]\)/);
    expect(code).not.toContain('modulepreload');
    expect(code).not.toContain('vite:preloadError');
  });

  it('refuses a build with a style sheet', async () => {
    await expect(buildApp({
      'main.js': "import './look.css';\nvoid import('./lazy.js').then(({ value }) => { globalThis.value = value; });\n",
      'lazy.js': 'export const value = 42;\n',
      'look.css': 'body { color: red; }\n',
    })).rejects.toThrow(/style sheet/);
  });
});
