// Splits against a comparison: deltas, golds, sum of best, best possible time, and which runs may change
// the bests (a practice or assisted run never does). Then a real level: the first campaign fixture split at
// its checkpoint and its end, stored in the save and read back across a "reload", and a changed map.
import { describe, expect, it } from 'vitest';
import { loadComparison, saveAttempt } from '../../src/platform/splits-storage.ts';
import { loadSave, type SaveBackend } from '../../src/platform/save-storage.ts';
import { ChapterSplitter, chapterSegments } from '../../src/run/chapter-splits.ts';
import { LevelSession } from '../../src/run/level-session.ts';
import { PLAIN_RUN } from '../../src/run/run-marks.ts';
import { runIdentity } from '../../src/run/run-identity.ts';
import { LiveSplits, emptySplitsRecord, isPersonalBest, recordAttempt, sumOfBest, type SplitTime } from '../../src/run/splits.ts';
import { NO_INPUT, RULES_VERSION, type InputFrame } from '../../src/sim/index.ts';
import { chapterByKey } from '../../src/story/chapters.ts';
import { TEST_CHAPTERS } from '../../src/story/test-chapters.ts';
import { loadLevelWithStory } from '../../src/story/level-story.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';
import { RIGHT, input } from '../scenario/input-script.ts';
import { memoryBackend } from './memory-save-backend.ts';

const at = (ticks: number): SplitTime => ({ ticks, realMilliseconds: ticks * 20 });
const BLANK = emptySplitsRecord({ category: 'test-first-steps', identity: runIdentity('test-first-steps', '0badf00d', RULES_VERSION), segments: ['A', 'B', 'End'] });

describe('splits against a comparison', () => {
  const first = recordAttempt(BLANK, { started: null, ended: null, splits: [at(100), at(250), at(400)], finished: true, marks: PLAIN_RUN });

  it('makes the first finished plain run the personal best, every segment its best', () => {
    expect(first.personalBest).toEqual([at(100), at(250), at(400)]);
    expect(first.bestSegments.map((time) => time?.ticks)).toEqual([100, 150, 150]);
    expect(sumOfBest(first)).toBe(400);
    expect(first.attempts.map((attempt) => attempt.id)).toEqual([1]);
  });

  it('shows the delta to the personal best, golds, the sum of best and the best possible time as a run goes', () => {
    const live = new LiveSplits(first);
    expect(live.view(0)).toMatchObject({ sumOfBest: 400, bestPossible: 400 });
    live.split(0, at(90));
    // 10 ticks ahead, a gold; best possible: 90 plus the best of the two left.
    expect(live.view(90).rows[0]).toEqual({ name: 'A', ticks: 90, delta: -10, gold: true });
    expect(live.view(90).bestPossible).toBe(390);
    // The second segment under way is already slower than its best (150): the clock says how late.
    expect(live.view(300).bestPossible).toBe(300 + 150);
    live.split(1, at(260));
    expect(live.view(260).rows[1]).toEqual({ name: 'B', ticks: 260, delta: 10, gold: false });
    live.split(2, at(395));
    expect(live.view(395).rows[2]).toEqual({ name: 'End', ticks: 395, delta: -5, gold: true });
    expect(live.view(395).bestPossible).toBe(395);
    expect(live.split(2, at(999))).toBe(false);
  });

  it('takes a faster finish as the new personal best and keeps the golds of a slower one', () => {
    const slower = recordAttempt(first, { started: null, ended: null, splits: [at(80), at(260), at(430)], finished: true, marks: PLAIN_RUN });
    expect(slower.personalBest).toEqual(first.personalBest);
    expect(slower.bestSegments.map((time) => time?.ticks)).toEqual([80, 150, 150]);
    const faster = recordAttempt(slower, { started: null, ended: null, splits: [at(100), at(240), at(380)], finished: true, marks: PLAIN_RUN });
    expect(faster.personalBest).toEqual([at(100), at(240), at(380)]);
    expect(sumOfBest(faster)).toBe(80 + 140 + 140);
  });

  it('never lets a practice or an assisted run change a best, but keeps each in the history, marked', () => {
    const practice = { assisted: false, practice: true };
    const afterPractice = recordAttempt(first, { started: null, ended: null, splits: [at(10), at(20), at(30)], finished: true, marks: practice });
    expect(afterPractice.personalBest).toEqual(first.personalBest);
    expect(afterPractice.bestSegments).toEqual(first.bestSegments);
    expect(afterPractice.attempts.at(-1)).toMatchObject({ id: 2, marks: practice });
    const assisted = { assisted: true, practice: false };
    const afterAssisted = recordAttempt(first, { started: null, ended: null, splits: [at(10), at(20), at(30)], finished: true, marks: assisted });
    expect(afterAssisted.personalBest).toEqual(first.personalBest);
    expect(afterAssisted.bestSegments).toEqual(first.bestSegments);
    expect(afterAssisted.attempts.at(-1)).toMatchObject({ id: 2, marks: assisted });
    expect(isPersonalBest(first, { splits: [at(10), at(20), at(30)], finished: true, marks: assisted })).toBe(false);
    expect(isPersonalBest(first, { splits: [at(10), at(20), at(30)], finished: true, marks: PLAIN_RUN })).toBe(true);
  });

  it('compares no segment across a skipped split', () => {
    const skipped = recordAttempt(first, { started: null, ended: null, splits: [null, at(200), at(300)], finished: true, marks: PLAIN_RUN });
    expect(skipped.bestSegments.map((time) => time?.ticks)).toEqual([100, 150, 100]);
    expect(skipped.personalBest).toEqual([null, at(200), at(300)]);
  });
});

describe('a level split by its checkpoints and its end, kept in the save', () => {
  const walkOut: InputFrame[] = [...Array<InputFrame>(40).fill(RIGHT), input({ moveX: 1, interact: true }), RIGHT];

  async function play(storage: SaveBackend, mapHash: string): Promise<{ splitter: ChapterSplitter; session: LevelSession; notice: string | null }> {
    const chapter = chapterByKey('test-first-steps', TEST_CHAPTERS)!;
    const loaded = await loadLevelWithStory({ mapPath: chapter.mapPath, readFile: readFromDisk });
    if (!loaded.ok) throw new Error(loaded.problems[0]?.message);
    let step = 0;
    let now = 0;
    const session = new LevelSession({
      level: loaded.value,
      seed: chapter.seed,
      input: { sample: () => walkOut[Math.min(step++, walkOut.length - 1)] ?? NO_INPUT, reset: () => {} },
      timeSource: { now: () => now },
      scenes: loaded.director,
    });
    const segments = chapterSegments(loaded.value, chapter.title);
    const comparison = loadComparison({ category: chapter.key, identity: runIdentity(chapter.key, mapHash, RULES_VERSION), segments }, storage);
    const splitter = new ChapterSplitter(comparison.record, { realMilliseconds: () => session.record.realMilliseconds });
    session.setListener({ afterTick: (world, events) => splitter.afterTick(world, events) });
    // Frames of exactly one tick each, so the real time is the in-game time.
    for (let frame = 0; frame < 600 && !session.finished; frame += 1) {
      now += 1000 / 60;
      session.frame(1000 / 60);
    }
    return { splitter, session, notice: comparison.notice };
  }

  it('splits at the Porch and at the end, stores the run, races it after a reload, and starts anew on a changed map', async () => {
    const storage = memoryBackend();
    const { splitter, session, notice } = await play(storage, '0badf00d');
    expect(notice).toBeNull();
    expect(splitter.live.comparison.segments).toEqual(['Porch', 'First steps']);
    const splits = splitter.live.splits;
    expect(splits.every((time) => time !== null)).toBe(true);
    expect(splits[1]?.ticks).toBe(session.world.finishTick);
    expect(splits[0]!.ticks).toBeLessThan(splits[1]!.ticks);
    expect(splits[1]!.realMilliseconds).toBeCloseTo(session.world.finishTick! * 1000 / 60, 6);
    const saved = saveAttempt({ comparison: splitter.live.comparison, attempt: { started: '12/05/2026 19:00:00', ended: '12/05/2026 19:00:02', splits, finished: true, marks: PLAIN_RUN } }, storage);
    expect(saved.written).toEqual({ ok: true });

    // A reload: the same map races the stored personal best and is level with it at every split.
    const again = await play(storage, '0badf00d');
    expect(again.splitter.live.comparison.personalBest).toEqual(splits);
    expect(again.splitter.live.view(again.session.world.tick).rows.map((row) => row.delta)).toEqual([0, 0]);

    // A storage that refuses the write keeps what it had: the record is still the one stored.
    storage.refuseWrites = true;
    const refused = saveAttempt({ comparison: again.splitter.live.comparison, attempt: { started: null, ended: null, splits, finished: true, marks: PLAIN_RUN } }, storage);
    expect(refused.written.ok).toBe(false);
    storage.refuseWrites = false;
    expect(loadSave(storage).save.splits[0]?.attempts).toHaveLength(1);

    const changed = await play(storage, '0badf00e');
    expect(changed.notice).toMatch(/map or the rules changed/);
    expect(changed.splitter.live.comparison.personalBest).toBeNull();
    expect(loadSave(storage).save.splits).toHaveLength(1);
  });
});

describe('splits in a full save', () => {
  it('never grow the save past what it can read back: old records give way, the newest race stays', () => {
    const storage = memoryBackend();
    const segments = Array.from({ length: 40 }, (_, index) => `Checkpoint number ${index + 1} of a long level`);
    const splits = segments.map((_, index) => at(1000 + index * 1234));
    let last = null as ReturnType<typeof saveAttempt> | null;
    for (let chapter = 0; chapter < 70; chapter += 1) {
      const identity = runIdentity(`chapter-${chapter}`, '0badf00d', RULES_VERSION);
      let comparison = loadComparison({ category: `chapter-${chapter}`, identity, segments }, storage).record;
      for (let attempt = 0; attempt < 5; attempt += 1) {
        last = saveAttempt({ comparison, attempt: { started: '12/05/2026 19:00:00', ended: '12/05/2026 19:10:00', splits, finished: true, marks: PLAIN_RUN } }, storage);
        comparison = last.record;
      }
    }
    expect(last?.written).toEqual({ ok: true });
    const loaded = loadSave(storage);
    expect(loaded.notice).toBeNull();
    expect(loaded.save.splits.at(-1)?.category).toBe('chapter-69');
    expect(loaded.save.splits.length).toBeLessThan(70);
  });
});
