// Turns variable browser frames into a whole number of fixed 60 Hz ticks. Phaser-free so Node can test it.
import { TICKS_PER_SECOND } from '../sim/types.ts';

/** Milliseconds from any origin; only differences are used. Tests replace it to drive time by hand. */
export interface TimeSource {
  now(): number;
}

export interface FixedStepClockOptions {
  readonly ticksPerSecond?: number;
  /** Catch-up cap: after a stall, at most this many ticks run in one frame and the rest are dropped. */
  readonly maxTicksPerFrame?: number;
  /** Read by `frame()`; `advance()` takes the elapsed time directly instead. */
  readonly timeSource?: TimeSource;
}

/**
 * Time is kept in integer units of 1/1,000,000 of a tick. A frame of 1000/60 ms rounds to exactly one tick,
 * so thousands of such frames never drift into a frame with zero or two ticks, as summing float
 * milliseconds would.
 */
const UNITS_PER_TICK = 1_000_000;
const MILLISECONDS_PER_SECOND = 1000;
/** Longer gaps are a stall (tab in background, debugger); anything past the cap is dropped anyway. */
const LONGEST_FRAME_MILLISECONDS = 60_000;

export class FixedStepClock {
  readonly #ticksPerSecond: number;
  readonly #maxTicksPerFrame: number;
  /** Ticks thrown away by the catch-up cap since construction, for diagnostics. */
  droppedTicks = 0;
  readonly #timeSource: TimeSource | undefined;
  #accumulatedUnits = 0;
  #lastNow: number | null = null;

  constructor(options: FixedStepClockOptions = {}) {
    this.#ticksPerSecond = options.ticksPerSecond ?? TICKS_PER_SECOND;
    this.#maxTicksPerFrame = Math.max(1, Math.trunc(options.maxTicksPerFrame ?? 5));
    this.#timeSource = options.timeSource;
  }

  /** Adds one frame's elapsed milliseconds; returns how many ticks to run now. */
  advance(elapsedMilliseconds: number): number {
    const elapsed = Number.isFinite(elapsedMilliseconds)
      ? Math.min(Math.max(elapsedMilliseconds, 0), LONGEST_FRAME_MILLISECONDS)
      : 0;
    this.#accumulatedUnits += Math.round(
      (elapsed * this.#ticksPerSecond * UNITS_PER_TICK) / MILLISECONDS_PER_SECOND,
    );
    const due = Math.floor(this.#accumulatedUnits / UNITS_PER_TICK);
    const ticks = Math.min(due, this.#maxTicksPerFrame);
    // Dropping whole ticks but keeping the fraction keeps the interpolation phase continuous.
    this.droppedTicks += due - ticks;
    this.#accumulatedUnits -= due * UNITS_PER_TICK;
    return ticks;
  }

  /**
   * Reads the time source and advances by the time since the previous call. The first call after
   * construction or reset has nothing to measure from and advances by `firstFrameMilliseconds` instead
   * (the engine's own estimate of a frame, say), so a scene's first frame is not lost.
   */
  frame(firstFrameMilliseconds = 0): number {
    if (this.#timeSource === undefined) {
      throw new Error('FixedStepClock.frame() needs a timeSource; use advance(elapsed) instead');
    }
    const now = this.#timeSource.now();
    const previous = this.#lastNow;
    this.#lastNow = now;
    return this.advance(previous === null ? firstFrameMilliseconds : now - previous);
  }

  /** How far between the last tick and the next one we are, 0 (inclusive) to 1 (exclusive): for drawing. */
  get alpha(): number {
    return this.#accumulatedUnits / UNITS_PER_TICK;
  }

  /** Forgets time not yet spent, e.g. on pause or restart, so resuming does not fast-forward. */
  reset(): void {
    this.#accumulatedUnits = 0;
    this.#lastNow = null;
  }
}
