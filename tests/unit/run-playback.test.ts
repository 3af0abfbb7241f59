// Playback in the game: the speed clock the level session reads, the plan that hands each screen its
// part of a replay, and the verdict said at a level's end.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFullGameReplay } from '../../src/run/full-game-replay.ts';
import { ReplayInput } from '../../src/run/input-source.ts';
import { LevelSession } from '../../src/run/level-session.ts';
import { PlaybackClock, speedLabel, stepSpeed } from '../../src/run/playback-speed.ts';
import { PlaybackPlan } from '../../src/run/playback-plan.ts';
import { NO_INPUT, hashWorld, type InputFrame } from '../../src/sim/index.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';

const FRAME = 1000 / 60;

class ManualTime {
  current = 0;
  now(): number {
    return this.current;
  }
}

const RIGHT: InputFrame = { ...NO_INPUT, moveX: 1 };

function playback(speed: Parameters<PlaybackClock['setSpeed']>[0]): { session: LevelSession; time: ManualTime; clock: PlaybackClock } {
  const { level } = levelFromAscii(['############', '#S.........#', '#..........#', '#.........X#', '############']);
  const time = new ManualTime();
  const clock = new PlaybackClock(time, speed);
  const session = new LevelSession({ level, seed: 1, input: new ReplayInput(Array.from({ length: 600 }, () => RIGHT)), timeSource: clock, maxTicksPerFrame: 20 });
  return { session, time, clock };
}

/** Runs `frames` frames of 1/60 s each and returns the ticks they ran. */
function frames(setup: { session: LevelSession; time: ManualTime }, count: number): number {
  let ticks = 0;
  for (let frame = 0; frame < count; frame += 1) {
    setup.time.current += FRAME;
    ticks += setup.session.frame(FRAME);
  }
  return ticks;
}

describe('playback speed', () => {
  it('runs a quarter, half, one, two and four ticks a frame at 0.25x to 4x', () => {
    for (const [speed, expected] of [[0.25, 15], [0.5, 30], [1, 60], [2, 120], [4, 240]] as const) {
      const setup = playback(speed);
      frames(setup, 1);
      expect(frames(setup, 60), speedLabel(speed)).toBe(expected);
    }
  });

  it('holds still while paused, and the held time is never caught up', () => {
    const setup = playback(1);
    frames(setup, 10);
    const tick = setup.session.world.tick;
    setup.clock.setHolding(true);
    expect(frames(setup, 30)).toBe(0);
    expect(setup.session.world.tick).toBe(tick);
    setup.clock.setHolding(false);
    expect(frames(setup, 1)).toBe(1);
  });

  it('steps one tick at a time while paused, through the session', () => {
    const setup = playback(1);
    frames(setup, 5);
    setup.clock.setHolding(true);
    const tick = setup.session.world.tick;
    setup.session.tick();
    frames(setup, 10);
    expect(setup.session.world.tick).toBe(tick + 1);
  });

  it('plays the same ticks at 4x as at 1x: the same world at the end', () => {
    const slow = playback(1);
    const fast = playback(4);
    frames(slow, 241);
    frames(fast, 61);
    expect(fast.session.world.tick).toBe(slow.session.world.tick);
    expect(hashWorld(fast.session.world)).toBe(hashWorld(slow.session.world));
  });

  it('steps along the offered speeds and stops at the ends', () => {
    expect(stepSpeed(1, 1)).toBe(2);
    expect(stepSpeed(4, 1)).toBe(4);
    expect(stepSpeed(0.5, -1)).toBe(0.25);
    expect(stepSpeed(0.25, -1)).toBe(0.25);
    expect(stepSpeed(3, -1)).toBe(0.5);
  });
});

describe('playback plan', () => {
  const text = readFileSync('tests/golden/full-game.replay.json', 'utf8');
  const decoded = decodeFullGameReplay(text);
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const replay = decoded.value;

  it('hands out a full game part by part, in the order the run went through them', () => {
    const plan = PlaybackPlan.ofFullGame(replay);
    expect(plan.from).toBe(replay.from);
    for (const chapter of replay.chapters) {
      for (const part of chapter.parts) {
        // Asked for a part the run did not play next: nothing is taken.
        expect(plan.take(chapter.chapter, part.part === 'outro' ? 'intro' : 'outro')).toBeNull();
        const taken = plan.take(chapter.chapter, part.part);
        expect(taken?.inputs).toHaveLength(part.inputs.length);
        expect(taken?.finishTick).toBe(part.part === 'level' ? chapter.ticks : null);
      }
    }
    expect(plan.done).toBe(true);
  });

  it('says verified only for the tick and the hash the file gives', () => {
    const part = { chapter: 'bedroom', part: 'level' as const, inputs: [], finishTick: 120, finalHash: 'abcd0123' };
    expect(PlaybackPlan.verdict(part, { finishTick: 120, hash: 'abcd0123' })).toEqual({ verified: true, ticks: 120 });
    expect(PlaybackPlan.verdict(part, { finishTick: 121, hash: 'abcd0123' })).toMatchObject({ verified: false, reason: 'finished at tick 121, the file says 120' });
    expect(PlaybackPlan.verdict(part, { finishTick: 120, hash: 'ffff0000' })).toMatchObject({ verified: false });
    expect(PlaybackPlan.verdict(part, { finishTick: null, hash: 'abcd0123' })).toMatchObject({ verified: false, reason: 'the run did not reach the exit' });
  });
});
