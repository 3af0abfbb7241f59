// In-game time as speedrunners read it: m:ss.mmm, computed from whole ticks so every machine shows the same.
import { TICKS_PER_SECOND } from '../sim/types.ts';

const MILLISECONDS_PER_SECOND = 1000;

/**
 * Formats a tick count as `m:ss.mmm`. Milliseconds are floored (a run is never shown faster than it was);
 * minutes are not wrapped into hours, so an hour reads `60:00.000`. Negative or fractional input is clamped
 * to whole non-negative ticks.
 */
export function formatTicks(ticks: number): string {
  const wholeTicks = Number.isFinite(ticks) ? Math.max(0, Math.trunc(ticks)) : 0;
  const totalMilliseconds = Math.floor((wholeTicks * MILLISECONDS_PER_SECOND) / TICKS_PER_SECOND);
  const milliseconds = totalMilliseconds % MILLISECONDS_PER_SECOND;
  const totalSeconds = (totalMilliseconds - milliseconds) / MILLISECONDS_PER_SECOND;
  const seconds = totalSeconds % 60;
  const minutes = (totalSeconds - seconds) / 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}.${String(milliseconds).padStart(3, '0')}`;
}

/** A difference between two times, as people say it: `7.700 s` under a minute, else `m:ss.mmm`. */
export function formatTickGap(ticks: number): string {
  const formatted = formatTicks(ticks);
  return formatted.startsWith('0:') ? `${Number.parseInt(formatted.slice(2, 4), 10)}${formatted.slice(4)} s` : formatted;
}
