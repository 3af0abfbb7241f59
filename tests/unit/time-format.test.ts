import { describe, expect, it } from 'vitest';
import { formatMilliseconds, formatTickDelta, formatTickGap, formatTicks } from '../../src/run/time-format.ts';

describe('formatTicks', () => {
  it.each([
    [0, '0:00.000'],
    [1, '0:00.016'], // 16.67 ms floors to 16: a time is never shown faster than it was
    [2, '0:00.033'],
    [3, '0:00.050'],
    [59, '0:00.983'],
    [60, '0:01.000'],
    [61, '0:01.016'],
    [60 * 59 + 59, '0:59.983'],
    [60 * 60, '1:00.000'],
    [60 * 61 + 30, '1:01.500'],
    [60 * 600, '10:00.000'],
    [3600 * 60 - 1, '59:59.983'],
    [3600 * 60, '1:00:00.000'],
    [3600 * 60 + 60 * 5 + 1, '1:00:05.016'],
    [3600 * 60 * 10 + 60 * 61, '10:01:01.000'],
  ])('%i ticks reads %s', (ticks, expected) => {
    expect(formatTicks(ticks)).toBe(expected);
  });

  it('reads real time the same way, and a delta signed as LiveSplit shows it', () => {
    expect(formatMilliseconds(61_500.9)).toBe('1:01.500');
    expect(formatMilliseconds(3_600_000 + 999)).toBe('1:00:00.999');
    expect(formatTickDelta(-75)).toBe('-1.250');
    expect(formatTickDelta(0)).toBe('+0.000');
    expect(formatTickDelta(60 * 72)).toBe('+1:12.000');
  });

  it('clamps what cannot be a tick count', () => {
    expect(formatTicks(-5)).toBe('0:00.000');
    expect(formatTicks(Number.NaN)).toBe('0:00.000');
    expect(formatTicks(60.9)).toBe('0:01.000');
  });

  it('never goes backwards as ticks grow', () => {
    let previous = '';
    for (let tick = 0; tick < 60 * 130; tick += 1) {
      const text = formatTicks(tick);
      const [minutes, rest] = text.split(':') as [string, string];
      const key = `${minutes.padStart(4, '0')}:${rest}`;
      expect(text.split(':')).toHaveLength(2);
      expect(key > previous).toBe(true);
      previous = key;
    }
  });
});

describe('formatTickGap', () => {
  it.each([
    [462, '7.700 s'],
    [1, '0.016 s'],
    [600, '10.000 s'],
    [3599, '59.983 s'],
    [3600, '1:00.000'],
  ])('%i ticks apart read %s', (ticks, expected) => {
    expect(formatTickGap(ticks)).toBe(expected);
  });
});
