// TEST ONLY: the hook's handle on replays in the game (part of window.__analogDreams, dev and test builds
// only): a replay's text handed in as the Replays screen hands a picked file, what the watched playback
// and the ghost show, and the campaign a watched full game played.
import type Phaser from 'phaser';
import { ReplayInput } from '../run/input-source.ts';
import type { PlaybackSpeed } from '../run/playback-speed.ts';
import type { InputFrame } from '../sim/index.ts';
import { campaignPlay, getLevelSession, getPlayback } from './game-data.ts';
import { levelReplays } from './replays/level-replays.ts';
import { SCENE_KEYS } from './scene-keys.ts';
import { useReplayText, type ReplayUse } from './replays/replay-import.ts';

export interface ReplaysState {
  /** The watched level's speed and hold; null when no replay is watched in the level. */
  readonly playback: { readonly speed: number; readonly holding: boolean } | null;
  /** What the level's end said of the watched run. */
  readonly verdict: string | null;
  /** The watched replay: which kind, whether every part was handed out, each level's verdict. */
  readonly plan: { readonly kind: string; readonly done: boolean; readonly verdicts: readonly string[] } | null;
  /** The campaign as it stands (a watched full game's): each chapter's ticks and the summed total. */
  readonly campaign: { readonly phase: string; readonly chapters: readonly { readonly chapter: string; readonly ticks: number }[]; readonly ticks: number | null };
}

export interface ReplaysTestHook {
  /** A replay's text as if picked on the Replays screen; resolves with the refusal, or null once it plays. */
  useReplay(text: string, options: { name: string; use: ReplayUse; speed?: PlaybackSpeed }): Promise<string | null>;
  replays(): ReplaysState;
  /** The ghost at the world's tick (sub-pixels) and where it is drawn (world pixels); null when none shows. */
  ghost(): { x: number; y: number; tick: number; drawnX: number; drawnY: number } | null;
  /**
   * Restarts the level with `frames` as its input and steps one frame a tick; after each, compares the ghost
   * with Mira. Returns the ticks compared and the first tick they differed at (null: never).
   */
  followGhost(frames: InputFrame[]): { compared: number; firstDifference: number | null };
}

export function replaysTestHook(game: Phaser.Game, stepFrames: (count: number) => void): ReplaysTestHook {
  return {
    useReplay: async (text, { name, use, speed }) => {
      const refusal = await useReplayText(game, { text, name, use });
      const plan = getPlayback(game);
      if (refusal === null && plan !== null && speed !== undefined) plan.speed = speed;
      return refusal;
    },
    replays: () => {
      const replays = levelReplays(game);
      const plan = getPlayback(game);
      const play = campaignPlay(game);
      return {
        playback: replays?.playback ?? null,
        verdict: replays?.verdictText ?? null,
        plan: plan === null ? null : { kind: plan.kind, done: plan.done, verdicts: plan.verdicts.map(({ chapter, verdict }) => `${chapter}: ${verdict.verified ? `verified ${verdict.ticks}` : verdict.reason}`) },
        campaign: { phase: play.phase, chapters: play.statistics.map(({ key, ticks }) => ({ chapter: key, ticks })), ticks: play.progress?.ticks ?? null },
      };
    },
    ghost: () => {
      const pose = levelReplays(game)?.ghostPose() ?? null;
      return pose === null ? null : { ...pose };
    },
    followGhost: (frames) => {
      const session = getLevelSession(game);
      if (session === null) throw new Error('followGhost: no level is playing');
      session.useInput(new ReplayInput(frames));
      session.restart();
      let compared = 0;
      let firstDifference: number | null = null;
      // Not drawn meanwhile (software WebGL spends tens of ms a frame on it); the scene updates as in play.
      const scene = game.scene.getScene(SCENE_KEYS.level);
      scene.sys.setVisible(false);
      try {
        for (let index = 0; index < frames.length && !session.finished; index += 1) {
          stepFrames(1);
          const ghost = levelReplays(game)?.ghostPose() ?? null;
          const { mira, tick } = session.world;
          compared += 1;
          if (firstDifference === null && (ghost === null || ghost.x !== mira.x || ghost.y !== mira.y)) firstDifference = tick;
        }
      } finally {
        scene.sys.setVisible(true);
      }
      return { compared, firstDifference };
    },
  };
}
