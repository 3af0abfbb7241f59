// Compiling ink as the build, the tools and a dropped map do: what a story holds (knots, flags, the files
// it read), and every way a story can be wrong told by file and line, never by an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/story/compile-ink.ts';
import { MAX_INK_CHARACTERS, MAX_INK_FILES, inkProblemPlace, resolveInkPath, type InkCompileResult } from '../../src/story/ink-compiler.ts';
import { loadStory } from '../../src/story/load-story.ts';
import { compileInkFile } from '../../tools/compile-ink-file.ts';
import * as fixture from '../fixtures/story/test-story.ink';

function compileFiles(files: Readonly<Record<string, string>>, mainPath = 'story/main.ink'): InkCompileResult {
  return compileInk({ mainPath, readFile: (path) => files[path] ?? null });
}

function problemsOf(result: InkCompileResult): { place: string; message: string }[] {
  if (result.ok) throw new Error('the story compiled');
  return result.problems.map((problem) => ({ place: inkProblemPlace(problem), message: problem.message }));
}

describe('compiling ink', () => {
  it('makes the story of the test fixture: knots and stitches, flag variables, the files it read', () => {
    const result = compileInkFile('tests/fixtures/story/test-story.ink');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.knots).toEqual(['leo', 'leo.goodbye', 'start', 'choice', 'counting', 'shuffle']);
    // The string VAR mood is no flag.
    expect(result.variables).toEqual({ leo_met: 0, door_open: 0, fragments: 0 });
    expect(result.sources).toEqual(['tests/fixtures/story/test-story.ink', 'tests/fixtures/story/parts/leo.ink']);
    expect(result.warnings).toEqual([]);
    expect(JSON.parse(result.json)).toHaveProperty('inkVersion');
    // The Vite plugin made the same story for the import this test file starts with.
    expect({ json: fixture.json, knots: fixture.knots, variables: fixture.variables }).toEqual({ json: result.json, knots: result.knots, variables: result.variables });
  });

  it('compiles a dropped map\'s story from the files already read, the same as the build does', async () => {
    const files = new Map([
      ['maps/custom/story.ink', 'INCLUDE parts/b.ink\nVAR seen = true\n=== a ===\nHello.\n-> b\n'],
      ['maps/custom/parts/b.ink', '=== b ===\nBye.\n-> DONE\n'],
    ]);
    const loaded = await loadStory({ mainPath: 'maps/custom/story.ink', sources: files });
    const built = compileInk({ mainPath: 'maps/custom/story.ink', readFile: (path) => files.get(path) ?? null });
    expect(loaded).toEqual(built);
    expect(loaded.ok && loaded.knots).toEqual(['b', 'a']);
    expect(loaded.ok && loaded.variables).toEqual({ seen: 1 });
  });

  it('names the file and line of a compile error', () => {
    const result = compileInkFile('tests/fixtures/story/broken.ink');
    expect(problemsOf(result)).toEqual([
      { place: 'tests/fixtures/story/broken.ink:6', message: "Expected closing ']' for weave-style option but saw end of line" },
    ]);
    expect(!result.ok && result.problems[0]!.hint).toContain('Inky');
  });

  it('names the included file for errors in it, and reports every error it finds', () => {
    const result = compileFiles({
      'story/main.ink': 'INCLUDE people/leo.ink\n=== start ===\n-> nowhere\n',
      'story/people/leo.ink': '=== leo ===\nHi.\n-> also_nowhere\n',
    });
    expect(problemsOf(result)).toEqual([
      { place: 'story/people/leo.ink:3', message: "Divert target not found: '-> also_nowhere'" },
      { place: 'story/main.ink:3', message: "Divert target not found: '-> nowhere'" },
    ]);
  });

  it('reads INCLUDE paths from the main file\'s folder, as Inky does, whichever file includes them', () => {
    const read: string[] = [];
    const files: Record<string, string> = {
      'story/main.ink': 'INCLUDE a/first.ink\n-> DONE\n',
      'story/a/first.ink': 'INCLUDE b/second.ink\n=== first ===\n-> DONE\n',
      'story/b/second.ink': '=== second ===\n-> DONE\n',
    };
    const result = compileInk({ mainPath: './story//main.ink', readFile: (path) => (read.push(path), files[path] ?? null) });
    expect(result.ok && result.knots).toEqual(['second', 'first']);
    expect(result.ok && result.sources).toEqual(['story/main.ink', 'story/a/first.ink', 'story/b/second.ink']);
    expect(read).toEqual(['story/main.ink', 'story/a/first.ink', 'story/b/second.ink']);
  });

  it('reports a missing INCLUDE on its line, and a main file that is not there', () => {
    expect(problemsOf(compileFiles({ 'story/main.ink': '=== a ===\n-> DONE\nINCLUDE ../gone.ink\n' }))).toEqual([
      { place: 'story/main.ink:3', message: 'INCLUDE ../gone.ink: there is no file gone.ink' },
    ]);
    expect(problemsOf(compileFiles({}))).toEqual([{ place: 'story/main.ink', message: 'there is no file story/main.ink' }]);
    const unreadable = compileInk({ mainPath: 'a.ink', readFile: () => { throw new Error('permission denied'); } });
    expect(problemsOf(unreadable)).toEqual([{ place: 'a.ink', message: 'a.ink could not be read: permission denied' }]);
  });

  it('reports an INCLUDE cycle on the line that closes it', () => {
    const result = compileFiles({
      'story/main.ink': 'INCLUDE a.ink\n-> DONE\n',
      'story/a.ink': '=== a ===\n-> DONE\nINCLUDE b.ink\n',
      'story/b.ink': 'INCLUDE main.ink\n=== b ===\n-> DONE\n',
    });
    expect(problemsOf(result)).toEqual([{ place: 'story/b.ink:1', message: 'including story/main.ink makes a loop: that file is already being read' }]);
    expect(problemsOf(compileFiles({ 'story/main.ink': 'INCLUDE main.ink\n' }))[0]!.message).toContain('makes a loop');
  });

  it('makes a story of nothing: an empty file, a file of blank lines, a byte order mark', () => {
    for (const text of ['', '\n\n  \n', '\uFEFF=== a ===\nHi.\n-> DONE\n']) {
      const result = compileFiles({ 'story/main.ink': text });
      expect(result.ok, JSON.stringify(text)).toBe(true);
    }
  });

  it('refuses a story past its size without compiling it, a 5 MB file of garbage among them', () => {
    let garbage = '';
    let seed = 12345;
    const alphabet = 'ab {}[]()*-=~#|:\n\t"\\/<>+';
    while (garbage.length < 5_000_000) {
      seed = (seed * 48271) % 2147483647;
      garbage += alphabet[seed % alphabet.length]!;
    }
    expect(problemsOf(compileFiles({ 'story/main.ink': garbage }))).toEqual([
      { place: 'story/main.ink', message: `the story is more than ${MAX_INK_CHARACTERS} characters of ink (INCLUDEs counted each time)` },
    ]);
    // Garbage under the cap goes through the compiler, which reports what it makes of it.
    const smaller = problemsOf(compileFiles({ 'story/main.ink': garbage.slice(0, 200_000) }));
    expect(smaller.length).toBeGreaterThan(0);
    for (const problem of smaller) expect(problem.place).toMatch(/^story\/main\.ink(:\d+)?$/);
  });

  it('refuses a story that includes the same files over and over', () => {
    // Each file includes the next twice: 2^12 reads of tiny files, small in characters.
    const files: Record<string, string> = { 'story/main.ink': 'INCLUDE f0.ink\nINCLUDE f0.ink\n' };
    for (let level = 0; level < 12; level++) files[`story/f${level}.ink`] = `INCLUDE f${level + 1}.ink\nINCLUDE f${level + 1}.ink\n`;
    files['story/f12.ink'] = '// end\n';
    const problems = problemsOf(compileFiles(files));
    expect(problems.some((problem) => problem.message.endsWith(`the story reads more than ${MAX_INK_FILES} files`))).toBe(true);
  });

  it('turns the compiler giving up on deep nesting into a problem', () => {
    expect(problemsOf(compileFiles({ 'story/main.ink': '{'.repeat(20_000) }))).toEqual([
      { place: 'story/main.ink', message: 'the ink compiler gave up: Stack overflow in parser state.' },
    ]);
  });

  it('passes ink\'s warnings on with a story that compiles', () => {
    const result = compileFiles({ 'story/main.ink': '=== a ===\nThe flow runs out.\n' });
    expect(result.ok && result.warnings.map(inkProblemPlace)).toEqual(['story/main.ink:2']);
    expect(result.ok && result.warnings[0]!.message).toContain('loose end');
  });

  it('never throws, whatever the text', () => {
    const inkish = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '{', '}', '[', ']', '*', '-', '>', '=', '~', '#', '|', ':', '(', ')', 'VAR ', 'INCLUDE ', '=== k ===', '->', 'DONE', '"') });
    fc.assert(fc.property(inkish, (text) => {
      const result = compileFiles({ 'story/main.ink': text });
      if (!result.ok) {
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) expect(problem.file).toMatch(/^story\/(main|k)?[\w/. ]*$/);
      }
    }), { numRuns: 200 });
  });
});

describe('ink paths', () => {
  it.each([
    ['story/', 'a.ink', 'story/a.ink'],
    ['story/', './people/../a.ink', 'story/a.ink'],
    ['story/', '..\\shared\\a.ink', 'shared/a.ink'],
    ['', '../a.ink', '../a.ink'],
    ['story/', '/abs/a.ink', '/abs/a.ink'],
  ])('%s + %s is %s', (folder, name, path) => {
    expect(resolveInkPath(folder, name)).toBe(path);
  });
});
