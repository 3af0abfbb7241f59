import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevelFromText } from '../../src/level/load-level.ts';
import { decodeReplay } from '../../src/run/replay.ts';
import {
  CHAPTERS, FIRST_CHAPTER, NIGHT_ESCAPE, NIGHT_ESCAPE_SEED, campaignOrder, chapterByKey, chapterForMap, isLevelChapter, type ChapterRow,
} from '../../src/story/chapters.ts';
import { chaptersWithTests, TEST_CHAPTERS } from '../../src/story/test-chapters.ts';
import { chapterKeyFromSearch, unknownChapterProblem } from '../../src/view/map-catalog.ts';

describe('chapters', () => {
  it('have unique keys, every level chapter\'s map loads without problems, and every scene chapter\'s story exists', () => {
    expect(new Set(chaptersWithTests().map((chapter) => chapter.key)).size).toBe(chaptersWithTests().length);
    for (const chapter of chaptersWithTests()) {
      if (chapter.kind === 'scene') {
        expect(existsSync(chapter.storyPath), chapter.key).toBe(true);
        continue;
      }
      const loaded = loadLevelFromText(readFileSync(chapter.mapPath, 'utf8'), chapter.mapPath);
      expect(loaded.ok, chapter.key).toBe(true);
    }
  });

  it('follow next from every row to an end: each names a row, and none comes round again', () => {
    for (const chapter of chaptersWithTests()) expect(campaignOrder(chapter.key, chaptersWithTests()), chapter.key).toMatchObject({ ok: true });
    expect(campaignOrder('test-second-steps', chaptersWithTests())).toMatchObject({ ok: true, rows: [{ key: 'test-second-steps' }] });
    const row = (key: string, next: string | null): ChapterRow => ({ ...FIRST_CHAPTER, key, next });
    expect(campaignOrder('a', [row('a', 'b'), row('b', 'c')])).toEqual({ ok: false, message: 'b names chapter "c", which is no row of src/story/chapters.ts' });
    expect(campaignOrder('a', [row('a', 'b'), row('b', 'a')])).toEqual({ ok: false, message: 'chapter "b" leads back to "a": the chapters go round in a circle' });
    expect(campaignOrder('nope')).toMatchObject({ ok: false, message: 'the campaign start names chapter "nope", which is no row of src/story/chapters.ts' });
    // The story, in order, from the first chapter to the aftermath; every chapter a release offers is on it.
    const campaign = campaignOrder(FIRST_CHAPTER.key);
    if (!campaign.ok) throw new Error(campaign.message);
    expect(campaign.rows.map((entry) => entry.key)).toEqual(['bedroom', 'hidden-door', 'dream-space', 'night-escape', 'aftermath']);
    for (const chapter of CHAPTERS) expect(campaign.rows, chapter.key).toContain(chapter);
  });

  it('give each chapter the seed its golden replays were recorded with', () => {
    expect(FIRST_CHAPTER.key).toBe('bedroom');
    expect(NIGHT_ESCAPE_SEED).toBe(NIGHT_ESCAPE.seed);
    // The full game's replay holds each chapter's seed itself (tests/golden/full-game-replay.test.ts checks them).
    for (const file of readdirSync('tests/golden').filter((name) => name.endsWith('.replay.json') && name !== 'full-game.replay.json')) {
      const replay = decodeReplay(readFileSync(`tests/golden/${file}`, 'utf8'));
      if (!replay.ok) throw new Error(replay.problem.message);
      // A replay is named after its chapter: <key>.replay.json, or <key>-<route>.replay.json.
      const chapter = chaptersWithTests().filter((row) => file === `${row.key}.replay.json` || file.startsWith(`${row.key}-`)).sort((a, b) => b.key.length - a.key.length)[0];
      expect(chapter, file).toBeDefined();
      expect(replay.value.seed, file).toBe(chapter!.seed);
    }
  });

  it('keep the test rows apart from the campaign\'s, and find a chapter by its map', () => {
    expect(CHAPTERS.filter(isLevelChapter).map((chapter) => chapter.key)).toEqual(['bedroom', 'hidden-door', 'dream-space', 'night-escape']);
    expect(CHAPTERS.filter((row) => TEST_CHAPTERS.some((test) => test.key === row.key))).toEqual([]);
    expect(chaptersWithTests().map((chapter) => chapter.key)).toContain('test-yard');
    expect(chapterByKey('test-yard', TEST_CHAPTERS)).toBe(TEST_CHAPTERS[0]);
    expect(chapterForMap('maps/night-escape.tmj')).toBe(NIGHT_ESCAPE);
    expect(chapterForMap('maps/elsewhere.tmj')).toBeNull();
    // As typed on a command line (simulate, record-golden): the same chapter, so the same seed.
    expect(chapterForMap('./maps/night-escape.tmj')).toBe(NIGHT_ESCAPE);
    expect(chapterForMap('maps\\night-escape.tmj')).toBe(NIGHT_ESCAPE);
    expect(chapterByKey('test-yard')).toBeNull();
  });

  it('are picked from the address by ?chapter=<key>, and an unknown key lists the known ones', () => {
    expect(chapterKeyFromSearch('?chapter=test-yard')).toBe('test-yard');
    expect(chapterKeyFromSearch('?map=night-escape')).toBeNull();
    const problem = unknownChapterProblem('nope', ['night-escape']);
    expect(problem.place).toBe('?chapter=nope');
    expect(problem.message).toContain('Chapters in this build: night-escape');
  });
});
