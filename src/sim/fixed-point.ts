// Integer geometry shared by the rules. Angles never go through Math.sin/cos (they differ between
// browsers): a table of sines per whole degree, computed once offline, stands in for them.
import type { LevelDefinition } from '../level/level-definition.ts';
import { FACING_LENGTH, SUBPIXELS_PER_PIXEL } from './types.ts';

/** sin(d degrees) * 4096 for d = 0..90, rounded (generated with Math.sin in Node, pinned here). */
const SINE_4096_BY_DEGREE: readonly number[] = [
  0, 71, 143, 214, 286, 357, 428, 499, 570, 641, 711, 782, 852, 921, 991, 1060, 1129, 1198, 1266, 1334,
  1401, 1468, 1534, 1600, 1666, 1731, 1796, 1860, 1923, 1986, 2048, 2110, 2171, 2231, 2290, 2349, 2408,
  2465, 2522, 2578, 2633, 2687, 2741, 2793, 2845, 2896, 2946, 2996, 3044, 3091, 3138, 3183, 3228, 3271,
  3314, 3355, 3396, 3435, 3474, 3511, 3547, 3582, 3617, 3650, 3681, 3712, 3742, 3770, 3798, 3824, 3849,
  3873, 3896, 3917, 3937, 3956, 3974, 3991, 4006, 4021, 4034, 4046, 4056, 4065, 4074, 4080, 4086, 4090,
  4094, 4095, 4096,
];
export const TRIG_SCALE = 4096;

export function roundToInteger(value: number): number {
  // Adding 0 turns -0 into 0, so hashes and deep equality never see a signed zero.
  return Math.round(value) + 0;
}

export function toSubpixels(pixels: number): number {
  return roundToInteger(pixels * SUBPIXELS_PER_PIXEL);
}

/** Sub-pixels per tile edge. */
export function tileSpan(level: LevelDefinition): number {
  return level.tileSize * SUBPIXELS_PER_PIXEL;
}

/** Wraps whole degrees to 0..359. */
export function wrapDegrees(degrees: number): number {
  const whole = roundToInteger(degrees) % 360;
  return whole < 0 ? whole + 360 : whole;
}

/** sin and cos of whole degrees, scaled by TRIG_SCALE, from the table (y points down, 90 = south). */
export function sineCosine(degrees: number): { sine: number; cosine: number } {
  const d = wrapDegrees(degrees);
  const quadrant = Math.floor(d / 90);
  const within = d % 90;
  const up = SINE_4096_BY_DEGREE[within]!;
  const down = SINE_4096_BY_DEGREE[90 - within]!;
  switch (quadrant) {
    case 0:
      return { sine: up, cosine: down };
    case 1:
      return { sine: down, cosine: -up };
    case 2:
      return { sine: -up, cosine: -down };
    default:
      return { sine: -down, cosine: up };
  }
}

/** A facing vector of about FACING_LENGTH for an angle in degrees (0 = east, 90 = south). */
export function facingFromDegrees(degrees: number): { x: number; y: number } {
  const { sine, cosine } = sineCosine(degrees);
  return {
    x: roundToInteger((cosine * FACING_LENGTH) / TRIG_SCALE),
    y: roundToInteger((sine * FACING_LENGTH) / TRIG_SCALE),
  };
}

/**
 * Whether the angle between two integer vectors is at most `degrees` (whole, 0..180); exactly on the
 * limit counts as within. With theta the angle between them, dot = |a||b| cos(theta) and
 * |cross| = |a||b| sin(theta), so dot * sin(limit) >= |cross| * cos(limit) is sin(limit - theta) >= 0:
 * one exact integer test for every limit, no squares, as sharp at 1 degree as at 170. The caller keeps
 * |a||b| * TRIG_SCALE below 2^53.
 */
export function isWithinAngle(
  a: { readonly x: number; readonly y: number },
  b: { readonly x: number; readonly y: number },
  degrees: number,
): boolean {
  if (degrees >= 180) return true;
  if (degrees <= 0) return false;
  const dot = a.x * b.x + a.y * b.y;
  const cross = Math.abs(a.x * b.y - a.y * b.x);
  const { sine, cosine } = sineCosine(degrees);
  return dot * sine >= cross * cosine;
}

/** Scales an integer vector to about `length`; the zero vector stays zero. */
export function scaleVector(x: number, y: number, length: number): { x: number; y: number } {
  const magnitude = Math.sqrt(x * x + y * y);
  if (magnitude === 0) return { x: 0, y: 0 };
  return { x: roundToInteger((x * length) / magnitude), y: roundToInteger((y * length) / magnitude) };
}

/** Rotates an integer vector by whole degrees (positive turns from east towards south). */
export function rotateVector(x: number, y: number, degrees: number): { x: number; y: number } {
  const { sine, cosine } = sineCosine(degrees);
  return {
    x: roundToInteger((x * cosine - y * sine) / TRIG_SCALE),
    y: roundToInteger((x * sine + y * cosine) / TRIG_SCALE),
  };
}

/** Floor division for integers, also for negative numerators. */
export function floorDivide(numerator: number, denominator: number): number {
  return Math.floor(numerator / denominator) + 0;
}
