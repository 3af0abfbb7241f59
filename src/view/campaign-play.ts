// The campaign as the game plays it: which chapter is played, what it was handed, and the save written
// at each level's finish. The scenes drive it (the title begins or continues, the level scene takes its
// start, the result screen goes on); it keeps the campaign runner's bookkeeping (what a level hands on,
// the summed times, the progress a save holds) with no Phaser in it, so Node tests drive it as the scenes do.
// Only level chapters are played here: intro and outro scenes and scene chapters are not drawn yet.
import { updateSave, type SaveBackend, type SaveWrite } from '../platform/save-storage.ts';
import { withReached, type Save } from '../story/save.ts';
import type { World, WorldStart } from '../sim/index.ts';
import { handOn } from '../story/campaign-runner.ts';
import type { CampaignProgress } from '../story/campaign-types.ts';
import { campaignOrder, isLevelChapter, type Chapter, type ChapterRow } from '../story/chapters.ts';

/** `level`: a chapter is being played; `chapter-end`: won, with a next chapter to go on to; `finished`: the last one won. */
export type CampaignPlayPhase = 'idle' | 'level' | 'chapter-end' | 'finished';

export interface ChapterFinish {
  /** The chapter to go on to; null when the campaign is over. */
  readonly next: Chapter | null;
  /** What was saved: the next chapter, the flags and followers it starts with, the summed times. */
  readonly progress: CampaignProgress;
  readonly written: SaveWrite;
}

export type CampaignBegin = { readonly ok: true; readonly chapter: Chapter } | { readonly ok: false; readonly message: string };

const NOTHING_CARRIED: WorldStart = { flags: {}, followers: [] };

/** The address's `?campaign=<key>`: the chapter a test build's New game starts at; null when not given. */
export function campaignKeyFromSearch(search: string): string | null {
  const key = new URLSearchParams(search).get('campaign')?.trim() ?? '';
  return key === '' ? null : key;
}

export class CampaignPlay {
  private phaseNow: CampaignPlayPhase = 'idle';
  private row: Chapter | null = null;
  /** Where the chapter being played started; after a finish, where the next one starts. */
  private progressNow: CampaignProgress | null = null;
  /** Where the chapter last begun started, kept through its finish: a retry starts there again. */
  private lastStart: CampaignProgress | null = null;

  /**
   * `chapters`: the rows this build offers; `storage`: where the save is kept (the browser's
   * localStorage when left out, none when null).
   */
  constructor(private readonly options: { readonly chapters: readonly ChapterRow[]; readonly storage?: SaveBackend | null }) {}

  get phase(): CampaignPlayPhase {
    return this.phaseNow;
  }

  /** The chapter being played, or just won; null before a game is begun. */
  get chapter(): Chapter | null {
    return this.row;
  }

  /** The level chapter a save's progress resumes, or null when it names none this build plays. */
  resumable(progress: CampaignProgress | null): Chapter | null {
    if (progress === null || progress.chapter === null) return null;
    const row = this.options.chapters.find((chapter) => chapter.key === progress.chapter);
    return row !== undefined && isLevelChapter(row) && campaignOrder(row.key, this.options.chapters).ok ? row : null;
  }

  /** A new game from `firstKey`: nothing carried, no time yet; the save's progress is replaced (what was reached stays). */
  newGame(firstKey: string): CampaignBegin {
    const progress: CampaignProgress = { chapter: firstKey, carried: NOTHING_CARRIED, ticks: 0, realMilliseconds: 0 };
    const begun = this.begin(progress);
    if (begun.ok) updateSave((save) => ({ ...withReached(save, begun.chapter.key), progress }), this.options.storage);
    return begun;
  }

  /** The level chapters a save has reached, in this build's order: what Chapter select offers. */
  reachedChapters(save: Save): Chapter[] {
    return this.options.chapters.filter(isLevelChapter).filter((row) => save.reached.includes(row.key));
  }

  /**
   * A reached chapter played on its own, outside the campaign (as `?chapter=` plays it): nothing carried,
   * and its finish neither saves progress nor leads on. Null when the save has not reached it.
   */
  playAlone(chapterKey: string, save: Save): Chapter | null {
    const row = this.reachedChapters(save).find((chapter) => chapter.key === chapterKey) ?? null;
    if (row === null) return null;
    this.phaseNow = 'idle';
    this.row = null;
    this.progressNow = null;
    this.lastStart = null;
    return row;
  }

  /** Plays the chapter a save (or the last finish) names, with what it carries. */
  begin(progress: CampaignProgress): CampaignBegin {
    const row = this.resumable(progress);
    if (row === null) {
      return { ok: false, message: progress.chapter === null ? 'the campaign is already over' : `this build has no level chapter "${progress.chapter}" to play` };
    }
    this.phaseNow = 'level';
    this.row = row;
    this.progressNow = progress;
    this.lastStart = progress;
    return { ok: true, chapter: row };
  }

  /** Flags and followers the level starts with: the campaign's when `chapterKey` is its chapter, else none (a chapter opened by its address). */
  startFor(chapterKey: string): WorldStart | undefined {
    return this.phaseNow === 'level' && this.row?.key === chapterKey ? this.progressNow?.carried : undefined;
  }

  /**
   * The campaign's level was won: saves where the campaign goes next. Null when `chapterKey` is not the
   * chapter being played (a level opened by its address, or a finish already counted).
   */
  finishLevel(chapterKey: string, world: World, realMilliseconds: number): ChapterFinish | null {
    const row = this.row;
    const start = this.progressNow;
    if (this.phaseNow !== 'level' || row === null || start === null || row.key !== chapterKey) return null;
    const progress: CampaignProgress = {
      chapter: row.next,
      carried: handOn(world),
      ticks: start.ticks + (world.finishTick ?? world.tick),
      realMilliseconds: start.realMilliseconds + realMilliseconds,
    };
    const { written } = updateSave((save) => ({ ...(progress.chapter === null ? save : withReached(save, progress.chapter)), progress }), this.options.storage);
    const next = this.resumable(progress);
    this.phaseNow = next === null ? 'finished' : 'chapter-end';
    this.progressNow = progress;
    return { next, progress, written };
  }

  /**
   * At a chapter's end (or the campaign's): the chapter just won again, from where it started, with what it
   * was handed then. Winning it again saves as the first win did.
   */
  retry(): CampaignBegin {
    if ((this.phaseNow !== 'chapter-end' && this.phaseNow !== 'finished') || this.lastStart === null) {
      return { ok: false, message: `there is no chapter just won to retry (the campaign is ${this.phaseNow})` };
    }
    return this.begin(this.lastStart);
  }

  /** At a chapter's end: begins the next one with what the last handed on. */
  goOn(): CampaignBegin {
    if (this.phaseNow !== 'chapter-end' || this.progressNow === null) return { ok: false, message: `there is no next chapter to go on to (the campaign is ${this.phaseNow})` };
    return this.begin(this.progressNow);
  }
}
