// In-game time as speedrunners read it: m:ss.mmm (h:mm:ss.mmm past an hour), computed from whole ticks so
// every machine shows the same; real time in the same form.
import { TICKS_PER_SECOND } from '../sim/types.ts';

const MILLISECONDS_PER_SECOND = 1000;

/**
 * Formats a tick count as `m:ss.mmm`, `h:mm:ss.mmm` from an hour on. Milliseconds are floored (a run is
 * never shown faster than it was). Negative or fractional input is clamped to whole non-negative ticks.
 */
export function formatTicks(ticks: number): string {
  const wholeTicks = Number.isFinite(ticks) ? Math.max(0, Math.trunc(ticks)) : 0;
  return formatMilliseconds(Math.floor((wholeTicks * MILLISECONDS_PER_SECOND) / TICKS_PER_SECOND));
}

/** Real time, read the way the in-game time is: `m:ss.mmm`, `h:mm:ss.mmm` from an hour on, floored. */
export function formatMilliseconds(milliseconds: number): string {
  const totalMilliseconds = Number.isFinite(milliseconds) ? Math.max(0, Math.floor(milliseconds)) : 0;
  const part = totalMilliseconds % MILLISECONDS_PER_SECOND;
  const totalSeconds = (totalMilliseconds - part) / MILLISECONDS_PER_SECOND;
  const seconds = totalSeconds % 60;
  const totalMinutes = (totalSeconds - seconds) / 60;
  const minutes = totalMinutes % 60;
  const hours = (totalMinutes - minutes) / 60;
  const tail = `${String(seconds).padStart(2, '0')}.${String(part).padStart(3, '0')}`;
  return hours === 0 ? `${minutes}:${tail}` : `${hours}:${String(minutes).padStart(2, '0')}:${tail}`;
}

/** A split's difference to the comparison, signed as LiveSplit shows it: `-1.250`, `+0:12.000` past a minute. */
export function formatTickDelta(ticks: number): string {
  const sign = ticks < 0 ? '-' : '+';
  const text = formatTicks(Math.abs(ticks));
  return `${sign}${text.startsWith('0:') ? String(Number.parseInt(text.slice(2, 4), 10)) + text.slice(4) : text}`;
}

/** A difference between two times, as people say it: `7.700 s` under a minute, else `m:ss.mmm`. */
export function formatTickGap(ticks: number): string {
  const formatted = formatTicks(ticks);
  return formatted.startsWith('0:') ? `${Number.parseInt(formatted.slice(2, 4), 10)}${formatted.slice(4)} s` : formatted;
}
