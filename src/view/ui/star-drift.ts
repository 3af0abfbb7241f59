// How far the title's sky has drifted: slow enough to read as the night turning, not as motion to follow.
// No Phaser, so Node tests can check it; the title's starfield reads it each frame.

/** Unscaled pixels a second the sky slides westwards: a full 1280-pixel window in about seven minutes. */
export const STAR_DRIFT_PIXELS_PER_SECOND = 3;

/**
 * The sky's offset after a frame of `deltaMilliseconds`, wrapped into 0..width so two copies side by side
 * always cover the window. With reduced motion the sky stays where it is (it never jumps back).
 */
export function nextStarDrift(offset: number, options: { readonly deltaMilliseconds: number; readonly width: number; readonly scale: number; readonly reducedMotion: boolean }): number {
  const { deltaMilliseconds, width, scale, reducedMotion } = options;
  if (width <= 0) return 0;
  const moved = reducedMotion ? 0 : (Math.max(0, deltaMilliseconds) / 1000) * STAR_DRIFT_PIXELS_PER_SECOND * scale;
  return (offset + moved) % width;
}
