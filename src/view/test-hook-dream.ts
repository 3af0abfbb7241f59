// TEST ONLY: the hook's handles on the dream (part of window.__analogDreams, dev and test builds only):
// what the view drew, the input the level last gave a tick, and a timed frame. It writes nothing: the
// tests and benchmarks reach the children and the dream through the rules, by inputs played as replays.
import Phaser from 'phaser';
import type { InputFrame } from '../sim/index.ts';
import type { DreamViewDrawn } from './dream-view.ts';
import { getLevelProbe } from './game-data.ts';
import { isReducedMotion } from './motion-preference.ts';

export interface DreamTestHook {
  /** The input frame the level last gave a tick, from keys and pad. */
  lastInput(): InputFrame | null;
  /** What the last frame drew of the children and the dream. */
  dreamView(): DreamViewDrawn | null;
  reducedMotion(): boolean;
  /**
   * Runs one game frame (one tick) and returns the milliseconds of JavaScript it took: in all, the rules'
   * step, the view's handling of the tick's events (the tilemap's redraw of the changed cells among them),
   * the scene's draw, and the rest (Phaser's render of the frame). It marks the end of the update (a
   * `timed-frame-updated` user-timing mark, just before the render) for a trace to split the frame there.
   */
  timedFrame(): { readonly frame: number; readonly step: number; readonly events: number; readonly redraw: number; readonly draw: number; readonly screen: number; readonly render: number };
}

const markUpdated = (): void => {
  performance.mark('timed-frame-updated');
};

export function dreamTestHook(game: Phaser.Game, stepFrames: (count: number) => void): DreamTestHook {
  return {
    lastInput: () => getLevelProbe(game)?.lastInput() ?? null,
    dreamView: () => getLevelProbe(game)?.dream() ?? null,
    reducedMotion: isReducedMotion,
    timedFrame: () => {
      game.events.once(Phaser.Core.Events.PRE_RENDER, markUpdated);
      const started = performance.now();
      stepFrames(1);
      const frame = performance.now() - started;
      const probe = getLevelProbe(game);
      const timings = probe?.timings() ?? { step: 0, events: 0, draw: 0, screen: 0 };
      const redraw = probe?.dream()?.lastRedrawMilliseconds ?? 0;
      return { frame, ...timings, redraw, render: frame - timings.step - timings.events - timings.draw - timings.screen };
    },
  };
}
