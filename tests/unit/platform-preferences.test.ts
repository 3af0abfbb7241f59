import { describe, expect, it } from 'vitest';
import { readMuted, writeMuted, type PreferenceStorage } from '../../src/platform/preferences.ts';

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
});
