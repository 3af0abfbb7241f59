// How finely a noise ring is cut into straight segments. Phaser cuts every circle into a hundred, whatever
// its size, and strokes and batches them again every frame the ring grows: rings were the largest share of
// a frame's garbage in play (about 470 KB of 1.3 MB). The world is drawn at its own pixel size, so a ring
// needs only as many segments as keep its polygon within a quarter of a pixel of the true circle.

/** How far inside the true circle a segment's middle may fall, in world pixels: the pixels touched stay the same. */
const MOST_INSET_PIXELS = 0.25;
/** A small ring stays round to the eye however few segments its size would allow. */
const FEWEST_SEGMENTS = 16;
/** Phaser's own cut (an iteration step of 0.01): never more than that. */
const MOST_SEGMENTS = 100;

/** Segments for a ring of `radius` world pixels: the fewest whose middles fall at most MOST_INSET_PIXELS inside it. */
export function ringSegments(radius: number): number {
  if (radius <= MOST_INSET_PIXELS) return FEWEST_SEGMENTS;
  const needed = Math.ceil(Math.PI / Math.acos(1 - MOST_INSET_PIXELS / radius));
  return Math.min(MOST_SEGMENTS, Math.max(FEWEST_SEGMENTS, needed));
}
