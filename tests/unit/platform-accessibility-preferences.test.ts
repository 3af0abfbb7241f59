import { describe, expect, it } from 'vitest';
import {
  readColorBlindPalette, readDetectionAssist, readGameSpeedAssist, readHighContrastCones, readTextSize, writeColorBlindPalette,
  writeDetectionAssist, writeGameSpeedAssist, writeHighContrastCones, writeTextSize, type PreferenceStorage,
} from '../../src/platform/preferences.ts';

function memoryStorage(): PreferenceStorage & { readonly values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

const broken: PreferenceStorage = {
  getItem: () => {
    throw new Error('SecurityError: storage is disabled');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('accessibility preferences', () => {
  it('remember the palette and the cones, off until chosen', () => {
    const storage = memoryStorage();
    expect(readColorBlindPalette(storage)).toBe(false);
    expect(readHighContrastCones(storage)).toBe(false);
    writeColorBlindPalette(true, storage);
    writeHighContrastCones(true, storage);
    expect(readColorBlindPalette(storage)).toBe(true);
    expect(readHighContrastCones(storage)).toBe(true);
  });

  it('remember the text size; a tampered one reads as normal', () => {
    const storage = memoryStorage();
    expect(readTextSize(storage)).toBe('normal');
    writeTextSize('largest', storage);
    expect(readTextSize(storage)).toBe('largest');
    storage.values.set('analog-dreams/text-size', 'huge');
    expect(readTextSize(storage)).toBe('normal');
  });

  it('remember the assists as their percents; anything else is no assist', () => {
    const storage = memoryStorage();
    expect(readDetectionAssist(storage)).toBe(100);
    expect(readGameSpeedAssist(storage)).toBe(100);
    writeDetectionAssist(50, storage);
    writeGameSpeedAssist(80, storage);
    expect(readDetectionAssist(storage)).toBe(50);
    expect(readGameSpeedAssist(storage)).toBe(80);
    storage.values.set('analog-dreams/detection-assist', '5');
    storage.values.set('analog-dreams/game-speed-assist', '');
    expect(readDetectionAssist(storage)).toBe(100);
    expect(readGameSpeedAssist(storage)).toBe(100);
  });

  it('never throw on storage that throws or is missing', () => {
    for (const storage of [broken, null]) {
      expect(readColorBlindPalette(storage)).toBe(false);
      expect(readHighContrastCones(storage)).toBe(false);
      expect(readTextSize(storage)).toBe('normal');
      expect(readDetectionAssist(storage)).toBe(100);
      expect(readGameSpeedAssist(storage)).toBe(100);
      expect(() => {
        writeColorBlindPalette(true, storage);
        writeHighContrastCones(true, storage);
        writeTextSize('large', storage);
        writeDetectionAssist(75, storage);
        writeGameSpeedAssist(60, storage);
      }).not.toThrow();
    }
  });
});
