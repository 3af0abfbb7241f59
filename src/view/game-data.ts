// What the boot scene hands to the others, kept in the game registry with types around it.
import type { ShownWord } from './effects/floating-words.ts';
import type Phaser from 'phaser';
import type { LevelDefinition } from '../level/level-definition.ts';
import type { MapFileSet } from '../platform/map-files.ts';
import type { LevelSession } from '../run/level-session.ts';
import { CHAPTERS, type Chapter, type ChapterRow } from '../story/chapters.ts';
import { chaptersWithTests } from '../story/test-chapters.ts';
import { CampaignPlay } from './campaign-play.ts';
import type { MapProblem } from '../tiled/tiled-map.ts';
import type { MapRequest } from './map-catalog.ts';
import type { InputFrame } from '../sim/types.ts';
import type { SceneDirector } from '../sim/scene-director.ts';
import type { DreamViewDrawn } from './dream-view.ts';
import type { DialogueShown } from './ui/dialogue-box.ts';
import type { PlaybackPlan } from '../run/playback-plan.ts';
import { liveSplitLink } from './live-split-connection.ts';

export interface LoadedLevel {
  readonly level: LevelDefinition;
  /** The chapter row it is played by: its own for a chapter's map, the first chapter's for any other map. */
  readonly chapter: Chapter;
  /** Where the map came from, as shown to the player (e.g. `maps/night-escape.tmj`). */
  readonly fileName: string;
  /** hashText of the map file: replays and best times name the exact map they were made on. */
  readonly mapHash: string;
  /** Texture key of each tileset's image, by tileset name. */
  readonly tilesetTextures: ReadonlyMap<string, string>;
  readonly warnings: readonly MapProblem[];
  /** The files it was loaded from: live reload loads them again. */
  readonly source: MapFileSet;
  /** Every file the loader read (the map first), as given to the source's readFile. */
  readonly filesRead: readonly string[];
  /**
   * Plays the level's scenes (the map's `story` ink, compiled and checked by loadLevelWithStory); null for
   * a map without a story. One per load: each session's world opens its scenes from its own saved state.
   */
  readonly director: SceneDirector | null;
}

/** A point in world pixels the next level scene looks at until Mira moves (live reload keeps the view). */
export interface CameraHold {
  readonly x: number;
  readonly y: number;
}

export interface ProblemReport {
  readonly fileName: string;
  readonly problems: readonly MapProblem[];
  /** What to do next, shown under the count; the default says fix, save and reload. */
  readonly advice?: string;
}

const LOADED_LEVEL = 'analog-dreams/loaded-level';
const PROBLEM_REPORT = 'analog-dreams/problem-report';
const START_LEVEL_WHEN_READY = 'analog-dreams/start-level-when-ready';
const MAP_REQUEST = 'analog-dreams/map-request';
const LEVEL_SESSION = 'analog-dreams/level-session';
const HOLD_ON_FINISH = 'analog-dreams/hold-on-finish';
const CAMERA_HOLD = 'analog-dreams/camera-hold';
const OVERLAY_PROBLEMS = 'analog-dreams/overlay-problems';
const LEVEL_PROBE = 'analog-dreams/level-probe';
const CAMPAIGN_PLAY = 'analog-dreams/campaign-play';
const SAVE_NOTICE_SHOWN = 'analog-dreams/save-notice-shown';

/** What the running level's view lets the test hook read: the input it last sampled, the dream drawn. */
export interface LevelProbe {
  readonly lastInput: () => InputFrame | null;
  readonly dream: () => DreamViewDrawn | null;
  /** What the dialogue box shows, null while no scene is open. */
  readonly dialogue: () => DialogueShown | null;
  /** Milliseconds of the last tick's parts: the rules' step, the view's handling of its events, the last draw, and the screen mirror's update. */
  readonly timings: () => { readonly step: number; readonly events: number; readonly draw: number; readonly screen: number };
  /** The floating words on screen now (a hunter's "!?", a catch's word). */
  readonly words: () => readonly ShownWord[];
}

/** What the story scene lets the test hook read while it plays a scene outside a level. */
export interface StoryProbe {
  readonly dialogue: () => DialogueShown | null;
  readonly part: 'intro' | 'outro' | 'chapter';
  readonly knot: string;
  readonly chapter: string;
}

const STORY_PROBE = 'analog-dreams/story-probe';

export function setStoryProbe(game: Phaser.Game, probe: StoryProbe | null): void {
  game.registry.set(STORY_PROBE, probe);
}

export function getStoryProbe(game: Phaser.Game): StoryProbe | null {
  return (game.registry.get(STORY_PROBE) as StoryProbe | undefined) ?? null;
}

export function setLevelProbe(game: Phaser.Game, probe: LevelProbe | null): void {
  game.registry.set(LEVEL_PROBE, probe);
}

export function getLevelProbe(game: Phaser.Game): LevelProbe | null {
  return (game.registry.get(LEVEL_PROBE) as LevelProbe | undefined) ?? null;
}

export function setLoadedLevel(game: Phaser.Game, loaded: LoadedLevel | null): void {
  game.registry.set(LOADED_LEVEL, loaded);
}

export function getLoadedLevel(game: Phaser.Game): LoadedLevel | null {
  return (game.registry.get(LOADED_LEVEL) as LoadedLevel | undefined) ?? null;
}

export function setProblemReport(game: Phaser.Game, report: ProblemReport): void {
  game.registry.set(PROBLEM_REPORT, report);
}

export function getProblemReport(game: Phaser.Game): ProblemReport | null {
  return (game.registry.get(PROBLEM_REPORT) as ProblemReport | undefined) ?? null;
}

/** Asked for while the boot scene is still loading: go straight to the level instead of the title. */
export function requestLevelWhenReady(game: Phaser.Game, wanted: boolean): void {
  game.registry.set(START_LEVEL_WHEN_READY, wanted);
}

export function isLevelRequested(game: Phaser.Game): boolean {
  return game.registry.get(START_LEVEL_WHEN_READY) === true;
}

/** The map the boot scene loads next; none means the one named in the address, or the first level. */
export function setMapRequest(game: Phaser.Game, request: MapRequest): void {
  game.registry.set(MAP_REQUEST, request);
}

export function getMapRequest(game: Phaser.Game): MapRequest | null {
  return (game.registry.get(MAP_REQUEST) as MapRequest | undefined) ?? null;
}

/** The session the level scene is playing, published while it runs (the test hook drives it). */
export function setLevelSession(game: Phaser.Game, session: LevelSession | null): void {
  game.registry.set(LEVEL_SESSION, session);
}

export function getLevelSession(game: Phaser.Game): LevelSession | null {
  return (game.registry.get(LEVEL_SESSION) as LevelSession | undefined) ?? null;
}

/** Tests read the finished level: it stays on screen instead of moving on to the result. */
export function setHoldOnFinish(game: Phaser.Game, hold: boolean): void {
  game.registry.set(HOLD_ON_FINISH, hold);
}

export function isHoldingOnFinish(game: Phaser.Game): boolean {
  return game.registry.get(HOLD_ON_FINISH) === true;
}

/** Set by live reload before the level restarts; the level scene takes it once. */
export function setCameraHold(game: Phaser.Game, hold: CameraHold | null): void {
  game.registry.set(CAMERA_HOLD, hold);
}

export function takeCameraHold(game: Phaser.Game): CameraHold | null {
  const hold = (game.registry.get(CAMERA_HOLD) as CameraHold | undefined) ?? null;
  game.registry.set(CAMERA_HOLD, null);
  return hold;
}

/**
 * Problems shown over the running level until dismissed: a playable map's warnings, or the errors of a
 * save that live reload could not play (the last good version keeps running under them).
 */
export interface OverlayProblems {
  readonly title: string;
  readonly problems: readonly MapProblem[];
}

/** Emitted on game.events when the overlay's problems change while a level runs (live reload). */
export const OVERLAY_PROBLEMS_CHANGED = 'analog-dreams:overlay-problems-changed';

export function setOverlayProblems(game: Phaser.Game, overlay: OverlayProblems | null): void {
  game.registry.set(OVERLAY_PROBLEMS, overlay);
}

export function getOverlayProblems(game: Phaser.Game): OverlayProblems | null {
  return (game.registry.get(OVERLAY_PROBLEMS) as OverlayProblems | undefined) ?? null;
}

/** Dev and test builds also offer the test fixtures' chapter rows. */
export const TEST_BUILD = import.meta.env.DEV || __TEST_HOOK__;

/** The rows this build offers: the campaign's, and in a dev or test build the test rows after them. */
export const BUILD_CHAPTERS: readonly ChapterRow[] = TEST_BUILD ? chaptersWithTests() : CHAPTERS;

/** The campaign being played, one per page: the title begins it, the level and result scenes follow it. */
export function campaignPlay(game: Phaser.Game): CampaignPlay {
  const existing = game.registry.get(CAMPAIGN_PLAY) as CampaignPlay | undefined;
  if (existing !== undefined) return existing;
  const play = new CampaignPlay({ chapters: BUILD_CHAPTERS, link: liveSplitLink() });
  game.registry.set(CAMPAIGN_PLAY, play);
  return play;
}

/** True the first time it is asked on a page: the save's notice is shown on the title once. */
export function takeSaveNoticeTurn(game: Phaser.Game): boolean {
  if (game.registry.get(SAVE_NOTICE_SHOWN) === true) return false;
  game.registry.set(SAVE_NOTICE_SHOWN, true);
  return true;
}

/** The boot scene loads the chapter next and plays it at once (a campaign's new game, continue, next chapter). */
export function requestChapter(game: Phaser.Game, key: string): void {
  setMapRequest(game, { kind: 'chapter', key, playAtOnce: true });
}

const PLAYBACK = 'analog-dreams/playback';
const RACED_REPLAY = 'analog-dreams/raced-replay';

/** The replay being watched (src/view/replays): each screen takes its part; null when the player plays. */
export function setPlayback(game: Phaser.Game, plan: PlaybackPlan | null): void {
  game.registry.set(PLAYBACK, plan);
}

export function getPlayback(game: Phaser.Game): PlaybackPlan | null {
  return (game.registry.get(PLAYBACK) as PlaybackPlan | undefined) ?? null;
}

/**
 * Puts another campaign in place of the visit's (a watched full game plays one that keeps no save); null
 * forgets it, and the next to ask gets a fresh one.
 */
export function replaceCampaignPlay(game: Phaser.Game, play: CampaignPlay | null): void {
  if (play === null) game.registry.remove(CAMPAIGN_PLAY);
  else game.registry.set(CAMPAIGN_PLAY, play);
}

/** An imported run raced as a ghost on its chapter, in place of the personal best's. */
export interface RacedReplay {
  readonly chapter: string;
  readonly name: string;
  readonly seed: number;
  readonly inputs: readonly InputFrame[];
}

export function setRacedReplay(game: Phaser.Game, raced: RacedReplay | null): void {
  game.registry.set(RACED_REPLAY, raced);
}

export function getRacedReplay(game: Phaser.Game): RacedReplay | null {
  return (game.registry.get(RACED_REPLAY) as RacedReplay | undefined) ?? null;
}
