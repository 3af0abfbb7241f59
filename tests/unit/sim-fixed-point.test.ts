import { describe, expect, it } from 'vitest';
import {
  cosineSquaredLimit,
  facingFromDegrees,
  rotateVector,
  sineCosine,
  TRIG_SCALE,
} from '../../src/sim/fixed-point.ts';

describe('integer trigonometry table', () => {
  // Tests may use Math.sin: the rules may not, so the table is checked against it here once.
  it('agrees with Math.sin and Math.cos to within one unit for every whole degree', () => {
    for (let degrees = -360; degrees <= 720; degrees += 1) {
      const { sine, cosine } = sineCosine(degrees);
      const radians = (degrees * Math.PI) / 180;
      expect(Math.abs(sine - Math.sin(radians) * TRIG_SCALE)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(cosine - Math.cos(radians) * TRIG_SCALE)).toBeLessThanOrEqual(0.5);
    }
  });

  it('pins the cos^2 limits the cones use', () => {
    // 45 degrees gives exactly half of 1024, so a 90-degree cone's edge is exact on the diagonals.
    expect([0, 30, 45, 60, 90].map(cosineSquaredLimit)).toEqual([1024, 768, 512, 256, 0]);
  });

  it('turns degrees into facing vectors (0 east, 90 south)', () => {
    expect(facingFromDegrees(0)).toEqual({ x: 128, y: 0 });
    expect(facingFromDegrees(90)).toEqual({ x: 0, y: 128 });
    expect(facingFromDegrees(180)).toEqual({ x: -128, y: 0 });
    expect(facingFromDegrees(-90)).toEqual({ x: 0, y: -128 });
    expect(facingFromDegrees(45)).toEqual({ x: 91, y: 91 });
  });

  it('rotates vectors clockwise on screen for positive degrees', () => {
    expect(rotateVector(128, 0, 90)).toEqual({ x: 0, y: 128 });
    expect(rotateVector(0, 128, -90)).toEqual({ x: 128, y: 0 });
  });
});
