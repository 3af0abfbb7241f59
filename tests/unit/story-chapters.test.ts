import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevelFromText } from '../../src/level/load-level.ts';
import { decodeReplay } from '../../src/run/replay.ts';
import {
  CHAPTERS, FIRST_CHAPTER, NIGHT_ESCAPE_SEED, campaignOrder, chapterByKey, chapterForMap, playableChapters, type ChapterRow,
} from '../../src/story/chapters.ts';
import { chapterKeyFromSearch, unknownChapterProblem } from '../../src/view/map-catalog.ts';

describe('chapters', () => {
  it('have unique keys, every level chapter\'s map loads without problems, and every scene chapter\'s story exists', () => {
    expect(new Set(CHAPTERS.map((chapter) => chapter.key)).size).toBe(CHAPTERS.length);
    for (const chapter of CHAPTERS) {
      if (chapter.kind === 'scene') {
        expect(existsSync(chapter.storyPath), chapter.key).toBe(true);
        continue;
      }
      const loaded = loadLevelFromText(readFileSync(chapter.mapPath, 'utf8'), chapter.mapPath);
      expect(loaded.ok, chapter.key).toBe(true);
    }
  });

  it('follow next from every row to an end: each names a row, and none comes round again', () => {
    for (const chapter of CHAPTERS) expect(campaignOrder(chapter.key), chapter.key).toMatchObject({ ok: true });
    expect(campaignOrder(FIRST_CHAPTER.key)).toEqual({ ok: true, rows: [FIRST_CHAPTER] });
    const row = (key: string, next: string | null): ChapterRow => ({ ...FIRST_CHAPTER, key, next });
    expect(campaignOrder('a', [row('a', 'b'), row('b', 'c')])).toEqual({ ok: false, message: 'b names chapter "c", which is no row of src/story/chapters.ts' });
    expect(campaignOrder('a', [row('a', 'b'), row('b', 'a')])).toEqual({ ok: false, message: 'chapter "b" leads back to "a": the chapters go round in a circle' });
    expect(campaignOrder('nope')).toMatchObject({ ok: false, message: 'the campaign start names chapter "nope", which is no row of src/story/chapters.ts' });
    // Every chapter a release offers is on the way from the first.
    const campaign = campaignOrder(FIRST_CHAPTER.key);
    if (!campaign.ok) throw new Error(campaign.message);
    for (const chapter of playableChapters({ includeTestOnly: false })) expect(campaign.rows.map((entry) => entry.key), chapter.key).toContain(chapter.key);
  });

  it('give each chapter the seed its golden replays were recorded with', () => {
    expect(FIRST_CHAPTER.key).toBe('night-escape');
    expect(NIGHT_ESCAPE_SEED).toBe(FIRST_CHAPTER.seed);
    for (const file of readdirSync('tests/golden').filter((name) => name.endsWith('.replay.json'))) {
      const replay = decodeReplay(readFileSync(`tests/golden/${file}`, 'utf8'));
      if (!replay.ok) throw new Error(replay.problem.message);
      const chapter = chapterForMap(`maps/${replay.value.level}.tmj`);
      expect(chapter, file).not.toBeNull();
      expect(replay.value.seed, file).toBe(chapter?.seed);
    }
  });

  it('offer test-only rows only when asked, and find a chapter by its map', () => {
    expect(playableChapters({ includeTestOnly: false }).map((chapter) => chapter.key)).toEqual(['night-escape', 'bedroom']);
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
