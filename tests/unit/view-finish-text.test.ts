// The result screen's best-time line claims only what storage did.
import { describe, expect, it } from 'vitest';
import { recordFinish, updateSave, type SaveBackend } from '../../src/platform/save-storage.ts';
import { finishLine, runLine } from '../../src/view/ui/finish-text.ts';
import { runIdentity } from '../../src/run/run-identity.ts';
import { RULES_VERSION } from '../../src/sim/rules-version.ts';

const IDENTITY = runIdentity('night-escape', '9d387f64', RULES_VERSION);

describe('finishLine', () => {
  it('says "New best!" only for a time that was written; a refused write says so and keeps the old best', () => {
    const values = new Map<string, string>();
    const storage: SaveBackend = {
      getItem: (key) => values.get(key) ?? null,
      setItem: (key, value) => {
        values.set(key, value);
      },
      key: (index) => [...values.keys()][index] ?? null,
      get length() {
        return values.size;
      },
    };
    updateSave((save) => ({ ...save, bests: { [IDENTITY]: 900 } }), storage);
    const refusing: SaveBackend = {
      ...storage,
      getItem: (key) => storage.getItem(key),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const line = finishLine(recordFinish({ identity: IDENTITY, ticks: 800 }, refusing), 800);
    expect(line).toEqual({ text: 'Not saved: the browser\'s storage is full or blocked; the best stays 0:15.000', good: false });
    expect(finishLine({ kind: 'new-best', previous: 900 }, 800)?.text).toBe('New best! 1.666 s faster');
  });

  it('says nothing when storage could not be read, and names a first best and a value kept aside', () => {
    expect(finishLine({ kind: 'unknown' }, 800)).toBeNull();
    expect(finishLine({ kind: 'first', setAside: false }, 800)?.text).toBe('First time through: this is your best time');
    expect(finishLine({ kind: 'first', setAside: true }, 800)?.text).toMatch(/kept aside/);
    expect(finishLine({ kind: 'not-faster', best: 700 }, 800)).toEqual({ text: 'Best 0:11.666', good: false });
  });
});

describe('the run line on the result screen', () => {
  it('never says "never caught" alone after a chase, and counts both', () => {
    expect(runLine({ catches: 0, chases: 0 })).toBe('Never chased, never caught');
    expect(runLine({ catches: 0, chases: 2 })).toBe('Never caught, though chased 2 times');
    expect(runLine({ catches: 1, chases: 1 })).toBe('Caught 1 time, chased 1 time');
    // The family sends Mira back to bed without a chase: the bedroom is not "never caught" after one.
    expect(runLine({ catches: 0, chases: 0, sentBack: 1 })).toBe('Sent back 1 time, never chased');
    expect(runLine({ catches: 0, chases: 2, sentBack: 3 })).toBe('Sent back 3 times, chased 2 times');
  });
});
