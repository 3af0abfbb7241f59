import { describe, expect, it } from 'vitest';
import { FixedStepClock, type TimeSource } from '../../src/run/fixed-step-clock.ts';

const FRAME_60 = 1000 / 60;

class ManualTime implements TimeSource {
  current = 0;
  now(): number {
    return this.current;
  }
}

describe('FixedStepClock', () => {
  it('gives exactly one tick for every 1000/60 ms frame, for a long time', () => {
    const clock = new FixedStepClock();
    for (let frame = 0; frame < 100_000; frame += 1) {
      const ticks = clock.advance(FRAME_60);
      if (ticks !== 1) throw new Error(`frame ${frame} ran ${ticks} ticks`);
    }
    expect(clock.droppedTicks).toBe(0);
  });

  it('gives one tick per frame from a time source advancing by 1000/60 (float timestamps)', () => {
    const time = new ManualTime();
    time.current = 123_456.789;
    const clock = new FixedStepClock({ timeSource: time });
    expect(clock.frame()).toBe(0);
    const start = time.current;
    for (let frame = 1; frame <= 50_000; frame += 1) {
      // Recomputed from the start each frame, as a test hook would, so differences wobble in the last bits.
      time.current = start + frame * FRAME_60;
      const ticks = clock.frame();
      if (ticks !== 1) throw new Error(`frame ${frame} ran ${ticks} ticks`);
    }
  });

  it('runs no tick on a 144 Hz frame until enough time has gathered, and counts the total right', () => {
    const clock = new FixedStepClock();
    let total = 0;
    let zeroTickFrames = 0;
    for (let frame = 0; frame < 144 * 10; frame += 1) {
      const ticks = clock.advance(1000 / 144);
      if (ticks === 0) zeroTickFrames += 1;
      expect(ticks).toBeLessThanOrEqual(1);
      total += ticks;
    }
    expect(total).toBe(600);
    expect(zeroTickFrames).toBe(144 * 10 - 600);
  });

  it('runs two ticks on 30 Hz frames', () => {
    const clock = new FixedStepClock();
    for (let frame = 0; frame < 1000; frame += 1) expect(clock.advance(1000 / 30)).toBe(2);
  });

  it('caps catch-up after a stall and drops the rest', () => {
    const clock = new FixedStepClock({ maxTicksPerFrame: 5 });
    expect(clock.advance(1000)).toBe(5);
    expect(clock.droppedTicks).toBe(55);
    expect(clock.advance(FRAME_60)).toBe(1);
  });

  it('keeps the fraction of a tick as alpha', () => {
    const clock = new FixedStepClock();
    expect(clock.advance(FRAME_60 / 4)).toBe(0);
    expect(clock.alpha).toBeCloseTo(0.25, 6);
    expect(clock.advance(FRAME_60)).toBe(1);
    expect(clock.alpha).toBeCloseTo(0.25, 6);
    expect(clock.advance(FRAME_60 * 0.5)).toBe(0);
    expect(clock.alpha).toBeCloseTo(0.75, 6);
  });

  it('ignores negative, NaN and infinite frames', () => {
    const clock = new FixedStepClock();
    expect(clock.advance(-50)).toBe(0);
    expect(clock.advance(Number.NaN)).toBe(0);
    expect(clock.alpha).toBe(0);
    expect(clock.advance(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('forgets pending time on reset', () => {
    const time = new ManualTime();
    const clock = new FixedStepClock({ timeSource: time });
    clock.frame();
    time.current += FRAME_60 * 0.9;
    expect(clock.frame()).toBe(0);
    clock.reset();
    expect(clock.alpha).toBe(0);
    time.current += 10_000;
    expect(clock.frame()).toBe(0); // first frame after reset only takes a baseline
    time.current += FRAME_60;
    expect(clock.frame()).toBe(1);
  });

  it('takes the first frame after a reset from the fallback, then from the time source', () => {
    const time = new ManualTime();
    const clock = new FixedStepClock({ timeSource: time });
    time.current = 5000;
    expect(clock.frame(FRAME_60)).toBe(1);
    time.current += FRAME_60;
    expect(clock.frame(1000)).toBe(1); // the fallback is ignored once there is a previous time
    clock.reset();
    time.current += 10_000;
    expect(clock.frame(FRAME_60 * 2)).toBe(2);
  });

  it('refuses frame() without a time source', () => {
    expect(() => new FixedStepClock().frame()).toThrow(/timeSource/);
  });
});
