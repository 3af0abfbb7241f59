// Compares our rendering with Tiled's (tmxrasterizer) pixel by pixel: Tiled's PNG is transparent where
// no tile is, the game shows its background there, so Tiled's pixels are laid over that background first.
import { PNG } from 'pngjs';

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

/** Two screenshots of the same page compared pixel by pixel: how many differ beyond a channel tolerance, and where. */
export interface ScreenComparison {
  readonly pixels: number;
  readonly mismatched: number;
  readonly inexact: number;
  /** The smallest rectangle holding every mismatched pixel; null when none is. */
  readonly box: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number } | null;
  /** The most mismatched pixels in one tile of the grid (`tile` pixels square), and that tile's corner. */
  readonly densest: { readonly count: number; readonly left: number; readonly top: number };
  /** The two images with the mismatched pixels in red over a dimmed copy of the first (for looking at). */
  readonly difference: PNG;
}

export function compareScreens(first: PNG, second: PNG, options: { readonly channelTolerance: number; readonly tile: number }): ScreenComparison {
  if (first.width !== second.width || first.height !== second.height) throw new Error(`compareScreens: ${first.width}x${first.height} against ${second.width}x${second.height}`);
  const difference = new PNG({ width: first.width, height: first.height });
  let mismatched = 0;
  let inexact = 0;
  let box: { left: number; top: number; right: number; bottom: number } | null = null;
  const tilesAcross = Math.ceil(first.width / options.tile);
  const tiles = new Map<number, number>();
  for (let at = 0; at < first.data.length; at += 4) {
    let largest = 0;
    for (let channel = 0; channel < 3; channel += 1) largest = Math.max(largest, Math.abs((first.data[at + channel] ?? 0) - (second.data[at + channel] ?? 0)));
    if (largest > 0) inexact += 1;
    const wrong = largest > options.channelTolerance;
    for (let channel = 0; channel < 3; channel += 1) difference.data[at + channel] = wrong ? (channel === 0 ? 255 : 0) : Math.round((first.data[at + channel] ?? 0) / 3);
    difference.data[at + 3] = 255;
    if (!wrong) continue;
    mismatched += 1;
    const x = (at / 4) % first.width;
    const y = Math.floor(at / 4 / first.width);
    const tile = Math.floor(y / options.tile) * tilesAcross + Math.floor(x / options.tile);
    tiles.set(tile, (tiles.get(tile) ?? 0) + 1);
    box = box === null ? { left: x, top: y, right: x, bottom: y } : { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x), bottom: Math.max(box.bottom, y) };
  }
  const [densestTile, count] = [...tiles].reduce((most, entry) => (entry[1] > most[1] ? entry : most), [0, 0]);
  const densest = { count, left: (densestTile % tilesAcross) * options.tile, top: Math.floor(densestTile / tilesAcross) * options.tile };
  return { pixels: first.width * first.height, mismatched, inexact, box, densest, difference };
}
