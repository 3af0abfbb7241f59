import { describe, expect, it } from 'vitest';
import {
  VOLUME_STEPS, readMasterVolume, readMuted, readReducedMotion, readSkipDialogue, readTextSpeed, writeMasterVolume, writeMuted, writeReducedMotion,
  writeSkipDialogue, writeTextSpeed, type PreferenceStorage,
  DEFAULT_MUSIC_VOLUME, readEffectsVolume, readMusicVolume, writeEffectsVolume, writeMusicVolume,
} from '../../src/platform/preferences.ts';
import { readFullscreen, readLowEffects, writeFullscreen, writeLowEffects } from '../../src/platform/preferences.ts';

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

  it('remembers the text speed, normal until chosen and for anything that is no speed', () => {
    const storage = memoryStorage();
    expect(readTextSpeed(storage)).toBe('normal');
    writeTextSpeed('instant', storage);
    expect(readTextSpeed(storage)).toBe('instant');
    writeTextSpeed('slow', storage);
    expect(readTextSpeed(storage)).toBe('slow');
    storage.values.set('analog-dreams/text-speed', 'ludicrous');
    expect(readTextSpeed(storage)).toBe('normal');
    expect(readTextSpeed(broken)).toBe('normal');
    expect(() => { writeTextSpeed('fast', broken); }).not.toThrow();
  });

  it('remembers whether all dialogue is skipped, off until chosen', () => {
    const storage = memoryStorage();
    expect(readSkipDialogue(storage)).toBe(false);
    writeSkipDialogue(true, storage);
    expect(readSkipDialogue(storage)).toBe(true);
    writeSkipDialogue(false, storage);
    expect(readSkipDialogue(storage)).toBe(false);
    expect(readSkipDialogue(broken)).toBe(false);
  });

  it('remembers the master volume in whole steps, full until chosen and for anything out of range', () => {
    const storage = memoryStorage();
    expect(readMasterVolume(storage)).toBe(VOLUME_STEPS);
    writeMasterVolume(3, storage);
    expect(readMasterVolume(storage)).toBe(3);
    writeMasterVolume(0, storage);
    expect(readMasterVolume(storage)).toBe(0);
    for (const tampered of ['11', '-1', '2.5', 'loud', '']) {
      storage.values.set('analog-dreams/master-volume', tampered);
      expect(readMasterVolume(storage)).toBe(VOLUME_STEPS);
    }
    expect(readMasterVolume(broken)).toBe(VOLUME_STEPS);
    expect(() => { writeMasterVolume(5, broken); }).not.toThrow();
  });

  it('remembers low effects, and that nobody chose until somebody did', () => {
    const storage = memoryStorage();
    expect(readLowEffects(storage)).toBeNull();
    writeLowEffects(true, storage);
    expect(readLowEffects(storage)).toBe(true);
    writeLowEffects(false, storage);
    expect(readLowEffects(storage)).toBe(false);
    storage.values.set('analog-dreams/low-effects', 'yes');
    expect(readLowEffects(storage)).toBeNull();
    expect(readLowEffects(broken)).toBeNull();
    expect(() => { writeLowEffects(true, broken); }).not.toThrow();
  });

  it('remembers fullscreen, off until chosen', () => {
    const storage = memoryStorage();
    expect(readFullscreen(storage)).toBe(false);
    writeFullscreen(true, storage);
    expect(readFullscreen(storage)).toBe(true);
    writeFullscreen(false, storage);
    expect(readFullscreen(storage)).toBe(false);
    expect(readFullscreen(broken)).toBe(false);
    expect(() => { writeFullscreen(true, broken); }).not.toThrow();
  });
});

describe('the music and effects volumes', () => {
  it('are remembered apart from the master volume, each with its own default, and survive bad storage', () => {
    const storage = memoryStorage();
    expect(readMusicVolume(storage)).toBe(DEFAULT_MUSIC_VOLUME);
    expect(readEffectsVolume(storage)).toBe(VOLUME_STEPS);
    writeMusicVolume(2, storage);
    writeEffectsVolume(0, storage);
    expect([readMusicVolume(storage), readEffectsVolume(storage), readMasterVolume(storage)]).toEqual([2, 0, VOLUME_STEPS]);
    for (const tampered of ['11', '-1', '2.5', 'loud', '']) {
      storage.values.set('analog-dreams/music-volume', tampered);
      storage.values.set('analog-dreams/effects-volume', tampered);
      expect([readMusicVolume(storage), readEffectsVolume(storage)]).toEqual([DEFAULT_MUSIC_VOLUME, VOLUME_STEPS]);
    }
    expect([readMusicVolume(broken), readEffectsVolume(broken)]).toEqual([DEFAULT_MUSIC_VOLUME, VOLUME_STEPS]);
    expect(() => { writeMusicVolume(5, broken); writeEffectsVolume(5, broken); }).not.toThrow();
  });
});
