// The camera's look-ahead: while the look key and a direction are held the view eases out that way, and
// eases back when they are let go. Frame time only: it moves the camera, never the world.
import { lookAheadOffset } from '../renderers/radar-view.ts';

/** Milliseconds the look-ahead takes to pan all the way out (and back): quick, but never a jump. */
const LOOK_AHEAD_MILLISECONDS = 350;

export class LookAheadPan {
  /** How far out, 0..1. */
  #progress = 0;
  /** The direction it last looked, kept while it eases back. */
  #directionX: -1 | 0 | 1 = 0;
  #directionY: -1 | 0 | 1 = 0;
  /** The frame time it was last eased at. */
  #time = 0;

  /** The offset this frame, eased by the time since the last call. */
  offset(options: {
    readonly direction: { readonly x: -1 | 0 | 1; readonly y: -1 | 0 | 1 };
    readonly now: number;
    readonly viewSize: { readonly width: number; readonly height: number };
  }): { x: number; y: number } {
    const { direction, now, viewSize } = options;
    const elapsed = Math.max(0, now - this.#time);
    this.#time = now;
    const holding = direction.x !== 0 || direction.y !== 0;
    if (holding) {
      this.#directionX = direction.x;
      this.#directionY = direction.y;
    }
    const change = elapsed / LOOK_AHEAD_MILLISECONDS;
    this.#progress = Math.min(1, Math.max(0, this.#progress + (holding ? change : -change)));
    return lookAheadOffset({
      directionX: this.#directionX,
      directionY: this.#directionY,
      viewWidth: viewSize.width,
      viewHeight: viewSize.height,
      progress: this.#progress,
    });
  }
}
