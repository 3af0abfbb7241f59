// Full Game live splits: a campaign begun with New game races the Full Game category, one split at each
// chapter's end at the campaign's summed in-game time (scenes add none, so a scene chapter's split is the
// time of the level before it), stored in the save like every other category. The segments are the
// chapters' titles in campaign order, as verify-replay splits a full-game replay, so a run's .lss and the
// verified file's line up. No Phaser: the campaign play keeps it across the scenes, and Node tests drive it.
import { loadComparison, saveAttempt } from '../platform/splits-storage.ts';
import type { SaveBackend } from '../platform/save-storage.ts';
import { runIdentity } from '../run/run-identity.ts';
import { PLAIN_RUN, type RunMarks } from '../run/run-marks.ts';
import { LiveSplits, type LiveSplitsView, type SplitTime } from '../run/splits.ts';
import { RULES_VERSION } from '../sim/index.ts';
import { FULL_GAME_CATEGORY, fullGameCategory, type RunCategory } from '../story/categories.ts';
import type { ChapterRow } from '../story/chapters.ts';
import { hashTexts } from '../tiled/text-hash.ts';

/** LiveSplit's date form, `MM/dd/yyyy HH:mm:ss` in UTC: the attempt history is exported as it is kept. */
export function liveSplitDate(date: Date): string {
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${two(date.getUTCMonth() + 1)}/${two(date.getUTCDate())}/${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
}

/**
 * The Full Game's run identity: its chapters in order (hashed where a chapter's identity has its map's
 * hash) and the rules. Its maps are read one chapter at a time, so an edited map does not start a new
 * comparison here (each chapter's own identity does, and a full-game replay names them all).
 */
export function fullGameIdentity(category: RunCategory): string {
  return runIdentity(FULL_GAME_CATEGORY, hashTexts(category.chapters), RULES_VERSION);
}

export class FullGameSplits {
  private readonly live: LiveSplits;
  private marksSoFar: RunMarks = PLAIN_RUN;
  private readonly started: string;
  private saved = false;
  /** A new comparison because the rules changed, or a refused write; null when there is nothing to say. */
  notice: string | null;

  private constructor(
    readonly category: RunCategory,
    private readonly options: { readonly segments: readonly string[]; readonly storage?: SaveBackend | null; readonly now: () => Date },
  ) {
    const comparison = loadComparison({ category: category.key, identity: fullGameIdentity(category), segments: options.segments }, options.storage);
    this.live = new LiveSplits(comparison.record);
    this.notice = comparison.notice;
    this.started = liveSplitDate(options.now());
  }

  /** The race of a campaign from `firstKey`, or null when its chain of chapters is broken. */
  static begin(options: { readonly chapters: readonly ChapterRow[]; readonly firstKey: string; readonly storage?: SaveBackend | null; readonly now?: () => Date }): FullGameSplits | null {
    const category = fullGameCategory(options.firstKey, options.chapters);
    if (category === null) return null;
    const segments = category.chapters.map((key) => options.chapters.find((row) => row.key === key)?.title ?? key);
    return new FullGameSplits(category, {
      segments,
      ...(options.storage === undefined ? {} : { storage: options.storage }),
      now: options.now ?? ((): Date => new Date()),
    });
  }

  /** Whatever marks a chapter's run had (an assist, practice) mark the whole run. */
  markRun(marks: RunMarks): void {
    this.marksSoFar = { assisted: this.marksSoFar.assisted || marks.assisted, practice: this.marksSoFar.practice || marks.practice };
  }

  get marks(): RunMarks {
    return this.marksSoFar;
  }

  /** The campaign's summed times at a chapter's end: its split; the last chapter's also saves the finished run. */
  chapterEnded(chapterKey: string, time: SplitTime): void {
    const index = this.category.chapters.indexOf(chapterKey);
    if (!this.live.split(index, time) || !this.live.finished) return;
    this.save(true);
  }

  /** The run left before its end (a new game, a retry): kept in the attempt history if it reached a split. */
  abandon(): void {
    if (this.saved || this.live.finished || this.live.splits.every((time) => time === null)) return;
    this.save(false);
  }

  get finished(): boolean {
    return this.live.finished;
  }

  get splits(): readonly (SplitTime | null)[] {
    return this.live.splits;
  }

  view(currentTicks: number): LiveSplitsView {
    return this.live.view(currentTicks);
  }

  private save(finished: boolean): void {
    this.saved = true;
    const saved = saveAttempt(
      { comparison: this.live.comparison, attempt: { started: this.started, ended: liveSplitDate(this.options.now()), splits: this.live.splits, finished, marks: this.marksSoFar } },
      this.options.storage,
    );
    this.notice = saved.written.ok ? null : `Splits not saved: ${saved.written.message}`;
  }
}
