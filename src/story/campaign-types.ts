// What the campaign runner speaks in: a chapter as loaded, where a campaign stands between chapters, its
// splits, its events and phases, and the record a whole run replays from.
import type { LevelDefinition } from '../level/level-definition.ts';
import type { LevelSession, RunRecord } from '../run/level-session.ts';
import type { InputFrame, SceneDirector, WorldStart } from '../sim/index.ts';
import type { ChapterRow } from './chapters.ts';
import type { ScenePlay, SceneRecord } from './scene-play.ts';

/** What loading a chapter gives the runner. */
export interface LoadedChapter {
  /** The level to play; null for a scene chapter. */
  readonly level: LevelDefinition | null;
  /** The loader's hash of everything the chapter reads (its map and every file the map names, or its story). */
  readonly mapHash: string;
  /** Plays the chapter's scenes (intro, outro, the level's talks, a scene chapter); null when it has no story. */
  readonly director: SceneDirector | null;
}

/** A problem a player or a builder can cause (a broken map, a missing knot, a bad row), with its place. */
export interface CampaignProblem {
  readonly message: string;
  readonly place: string;
  readonly hint: string;
}

export type ChapterLoad = { readonly ok: true; readonly value: LoadedChapter } | { readonly ok: false; readonly problem: CampaignProblem };

/** Reads a chapter's files: the game's loader over fetched files, a test's over fixture maps on disk. */
export type LoadChapter = (row: ChapterRow) => Promise<ChapterLoad>;

/** Where a campaign stands between chapters: what a save keeps, and what a runner resumes from. */
export interface CampaignProgress {
  /** The chapter to play next, by key; null once the last one is over. */
  readonly chapter: string | null;
  /** Flags and followers handed to that chapter. */
  readonly carried: WorldStart;
  /** In-game ticks of the chapters played so far (scenes outside levels count none). */
  readonly ticks: number;
  /** Real time of the chapters played so far, milliseconds. */
  readonly realMilliseconds: number;
}

export type ScenePart = 'intro' | 'outro' | 'chapter';

export type CampaignPhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading'; readonly row: ChapterRow }
  | { readonly kind: 'scene'; readonly row: ChapterRow; readonly part: ScenePart; readonly scene: ScenePlay }
  | { readonly kind: 'level'; readonly row: ChapterRow; readonly session: LevelSession }
  /** The chapter is over; `advance()` goes on to the next. */
  | { readonly kind: 'chapter-end'; readonly row: ChapterRow }
  | { readonly kind: 'finished' }
  | { readonly kind: 'failed'; readonly problem: CampaignProblem };

/** One part of a chapter as played: a scene outside the level, or the level's run (its last attempt). */
export type ChapterPart =
  | { readonly kind: 'scene'; readonly part: ScenePart; readonly record: SceneRecord }
  | { readonly kind: 'level'; readonly record: RunRecord };

export interface ChapterRecord {
  readonly chapter: string;
  readonly identity: string;
  readonly parts: readonly ChapterPart[];
  readonly ticks: number;
  readonly realMilliseconds: number;
}

/** The chapters a runner finished, in order: with the progress it started from, a full-game replay. */
export interface CampaignRecord {
  readonly from: CampaignProgress;
  readonly chapters: readonly ChapterRecord[];
}

/**
 * The inputs that play a record again, one per step, in order: fed to a runner started from the same
 * progress (calling `advance()` at each chapter's end), they reach the same chapters, flags and times.
 */
export function campaignInputs(record: CampaignRecord): InputFrame[] {
  return record.chapters.flatMap((chapter) => chapter.parts.flatMap((part) => [...part.record.inputs]));
}
