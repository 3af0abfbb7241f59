// Full Game live splits (src/view/full-game-splits.ts) as the campaign play keeps them: one split at each
// chapter's end at the summed in-game time, the finished run stored as the personal best, a second run
// raced against it, and a campaign that is not one run from New game left out.
import { describe, expect, it } from 'vitest';
import { loadSave } from '../../src/platform/save-storage.ts';
import { chaptersWithTests } from '../../src/story/test-chapters.ts';
import { CampaignPlay } from '../../src/view/campaign-play.ts';
import { fullGameIdentity } from '../../src/view/full-game-splits.ts';
import { closeScene, fullRun, playChapter, walkOut } from './full-game-play.ts';
import { memoryBackend } from './memory-save-backend.ts';

describe('Full Game live splits', () => {
  it('splits at each chapter\'s end at the summed time, stores the finished run as the personal best, and races the next one against it', async () => {
    const storage = memoryBackend();
    const play = new CampaignPlay({ chapters: chaptersWithTests(), storage });
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
    const play = new CampaignPlay({ chapters: chaptersWithTests(), storage });
    play.newGame('test-first-steps');
    await playChapter(play, walkOut(0), 0);
    closeScene(play);
    expect(play.fullGame?.splits.filter((time) => time !== null)).toHaveLength(1);
    expect(play.retry()).toMatchObject({ ok: true });
    expect(play.fullGame).toBeNull();
    const kept = loadSave(storage).save.splits.find((record) => record.category === 'full-game');
    expect(kept?.attempts).toMatchObject([{ finished: false }]);
    expect(kept?.personalBest).toBeNull();

    const resumed = new CampaignPlay({ chapters: chaptersWithTests(), storage });
    expect(resumed.begin(loadSave(storage).save.progress!)).toMatchObject({ ok: true });
    expect(resumed.fullGame).toBeNull();
  });
});
