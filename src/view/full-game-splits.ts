// Full Game live splits: a campaign begun with New game races the Full Game category, one split at each
// chapter's end at the campaign's summed in-game time (scenes add none, so a scene chapter's split is the
// time of the level before it), stored in the save like every other category. The segments are the
// chapters' titles in campaign order, as verify-replay splits a full-game replay, so a run's .lss and the
// verified file's line up. No Phaser: the campaign play keeps it across the scenes, and Node tests drive it.
//
// The race is also what a LiveSplit link follows (src/platform/livesplit-link.ts) while it runs: the link
// starts at the first level tick of the first chapter (the Full Game's start, as the timer's), is told the
// exact summed time before each chapter's split, holds through the scenes between levels and is set to the
// exact time again when play goes on, and is reset when the race is dropped before its end. A chapter's own
// checkpoints and restarts are not the Full Game's: they send nothing.
import type { LiveSplitLink } from '../platform/livesplit-link.ts';
import { loadComparison, saveAttempt } from '../platform/splits-storage.ts';
import type { SaveBackend } from '../platform/save-storage.ts';
import { runIdentity } from '../run/run-identity.ts';
import { PLAIN_RUN, type RunMarks } from '../run/run-marks.ts';
import { raceImported, writeLss, type LssComparison } from '../run/lss.ts';
import { LiveSplits, type LiveSplitsView, type SplitTime, type SplitsRecord } from '../run/splits.ts';
import { RULES_VERSION, type SimEvent, type World } from '../sim/index.ts';
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

/** What the race tells a LiveSplit link; the link itself, or a test's stand-in. */
export type RaceLink = Pick<LiveSplitLink, 'start' | 'split' | 'showTime' | 'pauseForScene' | 'resumeAfterScene' | 'reset'>;

interface FullGameSplitsOptions {
  readonly segments: readonly string[];
  readonly storage?: SaveBackend | null;
  readonly now: () => Date;
  readonly link: RaceLink | null;
  readonly imported: LssComparison | null;
}

export class FullGameSplits {
  #live: LiveSplits;
  #marksSoFar: RunMarks = PLAIN_RUN;
  readonly #started: string;
  #saved = false;
  /** The record as it stands after the run was saved (its attempt in the history), for the .lss export. */
  #savedRecord: SplitsRecord | null = null;
  /** The link was told the race started; it is held while a scene plays. */
  #linkStarted = false;
  #linkHeld = false;
  /** A new comparison because the rules changed, or a refused write; null when there is nothing to say. */
  notice: string | null;

  readonly #options: FullGameSplitsOptions;

  private constructor(
    readonly category: RunCategory,
    options: FullGameSplitsOptions,
  ) {
    this.#options = options;
    const comparison = loadComparison({ category: category.key, identity: fullGameIdentity(category), segments: options.segments }, options.storage);
    const imported = options.imported === null ? null : raceImported(comparison.record, options.imported);
    this.#live = new LiveSplits(imported ?? comparison.record);
    this.notice = imported === null ? comparison.notice : 'Racing the imported splits';
    this.#started = liveSplitDate(options.now());
  }

  /** The race of a campaign from `firstKey`, or null when its chain of chapters is broken. */
  static begin(options: {
    readonly chapters: readonly ChapterRow[];
    readonly firstKey: string;
    readonly storage?: SaveBackend | null;
    readonly now?: () => Date;
    /** The LiveSplit link the race drives; left out for a race that is no player's (a replay watched). */
    readonly link?: RaceLink;
    /** An imported .lss whose personal best and best segments the race compares with (when its segments fit). */
    readonly imported?: LssComparison | null;
  }): FullGameSplits | null {
    const category = fullGameCategory(options.firstKey, options.chapters);
    if (category === null) return null;
    const segments = category.chapters.map((key) => options.chapters.find((row) => row.key === key)?.title ?? key);
    return new FullGameSplits(category, {
      segments,
      ...(options.storage === undefined ? {} : { storage: options.storage }),
      now: options.now ?? ((): Date => new Date()),
      link: options.link ?? null,
      imported: options.imported ?? null,
    });
  }

  /**
   * Each tick of a level of the race (`beforeTicks`: the chapters' summed time before it): the first starts
   * the link; the first after a scene sets its time exactly again; the rest keep it near (a restart at
   * once, as the time falls back). A tick with a scene open holds the link like a scene between levels.
   */
  afterLevelTick(beforeTicks: number, world: Pick<World, 'tick' | 'scene'>, events: readonly SimEvent[]): void {
    const { link } = this.#options;
    if (link === null || this.#live.finished) return;
    if (world.scene !== null) {
      this.holdForScene();
      return;
    }
    const ticks = beforeTicks + world.tick;
    const restarted = events.some((event) => event.type === 'restarted');
    if (!this.#linkStarted) {
      this.#linkStarted = true;
      link.start();
    } else if (this.#linkHeld) link.resumeAfterScene(ticks);
    else if (restarted || ticks % 60 === 0) link.showTime(ticks);
    this.#linkHeld = false;
  }

  /** A scene plays (between levels or in one): the in-game time stands, and LiveSplit's game time with it. */
  holdForScene(): void {
    if (this.#options.link === null || !this.#linkStarted || this.#linkHeld || this.#live.finished) return;
    this.#linkHeld = true;
    this.#options.link.pauseForScene();
  }

  /** Whatever marks a chapter's run had (an assist, practice) mark the whole run. */
  markRun(marks: RunMarks): void {
    this.#marksSoFar = { assisted: this.#marksSoFar.assisted || marks.assisted, practice: this.#marksSoFar.practice || marks.practice };
  }

  get marks(): RunMarks {
    return this.#marksSoFar;
  }

  /** The campaign's summed times at a chapter's end: its split; the last chapter's also saves the finished run. */
  chapterEnded(chapterKey: string, time: SplitTime): void {
    const index = this.category.chapters.indexOf(chapterKey);
    if (!this.#live.split(index, time)) return;
    if (this.#linkStarted) this.#options.link?.split(time.ticks);
    if (this.#live.finished) this.#save(true);
  }

  /**
   * The run left before its end (a new game, a retry, Continue, a chapter alone): kept in the attempt
   * history if it reached a split, and LiveSplit's run reset.
   */
  abandon(): void {
    if (this.#live.finished) return;
    if (this.#linkStarted) this.#options.link?.reset();
    this.#linkStarted = false;
    if (this.#saved || this.#live.splits.every((time) => time === null)) return;
    this.#save(false);
  }

  /** The comparison and history as they stand (after the finish, with this run in them): what a .lss export writes. */
  get record(): SplitsRecord {
    return this.#savedRecord ?? this.#live.comparison;
  }

  /** The race as LiveSplit's splits file (personal best, best segments, attempt history, real and game time), with its file name. */
  lssFile(): { readonly name: string; readonly text: string } {
    return { name: `analog-dreams-${this.category.key}.lss`, text: writeLss({ gameName: 'Analog Dreams', categoryName: this.category.name, record: this.record }) };
  }

  /**
   * Races an imported .lss at once when the race has taken no split yet (the campaign keeps it for the
   * races after). Returns false when its segments are not the Full Game's chapters.
   */
  raceImported(imported: LssComparison): boolean {
    const raced = raceImported(this.#live.comparison, imported);
    if (raced === null) return false;
    if (this.#live.splits.every((time) => time === null)) this.#live = new LiveSplits(raced);
    return true;
  }

  get finished(): boolean {
    return this.#live.finished;
  }

  get splits(): readonly (SplitTime | null)[] {
    return this.#live.splits;
  }

  view(currentTicks: number): LiveSplitsView {
    return this.#live.view(currentTicks);
  }

  #save(finished: boolean): void {
    this.#saved = true;
    const saved = saveAttempt(
      { comparison: this.#live.comparison, attempt: { started: this.#started, ended: liveSplitDate(this.#options.now()), splits: this.#live.splits, finished, marks: this.#marksSoFar } },
      this.#options.storage,
    );
    this.#savedRecord = saved.record;
    this.notice = saved.written.ok ? null : `Splits not saved: ${saved.written.message}`;
  }
}
