// Full Game live splits (src/view/full-game-splits.ts) as the campaign play keeps them: one split at each
// chapter's end at the summed in-game time, the finished run stored as the personal best, a second run
// raced against it, and a campaign that is not one run from New game left out.
import { describe, expect, it } from 'vitest';
import { loadSave } from '../../src/platform/save-storage.ts';
import { LevelSession } from '../../src/run/level-session.ts';
import { NO_INPUT, type InputFrame } from '../../src/sim/index.ts';
import { CHAPTERS, type Chapter } from '../../src/story/chapters.ts';
import { loadLevelWithStory } from '../../src/story/level-story.ts';
import { CampaignPlay } from '../../src/view/campaign-play.ts';
import { fullGameIdentity } from '../../src/view/full-game-splits.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';
import { RIGHT, input } from '../scenario/input-script.ts';
import { memoryBackend } from './memory-save-backend.ts';

/** Stands still for `wait` ticks, then walks right, wakes Leo in passing and walks out: both test chapters' way. */
function walkOut(wait: number): InputFrame[] {
  return [...Array<InputFrame>(wait).fill(NO_INPUT), ...Array<InputFrame>(40).fill(RIGHT), input({ moveX: 1, interact: true }), RIGHT];
}

/** Plays the campaign's level chapter now under way with these inputs; returns its finish tick. */
async function playChapter(play: CampaignPlay, steps: InputFrame[], realMilliseconds: number): Promise<number> {
  const chapter = play.chapter as Chapter;
  const loaded = await loadLevelWithStory({ mapPath: chapter.mapPath, readFile: readFromDisk });
  if (!loaded.ok) throw new Error(loaded.problems[0]?.message);
  let step = 0;
  const start = play.startFor(chapter.key);
  const session = new LevelSession({
    level: loaded.value,
    seed: chapter.seed,
    input: { sample: () => steps[Math.min(step++, steps.length - 1)] ?? NO_INPUT, reset: () => {} },
    timeSource: { now: () => 0 },
    scenes: loaded.director,
    ...(start === undefined ? {} : { start }),
  });
  for (let tick = 0; tick < 900 && !session.finished; tick += 1) session.tick();
  expect(session.finished).toBe(true);
  play.finishLevel(chapter.key, session.world, realMilliseconds);
  return session.world.finishTick!;
}

function closeScene(play: CampaignPlay): void {
  const pending = play.pendingScene!;
  play.closeScene(pending.flags, { knot: pending.knot, inputs: [], choices: [] });
}

/** New game to the end of the two test chapters (outro and intro between), the second waiting `wait` ticks first. */
async function fullRun(play: CampaignPlay, wait: number): Promise<{ first: number; second: number }> {
  expect(play.newGame('test-first-steps')).toMatchObject({ ok: true });
  const first = await playChapter(play, walkOut(0), 1000);
  closeScene(play);
  expect(play.goOn()).toMatchObject({ ok: true });
  closeScene(play);
  const second = await playChapter(play, walkOut(wait), 2000);
  return { first, second };
}

describe('Full Game live splits', () => {
  it('splits at each chapter\'s end at the summed time, stores the finished run as the personal best, and races the next one against it', async () => {
    const storage = memoryBackend();
    const play = new CampaignPlay({ chapters: CHAPTERS, storage });
    const { first, second } = await fullRun(play, 30);
    const race = play.fullGame!;
    expect(race.category).toMatchObject({ key: 'full-game', name: 'Full Game', chapters: ['test-first-steps', 'test-second-steps'] });
    expect(race.splits).toEqual([{ ticks: first, realMilliseconds: 1000 }, { ticks: first + second, realMilliseconds: 3000 }]);
    expect(race.finished).toBe(true);
    const stored = loadSave(storage).save.splits.find((record) => record.category === 'full-game');
    expect(stored).toMatchObject({ identity: fullGameIdentity(race.category), segments: ['First steps', 'Second steps'], personalBest: race.splits });
    expect(stored?.attempts).toHaveLength(1);

    // A second New game races the first: the same first chapter, a second one 30 ticks quicker.
    const again = await fullRun(play, 0);
    expect(again.second).toBe(second - 30);
    const rows = play.fullGame!.view(0).rows;
    expect(rows.map((row) => row.delta)).toEqual([0, -30]);
    expect(rows.map((row) => row.gold)).toEqual([false, true]);
    const kept = loadSave(storage).save.splits.find((record) => record.category === 'full-game');
    expect(kept?.personalBest?.[1]?.ticks).toBe(first + second - 30);
    expect(kept?.attempts).toHaveLength(2);
  });

  it('keeps a run left halfway in the attempt history, and races nothing when the campaign is continued or retried', async () => {
    const storage = memoryBackend();
    const play = new CampaignPlay({ chapters: CHAPTERS, storage });
    play.newGame('test-first-steps');
    await playChapter(play, walkOut(0), 0);
    closeScene(play);
    expect(play.fullGame?.splits.filter((time) => time !== null)).toHaveLength(1);
    expect(play.retry()).toMatchObject({ ok: true });
    expect(play.fullGame).toBeNull();
    const kept = loadSave(storage).save.splits.find((record) => record.category === 'full-game');
    expect(kept?.attempts).toMatchObject([{ finished: false }]);
    expect(kept?.personalBest).toBeNull();

    const resumed = new CampaignPlay({ chapters: CHAPTERS, storage });
    expect(resumed.begin(loadSave(storage).save.progress!)).toMatchObject({ ok: true });
    expect(resumed.fullGame).toBeNull();
  });
});
