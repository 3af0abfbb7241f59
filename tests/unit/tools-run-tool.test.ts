// tools/run-tool.mjs runs the tools from a kept bundle: it must never run one built from older sources.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'run-tool-'));
const cache = join(folder, 'cache');

function run(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['tools/run-tool.mjs', join(folder, 'tool.ts'), ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, ANALOG_DREAMS_TOOL_CACHE: cache },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

function bundles(): string[] {
  return readdirSync(cache).filter((name) => name.endsWith('.mjs'));
}

describe('tools/run-tool.mjs', () => {
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('runs a tool with its arguments, and rebuilds it whenever a file it imports changes', () => {
    writeFileSync(join(folder, 'tool.ts'), "import { word } from './part.ts';\nconsole.log(`${word} ${process.argv.slice(2).join(' ')}`);\n");
    writeFileSync(join(folder, 'part.ts'), "export const word: string = 'first';\n");
    expect(run('a', 'b')).toEqual({ status: 0, output: 'first a b' });
    const built = bundles();
    expect(built).toHaveLength(1);

    expect(run('c').output).toBe('first c');
    expect(bundles()).toEqual(built);

    // Same size, an older modification time: the bytes are compared and tell the change.
    writeFileSync(join(folder, 'part.ts'), "export const word: string = 'again';\n");
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(folder, 'part.ts'), past, past);
    expect(run().output).toBe('again');

    writeFileSync(join(folder, 'part.ts'), "export { word } from './deeper.ts';\n");
    writeFileSync(join(folder, 'deeper.ts'), "export const word = 'deeper';\n");
    expect(run().output).toBe('deeper');
    writeFileSync(join(folder, 'deeper.ts'), "export const word = 'deepest';\n");
    expect(run().output).toBe('deepest');
    // Each rebuild replaces the bundle it supersedes.
    expect(bundles()).toHaveLength(1);
  });

  it('says how to call it when no tool is named', () => {
    const result = spawnSync(process.execPath, ['tools/run-tool.mjs'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('usage: node tools/run-tool.mjs tools/<tool>.ts');
  });
});
