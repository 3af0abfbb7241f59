// The result screen's best-time line claims only what storage did.
import { describe, expect, it } from 'vitest';
import { recordFinish, type PreferenceStorage } from '../../src/platform/preferences.ts';
import { finishLine } from '../../src/view/ui/finish-text.ts';

describe('finishLine', () => {
  it('says "New best!" only for a time that was written; a refused write says so and keeps the old best', () => {
    const values = new Map([['analog-dreams/best-ticks/a/b', '900']]);
    const refusing: PreferenceStorage = {
      getItem: (key) => values.get(key) ?? null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const line = finishLine(recordFinish({ levelKey: 'a/b', ticks: 800 }, refusing), 800);
    expect(line).toEqual({ text: 'Not saved: the browser\'s storage is full or blocked; the best stays 0:15.000', good: false });
    expect(finishLine({ kind: 'new-best', previous: 900 }, 800)?.text).toBe('New best! 1.666 s faster');
  });

  it('says nothing when storage could not be read, and names a first best and a value kept aside', () => {
    expect(finishLine({ kind: 'unknown' }, 800)).toBeNull();
    expect(finishLine({ kind: 'first', setAside: false }, 800)?.text).toBe('First escape: this is your best time');
    expect(finishLine({ kind: 'first', setAside: true }, 800)?.text).toMatch(/kept aside/);
    expect(finishLine({ kind: 'not-faster', best: 700 }, 800)).toEqual({ text: 'Best 0:11.666', good: false });
  });
});
