// An attempt kept: its splits written to the save and, when the splits call it the personal best, its run
// kept as the ghost of the same category and run identity. One decision of a best (src/run/splits.ts
// isPersonalBest: the same comparison, the same exclusions of practice and assisted runs), so the ghost a
// player races is always the run their splits compare with.
import type { SplitAttempt, SplitsRecord } from '../run/splits.ts';
import { keepGhost, type GhostStorage, type StoredGhost } from './ghost-storage.ts';
import type { SaveBackend, SaveWrite } from './save-storage.ts';
import { saveAttempt } from './splits-storage.ts';

/** The run behind an attempt, as a ghost needs it (its category and identity are the comparison's). */
export type GhostRun = Omit<StoredGhost, 'category' | 'identity'>;

export interface KeptAttempt {
  readonly record: SplitsRecord;
  readonly written: SaveWrite;
  readonly personalBest: boolean;
  /** The run became the kept ghost (a personal best whose ghost could be written). */
  readonly ghostKept: boolean;
}

/** `run`: the attempt's inputs and start, null when it has none to race (an attempt left unfinished). */
export function keepAttempt(
  options: { readonly comparison: SplitsRecord; readonly attempt: Omit<SplitAttempt, 'id'>; readonly run: GhostRun | null },
  storage: { readonly save?: SaveBackend | null; readonly ghosts?: GhostStorage | null } = {},
): KeptAttempt {
  const saved = saveAttempt({ comparison: options.comparison, attempt: options.attempt }, storage.save);
  const { run } = options;
  const ghost: StoredGhost | null = run === null ? null : { category: options.comparison.category, identity: options.comparison.identity, ...run };
  const ghostKept = saved.personalBest && ghost !== null && (storage.ghosts === undefined ? keepGhost(ghost) : keepGhost(ghost, storage.ghosts));
  return { ...saved, ghostKept };
}
