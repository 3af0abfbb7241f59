// Splits in the save: the comparison a run races (by category and run identity) and each attempt written
// back through updateSave, so a save that could not be read is never written over and a refused write is
// reported, never claimed. A category played on a changed map (another run identity) starts a new
// comparison and says so; the old one stays in the save.
import { emptySplitsRecord, isPersonalBest, recordAttempt, type SplitAttempt, type SplitsRecord } from '../run/splits.ts';
import { MAX_SAVE_CHARACTERS, MAX_SPLITS_RECORDS, encodeSave, type Save } from '../story/save.ts';
import { loadSave, updateSave, type SaveBackend, type SaveWrite } from './save-storage.ts';

export interface Comparison {
  readonly record: SplitsRecord;
  /** For the player when the comparison is new because the map or the rules changed; null otherwise. */
  readonly notice: string | null;
}

function sameSegments(record: SplitsRecord, segments: readonly string[]): boolean {
  return record.segments.length === segments.length && record.segments.every((name, index) => name === segments[index]);
}

function find(save: Save, key: { readonly category: string; readonly identity: string; readonly segments: readonly string[] }): SplitsRecord | null {
  return save.splits.find((record) => record.category === key.category && record.identity === key.identity && sameSegments(record, key.segments)) ?? null;
}

/** The comparison for a category on this run identity: the stored one, or a new one (saying why when an older one exists). */
export function loadComparison(
  key: { readonly category: string; readonly identity: string; readonly segments: readonly string[] },
  storage?: SaveBackend | null,
): Comparison {
  const { save } = loadSave(storage);
  const stored = find(save, key);
  if (stored !== null) return { record: stored, notice: null };
  const older = save.splits.some((record) => record.category === key.category);
  return {
    record: emptySplitsRecord(key),
    notice: older ? 'The map or the rules changed since your last splits: a new comparison starts (the old one is kept).' : null,
  };
}

/** Room kept for progress and settings: splits may fill the save up to this share of what a save may be. */
const SPLITS_SHARE = 0.8;

/**
 * A save that still reads back: a text over MAX_SAVE_CHARACTERS would be written, then refused (and set
 * aside) at the next load. Old records go first, then the oldest attempts of what is left.
 */
function fitted(save: Save): Save {
  let splits = [...save.splits];
  const fits = (): boolean => encodeSave({ ...save, splits }).length <= MAX_SAVE_CHARACTERS * SPLITS_SHARE;
  while (!fits() && splits.length > 1) splits = splits.slice(1);
  while (!fits() && splits.some((record) => record.attempts.length > 1)) {
    splits = splits.map((record) => ({ ...record, attempts: record.attempts.slice(Math.ceil(record.attempts.length / 2)) }));
  }
  return { ...save, splits };
}

/**
 * Adds an attempt to the stored record of its category and identity (created when missing) and writes it.
 * Returns the record as it now stands (also when the write failed, so the run still compares with it) and
 * whether the attempt became its personal best.
 */
export function saveAttempt(
  options: { readonly comparison: SplitsRecord; readonly attempt: Omit<SplitAttempt, 'id'> },
  storage?: SaveBackend | null,
): { readonly record: SplitsRecord; readonly written: SaveWrite; readonly personalBest: boolean } {
  let updated = recordAttempt(options.comparison, options.attempt);
  let personalBest = isPersonalBest(options.comparison, options.attempt);
  const result = updateSave((save) => {
    const stored = find(save, options.comparison);
    updated = recordAttempt(stored ?? options.comparison, options.attempt);
    personalBest = isPersonalBest(stored ?? options.comparison, options.attempt);
    const others = save.splits.filter((record) => record !== stored);
    // The oldest records give way first when the save holds its most; the newest race is always kept.
    return fitted({ ...save, splits: [...others, updated].slice(-MAX_SPLITS_RECORDS) });
  }, storage);
  return { record: updated, written: result.written, personalBest };
}
