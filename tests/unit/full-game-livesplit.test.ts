// The Full Game race over the LiveSplit link, through a real WebSocket (a test server stands in for
// LiveSplit's): the link starts at the Full Game's start, is told the exact summed in-game time before each
// chapter's split, holds through the scenes between levels and is set exactly again when play goes on, and
// is reset when the race is dropped (a retry, Continue, a chapter played alone).
import { afterEach, describe, expect, it } from 'vitest';
import { LiveSplitLink } from '../../src/platform/livesplit-link.ts';
import { ticksToLss } from '../../src/run/lss.ts';
import { loadSave } from '../../src/platform/save-storage.ts';
import { chaptersWithTests } from '../../src/story/test-chapters.ts';
import { CampaignPlay } from '../../src/view/campaign-play.ts';
import { closeScene, fullRun, playChapter, walkOut } from './full-game-play.ts';
import { memoryBackend } from './memory-save-backend.ts';
import { nodeSocket, startServer, until } from './websocket-test-server.ts';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function linkedCampaign(): Promise<{ play: CampaignPlay; messages: string[]; storage: ReturnType<typeof memoryBackend> }> {
  const { server, url, messages } = await startServer();
  const link = new LiveSplitLink({ url, createSocket: nodeSocket });
  cleanup = () => {
    link.disconnect();
    server.close();
  };
  link.connect();
  await until(() => link.state === 'connected');
  const storage = memoryBackend();
  return { play: new CampaignPlay({ chapters: chaptersWithTests(), storage, link }), messages, storage };
}

describe('the Full Game over the LiveSplit link', () => {
  it('starts once, sets the exact summed time before each chapter split, and holds through the scenes between levels', async () => {
    const { play, messages } = await linkedCampaign();
    const { first, second } = await fullRun(play, 30);
    await until(() => messages.filter((message) => message === 'split').length === 2);

    expect(messages.slice(0, 4)).toEqual(['alwayspausegametime', 'reset', 'starttimer', `setgametime ${ticksToLss(0)}`]);
    // Every split comes right after the game time set to the campaign's summed time at that chapter's end.
    const splitAt = messages.flatMap((message, index) => (message === 'split' ? [messages[index - 1]] : []));
    expect(splitAt).toEqual([`setgametime ${ticksToLss(first)}`, `setgametime ${ticksToLss(first + second)}`]);
    expect(play.fullGame?.splits.map((time) => time?.ticks)).toEqual([first, first + second]);
    // Between the chapters (outro, intro) LiveSplit's game time is held, then set exactly at the next level's first tick.
    const firstSplit = messages.indexOf('split');
    expect(messages.slice(firstSplit + 1, firstSplit + 3)).toEqual(['pausegametime', `setgametime ${ticksToLss(first + 1)}`]);
    // One run: no reset or second start after the first, and nothing after the last split.
    expect(messages.filter((message) => message === 'reset' || message === 'starttimer')).toEqual(['reset', 'starttimer']);
    expect(messages.at(-1)).toBe('split');
    // In between, the time only ever moves forward with the game's (a held time is never counted).
    const times = messages.filter((message) => message.startsWith('setgametime ')).map((message) => message.slice('setgametime '.length));
    expect([...times].sort()).toEqual(times);
  });

  it('resets LiveSplit when the race is dropped: a retry, Continue, or a chapter played alone', async () => {
    const { play, messages, storage } = await linkedCampaign();
    const drops: ReadonlyArray<readonly [string, () => void]> = [
      ['retry', () => { expect(play.retry()).toMatchObject({ ok: true }); }],
      ['Continue', () => { expect(play.begin(loadSave(storage).save.progress!)).toMatchObject({ ok: true }); }],
      ['a chapter alone', () => { expect(play.beginAlone('test-second-steps')).toMatchObject({ ok: true }); }],
    ];
    for (const [name, drop] of drops) {
      expect(play.newGame('test-first-steps')).toMatchObject({ ok: true });
      await playChapter(play, walkOut(0), 0);
      closeScene(play);
      const before = messages.length;
      await until(() => messages.at(-1) === 'pausegametime');
      drop();
      await until(() => messages.length > before && messages.at(-1) === 'reset');
      expect(play.fullGame, name).toBeNull();
    }
    expect(messages.filter((message) => message === 'starttimer')).toHaveLength(3);
  });
});
