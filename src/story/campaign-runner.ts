// The campaign above the level session, without Phaser: plays chapter rows in order (a level with its
// intro and outro scenes, or a chapter that is only a scene), hands each chapter the flags the one before
// left (and the names of the children it brought out, for the save and the statistics) and sums the
// chapters' in-game times for a full-game run (the levels' real time beside them); the splits a player
// sees are the campaign play's (src/view/full-game-splits.ts). It is stepped, never clocked: the game's
// replay import (a full-game replay verified), the test hook and the Node tools drive it a step at a
// time. How a chapter's files are
// loaded (and so which SceneDirector plays its story) is handed in, so Node tests load fixture maps. The
// shapes it speaks in are in campaign-types.ts.
import type { TimeSource } from '../run/fixed-step-clock.ts';
import type { InputSource } from '../run/input-source.ts';
import { LevelSession } from '../run/level-session.ts';
import { runIdentity } from '../run/run-identity.ts';
import { RULES_VERSION, childrenBroughtOut, type InputFrame, type StoryFlags, type World, type WorldStart } from '../sim/index.ts';
import type {
  CampaignPhase, CampaignProblem, CampaignProgress, CampaignRecord, ChapterPart, ChapterRecord, ChapterLoad, LoadChapter, LoadedChapter, ScenePart,
} from './campaign-types.ts';
import { CHAPTERS, campaignOrder, type ChapterRow } from './chapters.ts';
import { ScenePlay } from './scene-play.ts';

export interface CampaignRunnerOptions {
  readonly loadChapter: LoadChapter;
  /** Every step's input: level ticks and scene steps alike (a replay's frames, or the player's keys). */
  readonly input: InputSource;
  readonly timeSource: TimeSource;
  /** The rows to play; default the campaign's (src/story/chapters.ts). */
  readonly chapters?: readonly ChapterRow[];
}

const NEW_GAME: CampaignProgress = { chapter: null, carried: { flags: {}, followers: [] }, ticks: 0, realMilliseconds: 0 };

/**
 * What a finished level hands the next chapter: its flags (with who came out, counted by the rules at the
 * exit), and the names of the children it brought out. The next level's own children start asleep where
 * its map draws them. The game's campaign play hands on the same.
 */
export function handOn(world: World): WorldStart {
  return { flags: { ...world.flags }, followers: childrenBroughtOut(world).map((child) => child.name) };
}

/** The story variable a scene outside a level reads the campaign's catches from (the aftermath tells of them). */
export const TIMES_CAUGHT = 'times_caught';

/** The flags a scene outside a level opens with: what was carried, and the catches counted so far. */
export function sceneStartFlags(carried: Readonly<StoryFlags>, catches: number): StoryFlags {
  return { ...carried, [TIMES_CAUGHT]: catches };
}

/** The flags a scene hands on: the count is the campaign's own, never carried into a level's world. */
export function flagsAfterScene(flags: Readonly<StoryFlags>): StoryFlags {
  return Object.fromEntries(Object.entries(flags).filter(([name]) => name !== TIMES_CAUGHT));
}

function rowPlace(row: ChapterRow): string {
  return `src/story/chapters.ts, chapter "${row.key}"`;
}

/** The story's knots a row names, each checked against the director that will play it. */
function knotProblem(row: ChapterRow, loaded: LoadedChapter): CampaignProblem | null {
  const knots = row.kind === 'scene' ? [row.knot] : [row.intro, row.outro].filter((knot) => knot !== null);
  for (const knot of knots) {
    if (loaded.director === null) {
      return { message: `it names the knot "${knot}" but the chapter has no story`, place: rowPlace(row), hint: row.kind === 'scene' ? 'Check its storyPath.' : 'Give its map a "story" property naming the .ink file.' };
    }
    if (!loaded.director.hasKnot(knot)) {
      return { message: `its story has no knot "${knot}"`, place: rowPlace(row), hint: 'Check the knot\'s name in the row and in the .ink file.' };
    }
  }
  if (row.kind === 'level' && loaded.level === null) {
    return { message: 'it is a level chapter but no level was loaded', place: rowPlace(row), hint: 'Check its mapPath.' };
  }
  return null;
}

export class CampaignRunner {
  readonly #options: CampaignRunnerOptions;
  readonly #chapters: readonly ChapterRow[];
  #current: CampaignPhase = { kind: 'idle' };
  /** The rows from the one begun at, following next (checked when begun). */
  #order: readonly ChapterRow[] = [];
  #loaded: LoadedChapter | null = null;
  #identity = '';
  #start: CampaignProgress = NEW_GAME;
  /** Where the chapter being played (or being loaded) started: what a save taken now resumes from. */
  #chapterStart: CampaignProgress | null = null;
  #carried: WorldStart = NEW_GAME.carried;
  #ticks = 0;
  #realMilliseconds = 0;
  #chapterRealMilliseconds = 0;
  /** The chapter's in-game time: its level's finish tick (scenes count none). */
  #chapterTicks = 0;
  #parts: ChapterPart[] = [];
  readonly #finished: ChapterRecord[] = [];
  /** Catches over every level's last attempt so far; scenes read it as times_caught. */
  #catches = 0;

  constructor(options: CampaignRunnerOptions) {
    this.#options = options;
    this.#chapters = options.chapters ?? CHAPTERS;
  }

  get phase(): CampaignPhase {
    return this.#current;
  }

  /** The row being played (or just ended); null before the start, after the end, or after a failure. */
  get chapter(): ChapterRow | null {
    const phase = this.#current;
    return 'row' in phase ? phase.row : null;
  }

  /** Catches counted over the levels won so far (each level's last attempt): what times_caught tells. */
  get timesCaught(): number {
    return this.#catches;
  }

  /**
   * What a save taken now keeps: at a chapter's end the next chapter, inside one (or after it failed to
   * load) the start of this one; null before the first chapter.
   */
  get progress(): CampaignProgress | null {
    const phase = this.#current;
    if (phase.kind === 'chapter-end' || phase.kind === 'finished') {
      return { chapter: phase.kind === 'finished' ? null : phase.row.next, carried: this.#carried, ticks: this.#ticks, realMilliseconds: this.#realMilliseconds };
    }
    return this.#chapterStart;
  }

  get record(): CampaignRecord {
    return { from: this.#start, chapters: [...this.#finished] };
  }

  /**
   * Starts at a chapter (a new game: its key) or where a save left off. Checks the whole chain of `next`
   * first, so a row that names no chapter is reported before anything is played.
   */
  async begin(from: CampaignProgress | string): Promise<CampaignProblem | null> {
    const progress: CampaignProgress = typeof from === 'string' ? { ...NEW_GAME, chapter: from } : from;
    if (progress.chapter === null) return this.#fail({ message: 'the campaign is already over', place: 'the save', hint: 'Start a new game.' });
    const order = campaignOrder(progress.chapter, this.#chapters);
    if (!order.ok) return this.#fail({ message: order.message, place: 'src/story/chapters.ts', hint: 'Each row\'s next must name a row further on, or be null.' });
    this.#order = order.rows;
    this.#start = progress;
    this.#carried = progress.carried;
    this.#ticks = progress.ticks;
    this.#realMilliseconds = progress.realMilliseconds;
    return this.#enter(order.rows[0]!);
  }

  /** At a chapter's end: loads and starts the next row. A problem (nothing to go on to, a bad load) is returned. */
  async advance(): Promise<CampaignProblem | null> {
    const phase = this.#current;
    const next = phase.kind === 'chapter-end' ? this.#order[this.#order.indexOf(phase.row) + 1] : undefined;
    if (next === undefined) {
      return { message: `there is no next chapter to go on to (the campaign is ${phase.kind})`, place: 'the campaign', hint: 'Call advance() only at a chapter\'s end.' };
    }
    return this.#enter(next);
  }

  /** One step now, whatever the clock says (tools and tests): a level tick or a scene step. */
  tick(): void {
    const phase = this.#current;
    if (phase.kind === 'level') {
      phase.session.tick();
      this.#afterLevelStep(phase.session);
    } else if (phase.kind === 'scene') {
      this.#stepScene(phase, this.#options.input.sample());
    }
  }

  #fail(problem: CampaignProblem): CampaignProblem {
    this.#current = { kind: 'failed', problem };
    return problem;
  }

  async #enter(row: ChapterRow): Promise<CampaignProblem | null> {
    this.#current = { kind: 'loading', row };
    this.#chapterStart = { chapter: row.key, carried: this.#carried, ticks: this.#ticks, realMilliseconds: this.#realMilliseconds };
    let load: ChapterLoad;
    try {
      load = await this.#options.loadChapter(row);
    } catch (error) {
      load = { ok: false, problem: { message: `it could not be loaded: ${error instanceof Error ? error.message : String(error)}`, place: rowPlace(row), hint: 'Check the files it names.' } };
    }
    if (!load.ok) return this.#fail(load.problem);
    const problem = knotProblem(row, load.value);
    if (problem !== null) return this.#fail(problem);
    this.#loaded = load.value;
    this.#identity = runIdentity(row.key, load.value.mapHash, RULES_VERSION);
    this.#parts = [];
    this.#chapterTicks = 0;
    this.#chapterRealMilliseconds = 0;
    if (row.kind === 'scene') this.#openScene(row, { part: 'chapter', knot: row.knot, heldTick: 0 });
    else if (row.intro !== null) this.#openScene(row, { part: 'intro', knot: row.intro, heldTick: 0 });
    else this.#startLevel(row);
    return null;
  }

  #openScene(row: ChapterRow, options: { readonly part: ScenePart; readonly knot: string; readonly heldTick: number }): void {
    // knotProblem made sure a row naming a knot has a director.
    const director = this.#loaded!.director!;
    const flags = sceneStartFlags(this.#carried.flags, this.#catches);
    const scene = new ScenePlay({ director, knot: options.knot, flags, seed: row.seed, heldTick: options.heldTick });
    this.#current = { kind: 'scene', row, part: options.part, scene };
  }

  #stepScene(phase: Extract<CampaignPhase, { kind: 'scene' }>, input: InputFrame): void {
    const { scene, part, row } = phase;
    if (!scene.step(input)) return;
    if (!scene.done) {
      return;
    }
    this.#parts.push({ kind: 'scene', part, record: scene.record });
    this.#carried = { ...this.#carried, flags: flagsAfterScene(scene.flags(this.#carried.flags)) };
    if (part === 'intro') this.#startLevel(row);
    else this.#endChapter(row);
  }

  #startLevel(row: ChapterRow): void {
    const loaded = this.#loaded!;
    const session = new LevelSession({
      // knotProblem made sure a level row has a level.
      level: loaded.level!,
      seed: row.seed,
      input: this.#options.input,
      timeSource: this.#options.timeSource,
      scenes: loaded.director,
      start: this.#carried,
    });
    this.#current = { kind: 'level', row, session };
  }

  #afterLevelStep(session: LevelSession): void {
    const phase = this.#current;
    if (phase.kind !== 'level' || phase.session !== session || !session.finished) return;
    const { world } = session;
    const record = session.record;
    this.#parts.push({ kind: 'level', record });
    this.#chapterRealMilliseconds += record.realMilliseconds;
    this.#carried = handOn(world);
    this.#catches += world.catches;
    const { row } = phase;
    this.#chapterTicks = world.finishTick ?? world.tick;
    if (row.kind === 'level' && row.outro !== null) this.#openScene(row, { part: 'outro', knot: row.outro, heldTick: this.#chapterTicks });
    else this.#endChapter(row);
  }

  #endChapter(row: ChapterRow): void {
    const chapterTicks = this.#chapterTicks;
    this.#ticks += chapterTicks;
    this.#realMilliseconds += this.#chapterRealMilliseconds;
    this.#finished.push({ chapter: row.key, identity: this.#identity, parts: this.#parts, ticks: chapterTicks, realMilliseconds: this.#chapterRealMilliseconds });
    if (row.next === null) {
      this.#current = { kind: 'finished' };
    } else {
      this.#current = { kind: 'chapter-end', row };
    }
  }
}
