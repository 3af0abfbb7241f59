// Reduced motion for the whole game, read once and remembered: the dream effects ask it every frame.
import { readReducedMotion, writeReducedMotion } from '../platform/preferences.ts';

let reduced: boolean | null = null;

export function isReducedMotion(): boolean {
  reduced ??= readReducedMotion();
  return reduced;
}

/** N in the level (listed on the pause overlay): flips it and remembers it. Returns the new setting. */
export function toggleReducedMotion(): boolean {
  reduced = !isReducedMotion();
  writeReducedMotion(reduced);
  return reduced;
}
