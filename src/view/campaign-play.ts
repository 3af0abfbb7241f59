// The campaign as the game plays it: which chapter is played, what it was handed, the scenes around its
// level (intro, outro, a chapter that is only a scene), the save written at each chapter's end and the
// run's statistics. The scenes drive it (the title begins or continues, the story scene plays its scenes,
// the level scene takes its start, the result screen goes on). A chapter played on its own (Chapter select,
// `?chapter=`) is played the same way, intro and outro included, and saves nothing. It keeps the campaign runner's bookkeeping
// (what a level hands on, the summed times, the catches) with no Phaser in it, so Node tests drive it as
// the scenes do.
import { updateSave, type SaveBackend, type SaveWrite } from '../platform/save-storage.ts';
import type { StoryFlags, World, WorldStart } from '../sim/index.ts';
import { flagsAfterScene, handOn, sceneStartFlags } from '../story/campaign-runner.ts';
import type { CampaignProgress, ScenePart } from '../story/campaign-types.ts';
import { campaignOrder, isLevelChapter, type Chapter, type ChapterRow } from '../story/chapters.ts';
import { withReached, type Save } from '../story/save.ts';
import type { LssComparison } from '../run/lss.ts';
import { FullGameSplits, type RaceLink } from './full-game-splits.ts';

/**
 * `scene`: a scene of the chapter is being played (`pendingScene` says which); `level`: its level;
 * `chapter-end`: won, with a next chapter to go on to; `finished`: the last one over.
 */
export type CampaignPlayPhase = 'idle' | 'scene' | 'level' | 'chapter-end' | 'finished';

export interface ChapterFinish {
  /** The chapter to go on to; null when the campaign is over. */
  readonly next: ChapterRow | null;
  /** Where the campaign goes on: the next chapter, the flags and followers it starts with, the summed times. */
  readonly progress: CampaignProgress;
  /** How saving that went; null for a chapter played on its own, which saves nothing. */
  readonly written: SaveWrite | null;
  /** The chapter's outro plays before the result screen. */
  readonly outro: boolean;
}

export type CampaignBegin = { readonly ok: true; readonly chapter: ChapterRow } | { readonly ok: false; readonly message: string };

/** A scene the story scene plays now: the chapter's intro or outro, or the whole of a scene chapter. */
export interface PendingScene {
  readonly row: ChapterRow;
  readonly part: ScenePart;
  readonly knot: string;
  /** The flags the story starts from: what was carried, and `times_caught` from the campaign's own count. */
  readonly flags: Readonly<StoryFlags>;
  readonly seed: number;
  /** The world tick the scene stands at (a level's finish tick for its outro), for its choices' record. */
  readonly heldTick: number;
}

/** One chapter as played in this visit, for the run's statistics. */
export interface ChapterStatistics {
  readonly key: string;
  readonly title: string;
  /** In-game ticks of its level (0 for a scene chapter). */
  readonly ticks: number;
  readonly catches: number;
}

const NOTHING_CARRIED: WorldStart = { flags: {}, followers: [] };

/** The address's `?campaign=<key>`: the chapter a test build's New game starts at; null when not given. */
export function campaignKeyFromSearch(search: string): string | null {
  const key = new URLSearchParams(search).get('campaign')?.trim() ?? '';
  return key === '' ? null : key;
}

interface CampaignPlayOptions { readonly chapters: readonly ChapterRow[]; readonly storage?: SaveBackend | null; readonly link?: RaceLink }

export class CampaignPlay {
  #phaseNow: CampaignPlayPhase = 'idle';
  #row: ChapterRow | null = null;
  /** Where the chapter being played started; after a finish, where the next one starts. */
  #progressNow: CampaignProgress | null = null;
  #scenePart: ScenePart | null = null;
  /** The outro's held tick: the level's finish tick. */
  #heldTick = 0;
  /** Catches over the levels won in this visit: the aftermath reads them as `times_caught`. */
  #catches = 0;
  readonly #played: ChapterStatistics[] = [];
  /** Where the chapter last begun started, kept through its finish: a retry starts there again. */
  #lastStart: CampaignProgress | null = null;
  /** Chapters played on their own (Chapter select, `?chapter=`): the same flow, nothing saved. */
  #alone = false;
  /** The Full Game race: only a campaign played from New game through every chapter in turn is one. */
  #race: FullGameSplits | null = null;
  /** A LiveSplit .lss imported for the Full Game: each race after compares with it. */
  #importedSplits: LssComparison | null = null;

  readonly #options: CampaignPlayOptions;

  /**
   * `chapters`: the rows this build offers; `storage`: where the save is kept (the browser's
   * localStorage when left out, none when null); `link`: the LiveSplit link a Full Game race drives.
   */
  constructor(options: CampaignPlayOptions) {
    this.#options = options;
  }

  get phase(): CampaignPlayPhase {
    return this.#phaseNow;
  }

  /** The chapter being played, or just won; null before a game is begun. */
  get chapter(): ChapterRow | null {
    return this.#row;
  }

  /** Every chapter ended in this visit, in order. */
  get statistics(): readonly ChapterStatistics[] {
    return [...this.#played];
  }

  /** The campaign's catches over the levels won in this visit. */
  get timesCaught(): number {
    return this.#catches;
  }

  /** Where the campaign stands: what the next chapter starts with (after the last, the run's totals). */
  get progress(): CampaignProgress | null {
    return this.#progressNow;
  }

  /** The Full Game splits of the campaign under way, or null when it is not a Full Game run. */
  get fullGame(): FullGameSplits | null {
    return this.#race;
  }

  /** The chapter a save's progress resumes, or null when it names none this build plays. */
  resumable(progress: CampaignProgress | null): ChapterRow | null {
    if (progress === null || progress.chapter === null) return null;
    const row = this.#options.chapters.find((chapter) => chapter.key === progress.chapter);
    return row !== undefined && campaignOrder(row.key, this.#options.chapters).ok ? row : null;
  }

  /** A new game from `firstKey`: nothing carried, no time yet; the save's progress is replaced (what was reached stays). */
  newGame(firstKey: string): CampaignBegin {
    const progress: CampaignProgress = { chapter: firstKey, carried: NOTHING_CARRIED, ticks: 0, realMilliseconds: 0 };
    const begun = this.#startAfresh(progress, { alone: false });
    if (begun.ok) {
      updateSave((save) => ({ ...withReached(save, begun.chapter.key), progress }), this.#options.storage);
      this.#race = FullGameSplits.begin({
        chapters: this.#options.chapters,
        firstKey,
        imported: this.#importedSplits,
        ...(this.#options.storage === undefined ? {} : { storage: this.#options.storage }),
        ...(this.#options.link === undefined ? {} : { link: this.#options.link }),
      });
    }
    return begun;
  }

  /** An imported .lss for the Full Game under way (and each one after); false when there is none or it does not fit. */
  raceImportedSplits(imported: LssComparison): boolean {
    if (this.#race === null || !this.#race.raceImported(imported)) return false;
    this.#importedSplits = imported;
    return true;
  }

  /** The level chapters a save has reached, in this build's order: what Chapter select offers. */
  reachedChapters(save: Save): Chapter[] {
    return this.#options.chapters.filter(isLevelChapter).filter((row) => save.reached.includes(row.key));
  }

  /** A reached chapter played on its own, as `?chapter=` plays it (beginAlone). Null when the save has not reached it. */
  playAlone(chapterKey: string, save: Save): Chapter | null {
    const row = this.reachedChapters(save).find((chapter) => chapter.key === chapterKey) ?? null;
    return row !== null && this.beginAlone(row.key).ok ? row : null;
  }

  /**
   * A chapter played on its own, outside the campaign: nothing carried, its intro first and its outro after
   * as in the campaign; its finish offers the next chapter (played on its own too), and nothing is saved.
   */
  beginAlone(chapterKey: string): CampaignBegin {
    return this.#startAfresh({ chapter: chapterKey, carried: NOTHING_CARRIED, ticks: 0, realMilliseconds: 0 }, { alone: true });
  }

  /**
   * Continues the campaign where a save left off, with what it carries: its intro first, if any.
   * A campaign continued from a save is no Full Game run: only going on from a chapter's end keeps the race.
   */
  begin(progress: CampaignProgress): CampaignBegin {
    this.#leaveRace();
    this.#alone = false;
    return this.#enter(progress);
  }

  #startAfresh(progress: CampaignProgress, options: { readonly alone: boolean }): CampaignBegin {
    this.#leaveRace();
    this.#catches = 0;
    this.#played.splice(0);
    this.#alone = options.alone;
    return this.#enter(progress);
  }

  /** Plays the chapter `progress` names, with what it carries: its intro first, if any. */
  #enter(progress: CampaignProgress): CampaignBegin {
    const row = this.resumable(progress);
    if (row === null) {
      return { ok: false, message: progress.chapter === null ? 'the campaign is already over' : `this build has no chapter "${progress.chapter}" to play` };
    }
    this.#row = row;
    this.#progressNow = progress;
    this.#heldTick = 0;
    if (row.kind === 'scene') this.#enterScene('chapter');
    else if (row.intro !== null) this.#enterScene('intro');
    else this.#enterLevel();
    this.#lastStart = progress;
    return { ok: true, chapter: row };
  }

  /** The scene to play now, null when none is (a level, or between chapters). */
  get pendingScene(): PendingScene | null {
    const row = this.#row;
    const part = this.#scenePart;
    const progress = this.#progressNow;
    if (this.#phaseNow !== 'scene' || row === null || part === null || progress === null) return null;
    const knot = row.kind === 'scene' ? row.knot : part === 'intro' ? row.intro : row.outro;
    if (knot === null) return null;
    return { row, part, knot, flags: sceneStartFlags(progress.carried.flags, this.#catches), seed: row.seed, heldTick: this.#heldTick };
  }

  /**
   * The pending scene closed, with the story's variables over the flags it started from: an intro goes on
   * to the level; an outro or a scene chapter ends the chapter (saved again, with what the scene set).
   */
  closeScene(flags: Readonly<StoryFlags>): ChapterFinish | null {
    const scene = this.pendingScene;
    const progress = this.#progressNow;
    if (scene === null || progress === null) return null;
    const carried: WorldStart = { ...progress.carried, flags: flagsAfterScene(flags) };
    if (scene.part === 'intro') {
      this.#progressNow = { ...progress, carried };
      this.#enterLevel();
      return null;
    }
    if (scene.part === 'chapter') {
      this.#played.push({ key: scene.row.key, title: scene.row.title, ticks: 0, catches: 0 });
      this.#race?.chapterEnded(scene.row.key, { ticks: progress.ticks, realMilliseconds: progress.realMilliseconds });
    }
    // An outro's chapter was saved at the level's finish, already naming the next chapter.
    const next = scene.part === 'chapter' ? scene.row.next : progress.chapter;
    return this.#endChapter({ ...progress, chapter: next, carried });
  }

  /** Flags and followers the level starts with: the campaign's when `chapterKey` is its chapter, else none (a chapter opened by its address). */
  startFor(chapterKey: string): WorldStart | undefined {
    return this.#phaseNow === 'level' && this.#row?.key === chapterKey ? this.#progressNow?.carried : undefined;
  }

  /**
   * The campaign's level was won: saves where the campaign goes next (at once, so a page closed during the
   * outro keeps the chapter won) and opens the outro when the chapter has one. Null when `chapterKey` is
   * not the chapter being played (a level opened by its address, or a finish already counted).
   */
  finishLevel(chapterKey: string, world: World, realMilliseconds: number): ChapterFinish | null {
    const row = this.#row;
    const start = this.#progressNow;
    if (this.#phaseNow !== 'level' || row === null || start === null || row.key !== chapterKey || row.kind !== 'level') return null;
    const ticks = world.finishTick ?? world.tick;
    this.#catches += world.catches;
    this.#played.push({ key: row.key, title: row.title, ticks, catches: world.catches });
    const progress: CampaignProgress = {
      chapter: row.next,
      carried: handOn(world),
      ticks: start.ticks + ticks,
      realMilliseconds: start.realMilliseconds + realMilliseconds,
    };
    this.#race?.chapterEnded(row.key, { ticks: progress.ticks, realMilliseconds: progress.realMilliseconds });
    if (row.outro === null) return this.#endChapter(progress);
    const written = this.#save(progress);
    this.#progressNow = progress;
    this.#heldTick = ticks;
    this.#enterScene('outro');
    return { next: this.resumable(progress), progress, written, outro: true };
  }

  /**
   * At a chapter's end (or the campaign's): the chapter just won again, from where it started, with what it
   * was handed then. Winning it again saves as the first win did.
   */
  retry(): CampaignBegin {
    if ((this.#phaseNow !== 'chapter-end' && this.#phaseNow !== 'finished') || this.#lastStart === null) {
      return { ok: false, message: `there is no chapter just won to retry (the campaign is ${this.#phaseNow})` };
    }
    // A chapter played twice is no longer one run from New game to the end.
    this.#leaveRace();
    return this.#enter(this.#lastStart);
  }

  /** At a chapter's end: begins the next one with what the last handed on. */
  goOn(): CampaignBegin {
    if (this.#phaseNow !== 'chapter-end' || this.#progressNow === null) return { ok: false, message: `there is no next chapter to go on to (the campaign is ${this.#phaseNow})` };
    return this.#enter(this.#progressNow);
  }

  /** Saves where the campaign goes next (and marks that chapter reached); a chapter played on its own saves nothing. */
  #save(progress: CampaignProgress): SaveWrite | null {
    if (this.#alone) return null;
    return updateSave((save) => ({ ...(progress.chapter === null ? save : withReached(save, progress.chapter)), progress }), this.#options.storage).written;
  }

  /** A Full Game run left before its end is kept in its attempt history (if it reached a split). */
  #leaveRace(): void {
    this.#race?.abandon();
    this.#race = null;
  }

  #endChapter(progress: CampaignProgress): ChapterFinish {
    const written = this.#save(progress);
    const next = this.resumable(progress);
    this.#phaseNow = next === null ? 'finished' : 'chapter-end';
    this.#scenePart = null;
    this.#progressNow = progress;
    return { next, progress, written, outro: false };
  }

  #enterScene(part: ScenePart): void {
    this.#phaseNow = 'scene';
    this.#scenePart = part;
    this.#race?.holdForScene();
  }

  #enterLevel(): void {
    this.#phaseNow = 'level';
    this.#scenePart = null;
  }
}
