import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevelFromText } from '../../src/level/load-level.ts';
import { decodeReplay } from '../../src/run/replay.ts';
import { CHAPTERS, FIRST_CHAPTER, NIGHT_ESCAPE_SEED, chapterByKey, chapterForMap, playableChapters, type Chapter } from '../../src/story/chapters.ts';
import { chapterKeyFromSearch, unknownChapterProblem } from '../../src/view/map-catalog.ts';

/** The keys from `first` along `next` to the last chapter, or the first key that names no chapter or comes round again. */
function chain(first: Chapter, chapters: readonly Chapter[]): string[] | { readonly dangling: string } | { readonly loop: string } {
  const keys: string[] = [];
  let chapter = first;
  for (;;) {
    if (keys.includes(chapter.key)) return { loop: chapter.key };
    keys.push(chapter.key);
    if (chapter.next === null) return keys;
    const next = chapterByKey(chapter.next, chapters);
    if (next === null) return { dangling: chapter.next };
    chapter = next;
  }
}

describe('chapters', () => {
  it('have unique keys, and every chapter\'s map loads without problems', () => {
    expect(new Set(CHAPTERS.map((chapter) => chapter.key)).size).toBe(CHAPTERS.length);
    for (const chapter of CHAPTERS) {
      const loaded = loadLevelFromText(readFileSync(chapter.mapPath, 'utf8'), chapter.mapPath);
      expect(loaded.ok, chapter.key).toBe(true);
    }
  });

  it('lead from the first chapter, by `next` keys that each name a chapter, through every chapter a release offers, to an end', () => {
    const campaign = chain(FIRST_CHAPTER, CHAPTERS);
    if (!Array.isArray(campaign)) throw new Error(`the chapters' next keys are broken: ${JSON.stringify(campaign)}`);
    expect(campaign[0]).toBe(FIRST_CHAPTER.key);
    for (const chapter of playableChapters({ includeTestOnly: false })) expect(campaign, chapter.key).toContain(chapter.key);
    // The check itself catches what it is for.
    const row = (key: string, next: string | null): Chapter => ({ ...FIRST_CHAPTER, key, next });
    expect(chain(row('a', 'b'), [row('a', 'b'), row('b', 'nowhere')])).toEqual({ dangling: 'nowhere' });
    expect(chain(row('a', 'b'), [row('a', 'b'), row('b', 'a')])).toEqual({ loop: 'a' });
    expect(chain(row('a', 'b'), [row('a', 'b'), row('b', null)])).toEqual(['a', 'b']);
  });

  it('give the night escape the seed its golden replays were recorded with', () => {
    expect(FIRST_CHAPTER.key).toBe('night-escape');
    expect(NIGHT_ESCAPE_SEED).toBe(FIRST_CHAPTER.seed);
    for (const file of readdirSync('tests/golden').filter((name) => name.endsWith('.replay.json'))) {
      const replay = decodeReplay(readFileSync(`tests/golden/${file}`, 'utf8'));
      if (!replay.ok) throw new Error(replay.problem.message);
      expect(replay.value.seed, file).toBe(NIGHT_ESCAPE_SEED);
    }
  });

  it('offer test-only rows only when asked, and find a chapter by its map', () => {
    expect(playableChapters({ includeTestOnly: false }).map((chapter) => chapter.key)).toEqual(['night-escape']);
    expect(playableChapters({ includeTestOnly: true }).map((chapter) => chapter.key)).toContain('test-yard');
    expect(chapterForMap('maps/night-escape.tmj')).toBe(FIRST_CHAPTER);
    expect(chapterForMap('maps/elsewhere.tmj')).toBeNull();
    // As typed on a command line (simulate, record-golden): the same chapter, so the same seed.
    expect(chapterForMap('./maps/night-escape.tmj')).toBe(FIRST_CHAPTER);
    expect(chapterForMap('maps\\night-escape.tmj')).toBe(FIRST_CHAPTER);
    expect(chapterByKey('test-yard', playableChapters({ includeTestOnly: false }))).toBeNull();
  });

  it('are picked from the address by ?chapter=<key>, and an unknown key lists the known ones', () => {
    expect(chapterKeyFromSearch('?chapter=test-yard')).toBe('test-yard');
    expect(chapterKeyFromSearch('?map=night-escape')).toBeNull();
    const problem = unknownChapterProblem('nope', ['night-escape']);
    expect(problem.place).toBe('?chapter=nope');
    expect(problem.message).toContain('Chapters in this build: night-escape');
  });
});
