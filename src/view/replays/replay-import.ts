// A replay file the player hands the game (picked on the Replays screen, or dropped on the window): read,
// checked against this build's rules and maps, re-simulated here as verify-replay does in Node, and only
// then watched through the real screens or raced as a ghost. A file that fails any of that is refused with
// a message naming the file and the place; nothing the player has (save, splits, ghosts) is touched.
import type Phaser from 'phaser';
import { MAX_REPLAY_BYTES, decodeReplay, type Replay } from '../../run/replay.ts';
import { FULL_GAME_REPLAY_FORMAT, decodeFullGameReplay } from '../../run/full-game-replay.ts';
import { PlaybackPlan } from '../../run/playback-plan.ts';
import { verifyReplay } from '../../run/verify-replay.ts';
import { describeSize } from '../../platform/file-import.ts';
import { listenForDrops } from '../../platform/file-gathering.ts';
import { isReplayFileName, readReplayFile } from '../../platform/replay-files.ts';
import { chapterLoader } from '../../story/chapter-loader.ts';
import type { LoadChapter } from '../../story/campaign-types.ts';
import { isLevelChapter, type Chapter, type ChapterRow } from '../../story/chapters.ts';
import { verifyFullGame } from '../../story/verify-full-game.ts';
import { CampaignPlay } from '../campaign-play.ts';
import { BUILD_CHAPTERS, campaignPlay, getPlayback, replaceCampaignPlay, requestChapter, setPlayback, setRacedReplay } from '../game-data.ts';
import { switchTo } from '../map-loading.ts';
import { SCENE_KEYS } from '../scene-keys.ts';
import { repositoryFileSet } from '../scenes/boot-scene.ts';
import { compileStory } from '../built-stories.ts';

/** What the player does with a file: watch it played back, or race it as a ghost. */
export type ReplayUse = 'watch' | 'race';

/** The player's own campaign, put back when watching ends (its statistics of this visit stay). */
let playersCampaign: CampaignPlay | null = null;

/** Said on the Replays screen: the last file's refusal, or what is being done with it. */
let lastNotice: { readonly text: string; readonly refused: boolean } | null = null;

export function replayNotice(): { readonly text: string; readonly refused: boolean } | null {
  return lastNotice;
}


/** Each chapter's files as the game reads them: its map's file set, or its story's for a scene chapter. */
const loadChapter: LoadChapter = (row) => chapterLoader({ readFile: repositoryFileSet(row.kind === 'scene' ? row.storyPath : row.mapPath).readFile, compile: compileStory })(row);

/** The chapter whose map a replay names (`level`: the map file's name without its folder and extension). */
function chapterOfMap(level: string): Chapter | null {
  return BUILD_CHAPTERS.filter(isLevelChapter).find((row) => (row.mapPath.split('/').at(-1) ?? '').replace(/\.(tmj|tmx|json)$/, '') === level) ?? null;
}

type Checked =
  | { readonly ok: true; readonly kind: 'level'; readonly chapter: Chapter; readonly replay: Replay }
  | { readonly ok: true; readonly kind: 'full-game'; readonly plan: PlaybackPlan }
  | { readonly ok: false; readonly message: string };

/** Reads and re-simulates a replay's text; a refusal names the file, the place and what to do. */
export async function checkReplayText(text: string, name: string): Promise<Checked> {
  const refuse = (message: string): Checked => ({ ok: false, message: `${name}: ${message}` });
  if (text.length > MAX_REPLAY_BYTES) return refuse(`${describeSize(text.length)}, more than a replay of an hour (${describeSize(MAX_REPLAY_BYTES)}): not a replay of this game`);
  if (text.includes(`"${FULL_GAME_REPLAY_FORMAT}"`)) {
    const decoded = decodeFullGameReplay(text);
    if (!decoded.ok) return refuse(`${decoded.problem.place}: ${decoded.problem.message} (${decoded.problem.hint})`);
    const verdict = await verifyFullGame({ replay: decoded.value, rows: BUILD_CHAPTERS, loadChapter });
    if (!verdict.verified) return refuse(`not verified: ${verdict.reason}`);
    return { ok: true, kind: 'full-game', plan: PlaybackPlan.ofFullGame(decoded.value) };
  }
  const decoded = decodeReplay(text);
  if (!decoded.ok) return refuse(`${decoded.problem.place}: ${decoded.problem.message} (${decoded.problem.hint})`);
  const replay = decoded.value;
  const chapter = chapterOfMap(replay.level);
  if (chapter === null) return refuse(`no chapter of this game plays the map "${replay.level}" (a custom level's run is verified with npm run verify-replay)`);
  const load = await loadChapter(chapter);
  if (!load.ok) return refuse(`${load.problem.place}: ${load.problem.message}`);
  if (load.value.level === null) return refuse(`chapter ${chapter.key} has no level`);
  const verdict = verifyReplay({ level: load.value.level, mapHash: load.value.mapHash, replay, scenes: load.value.director });
  if (!verdict.verified) return refuse(`not verified: ${verdict.reason}`);
  return { ok: true, kind: 'level', chapter, replay };
}

/**
 * Checks the text, then watches it (one chapter, or the full game from New game through the real screens)
 * or races it as a ghost on its chapter. Returns the refusal, or null once the game moved on.
 */
export async function useReplayText(game: Phaser.Game, options: { readonly text: string; readonly name: string; readonly use: ReplayUse }): Promise<string | null> {
  const checked = await checkReplayText(options.text, options.name);
  if (!checked.ok) {
    lastNotice = { text: checked.message, refused: true };
    return checked.message;
  }
  if (checked.kind === 'full-game') {
    if (options.use === 'race') {
      const message = `${options.name}: a full game cannot be raced as one ghost; race one chapter's replay`;
      lastNotice = { text: message, refused: true };
      return message;
    }
    // The watched campaign keeps no save: the player's progress stays as it was.
    const play = new CampaignPlay({ chapters: BUILD_CHAPTERS, storage: null });
    const begun = play.newGame(checked.plan.from);
    if (!begun.ok) {
      lastNotice = { text: `${options.name}: ${begun.message}`, refused: true };
      return lastNotice.text;
    }
    watchOn(game, play);
    setPlayback(game, checked.plan);
    lastNotice = { text: `Watching ${options.name}`, refused: false };
    startChapter(game, begun.chapter);
    return null;
  }
  const { chapter, replay } = checked;
  if (options.use === 'race') {
    setRacedReplay(game, { chapter: chapter.key, name: options.name, seed: replay.seed, inputs: replay.inputs });
    lastNotice = { text: `Racing ${options.name} on ${chapter.title}`, refused: false };
  } else {
    // Idle and saving nothing: the chapter plays alone, straight into its level.
    watchOn(game, new CampaignPlay({ chapters: BUILD_CHAPTERS, storage: null }));
    setPlayback(game, PlaybackPlan.ofLevel(chapter.key, replay));
    lastNotice = { text: `Watching ${options.name}`, refused: false };
  }
  startChapter(game, chapter);
  return null;
}

/** From outside a scene's frame (a picker's or a drop's callback): the chapter's first screen at once. */
function startChapter(game: Phaser.Game, row: ChapterRow): void {
  if (row.kind === 'scene') {
    switchTo(game, SCENE_KEYS.story);
    return;
  }
  requestChapter(game, row.key);
  switchTo(game, SCENE_KEYS.boot);
}

/** Back to playing: a watched replay and its campaign are forgotten (the title calls it as it opens). */
export function endPlayback(game: Phaser.Game): void {
  if (getPlayback(game) === null) return;
  setPlayback(game, null);
  replaceCampaignPlay(game, playersCampaign);
  playersCampaign = null;
}

/** The watched campaign in place of the player's, which is kept to be put back (once, however often a replay is picked). */
function watchOn(game: Phaser.Game, play: CampaignPlay): void {
  if (getPlayback(game) === null) playersCampaign = campaignPlay(game);
  replaceCampaignPlay(game, play);
}

/** Reads a picked or dropped file and uses it; a refusal (too large, unreadable, not verified) is said on the Replays screen. */
export async function useReplayFile(game: Phaser.Game, options: { readonly name: string; readonly file: Blob; readonly use: ReplayUse }): Promise<void> {
  const { name, file, use } = options;
  const read = await readReplayFile(name, file);
  const refusal = read.ok ? await useReplayText(game, { text: read.text, name, use }) : read.message;
  if (refusal === null) return;
  lastNotice = { text: refusal, refused: true };
  switchTo(game, SCENE_KEYS.replays);
}

/** A replay dropped anywhere on the page is watched. Installed once. */
export function installReplayDrop(game: Phaser.Game): () => void {
  return listenForDrops(window, ({ files }) => {
    const [dropped] = files;
    if (files.length === 1 && dropped !== undefined && isReplayFileName(dropped.path)) void useReplayFile(game, { name: dropped.path, file: dropped.file, use: 'watch' });
  });
}
