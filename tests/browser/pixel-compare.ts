// Compares our rendering with Tiled's (tmxrasterizer) pixel by pixel: Tiled's PNG is transparent where
// no tile is, the game shows its background there, so Tiled's pixels are laid over that background first.
import type { PNG } from 'pngjs';

/** The game's background behind transparent cells (index.html and the level camera). */
const BACKGROUND = { red: 0x07, green: 0x06, blue: 0x0d };
/** A channel this far off still counts as the same pixel (Tiled blends opacity in 8 bits, WebGL in floats). */
const CHANNEL_TOLERANCE = 2;

export interface Comparison {
  readonly pixels: number;
  readonly mismatched: number;
  /** Pixels that differ at all, within the tolerance or not. */
  readonly inexact: number;
  readonly first: string | null;
}

export function compare(reference: PNG, ours: PNG): Comparison {
  let mismatched = 0;
  let inexact = 0;
  let first: string | null = null;
  for (let y = 0; y < reference.height; y += 1) {
    for (let x = 0; x < reference.width; x += 1) {
      const at = (y * reference.width + x) * 4;
      const ourAt = (y * ours.width + x) * 4;
      const alpha = (reference.data[at + 3] ?? 0) / 255;
      const expected = [BACKGROUND.red, BACKGROUND.green, BACKGROUND.blue].map((background, channel) =>
        Math.round((reference.data[at + channel] ?? 0) * alpha + background * (1 - alpha)),
      );
      const actual = [0, 1, 2].map((channel) => ours.data[ourAt + channel] ?? 0);
      if (expected.some((value, channel) => value !== actual[channel])) inexact += 1;
      if (expected.some((value, channel) => Math.abs(value - (actual[channel] ?? 0)) > CHANNEL_TOLERANCE)) {
        mismatched += 1;
        first ??= `(${x},${y}) Tiled ${expected.join(',')} ours ${actual.join(',')}`;
      }
    }
  }
  return { pixels: reference.width * reference.height, mismatched, inexact, first };
}
