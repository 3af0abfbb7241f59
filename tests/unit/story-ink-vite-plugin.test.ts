// The build compiles .ink files with the game's compiler: a module of the story, or a failed build that
// names the file and line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { readStorySources } from '../../src/level/load-level.ts';
import { builtStoryFor } from '../../src/story/built-story.ts';
import { loadStory } from '../../src/story/load-story.ts';
import { inkPlugin } from '../../tools/ink-vite-plugin.ts';

const root = join(import.meta.dirname, '..', '..');
const folder = mkdtempSync(join(tmpdir(), 'ink-plugin-'));

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Builds an entry that imports `inkPath` (from the repository's root) and prints what it got. */
async function buildImporting(inkPath: string): Promise<string> {
  const output = await buildEntry(inkPath, `import { json, knots, variables } from ${JSON.stringify(join(root, inkPath))};\nconsole.log(json, knots, variables);\n`);
  return output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
}

/** Builds an entry that imports `inkPath`'s built story URL: the story files the build emits, by name. */
async function buildStoryFiles(inkPath: string): Promise<Map<string, string>> {
  const output = await buildEntry(inkPath, `import url from ${JSON.stringify(`${join(root, inkPath)}?built-story`)};\nconsole.log(url);\n`);
  return new Map(output.flatMap((file) => (file.type === 'asset' && file.fileName.endsWith('.json') ? [[file.fileName, String(file.source)]] : [])));
}

async function buildEntry(inkPath: string, code: string): Promise<(Rolldown.OutputChunk | Rolldown.OutputAsset)[]> {
  const entry = join(folder, `entry-${inkPath.replaceAll(/\W/g, '-')}-${code.length}.js`);
  writeFileSync(entry, code);
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkPlugin()],
    build: { write: false, minify: false, rolldownOptions: { input: entry } },
  }) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const [first] = Array.isArray(output) ? output : [output];
  return first!.output;
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

  it('emits a story file of the build that the game plays in place of compiling the same sources', async () => {
    const inkPath = 'tests/fixtures/story/test-story.ink';
    const files = await buildStoryFiles(inkPath);
    expect([...files.keys()]).toEqual([expect.stringMatching(/^assets\/test-story\.story-[\w-]+\.json$/)]);
    const read = await readStorySources(inkPath, (path) => Promise.resolve(readFileSync(join(root, path))));
    if (read.story === null) throw new Error('the fixture was not read');
    const built = builtStoryFor(JSON.parse([...files.values()][0]!), read.story);
    expect(built).toEqual(await loadStory(read.story));
  });

  it('fails the build when a story whose file it would emit does not compile, naming file and line', async () => {
    await expect(buildStoryFiles('tests/fixtures/story/broken.ink')).rejects.toThrow(
      /the ink story does not compile:\n {2}tests\/fixtures\/story\/broken\.ink:6: Expected closing '\]'/,
    );
  });
});
