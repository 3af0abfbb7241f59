// How fast a replay plays back in the game: a time source the level session's clock reads in place of
// the frame's own time, running at a chosen multiple of it or held still. The session then runs as many
// ticks as that time is worth, exactly as in play, so playback at any speed plays the same ticks.
import type { TimeSource } from './fixed-step-clock.ts';

/** The speeds offered, slowest first; 1 is real time. */
export const PLAYBACK_SPEEDS = [0.25, 0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

const REAL_TIME_INDEX = PLAYBACK_SPEEDS.indexOf(1);

/** `0.25x`, `1x`, `4x`: how a speed is said on screen. */
export function speedLabel(speed: number): string {
  return `${speed}x`;
}

/** One step slower or faster along PLAYBACK_SPEEDS, stopping at the ends. */
export function stepSpeed(speed: number, step: -1 | 1): PlaybackSpeed {
  const index = PLAYBACK_SPEEDS.findIndex((offered) => offered === speed);
  const from = index < 0 ? REAL_TIME_INDEX : index;
  return PLAYBACK_SPEEDS[Math.min(PLAYBACK_SPEEDS.length - 1, Math.max(0, from + step))]!;
}

/**
 * Reads `base` (the frame's time) and answers a time that moved `speed` times as far since the last read,
 * or not at all while held. Reading twice within one frame moves it once: the session reads it for its
 * real time and again for its clock.
 */
export class PlaybackClock implements TimeSource {
  #virtualNow = 0;
  #lastBase: number | null = null;
  #currentSpeed: PlaybackSpeed;
  #held = false;

  readonly #base: TimeSource;

  constructor(
    base: TimeSource,
    speed: PlaybackSpeed = 1,
  ) {
    this.#base = base;
    this.#currentSpeed = speed;
  }

  get speed(): PlaybackSpeed {
    return this.#currentSpeed;
  }

  get holding(): boolean {
    return this.#held;
  }

  setSpeed(speed: PlaybackSpeed): void {
    this.#advance();
    this.#currentSpeed = speed;
  }

  /** Held still (playback paused) or running again; the time spent held never counts. */
  setHolding(holding: boolean): void {
    this.#advance();
    this.#held = holding;
  }

  now(): number {
    this.#advance();
    return this.#virtualNow;
  }

  #advance(): void {
    const base = this.#base.now();
    const elapsed = this.#lastBase === null ? 0 : base - this.#lastBase;
    this.#lastBase = base;
    if (!this.#held && Number.isFinite(elapsed) && elapsed > 0) this.#virtualNow += elapsed * this.#currentSpeed;
  }
}

/** What the playback keys ask of a clock: a step slower or faster, hold or go on, or one step on. */
export type PlaybackControl = 'slower' | 'faster' | 'hold' | 'step';

/** Works a playback key on `clock`; `stepOnce` runs one step (a tick, a scene's step) once the clock is held. */
export function controlPlayback(clock: PlaybackClock, control: PlaybackControl, stepOnce: () => void): void {
  if (control === 'slower' || control === 'faster') clock.setSpeed(stepSpeed(clock.speed, control === 'slower' ? -1 : 1));
  else if (control === 'hold') clock.setHolding(!clock.holding);
  else {
    // A step holds the playback first: one step, then still.
    clock.setHolding(true);
    stepOnce();
  }
}
