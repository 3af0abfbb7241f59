// The build compiles .ink files with the game's compiler: a module of the story, or a failed build that
// names the file and line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { inkPlugin } from '../../tools/ink-vite-plugin.ts';

const root = join(import.meta.dirname, '..', '..');
const folder = mkdtempSync(join(tmpdir(), 'ink-plugin-'));

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Builds an entry that imports `inkPath` (from the repository's root) and prints what it got. */
async function buildImporting(inkPath: string): Promise<string> {
  const entry = join(folder, `entry-${inkPath.replaceAll(/\W/g, '-')}.js`);
  writeFileSync(entry, `import { json, knots, variables } from ${JSON.stringify(join(root, inkPath))};\nconsole.log(json, knots, variables);\n`);
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkPlugin()],
    build: { write: false, minify: false, rolldownOptions: { input: entry } },
  }) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const [first] = Array.isArray(output) ? output : [output];
  return first!.output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
}

describe('the ink Vite plugin', () => {
  it('turns an .ink import into its compiled story', async () => {
    const code = await buildImporting('tests/fixtures/story/test-story.ink');
    expect(code).toContain('"leo.goodbye"');
    expect(code).toContain('door_open');
    expect(code).toContain('inkVersion');
  });

  it('fails the build with the file and line of each problem', async () => {
    await expect(buildImporting('tests/fixtures/story/broken.ink')).rejects.toThrow(
      /the ink story does not compile:\n {2}tests\/fixtures\/story\/broken\.ink:6: Expected closing '\]'/,
    );
  });
});
