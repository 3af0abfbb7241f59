import { describe, expect, it } from 'vitest';
import { STAR_DRIFT_PIXELS_PER_SECOND, nextStarDrift } from '../../src/view/ui/star-drift.ts';

describe('the title sky drift', () => {
  it('slides the sky by its speed, scaled with the interface', () => {
    expect(nextStarDrift(0, { deltaMilliseconds: 1000, width: 1280, scale: 1, reducedMotion: false })).toBe(STAR_DRIFT_PIXELS_PER_SECOND);
    expect(nextStarDrift(10, { deltaMilliseconds: 500, width: 1280, scale: 2, reducedMotion: false })).toBe(10 + STAR_DRIFT_PIXELS_PER_SECOND);
  });

  it('wraps at the window width, so two copies side by side always cover it', () => {
    const offset = nextStarDrift(1279, { deltaMilliseconds: 1000, width: 1280, scale: 1, reducedMotion: false });
    expect(offset).toBeCloseTo(STAR_DRIFT_PIXELS_PER_SECOND - 1);
    expect(offset).toBeGreaterThanOrEqual(0);
  });

  it('stays still where it is with reduced motion, never jumping back', () => {
    expect(nextStarDrift(417, { deltaMilliseconds: 5000, width: 1280, scale: 1, reducedMotion: true })).toBe(417);
  });

  it('ignores a negative frame time and an empty window', () => {
    expect(nextStarDrift(5, { deltaMilliseconds: -40, width: 1280, scale: 1, reducedMotion: false })).toBe(5);
    expect(nextStarDrift(5, { deltaMilliseconds: 16, width: 0, scale: 1, reducedMotion: false })).toBe(0);
  });
});
