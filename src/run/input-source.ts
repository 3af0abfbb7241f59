// Where a level session gets each tick's input: the player's keys and pad, or a recorded replay.
import { NO_INPUT, type InputFrame } from '../sim/types.ts';

export interface InputSource {
  /** Called exactly once per sim tick. */
  sample(): InputFrame;
  /** Forget held and latched buttons (pause, resume, focus loss) so nothing sticks. */
  reset(): void;
}

/** Feeds recorded frames one per tick, then no input; `finished` tells when they ran out. */
export class ReplayInput implements InputSource {
  #index = 0;

  readonly #frames: readonly InputFrame[];

  constructor(frames: readonly InputFrame[]) {
    this.#frames = frames;
  }

  get finished(): boolean {
    return this.#index >= this.#frames.length;
  }

  sample(): InputFrame {
    const frame = this.#frames[this.#index];
    if (frame === undefined) return NO_INPUT;
    this.#index += 1;
    return frame;
  }

  reset(): void {
    // A replay has no held keys to forget; its position must survive pauses.
  }
}
