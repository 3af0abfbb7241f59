// The result screen's line about the best time, from what storage really did (save-storage.ts): "New best!"
// only for a time that was written. No Phaser here, so Node tests can check every case.
import type { FinishRecord } from '../../platform/save-storage.ts';
import { formatTickGap, formatTicks } from '../../run/time-format.ts';

export interface FinishLine {
  readonly text: string;
  /** Drawn in the accent colour: a best that counts. */
  readonly good: boolean;
}

/** Null where nothing can be said: "your best time" would otherwise be said after every run. */
export function finishLine(record: FinishRecord, finishTick: number): FinishLine | null {
  switch (record.kind) {
    case 'unknown':
      return null;
    case 'first':
      return { text: record.setAside ? 'Your best time (an unreadable old save was kept aside)' : 'First time through: this is your best time', good: true };
    case 'new-best':
      return { text: `New best! ${formatTickGap(record.previous - finishTick)} faster`, good: true };
    case 'not-faster':
      return { text: `Best ${formatTicks(record.best)}`, good: false };
    case 'not-saved': {
      const best = record.best === null ? '' : `; the best stays ${formatTicks(record.best)}`;
      return { text: `Not saved: the browser's storage is full or blocked${best}`, good: false };
    }
  }
}

/**
 * How the run went with the Enforcers, in words that never call a chased run untouched, nor a run the
 * family (or the drone) sent back to the checkpoint "never caught": they never chase, so that is its own count.
 */
export function runLine(run: { readonly catches: number; readonly chases: number; readonly sentBack?: number }): string {
  const { catches, chases } = run;
  const sentBack = run.sentBack ?? 0;
  const chased = `chased ${chases} time${chases === 1 ? '' : 's'}`;
  if (catches > 0) return `Caught ${catches} time${catches === 1 ? '' : 's'}, ${chased}`;
  if (sentBack > 0) return `Sent back ${sentBack} time${sentBack === 1 ? '' : 's'}, ${chases === 0 ? 'never chased' : chased}`;
  return chases === 0 ? 'Never chased, never caught' : `Never caught, though ${chased}`;
}
