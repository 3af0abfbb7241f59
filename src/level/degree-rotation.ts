// Sine and cosine of an angle in degrees, for rotating collision shapes at load. Math.sin and Math.cos
// may differ between browsers (CONTRIBUTING.md, Determinism), so they are computed here from + and *
// only, which IEEE 754 makes the same everywhere: the angle is cut to a quarter turn plus a remainder
// within 45 degrees, where a short Taylor series is accurate to the last bits. Quarter turns are exact.

const RADIANS_PER_DEGREE = 3.141592653589793 / 180;
/** Terms enough that the series error at 45 degrees (pi/4) is below 1e-16. */
const SERIES_TERMS = 10;

export interface UnitVector {
  readonly cos: number;
  readonly sin: number;
}

export function degreeRotation(degrees: number): UnitVector {
  if (!Number.isFinite(degrees)) return { cos: 1, sin: 0 };
  const quarterTurns = Math.round(degrees / 90);
  const remainder = (degrees - quarterTurns * 90) * RADIANS_PER_DEGREE;
  const near = { cos: seriesCos(remainder), sin: seriesSin(remainder) };
  // Rotating (cos, sin) by the whole quarter turns: (c, s) -> (-s, c) per turn, with no rounding.
  switch (((quarterTurns % 4) + 4) % 4) {
    case 0:
      return near;
    case 1:
      return { cos: -near.sin, sin: near.cos };
    case 2:
      return { cos: -near.cos, sin: -near.sin };
    default:
      return { cos: near.sin, sin: -near.cos };
  }
}

function seriesSin(angle: number): number {
  let term = angle;
  let sum = angle;
  for (let index = 1; index < SERIES_TERMS; index++) {
    term *= (-angle * angle) / ((2 * index) * (2 * index + 1));
    sum += term;
  }
  return sum;
}

function seriesCos(angle: number): number {
  let term = 1;
  let sum = 1;
  for (let index = 1; index < SERIES_TERMS; index++) {
    term *= (-angle * angle) / ((2 * index - 1) * (2 * index));
    sum += term;
  }
  return sum;
}
