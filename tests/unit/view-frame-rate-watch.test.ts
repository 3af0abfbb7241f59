import { describe, expect, it } from 'vitest';
import { FrameRateWatch, SLOW_FRAMES_PER_SECOND, SLOW_SECONDS } from '../../src/view/frame-rate-watch.ts';

/** Feeds `seconds` of frames at `framesPerSecond` from `start`; returns the time after and whether it tripped. */
function play(watch: FrameRateWatch, options: { start: number; seconds: number; framesPerSecond: number }): { time: number; tripped: boolean } {
  const interval = 1000 / options.framesPerSecond;
  let time = options.start;
  let tripped = false;
  const end = options.start + options.seconds * 1000;
  while (time < end) {
    time += interval;
    tripped = watch.noteFrame(time) || tripped;
  }
  return { time, tripped };
}

describe('the frame rate watch', () => {
  it('lowers the effects after SLOW_SECONDS of slow frames in a row, and not a second sooner', () => {
    const watch = new FrameRateWatch();
    const early = play(watch, { start: 0, seconds: SLOW_SECONDS - 0.5, framesPerSecond: 20 });
    expect(early.tripped).toBe(false);
    expect(play(watch, { start: early.time, seconds: 1, framesPerSecond: 20 }).tripped).toBe(true);
  });

  it('never trips at a frame rate at or above the threshold', () => {
    const watch = new FrameRateWatch();
    expect(play(watch, { start: 0, seconds: 60, framesPerSecond: SLOW_FRAMES_PER_SECOND + 1 }).tripped).toBe(false);
  });

  it('counts slow seconds in a row only: a fast second starts the count over', () => {
    const watch = new FrameRateWatch();
    let { time } = play(watch, { start: 0, seconds: SLOW_SECONDS - 1, framesPerSecond: 15 });
    ({ time } = play(watch, { start: time, seconds: 1.5, framesPerSecond: 60 }));
    expect(play(watch, { start: time, seconds: SLOW_SECONDS - 1.5, framesPerSecond: 15 }).tripped).toBe(false);
  });

  it('takes a long gap (a hidden tab, a load) as no evidence and starts over', () => {
    const watch = new FrameRateWatch();
    const { time } = play(watch, { start: 0, seconds: SLOW_SECONDS - 1, framesPerSecond: 10 });
    expect(watch.noteFrame(time + 5000)).toBe(false);
    expect(play(watch, { start: time + 5000, seconds: 1.5, framesPerSecond: 10 }).tripped).toBe(false);
  });

  it('starts over when told: what was measured before a pause does not count after it', () => {
    const watch = new FrameRateWatch();
    const { time } = play(watch, { start: 0, seconds: SLOW_SECONDS - 1, framesPerSecond: 10 });
    watch.startOver();
    expect(play(watch, { start: time, seconds: 1.5, framesPerSecond: 10 }).tripped).toBe(false);
  });
});
