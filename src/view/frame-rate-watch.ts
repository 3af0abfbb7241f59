// Decides, from the time between frames, that this machine draws the level too slowly for its full
// effects: frames below SLOW_FRAMES_PER_SECOND for SLOW_SECONDS seconds in a row. No Phaser, so Node
// tests it. A gap long enough to be a hidden tab or a load is no evidence either way: the count starts over.

/** Below this the dream's waves judder and the fixed-step clock nears its catch-up limit. */
export const SLOW_FRAMES_PER_SECOND = 30;
/** Whole seconds of slow frames in a row before the game lowers its effects: a hitch is not a slow machine. */
export const SLOW_SECONDS = 5;
/** A gap between frames longer than this is a hidden tab, a pause of the page or a load, not drawing. */
const GAP_MILLISECONDS = 500;

export class FrameRateWatch {
  #secondStarted: number | null = null;
  #framesThisSecond = 0;
  #slowSecondsInARow = 0;
  #lastFrame: number | null = null;

  /** A frame drawn at `time` (milliseconds). True once the frames have been slow for SLOW_SECONDS in a row. */
  noteFrame(time: number): boolean {
    const last = this.#lastFrame;
    this.#lastFrame = time;
    if (last === null || time - last > GAP_MILLISECONDS || time < last) {
      this.startOver(time);
      return false;
    }
    this.#framesThisSecond += 1;
    const started = this.#secondStarted ?? time;
    if (time - started < 1000) return false;
    const framesPerSecond = (this.#framesThisSecond * 1000) / (time - started);
    this.#slowSecondsInARow = framesPerSecond < SLOW_FRAMES_PER_SECOND ? this.#slowSecondsInARow + 1 : 0;
    this.#secondStarted = time;
    this.#framesThisSecond = 0;
    return this.#slowSecondsInARow >= SLOW_SECONDS;
  }

  /** Forget what was measured: the level was left, paused, or its effects changed. */
  startOver(time: number | null = null): void {
    this.#secondStarted = time;
    this.#lastFrame = time;
    this.#framesThisSecond = 0;
    this.#slowSecondsInARow = 0;
  }
}
