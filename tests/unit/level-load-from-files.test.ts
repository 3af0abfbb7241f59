// The loader the game and the tools call: files through an injected reader, the hash of the map's text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevelFromFiles } from '../../src/level/load-level.ts';
import { hashTexts } from '../../src/tiled/text-hash.ts';

const MAP_TEXT = readFileSync('maps/night-escape.tmj', 'utf8');
const RULES_TEXT = readFileSync('maps/night-escape-dream.tmj', 'utf8');
const STORY_TEXT = readFileSync('maps/night-escape.ink', 'utf8');
const textOf = (path: string): string => (path.endsWith('.ink') ? STORY_TEXT : path.endsWith('-dream.tmj') ? RULES_TEXT : MAP_TEXT);

describe('loadLevelFromFiles', () => {
  it('reads the map through readFile, lists it first and hashes its text as replays do', async () => {
    const asked: string[] = [];
    const loaded = await loadLevelFromFiles({
      mapPath: 'night-escape.tmj',
      readFile: (path) => {
        asked.push(path);
        // The map, then its dream rule map and its story beside it.
        return Promise.resolve(new TextEncoder().encode(textOf(path)));
      },
    });
    expect(loaded.ok).toBe(true);
    expect(loaded.files).toEqual(['night-escape.tmj', 'night-escape-dream.tmj', 'night-escape.ink']);
    // Each file once: the rule map's existence check and its loading share one read.
    expect(asked).toEqual(['night-escape.tmj', 'night-escape-dream.tmj', 'night-escape.ink']);
    expect(loaded.mapHash).toBe(hashTexts([MAP_TEXT, RULES_TEXT, STORY_TEXT]));
    const windows = await loadLevelFromFiles({
      mapPath: 'crlf.tmj',
      readFile: (path) => Promise.resolve(new TextEncoder().encode(textOf(path).replace(/\n/g, '\r\n'))),
    });
    expect(windows.mapHash).toBe(hashTexts([MAP_TEXT, RULES_TEXT, STORY_TEXT]));
  });

  it('turns a file that cannot be read into a problem naming it', async () => {
    const loaded = await loadLevelFromFiles({ mapPath: 'gone.tmj', readFile: () => Promise.reject(new Error('no such file')) });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems[0]?.place).toBe('file "gone.tmj"');
    expect(loaded.problems[0]?.message).toContain('no such file');
  });
});
