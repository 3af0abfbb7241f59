// What a replay played back in the game is made of: each part (a chapter's intro, level, outro, or the
// scene that is a whole chapter) with its inputs, handed to the screen that plays it, in the order the
// run went through them, and what each level part must end as for the playback to say "verified". One
// chapter's replay is a plan of one level part; a full-game replay, every part of every chapter.
import type { InputFrame } from '../sim/types.ts';
import type { FullGamePartName, FullGameReplay } from './full-game-replay.ts';
import type { PlaybackSpeed } from './playback-speed.ts';
import type { Replay } from './replay.ts';

export interface PlaybackPart {
  readonly chapter: string;
  readonly part: FullGamePartName;
  readonly inputs: readonly InputFrame[];
  /** For a level part: the tick it must finish on, and (when the file keeps one) the world's hash then. */
  readonly finishTick: number | null;
  readonly finalHash: string | null;
}

/** How a level's playback ended, said on screen: verified only when the run ended as the file says. */
export type PlaybackVerdict = { readonly verified: true; readonly ticks: number } | { readonly verified: false; readonly reason: string };

export class PlaybackPlan {
  /** The speed the next screen starts at: the viewer's choice carries from chapter to chapter. */
  speed: PlaybackSpeed = 1;
  /** Each level part's verdict as its screen said it, in the order played. */
  readonly verdicts: { readonly chapter: string; readonly verdict: PlaybackVerdict }[] = [];
  #next = 0;

  readonly #parts: readonly PlaybackPart[];

  private constructor(
    /** 'level': one chapter's replay; 'full-game': New game to the campaign's end. */
    readonly kind: 'level' | 'full-game',
    /** Where the playback starts: the chapter's key. */
    readonly from: string,
    parts: readonly PlaybackPart[],
  ) {
    this.#parts = parts;
  }

  static ofLevel(chapter: string, replay: Replay): PlaybackPlan {
    return new PlaybackPlan('level', chapter, [{ chapter, part: 'level', inputs: replay.inputs, finishTick: replay.finishTick, finalHash: replay.finalHash }]);
  }

  static ofFullGame(replay: FullGameReplay): PlaybackPlan {
    const parts = replay.chapters.flatMap((chapter) => chapter.parts.map((part): PlaybackPart => ({
      chapter: chapter.chapter,
      part: part.part,
      inputs: part.inputs,
      finishTick: part.part === 'level' ? chapter.ticks : null,
      finalHash: null,
    })));
    return new PlaybackPlan('full-game', replay.from, parts);
  }

  /**
   * The next part when it is this chapter's `part`, taken off the plan; null when the run went elsewhere
   * (the screen then plays as it would for the player).
   */
  take(chapter: string, part: FullGamePartName): PlaybackPart | null {
    const found = this.#parts[this.#next];
    if (found?.chapter !== chapter || found.part !== part) return null;
    this.#next += 1;
    return found;
  }

  /** Every part handed out. */
  get done(): boolean {
    return this.#next >= this.#parts.length;
  }

  /** Whether a level part ended as its file says: its finish tick and, when kept, its final hash. */
  static verdict(part: PlaybackPart, ended: { readonly finishTick: number | null; readonly hash: string }): PlaybackVerdict {
    if (ended.finishTick === null) return { verified: false, reason: 'the run did not reach the exit' };
    if (ended.finishTick !== part.finishTick) return { verified: false, reason: `finished at tick ${ended.finishTick}, the file says ${part.finishTick ?? 'never'}` };
    if (part.finalHash !== null && part.finalHash !== ended.hash) return { verified: false, reason: `the world ended as ${ended.hash}, the file says ${part.finalHash}` };
    return { verified: true, ticks: ended.finishTick };
  }
}
