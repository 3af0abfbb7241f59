// One decision of a personal best: the ghost kept for a category and run identity is the run the splits call
// the personal best. A run that is a best by the splits replaces the ghost; one that is not (slower, or
// faster but assisted or practice, or unfinished) leaves it; a faster imported comparison keeps it too.
import { describe, expect, it } from 'vitest';
import { keepAttempt, type GhostRun } from '../../src/platform/attempt-keeping.ts';
import { loadGhost } from '../../src/platform/ghost-storage.ts';
import { loadComparison } from '../../src/platform/splits-storage.ts';
import { PLAIN_RUN, type RunMarks } from '../../src/run/run-marks.ts';
import { emptySplitsRecord, type SplitTime } from '../../src/run/splits.ts';
import { NO_INPUT } from '../../src/sim/index.ts';
import { memoryBackend } from './memory-save-backend.ts';

const KEY = { category: 'night-escape', identity: 'night-escape/0badcafe/r11', segments: ['Gate', 'Escape'] };
const at = (ticks: number): SplitTime => ({ ticks, realMilliseconds: ticks * 17 });

function run(ticks: number): GhostRun {
  return { ticks, seed: 1, start: { flags: {}, followers: [] }, inputs: Array.from({ length: ticks }, () => NO_INPUT) };
}

function attempt(ticks: number, marks: RunMarks = PLAIN_RUN, finished = true): { splits: SplitTime[]; finished: boolean; marks: RunMarks; started: null; ended: null } {
  return { splits: [at(Math.floor(ticks / 2)), at(ticks)], finished, marks, started: null, ended: null };
}

describe('keeping an attempt', () => {
  it('replaces the ghost exactly when the splits call the run the personal best', () => {
    const storage = { save: memoryBackend(), ghosts: memoryBackend() };
    const race = (ticks: number, marks: RunMarks = PLAIN_RUN, finished = true): ReturnType<typeof keepAttempt> =>
      keepAttempt({ comparison: loadComparison(KEY, storage.save).record, attempt: attempt(ticks, marks, finished), run: finished ? run(ticks) : null }, storage);
    const ghostTicks = (): number | null => loadGhost(KEY, storage.ghosts)?.ticks ?? null;

    expect(race(500)).toMatchObject({ personalBest: true, ghostKept: true });
    expect(ghostTicks()).toBe(500);
    // Slower: not a best by the splits, so not the ghost either.
    expect(race(520)).toMatchObject({ personalBest: false, ghostKept: false });
    expect(ghostTicks()).toBe(500);
    // Faster, but assisted or practice: neither the splits' best nor the ghost.
    expect(race(300, { assisted: true, practice: false })).toMatchObject({ personalBest: false, ghostKept: false });
    expect(race(300, { assisted: false, practice: true })).toMatchObject({ personalBest: false, ghostKept: false });
    expect(race(300, PLAIN_RUN, false)).toMatchObject({ personalBest: false, ghostKept: false });
    expect(ghostTicks()).toBe(500);
    const faster = race(480);
    expect(faster).toMatchObject({ personalBest: true, ghostKept: true });
    expect(faster.record.personalBest?.at(-1)?.ticks).toBe(480);
    expect(ghostTicks()).toBe(480);
    expect(loadGhost(KEY, storage.ghosts)?.inputs).toHaveLength(480);
  });

  it('races the comparison it is given: a run slower than an imported best is no best and no ghost', () => {
    const storage = { save: memoryBackend(), ghosts: memoryBackend() };
    const imported = { ...emptySplitsRecord(KEY), personalBest: [at(200), at(400)] };
    expect(keepAttempt({ comparison: imported, attempt: attempt(450), run: run(450) }, storage)).toMatchObject({ personalBest: false, ghostKept: false });
    expect(loadGhost(KEY, storage.ghosts)).toBeNull();
    expect(keepAttempt({ comparison: imported, attempt: attempt(390), run: run(390) }, storage)).toMatchObject({ personalBest: true, ghostKept: true });
    expect(loadGhost(KEY, storage.ghosts)?.ticks).toBe(390);
  });
});
