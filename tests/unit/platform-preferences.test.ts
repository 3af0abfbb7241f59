import { describe, expect, it } from 'vitest';
import {
  VOLUME_STEPS, readMasterVolume, readMuted, readReducedMotion, readSkipDialogue, readTextSpeed, writeMasterVolume, writeMuted, writeReducedMotion,
  readSplitsShown, readTimerShown, writeSkipDialogue, writeSplitsShown, writeTextSpeed, writeTimerShown, type PreferenceStorage,
} from '../../src/platform/preferences.ts';
import { DEFAULT_MUSIC_VOLUME, readEffectsVolume, readFullscreen, readLowEffects, readMusicVolume, writeEffectsVolume, writeFullscreen, writeLowEffects, writeMusicVolume } from '../../src/platform/preferences.ts';
import {
  readColorBlindPalette, readDetectionAssist, readGameSpeedAssist, readHighContrastCones, readTextSize, writeColorBlindPalette,
  writeDetectionAssist, writeGameSpeedAssist, writeHighContrastCones, writeTextSize,
} from '../../src/platform/preferences.ts';
import { SAVE_BACKUP_PREFIX, SAVE_KEY, loadSave } from '../../src/platform/save-storage.ts';
import { EMPTY_SAVE, SAVE_VERSION, encodeSave } from '../../src/story/save.ts';
import { memoryBackend } from './memory-save-backend.ts';

const broken: PreferenceStorage = {
  getItem: () => {
    throw new Error('SecurityError: storage is disabled');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  key: () => {
    throw new Error('SecurityError: storage is disabled');
  },
  length: 0,
};

/** Writes `value` as the save's setting `name` by hand, as an edited or damaged save would hold it. */
function tamper(storage: PreferenceStorage, name: string, value: unknown): void {
  const save = JSON.parse(storage.getItem(SAVE_KEY) ?? encodeSave(EMPTY_SAVE)) as { settings: Record<string, unknown> };
  save.settings[name] = value;
  storage.setItem(SAVE_KEY, JSON.stringify(save));
}

describe('remembered preferences', () => {
  it('remembers the sound switch', () => {
    const storage = memoryBackend();
    expect(readMuted(storage)).toBe(false);
    writeMuted(true, storage);
    expect(readMuted(storage)).toBe(true);
    writeMuted(false, storage);
    expect(readMuted(storage)).toBe(false);
  });

  it('treats a tampered value as sound on, and storage that throws or is missing as nothing remembered', () => {
    const storage = memoryBackend();
    tamper(storage, 'muted', '{"garbage":');
    expect(readMuted(storage)).toBe(false);
    expect(readMuted(broken)).toBe(false);
    expect(() => { writeMuted(true, broken); }).not.toThrow();
    expect(readMuted(null)).toBe(false);
    expect(() => { writeMuted(true, null); }).not.toThrow();
  });

  it('remembers reduced motion, with the browser setting as the default until the player chooses', () => {
    const storage = memoryBackend();
    expect(readReducedMotion(storage, false)).toBe(false);
    expect(readReducedMotion(storage, true)).toBe(true);
    writeReducedMotion(false, storage);
    // The player's choice beats the browser's.
    expect(readReducedMotion(storage, true)).toBe(false);
    writeReducedMotion(true, storage);
    expect(readReducedMotion(storage, false)).toBe(true);
    tamper(storage, 'reducedMotion', 'maybe');
    expect(readReducedMotion(storage, true)).toBe(true);
    expect(readReducedMotion(broken, true)).toBe(true);
    expect(() => { writeReducedMotion(true, broken); }).not.toThrow();
  });

  it('remembers the text speed, normal until chosen and for anything that is no speed', () => {
    const storage = memoryBackend();
    expect(readTextSpeed(storage)).toBe('normal');
    writeTextSpeed('instant', storage);
    expect(readTextSpeed(storage)).toBe('instant');
    writeTextSpeed('slow', storage);
    expect(readTextSpeed(storage)).toBe('slow');
    tamper(storage, 'textSpeed', 'ludicrous');
    expect(readTextSpeed(storage)).toBe('normal');
    expect(readTextSpeed(broken)).toBe('normal');
    expect(() => { writeTextSpeed('fast', broken); }).not.toThrow();
  });

  it('remembers whether all dialogue is skipped, off until chosen', () => {
    const storage = memoryBackend();
    expect(readSkipDialogue(storage)).toBe(false);
    writeSkipDialogue(true, storage);
    expect(readSkipDialogue(storage)).toBe(true);
    writeSkipDialogue(false, storage);
    expect(readSkipDialogue(storage)).toBe(false);
    expect(readSkipDialogue(broken)).toBe(false);
  });

  it('remembers the master volume in whole steps, full until chosen and for anything out of range', () => {
    const storage = memoryBackend();
    expect(readMasterVolume(storage)).toBe(VOLUME_STEPS);
    writeMasterVolume(3, storage);
    expect(readMasterVolume(storage)).toBe(3);
    writeMasterVolume(0, storage);
    expect(readMasterVolume(storage)).toBe(0);
    for (const tampered of [11, -1, 2.5, 'loud', '', '3']) {
      tamper(storage, 'masterVolume', tampered);
      expect(readMasterVolume(storage)).toBe(VOLUME_STEPS);
    }
    expect(readMasterVolume(broken)).toBe(VOLUME_STEPS);
    expect(() => { writeMasterVolume(5, broken); }).not.toThrow();
  });

  it('keeps the display switches, the timer and the splits shown until hidden', () => {
    const storage = memoryBackend();
    expect([readTimerShown(storage), readSplitsShown(storage)]).toEqual([true, true]);
    writeTimerShown(false, storage);
    writeSplitsShown(false, storage);
    expect([readTimerShown(storage), readSplitsShown(storage)]).toEqual([false, false]);
    writeSplitsShown(true, storage);
    expect([readTimerShown(storage), readSplitsShown(storage)]).toEqual([false, true]);
  });
});

describe('preferences in the versioned save', () => {
  it('moves the separate keys of older builds into the save once, and leaves the old keys where they were', () => {
    const storage = memoryBackend();
    storage.values.set('analog-dreams/muted', 'true');
    storage.values.set('analog-dreams/text-speed', 'fast');
    storage.values.set('analog-dreams/master-volume', '4');
    storage.values.set('analog-dreams/reduced-motion', 'false');
    // Read before any save exists: the old keys answer.
    expect([readMuted(storage), readTextSpeed(storage), readMasterVolume(storage), readReducedMotion(storage, true)]).toEqual([true, 'fast', 4, false]);
    writeSkipDialogue(true, storage);
    const saved = JSON.parse(storage.getItem(SAVE_KEY) ?? '{}') as { version: number; settings: Record<string, unknown> };
    expect(saved.version).toBe(SAVE_VERSION);
    expect(saved.settings).toEqual({ muted: true, textSpeed: 'fast', masterVolume: 4, reducedMotion: false, skipDialogue: true });
    // Once moved, the save is what counts: a later change to an old key is not read again.
    storage.values.set('analog-dreams/muted', 'false');
    expect(readMuted(storage)).toBe(true);
    expect(storage.values.get('analog-dreams/text-speed')).toBe('fast');
  });

  it('brings a version 2 save up to date on its first load, its progress kept and the old keys moved in', () => {
    const storage = memoryBackend();
    const versionTwo = { format: 'analog-dreams-save', version: 2, progress: null, reached: ['bedroom'], settings: {}, bests: {}, legacyBests: {}, splits: [] };
    storage.values.set(SAVE_KEY, JSON.stringify(versionTwo));
    storage.values.set('analog-dreams/skip-dialogue', 'true');
    expect(readSkipDialogue(storage)).toBe(true);
    const loaded = loadSave(storage);
    expect(loaded.notice).toBeNull();
    expect(loaded.save).toMatchObject({ version: SAVE_VERSION, reached: ['bedroom'], settings: { skipDialogue: true }, bindings: {} });
    expect(JSON.parse(storage.getItem(SAVE_KEY) ?? '{}')).toMatchObject({ version: SAVE_VERSION, settings: { skipDialogue: true } });
  });

  it('never writes a setting over a save it cannot read: the save is set aside first and the setting kept', () => {
    const storage = memoryBackend();
    storage.values.set(SAVE_KEY, '{"format":"analog-dreams-save","version":3,"progress":');
    expect(readMuted(storage)).toBe(false);
    // Reading changed nothing: the title's load is the one that sets it aside and tells the player.
    expect(storage.values.get(SAVE_KEY)).toBe('{"format":"analog-dreams-save","version":3,"progress":');
    writeMuted(true, storage);
    expect(storage.values.get(`${SAVE_BACKUP_PREFIX}1`)).toBe('{"format":"analog-dreams-save","version":3,"progress":');
    expect(readMuted(storage)).toBe(true);
  });
});

describe('the display and sound preferences', () => {
  it('remembers low effects, and that nobody chose until somebody did', () => {
    const storage = memoryBackend();
    expect(readLowEffects(storage)).toBeNull();
    writeLowEffects(true, storage);
    expect(readLowEffects(storage)).toBe(true);
    writeLowEffects(false, storage);
    expect(readLowEffects(storage)).toBe(false);
    tamper(storage, 'lowEffects', 'yes');
    expect(readLowEffects(storage)).toBeNull();
    expect(readLowEffects(broken)).toBeNull();
    expect(() => { writeLowEffects(true, broken); }).not.toThrow();
  });

  it('remembers fullscreen, off until chosen', () => {
    const storage = memoryBackend();
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
    const storage = memoryBackend();
    expect(readMusicVolume(storage)).toBe(DEFAULT_MUSIC_VOLUME);
    expect(readEffectsVolume(storage)).toBe(VOLUME_STEPS);
    writeMusicVolume(2, storage);
    writeEffectsVolume(0, storage);
    expect([readMusicVolume(storage), readEffectsVolume(storage), readMasterVolume(storage)]).toEqual([2, 0, VOLUME_STEPS]);
    for (const tampered of [11, -1, 2.5, 'loud', '']) {
      tamper(storage, 'musicVolume', tampered);
      tamper(storage, 'effectsVolume', tampered);
      expect([readMusicVolume(storage), readEffectsVolume(storage)]).toEqual([DEFAULT_MUSIC_VOLUME, VOLUME_STEPS]);
    }
    expect([readMusicVolume(broken), readEffectsVolume(broken)]).toEqual([DEFAULT_MUSIC_VOLUME, VOLUME_STEPS]);
    expect(() => { writeMusicVolume(5, broken); writeEffectsVolume(5, broken); }).not.toThrow();
  });
});

describe('accessibility preferences', () => {
  it('remember the palette and the cones, off until chosen', () => {
    const storage = memoryBackend();
    expect(readColorBlindPalette(storage)).toBe(false);
    expect(readHighContrastCones(storage)).toBe(false);
    writeColorBlindPalette(true, storage);
    writeHighContrastCones(true, storage);
    expect(readColorBlindPalette(storage)).toBe(true);
    expect(readHighContrastCones(storage)).toBe(true);
  });

  it('remember the text size; a tampered one reads as normal', () => {
    const storage = memoryBackend();
    expect(readTextSize(storage)).toBe('normal');
    writeTextSize('largest', storage);
    expect(readTextSize(storage)).toBe('largest');
    tamper(storage, 'textSize', 'huge');
    expect(readTextSize(storage)).toBe('normal');
  });

  it('remember the assists as their percents; anything else is no assist', () => {
    const storage = memoryBackend();
    expect(readDetectionAssist(storage)).toBe(100);
    expect(readGameSpeedAssist(storage)).toBe(100);
    writeDetectionAssist(50, storage);
    writeGameSpeedAssist(80, storage);
    expect(readDetectionAssist(storage)).toBe(50);
    expect(readGameSpeedAssist(storage)).toBe(80);
    tamper(storage, 'detectionAssist', 5);
    tamper(storage, 'gameSpeedAssist', '');
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
