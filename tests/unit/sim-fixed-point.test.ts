import { describe, expect, it } from 'vitest';
import {
  facingFromDegrees,
  isWithinAngle,
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

  it('tells whether two vectors lie within an angle, exact on the diagonal and sharp at one degree', () => {
    const east = { x: 128, y: 0 };
    // sin 45 and cos 45 are the same table entry, so the diagonal is exactly on a 45-degree limit.
    expect(isWithinAngle(east, { x: 100, y: 100 }, 45)).toBe(true);
    expect(isWithinAngle(east, { x: 100, y: 101 }, 45)).toBe(false);
    // tan(1 degree) is about 0.01746: 0.8 degrees off is within a 1-degree limit, 1.2 degrees is not.
    expect(isWithinAngle(east, { x: 10000, y: 140 }, 1)).toBe(true);
    expect(isWithinAngle(east, { x: 10000, y: -140 }, 1)).toBe(true);
    expect(isWithinAngle(east, { x: 10000, y: 210 }, 1)).toBe(false);
    expect(isWithinAngle(east, { x: 0, y: 5 }, 90)).toBe(true);
    expect(isWithinAngle(east, { x: -1, y: 5 }, 90)).toBe(false);
    expect(isWithinAngle(east, { x: -100, y: 100 }, 135)).toBe(true);
    expect(isWithinAngle(east, { x: -100, y: 99 }, 135)).toBe(false);
    expect(isWithinAngle(east, { x: -100, y: 0 }, 179)).toBe(false);
    expect(isWithinAngle(east, { x: -100, y: 0 }, 180)).toBe(true);
    expect(isWithinAngle(east, { x: 100, y: 0 }, 0)).toBe(false);
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
