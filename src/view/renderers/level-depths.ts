// Drawing order of the level's world objects, in one place so the separate renderers stack correctly.
export const LEVEL_DEPTH = {
  exit: 5,
  /** A dark map's darkness: over the tiles and the exit, under the cones, cues and characters. */
  darkness: 9,
  cones: 10,
  groundCues: 12,
  shadows: 15,
  markers: 19,
  characters: 20,
  above: 1000,
  marks: 1100,
} as const;

/** Characters further down the screen are drawn over those above them; this keeps it inside one depth. */
export function characterDepth(pixelY: number): number {
  return LEVEL_DEPTH.characters + pixelY / 10_000;
}
