// Noise rings are cut into fewer segments than Phaser's hundred (ring-detail.ts): few enough to save the
// garbage of stroking them every frame, enough that the ring's pixels stay the circle's.
import { describe, expect, it } from 'vitest';
import { MAX_NOISE_TILES } from '../../src/sim/hearing.ts';
import { ringSegments } from '../../src/view/effects/ring-detail.ts';

/** The angles Phaser's Arc puts its points at for an iteration step (its updateData loop, a full turn). */
function arcAngles(step: number): number[] {
  const angles = [0];
  for (let iteration = step; iteration < 1; iteration += step) angles.push(iteration * 2 * Math.PI);
  angles.push(2 * Math.PI);
  return angles;
}

/** How far inside the circle the middle of the longest segment falls, in pixels. */
function deepestInset(radius: number, step: number): number {
  const angles = arcAngles(step);
  let widest = 0;
  for (let index = 1; index < angles.length; index += 1) widest = Math.max(widest, angles[index]! - angles[index - 1]!);
  return radius * (1 - Math.cos(widest / 2));
}

const TILE_PIXELS = 16;
const noiseRadii = Array.from({ length: MAX_NOISE_TILES }, (_, index) => (index + 1) * TILE_PIXELS);

describe('ringSegments', () => {
  it('keeps every ring the rules can make within a quarter pixel of its circle, as Phaser cuts it', () => {
    for (const radius of [1, 5, 10, ...noiseRadii, 250]) {
      expect(deepestInset(radius, 1 / ringSegments(radius)), `radius ${radius}`).toBeLessThanOrEqual(0.25 + 1e-9);
    }
  });

  it('cuts the rings of play into about half of Phaser\'s hundred segments or fewer', () => {
    const cuts = noiseRadii.map((radius) => ringSegments(radius));
    expect(Math.max(...cuts)).toBeLessThanOrEqual(62);
    // A walking step's ring (2-3 tiles) needs about a quarter.
    expect(ringSegments(3 * TILE_PIXELS)).toBeLessThanOrEqual(31);
  });

  it('never cuts finer than Phaser did, nor a small ring into a visible polygon', () => {
    expect(ringSegments(10_000)).toBe(100);
    expect(ringSegments(0.1)).toBe(16);
    expect(ringSegments(2)).toBe(16);
  });
});
