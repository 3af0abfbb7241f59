import { describe, expect, it } from 'vitest';
import {
  bestTimeKey, readBestTicks, readMuted, readReducedMotion, readSetAsideBest, readStoredBest, recordFinish, writeMuted, writeReducedMotion,
  type PreferenceStorage,
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

  it('keeps the best time per map version: only a faster finish replaces it', () => {
    const storage = memoryStorage();
    const levelKey = bestTimeKey('night-escape', '9d387f64');
    expect(recordFinish({ levelKey, ticks: 700 }, storage)).toEqual({ kind: 'first', setAside: false });
    expect(recordFinish({ levelKey, ticks: 657 }, storage)).toEqual({ kind: 'new-best', previous: 700 });
    expect(recordFinish({ levelKey, ticks: 690 }, storage)).toEqual({ kind: 'not-faster', best: 657 });
    expect(readBestTicks(levelKey, storage)).toBe(657);
    // The same file name with other content (an edited or dropped copy) is another race.
    expect(readBestTicks(bestTimeKey('night-escape', '00000000'), storage)).toBeNull();
  });

  it('never writes a best it could not first read: 600 stored, reads throw, a 665 finish keeps the 600', () => {
    const storage = memoryStorage();
    const levelKey = bestTimeKey('night-escape', '9d387f64');
    const key = `analog-dreams/best-ticks/${levelKey}`;
    storage.values.set(key, '600');
    const readsThrow: PreferenceStorage = {
      getItem: () => {
        throw new Error('SecurityError: reading is disabled');
      },
      setItem: (key, value) => { storage.setItem(key, value); },
    };
    expect(readStoredBest(levelKey, readsThrow)).toEqual({ kind: 'unreadable' });
    // Not "First escape": the result says nothing about a best it cannot see.
    expect(recordFinish({ levelKey, ticks: 665 }, readsThrow)).toEqual({ kind: 'unknown' });
    expect(storage.values.get(key)).toBe('600');
    // Not even a faster time is written: what was stored is unknown, so it could be faster still.
    expect(recordFinish({ levelKey, ticks: 500 }, readsThrow)).toEqual({ kind: 'unknown' });
    expect(storage.values.get(key)).toBe('600');
    expect(recordFinish({ levelKey, ticks: 665 }, storage)).toEqual({ kind: 'not-faster', best: 600 });
  });

  it('tells nothing stored from a stored best: only nothing stored makes a first escape', () => {
    const storage = memoryStorage();
    const levelKey = bestTimeKey('night-escape', '9d387f64');
    expect(readStoredBest(levelKey, storage)).toEqual({ kind: 'nothing' });
    expect(recordFinish({ levelKey, ticks: 665 }, storage)).toEqual({ kind: 'first', setAside: false });
    expect(readStoredBest(levelKey, storage)).toEqual({ kind: 'ticks', ticks: 665 });
  });

  it('keeps a value it cannot read aside, and records the finish as the first best (it blocked every later best)', () => {
    const levelKey = bestTimeKey('night-escape', '9d387f64');
    const key = `analog-dreams/best-ticks/${levelKey}`;
    for (const tampered of ['-5', '0', '12.5', '600.5', 'abc', '{"ticks":600}', '9'.repeat(40).replace('9', '-'), '', ' 800 ']) {
      const storage = memoryStorage();
      storage.values.set(key, tampered);
      expect(readStoredBest(levelKey, storage), tampered).toEqual({ kind: 'tampered', text: tampered });
      expect(readBestTicks(levelKey, storage), tampered).toBeNull();
      expect(recordFinish({ levelKey, ticks: 665 }, storage), tampered).toEqual({ kind: 'first', setAside: true });
      expect(storage.values.get(key), tampered).toBe('665');
      expect(readSetAsideBest(levelKey, storage), tampered).toBe(tampered);
      // Later bests count again.
      expect(recordFinish({ levelKey, ticks: 600 }, storage), tampered).toEqual({ kind: 'new-best', previous: 665 });
    }
  });

  it('leaves a value it cannot read where it is when it cannot be kept aside, and says the finish was not saved', () => {
    const levelKey = bestTimeKey('night-escape', '9d387f64');
    const storage = memoryStorage();
    storage.values.set(`analog-dreams/best-ticks/${levelKey}`, 'abc');
    storage.values.set(`analog-dreams/best-ticks-set-aside/${levelKey}`, 'older');
    expect(recordFinish({ levelKey, ticks: 665 }, storage)).toEqual({ kind: 'not-saved', best: null });
    expect(storage.values.get(`analog-dreams/best-ticks/${levelKey}`)).toBe('abc');
    expect(storage.values.get(`analog-dreams/best-ticks-set-aside/${levelKey}`)).toBe('older');
  });

  it('never claims a best that storage refused to write (QuotaExceededError)', () => {
    const storage = memoryStorage();
    const writesThrow: PreferenceStorage = {
      getItem: (key) => storage.getItem(key),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    expect(recordFinish({ levelKey: 'a/b', ticks: 800 }, writesThrow)).toEqual({ kind: 'not-saved', best: null });
    storage.values.set('analog-dreams/best-ticks/a/b', '900');
    expect(recordFinish({ levelKey: 'a/b', ticks: 800 }, writesThrow)).toEqual({ kind: 'not-saved', best: 900 });
    expect(storage.values.get('analog-dreams/best-ticks/a/b')).toBe('900');
    expect(recordFinish({ levelKey: 'a/b', ticks: 950 }, writesThrow)).toEqual({ kind: 'not-faster', best: 900 });
    storage.values.set('analog-dreams/best-ticks/a/b', 'abc');
    expect(recordFinish({ levelKey: 'a/b', ticks: 800 }, writesThrow)).toEqual({ kind: 'not-saved', best: null });
    expect(storage.values.get('analog-dreams/best-ticks/a/b')).toBe('abc');
  });

  it('says when nothing can be remembered, so the result does not call every run a best', () => {
    expect(recordFinish({ levelKey: 'a/b', ticks: 800 }, broken)).toEqual({ kind: 'unknown' });
    expect(recordFinish({ levelKey: 'a/b', ticks: 800 }, null)).toEqual({ kind: 'unknown' });
  });
});
