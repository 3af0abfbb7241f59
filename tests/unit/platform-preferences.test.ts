import { describe, expect, it } from 'vitest';
import { bestTimeKey, readBestTicks, readMuted, recordFinish, writeMuted, type PreferenceStorage } from '../../src/platform/preferences.ts';

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

describe('remembered preferences', () => {
  it('remembers the sound switch', () => {
    const storage = memoryStorage();
    expect(readMuted(storage)).toBe(false);
    writeMuted(true, storage);
    expect(readMuted(storage)).toBe(true);
    writeMuted(false, storage);
    expect(readMuted(storage)).toBe(false);
  });

  it('treats a tampered value as sound on, and storage that throws or is missing as nothing remembered', () => {
    const storage = memoryStorage();
    storage.values.set('analog-dreams/muted', '{"garbage":');
    expect(readMuted(storage)).toBe(false);
    expect(readMuted(broken)).toBe(false);
    expect(() => { writeMuted(true, broken); }).not.toThrow();
    expect(readMuted(null)).toBe(false);
    expect(() => { writeMuted(true, null); }).not.toThrow();
  });

  it('keeps the best time per map version: only a faster finish replaces it', () => {
    const storage = memoryStorage();
    const levelKey = bestTimeKey('night-escape', '9d387f64');
    expect(recordFinish({ levelKey, ticks: 700 }, storage)).toEqual({ previous: null, remembered: true });
    expect(recordFinish({ levelKey, ticks: 657 }, storage)).toEqual({ previous: 700, remembered: true });
    expect(recordFinish({ levelKey, ticks: 690 }, storage)).toEqual({ previous: 657, remembered: true });
    expect(readBestTicks(levelKey, storage)).toBe(657);
    // The same file name with other content (an edited or dropped copy) is another race.
    expect(readBestTicks(bestTimeKey('night-escape', '00000000'), storage)).toBeNull();
  });

  it('ignores a tampered best time and replaces it with the next real one', () => {
    const levelKey = bestTimeKey('night-escape', '9d387f64');
    for (const tampered of ['-5', '0', '12.5', 'abc', '9'.repeat(40), '']) {
      const storage = memoryStorage();
      storage.values.set(`analog-dreams/best-ticks/${levelKey}`, tampered);
      expect(readBestTicks(levelKey, storage), tampered).toBeNull();
      expect(recordFinish({ levelKey, ticks: 800 }, storage).previous).toBeNull();
      expect(readBestTicks(levelKey, storage)).toBe(800);
    }
  });

  it('says when nothing can be remembered, so the result does not call every run a best', () => {
    expect(recordFinish({ levelKey: 'a/b', ticks: 800 }, broken)).toEqual({ previous: null, remembered: false });
    expect(recordFinish({ levelKey: 'a/b', ticks: 800 }, null)).toEqual({ previous: null, remembered: false });
  });
});
