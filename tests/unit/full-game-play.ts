// Plays the two test chapters through a CampaignPlay as the game's scenes do (levels in a LevelSession,
// scenes closed as the player would), for the Full Game tests.
import { expect } from 'vitest';
import { LevelSession } from '../../src/run/level-session.ts';
import { NO_INPUT, type InputFrame } from '../../src/sim/index.ts';
import type { Chapter } from '../../src/story/chapters.ts';
import { loadLevelWithStory } from '../../src/story/level-story.ts';
import type { CampaignPlay } from '../../src/view/campaign-play.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';
import { RIGHT, input } from '../scenario/input-script.ts';

/** Stands still for `wait` ticks, then walks right, wakes Leo in passing and walks out: both test chapters' way. */
export function walkOut(wait: number): InputFrame[] {
  return [...Array<InputFrame>(wait).fill(NO_INPUT), ...Array<InputFrame>(40).fill(RIGHT), input({ moveX: 1, interact: true }), RIGHT];
}

/** A session of the chapter as the level scene builds it: its row's seed, its story, the start the campaign hands it. */
export async function sessionFor(chapter: Chapter, play: CampaignPlay, steps: InputFrame[]): Promise<LevelSession> {
  const loaded = await loadLevelWithStory({ mapPath: chapter.mapPath, readFile: readFromDisk });
  if (!loaded.ok) throw new Error(loaded.problems[0]?.message);
  let step = 0;
  const start = play.startFor(chapter.key);
  return new LevelSession({
    level: loaded.value,
    seed: chapter.seed,
    input: { sample: () => steps[Math.min(step++, steps.length - 1)] ?? NO_INPUT, reset: () => {} },
    timeSource: { now: () => 0 },
    scenes: loaded.director,
    ...(start === undefined ? {} : { start }),
  });
}

/** Plays the campaign's level chapter now under way with these inputs; returns its finish tick. */
export async function playChapter(play: CampaignPlay, steps: InputFrame[], realMilliseconds: number): Promise<number> {
  const chapter = play.chapter as Chapter;
  const session = await sessionFor(chapter, play, steps);
  // As the speedrun view tells the Full Game race each tick (its LiveSplit link follows it).
  const before = play.progress?.ticks ?? 0;
  session.setListener({ afterTick: (world, events) => { play.fullGame?.afterLevelTick(before, world, events); } });
  for (let tick = 0; tick < 900 && !session.finished; tick += 1) session.tick();
  expect(session.finished).toBe(true);
  play.finishLevel(chapter.key, session.world, realMilliseconds);
  return session.world.finishTick!;
}

export function closeScene(play: CampaignPlay): void {
  const pending = play.pendingScene!;
  play.closeScene(pending.flags);
}

/** New game to the end of the two test chapters (outro and intro between), the second waiting `wait` ticks first. */
export async function fullRun(play: CampaignPlay, wait: number): Promise<{ first: number; second: number }> {
  expect(play.newGame('test-first-steps')).toMatchObject({ ok: true });
  const first = await playChapter(play, walkOut(0), 1000);
  closeScene(play);
  expect(play.goOn()).toMatchObject({ ok: true });
  closeScene(play);
  const second = await playChapter(play, walkOut(wait), 2000);
  return { first, second };
}
