// The game's campaign play (src/view/campaign-play.ts) driven as the scenes drive it, over the test-only
// two-chapter campaign of src/story/chapters.ts: the level sessions are built with the start it hands
// them, the save is written at each finish, and a new CampaignPlay continues from what was saved.
import { describe, expect, it } from 'vitest';
import { loadSave } from '../../src/platform/save-storage.ts';
import { LevelSession } from '../../src/run/level-session.ts';
import type { InputFrame } from '../../src/sim/index.ts';
import { CHAPTERS, type Chapter } from '../../src/story/chapters.ts';
import { chaptersWithTests } from '../../src/story/test-chapters.ts';
import { CampaignPlay, campaignKeyFromSearch } from '../../src/view/campaign-play.ts';
import { RIGHT, input } from '../scenario/input-script.ts';
import { sessionFor } from './full-game-play.ts';
import { memoryBackend } from './memory-save-backend.ts';

/** Walk right for 40 ticks, wake Leo in passing, walk on: the first chapter's way out (and the second's). */
const WALK_OUT: InputFrame[] = [...Array<InputFrame>(40).fill(RIGHT), input({ moveX: 1, interact: true }), RIGHT];

/** Reads the scene the campaign plays now to its end, as the story scene would: its flags kept as they were. */
function closePendingScene(play: CampaignPlay, part: string): void {
  const pending = play.pendingScene;
  expect(pending?.part).toBe(part);
  play.closeScene(pending!.flags);
}

function playOut(session: LevelSession): void {
  for (let tick = 0; tick < 600 && !session.finished; tick += 1) session.tick();
}

describe('campaign play', () => {
  it('hands the first chapter\'s flags and who came out to the second, saves each finish, and continues from the save', async () => {
    const storage = memoryBackend();
    const play = new CampaignPlay({ chapters: chaptersWithTests(), storage });
    expect(play.newGame('test-first-steps')).toMatchObject({ ok: true, chapter: { key: 'test-first-steps' } });
    expect(play.phase).toBe('level');

    const first = await sessionFor(play.chapter as Chapter, play, WALK_OUT);
    playOut(first);
    expect(first.finished).toBe(true);
    const finish = play.finishLevel('test-first-steps', first.world, 1234);
    expect(finish?.written).toEqual({ ok: true });
    expect(finish?.next?.key).toBe('test-second-steps');
    expect(finish?.progress).toMatchObject({ chapter: 'test-second-steps', carried: { flags: { gate_key: 1, leo_out: 1, children_out: 1 }, followers: ['Leo'] }, ticks: first.world.finishTick, realMilliseconds: 1234 });
    // The chapter's outro plays before the chapter ends; the story reads the campaign's catches.
    expect(finish?.outro).toBe(true);
    expect(play.phase).toBe('scene');
    expect(play.pendingScene).toMatchObject({ part: 'outro', knot: 'first_outro', heldTick: first.world.finishTick, flags: { gate_key: 1, times_caught: 0 } });
    closePendingScene(play, 'outro');
    expect(play.phase).toBe('chapter-end');
    // A finish is counted once.
    expect(play.finishLevel('test-first-steps', first.world, 1234)).toBeNull();
    expect(loadSave(storage).save.progress).toEqual(finish?.progress);

    // A reload: a fresh play continues from the save, and the second chapter opens with gate_key; its own Leo
    // sleeps where its map draws him (a level's children start asleep, in the campaign as alone).
    const resumed = new CampaignPlay({ chapters: chaptersWithTests(), storage });
    const saved = loadSave(storage).save.progress;
    expect(resumed.resumable(saved)?.key).toBe('test-second-steps');
    expect(resumed.begin(saved!)).toMatchObject({ ok: true });
    // Its intro first: the level has no start until it closes.
    expect(resumed.startFor('test-second-steps')).toBeUndefined();
    closePendingScene(resumed, 'intro');
    expect(resumed.phase).toBe('level');
    const second = await sessionFor(resumed.chapter as Chapter, resumed, [RIGHT]);
    expect(second.world.flags).toMatchObject({ gate_key: 1 });
    expect(second.world.children.find((child) => child.name === 'Leo')?.mode).toBe('asleep');
    playOut(second);
    expect(second.finished).toBe(true);
    const last = resumed.finishLevel('test-second-steps', second.world, 500);
    expect(last).toMatchObject({ next: null, written: { ok: true }, outro: false, progress: { chapter: null, ticks: first.world.finishTick! + second.world.finishTick!, realMilliseconds: 1734 } });
    expect(resumed.statistics).toEqual([{ key: 'test-second-steps', title: 'Second steps', ticks: second.world.finishTick, catches: 0 }]);
    expect(resumed.phase).toBe('finished');
    expect(resumed.goOn()).toMatchObject({ ok: false });
    // The campaign is over: nothing left to continue.
    expect(resumed.resumable(loadSave(storage).save.progress)).toBeNull();
  });

  it('plays a scene chapter as a scene: the aftermath with the flags carried and the catches counted, then the campaign is over', () => {
    const storage = memoryBackend();
    const play = new CampaignPlay({ chapters: chaptersWithTests(), storage });
    const carried = { flags: { leo_story: 2 }, followers: ['Leo', 'Pip'] };
    expect(play.begin({ chapter: 'aftermath', carried, ticks: 5000, realMilliseconds: 90_000 })).toMatchObject({ ok: true, chapter: { key: 'aftermath' } });
    expect(play.phase).toBe('scene');
    expect(play.startFor('aftermath')).toBeUndefined();
    expect(play.pendingScene).toMatchObject({ part: 'chapter', knot: 'aftermath', seed: 15, flags: { leo_story: 2, times_caught: 0 } });
    const finish = play.closeScene({ leo_story: 2, times_caught: 0, bedtime_story: 2 });
    expect(finish).toMatchObject({ next: null, outro: false, written: { ok: true }, progress: { chapter: null, ticks: 5000, carried: { flags: { leo_story: 2, bedtime_story: 2 }, followers: ['Leo', 'Pip'] } } });
    expect(finish?.progress.carried.flags).not.toHaveProperty('times_caught');
    expect(play.phase).toBe('finished');
    expect(play.statistics).toEqual([{ key: 'aftermath', title: 'Aftermath', ticks: 0, catches: 0 }]);
    expect(loadSave(storage).save.progress?.chapter).toBeNull();
  });

  it('plays a chapter opened by its address fresh: no carried flag, so the second chapter\'s exit stays shut', async () => {
    const play = new CampaignPlay({ chapters: chaptersWithTests(), storage: memoryBackend() });
    const second = chaptersWithTests().find((row) => row.key === 'test-second-steps') as Chapter;
    expect(play.startFor(second.key)).toBeUndefined();
    const session = await sessionFor(second, play, [RIGHT]);
    playOut(session);
    expect(session.finished).toBe(false);
    expect(play.finishLevel(second.key, session.world, 0)).toBeNull();
  });

  it('never claims a save storage refused, and goes on all the same', async () => {
    const storage = memoryBackend();
    const play = new CampaignPlay({ chapters: chaptersWithTests(), storage });
    play.newGame('test-first-steps');
    const first = await sessionFor(play.chapter as Chapter, play, WALK_OUT);
    playOut(first);
    storage.refuseWrites = true;
    const finish = play.finishLevel('test-first-steps', first.world, 0);
    expect(finish?.written).toEqual({ ok: false, message: 'progress could not be saved: QuotaExceededError: the quota is full' });
    closePendingScene(play, 'outro');
    expect(play.goOn()).toMatchObject({ ok: true, chapter: { key: 'test-second-steps' } });
    closePendingScene(play, 'intro');
    expect(play.startFor('test-second-steps')).toMatchObject({ flags: { gate_key: 1 } });
  });

  it('refuses a chapter this build does not play, and reads ?campaign= from the address', () => {
    const release = new CampaignPlay({ chapters: CHAPTERS, storage: memoryBackend() });
    expect(release.newGame('test-first-steps')).toEqual({ ok: false, message: 'this build has no chapter "test-first-steps" to play' });
    expect(release.phase).toBe('idle');
    expect(release.newGame('night-escape')).toMatchObject({ ok: true });
    expect(campaignKeyFromSearch('?campaign=test-first-steps')).toBe('test-first-steps');
    expect(campaignKeyFromSearch('?chapter=x')).toBeNull();
  });

  it('keeps the chapters reached in the save: a new game reaches the first, a finish the next, and a new game over them keeps them', async () => {
    const storage = memoryBackend();
    const play = new CampaignPlay({ chapters: chaptersWithTests(), storage });
    expect(play.reachedChapters(loadSave(storage).save)).toEqual([]);
    play.newGame('test-first-steps');
    // Begun is reached: Continue and Chapter select offer it after a reload, before it is won.
    expect(loadSave(storage).save).toMatchObject({ reached: ['test-first-steps'], progress: { chapter: 'test-first-steps' } });
    const first = await sessionFor(play.chapter as Chapter, play, WALK_OUT);
    playOut(first);
    play.finishLevel('test-first-steps', first.world, 0);
    expect(play.reachedChapters(loadSave(storage).save).map((row) => row.key)).toEqual(['test-first-steps', 'test-second-steps']);
    play.newGame('test-first-steps');
    expect(loadSave(storage).save).toMatchObject({ reached: ['test-first-steps', 'test-second-steps'], progress: { chapter: 'test-first-steps', ticks: 0 } });
    // A build without the test rows lists none of them, whatever the save says.
    const release = new CampaignPlay({ chapters: CHAPTERS, storage });
    expect(release.reachedChapters(loadSave(storage).save)).toEqual([]);
  });

  it('plays a reached chapter alone from Chapter select as the campaign plays it: its intro, nothing carried, its finish saving nothing', async () => {
    const storage = memoryBackend();
    const play = new CampaignPlay({ chapters: chaptersWithTests(), storage });
    play.newGame('test-first-steps');
    const first = await sessionFor(play.chapter as Chapter, play, WALK_OUT);
    playOut(first);
    play.finishLevel('test-first-steps', first.world, 0);
    const saved = loadSave(storage).save;
    expect(play.playAlone('test-yard', saved)).toBeNull();
    expect(play.playAlone('test-second-steps', saved)?.key).toBe('test-second-steps');
    // Its intro first, as in the campaign; then its level, with nothing handed on.
    closePendingScene(play, 'intro');
    expect(play.phase).toBe('level');
    expect(play.startFor('test-second-steps')).toEqual({ flags: {}, followers: [] });
    const alone = await sessionFor(play.chapter as Chapter, play, [RIGHT]);
    playOut(alone);
    // Without the first chapter's gate_key its exit stays shut; the level is won only by what it is handed.
    expect(alone.finished).toBe(false);
    // Progress and what was reached are untouched; only the New game's Full Game race, left for Chapter
    // select, is kept in its attempt history as unfinished.
    const after = loadSave(storage).save;
    expect({ progress: after.progress, reached: after.reached }).toEqual({ progress: saved.progress, reached: saved.reached });
    expect(after.splits.flatMap((entry) => entry.attempts.map((attempt) => attempt.finished))).toEqual([false]);
  });

  it('plays a chapter on its own as ?chapter= does: its outro after, then the next chapter offered and played on its own, nothing saved', async () => {
    const storage = memoryBackend();
    const play = new CampaignPlay({ chapters: chaptersWithTests(), storage });
    const before = loadSave(storage).save;
    expect(play.beginAlone('test-first-steps')).toMatchObject({ ok: true, chapter: { key: 'test-first-steps' } });
    expect(play.phase).toBe('level');
    const first = await sessionFor(play.chapter as Chapter, play, WALK_OUT);
    playOut(first);
    const finish = play.finishLevel('test-first-steps', first.world, 0);
    expect(finish).toMatchObject({ outro: true, written: null, next: { key: 'test-second-steps' } });
    closePendingScene(play, 'outro');
    expect(play.phase).toBe('chapter-end');
    expect(play.goOn()).toMatchObject({ ok: true, chapter: { key: 'test-second-steps' } });
    closePendingScene(play, 'intro');
    // The next chapter, on its own too, starts from what this run handed on: the first chapter's gate_key.
    expect(play.startFor('test-second-steps')?.flags).toMatchObject({ gate_key: 1 });
    const second = await sessionFor(play.chapter as Chapter, play, [RIGHT]);
    playOut(second);
    expect(second.finished).toBe(true);
    expect(play.finishLevel('test-second-steps', second.world, 0)).toMatchObject({ next: null, written: null });
    expect(play.phase).toBe('finished');
    expect(loadSave(storage).save).toEqual(before);
    // A new game after it saves again.
    play.newGame('test-first-steps');
    expect(loadSave(storage).save.progress?.chapter).toBe('test-first-steps');
  });

  it('retries the chapter just won from where it started, with what it was handed then', async () => {
    const storage = memoryBackend();
    const play = new CampaignPlay({ chapters: chaptersWithTests(), storage });
    expect(play.retry()).toMatchObject({ ok: false });
    play.newGame('test-first-steps');
    const first = await sessionFor(play.chapter as Chapter, play, WALK_OUT);
    playOut(first);
    play.finishLevel('test-first-steps', first.world, 0);
    expect(play.retry()).toMatchObject({ ok: false });
    closePendingScene(play, 'outro');
    expect(play.retry()).toMatchObject({ ok: true, chapter: { key: 'test-first-steps' } });
    expect(play.phase).toBe('level');
    expect(play.startFor('test-first-steps')).toEqual({ flags: {}, followers: [] });
    const again = await sessionFor(play.chapter as Chapter, play, WALK_OUT);
    playOut(again);
    expect(play.finishLevel('test-first-steps', again.world, 0)?.progress).toMatchObject({ chapter: 'test-second-steps', ticks: again.world.finishTick });
  });
});
