// A scene in a watched replay follows the playback speed: at 4x its steps come four times as often as at 1x
// (so the scene passes four times as fast), the typing's time moves four times as far, a hold stops both, and
// a frame step while held takes exactly one step.
import { describe, expect, it } from 'vitest';
import type { TimeSource } from '../../src/run/fixed-step-clock.ts';
import type { PlaybackSpeed } from '../../src/run/playback-speed.ts';
import { WatchedScenePace } from '../../src/run/scene-pace.ts';

const FRAME = 1000 / 60;

class FrameTime implements TimeSource {
  milliseconds = 0;
  now(): number {
    return this.milliseconds;
  }
}

/** Frames of 1/60 s until `steps` steps were taken. */
function framesFor(steps: number, speed: PlaybackSpeed): number {
  const time = new FrameTime();
  const pace = new WatchedScenePace(time, speed);
  let taken = 0;
  let frames = 0;
  pace.stepsDue();
  while (taken < steps) {
    time.milliseconds += FRAME;
    frames += 1;
    taken += pace.stepsDue();
  }
  expect(taken).toBe(steps);
  return frames;
}

describe('a watched scene\'s pace', () => {
  it('takes a step a frame at 1x, four at 4x, one every fourth frame at 0.25x', () => {
    expect(framesFor(240, 1)).toBe(240);
    expect(framesFor(240, 4)).toBe(60);
    expect(framesFor(60, 0.25)).toBe(240);
  });

  it('types at the playback\'s time, holds both steps and typing, and steps one at a time while held', () => {
    const time = new FrameTime();
    const pace = new WatchedScenePace(time, 1);
    pace.control('faster');
    pace.control('faster');
    expect(pace.clock.speed).toBe(4);
    const typedFrom = pace.typingTime();
    pace.stepsDue();
    time.milliseconds += 50;
    expect(pace.typingTime() - typedFrom).toBeCloseTo(200, 6);
    expect(pace.stepsDue()).toBe(12);

    pace.control('hold');
    const heldAt = pace.typingTime();
    time.milliseconds += 1000;
    expect(pace.stepsDue()).toBe(0);
    expect(pace.typingTime()).toBe(heldAt);
    pace.control('step');
    expect(pace.stepsDue()).toBe(1);
    expect(pace.stepsDue()).toBe(0);
    expect(pace.clock.holding).toBe(true);

    pace.control('hold');
    time.milliseconds += 1000 / 15;
    expect(pace.stepsDue()).toBe(16);
  });
});
