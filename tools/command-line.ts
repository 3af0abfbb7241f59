// Numbers on a tool's command line, checked as the replay format checks the same numbers: decimal digits
// only (no "1.5", "1e300", "0x10", "abc" or "" read as NaN or 0), within the range the rules accept.
import { MAX_REPLAY_TICKS } from '../src/run/replay.ts';

/** A seed: what a replay may hold, a 32-bit unsigned integer. */
export const SEED_RANGE = { min: 0, max: 0xffffffff } as const;
/** Ticks of typed inputs: no more than a replay may hold. */
export const TICKS_RANGE = { min: 0, max: MAX_REPLAY_TICKS } as const;

/** The whole number `text` names, or one line saying why it is not one in [min, max]. */
export function parseWholeNumber(text: string, options: { readonly name: string; readonly min: number; readonly max: number }): number | { readonly problem: string } {
  const { name, min, max } = options;
  const range = `a whole number from ${min} to ${max}`;
  // Digits first, then the range: a 400-digit number is refused without ever becoming a float.
  if (!/^\d{1,16}$/.test(text)) return { problem: `${name} should be ${range}, not "${text.length > 40 ? `${text.slice(0, 40)}...` : text}"` };
  const value = Number(text);
  return value >= min && value <= max ? value : { problem: `${name} should be ${range}, not ${text}` };
}
