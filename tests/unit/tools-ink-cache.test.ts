// The tools keep each compiled story in .cache/ink/ (tools/ink-cache.ts): a second run compiles nothing,
// and a story edited since can never be answered from what was kept for its older text.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StorySources } from '../../src/level/load-level.ts';
import { createInkDirector } from '../../src/story/ink-director.ts';
import type { CompileStory } from '../../src/story/level-story.ts';
import { loadStory } from '../../src/story/load-story.ts';
import { cachedCompileStory, inkCacheKey } from '../../tools/ink-cache.ts';

const folder = mkdtempSync(join(tmpdir(), 'ink-cache-'));

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function storyOf(texts: Readonly<Record<string, string>>): StorySources {
  return { mainPath: 'story/main.ink', sources: new Map(Object.entries(texts)) };
}

/** The cached compiler over a fresh folder, and how many stories it really compiled. */
function countingCompiler(cache: string): { compile: CompileStory; compiled: () => number } {
  let count = 0;
  const compile = cachedCompileStory({ folder: cache, compile: (story) => { count += 1; return loadStory(story); } });
  return { compile, compiled: () => count };
}

/** The first line the story's knot `start` says. */
function firstLine(json: string): string | null {
  const line = createInkDirector(json).open({ knot: 'start', state: null, flags: {}, seed: 1 }).line;
  return line === null ? null : `${line.speaker}: ${line.text}`;
}

const MAIN = 'INCLUDE part.ink\n=== start ===\nMira: {greeting()}\n-> DONE\n';

describe('the tools\' ink cache', () => {
  it('compiles a story once: a second run reads the same result from the cache', async () => {
    const cache = join(folder, 'once');
    const story = storyOf({ 'story/main.ink': MAIN, 'story/part.ink': '=== function greeting()\n~ return "Hello, Leo."\n' });
    const first = countingCompiler(cache);
    const compiled = await first.compile(story);
    expect(first.compiled()).toBe(1);
    const second = countingCompiler(cache);
    const kept = await second.compile(story);
    expect(second.compiled()).toBe(0);
    expect(kept).toEqual(compiled);
    if (!kept.ok) throw new Error('the story did not compile');
    expect(firstLine(kept.json)).toBe('Mira: Hello, Leo.');
  });

  it('never answers an edited story, an included file\'s edit too, from what was kept before', async () => {
    const cache = join(folder, 'edited');
    const before = storyOf({ 'story/main.ink': MAIN, 'story/part.ink': '=== function greeting()\n~ return "Hello, Leo."\n' });
    const after = storyOf({ 'story/main.ink': MAIN, 'story/part.ink': '=== function greeting()\n~ return "Night, Leo."\n' });
    expect(inkCacheKey(after)).not.toBe(inkCacheKey(before));
    const counter = countingCompiler(cache);
    await counter.compile(before);
    const edited = await counter.compile(after);
    expect(counter.compiled()).toBe(2);
    if (!edited.ok) throw new Error('the story did not compile');
    expect(firstLine(edited.json)).toBe('Mira: Night, Leo.');
  });

  it('compiles again when a kept file is damaged or holds another story', async () => {
    const cache = join(folder, 'damaged');
    const story = storyOf({ 'story/main.ink': '=== start ===\nMira: Stars.\n-> DONE\n' });
    const other = storyOf({ 'story/main.ink': '=== start ===\nMira: Clouds.\n-> DONE\n' });
    const counter = countingCompiler(cache);
    await counter.compile(other);
    const [kept] = readdirSync(cache);
    // A file under this story's key that is cut short, then one that is the other story's.
    writeFileSync(join(cache, `${inkCacheKey(story)}.json`), '{"format":"analog-dreams-built-st');
    const afterDamage = await counter.compile(story);
    rmSync(join(cache, `${inkCacheKey(story)}.json`));
    writeFileSync(join(cache, `${inkCacheKey(story)}.json`), readFileSync(join(cache, kept!), 'utf8'));
    const afterSwap = await counter.compile(story);
    expect(counter.compiled()).toBe(3);
    for (const result of [afterDamage, afterSwap]) {
      if (!result.ok) throw new Error('the story did not compile');
      expect(firstLine(result.json)).toBe('Mira: Stars.');
    }
  });

  it('keeps no story that does not compile: its problems are told again each run', async () => {
    const cache = join(folder, 'broken');
    const story = storyOf({ 'story/main.ink': '=== start ===\n* [Open the door\n-> DONE\n' });
    const counter = countingCompiler(cache);
    const first = await counter.compile(story);
    const second = await counter.compile(story);
    expect(first.ok).toBe(false);
    expect(second).toEqual(first);
    expect(counter.compiled()).toBe(2);
  });
});
