// TEST ONLY: the hook's handle on a full-game replay (part of window.__analogDreams, dev and test builds
// only): the file re-played in the page by the campaign runner, each chapter loaded from the game's own
// files (bundled or served, as the game loads them), so the browser's engine plays the same run Node does.
import { decodeFullGameReplay } from '../run/full-game-replay.ts';
import { chapterLoader } from '../story/chapter-loader.ts';
import type { LoadChapter } from '../story/campaign-types.ts';
import { CHAPTERS } from '../story/chapters.ts';
import { verifyFullGame } from '../story/verify-full-game.ts';
import { repositoryFileSet } from './scenes/boot-scene.ts';
import { compileStory } from './built-stories.ts';

export interface FullGameOutcome {
  readonly verified: boolean;
  /** Why not, when not verified. */
  readonly reason: string;
  readonly ticks: number;
  /** Times caught over the run: the run's own, where the ticks and flags are checked against the file. */
  readonly catches: number;
}

export interface FullGameTestHook {
  /** Plays a full-game replay's text from New game to the campaign's end, as tools/verify-replay does in Node. */
  playFullGame(text: string): Promise<FullGameOutcome>;
}

/** Each chapter's files as the game reads them: its map's file set (or its story's, for a scene chapter). */
const loadChapter: LoadChapter = (row) => chapterLoader({ readFile: repositoryFileSet(row.kind === 'scene' ? row.storyPath : row.mapPath).readFile, compile: compileStory })(row);

export function fullGameTestHook(): FullGameTestHook {
  return {
    playFullGame: async (text) => {
      const decoded = decodeFullGameReplay(text);
      if (!decoded.ok) return { verified: false, reason: `${decoded.problem.place}: ${decoded.problem.message}`, ticks: 0, catches: 0 };
      const verdict = await verifyFullGame({ replay: decoded.value, rows: CHAPTERS, loadChapter });
      if (!verdict.verified) return { verified: false, reason: verdict.reason, ticks: 0, catches: 0 };
      return { verified: true, reason: '', ticks: verdict.ticks, catches: verdict.catches };
    },
  };
}
