import { describe, expect, it } from 'vitest';
import { readBestTicks, readMuted, recordFinish, writeMuted, type PreferenceStorage } from '../../src/platform/preferences.ts';

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

  it('keeps the best time per level: only a faster finish replaces it', () => {
    const storage = memoryStorage();
    expect(recordFinish({ levelName: 'night-escape', ticks: 700 }, storage)).toBeNull();
    expect(recordFinish({ levelName: 'night-escape', ticks: 657 }, storage)).toBe(700);
    expect(recordFinish({ levelName: 'night-escape', ticks: 690 }, storage)).toBe(657);
    expect(readBestTicks('night-escape', storage)).toBe(657);
    expect(readBestTicks('other-map', storage)).toBeNull();
  });

  it('ignores a tampered best time and replaces it with the next real one', () => {
    for (const tampered of ['-5', '0', '12.5', 'abc', '9'.repeat(40), '']) {
      const storage = memoryStorage();
      storage.values.set('analog-dreams/best-ticks/night-escape', tampered);
      expect(readBestTicks('night-escape', storage), tampered).toBeNull();
      expect(recordFinish({ levelName: 'night-escape', ticks: 800 }, storage)).toBeNull();
      expect(readBestTicks('night-escape', storage)).toBe(800);
    }
    expect(recordFinish({ levelName: 'night-escape', ticks: 800 }, broken)).toBeNull();
  });
});
