import { describe, expect, it } from 'vitest';
import { readMuted, readReducedMotion, readSkipDialogue, readTextSpeed, writeMuted, writeReducedMotion, writeSkipDialogue, writeTextSpeed, type PreferenceStorage } from '../../src/platform/preferences.ts';

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

  it('remembers reduced motion, with the browser setting as the default until the player chooses', () => {
    const storage = memoryStorage();
    expect(readReducedMotion(storage, false)).toBe(false);
    expect(readReducedMotion(storage, true)).toBe(true);
    writeReducedMotion(false, storage);
    // The player's choice beats the browser's.
    expect(readReducedMotion(storage, true)).toBe(false);
    writeReducedMotion(true, storage);
    expect(readReducedMotion(storage, false)).toBe(true);
    storage.values.set('analog-dreams/reduced-motion', 'maybe');
    expect(readReducedMotion(storage, true)).toBe(true);
    expect(readReducedMotion(broken, true)).toBe(true);
    expect(() => { writeReducedMotion(true, broken); }).not.toThrow();
  });

  it('remembers the text speed (normal until chosen) and whether to skip all dialogue (no until chosen)', () => {
    const storage = memoryStorage();
    expect(readTextSpeed(storage)).toBe('normal');
    writeTextSpeed('fast', storage);
    expect(readTextSpeed(storage)).toBe('fast');
    storage.values.set('analog-dreams/text-speed', 'ludicrous');
    expect(readTextSpeed(storage)).toBe('normal');
    expect(readTextSpeed(broken)).toBe('normal');
    expect(() => { writeTextSpeed('slow', broken); }).not.toThrow();

    expect(readSkipDialogue(storage)).toBe(false);
    writeSkipDialogue(true, storage);
    expect(readSkipDialogue(storage)).toBe(true);
    writeSkipDialogue(false, storage);
    expect(readSkipDialogue(storage)).toBe(false);
    expect(readSkipDialogue(broken)).toBe(false);
    expect(() => { writeSkipDialogue(true, broken); }).not.toThrow();
  });
});
