// The pace of a scene in a watched replay, outside a level (an intro, an outro, the aftermath): its recorded
// steps come at 60 a second of the playback's time, as a level's ticks do, so at 4x the scene passes four
// times as fast, held it stands still, and a frame step takes one step. The dialogue's typing reads the
// same time, so the words keep up with the steps. Played live, a scene takes one step a frame as before.
import { FixedStepClock, type TimeSource } from './fixed-step-clock.ts';
import { PlaybackClock, controlPlayback, type PlaybackControl, type PlaybackSpeed } from './playback-speed.ts';

/** At 4x on a 30 Hz display a frame owes eight steps; more is a stall, whose time is not made up (no step is lost, the scene only waits). */
const MOST_STEPS_A_FRAME = 20;

export class WatchedScenePace {
  readonly clock: PlaybackClock;
  readonly #steps: FixedStepClock;
  #stepsOwed = 0;

  constructor(frameTime: TimeSource, speed: PlaybackSpeed) {
    this.clock = new PlaybackClock(frameTime, speed);
    this.#steps = new FixedStepClock({ timeSource: this.clock, maxTicksPerFrame: MOST_STEPS_A_FRAME });
  }

  /** How many of the scene's steps to take this frame: those the playback's time has come to, and any frame step asked for. */
  stepsDue(): number {
    const due = this.#steps.frame() + this.#stepsOwed;
    this.#stepsOwed = 0;
    return due;
  }

  /** The time the dialogue's typewriter reads: the playback's, moving at its speed and held with it. */
  typingTime(): number {
    return this.clock.now();
  }

  /** A playback key: its speed, hold, or one step on (taken at the next frame). */
  control(control: PlaybackControl): void {
    controlPlayback(this.clock, control, () => {
      this.#stepsOwed += 1;
    });
  }
}
