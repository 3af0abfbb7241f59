// TEST ONLY: the hook's handles on the dream (part of window.__analogDreams, dev and test builds only):
// what the view drew, and setters the dream's cell tests and frame benchmarks still write the world with
// between ticks. The children are reached through the rules now (dream-view.spec.ts plays inputs).
// Nothing here may run in play: it writes the world from outside step().
import type Phaser from 'phaser';
import { requestTileChanges, type DreamStage, type InputFrame, type TileChange, type World } from '../sim/index.ts';
import { toSubpixels } from '../sim/fixed-point.ts';
import type { DreamViewDrawn } from './dream-view.ts';
import { getLevelProbe, getLevelSession } from './game-data.ts';
import { isReducedMotion } from './motion-preference.ts';

export interface DreamPatch {
  readonly stage?: DreamStage;
  readonly circle?: number;
  readonly ringTicks?: number;
  readonly meter?: number;
  readonly phase?: number;
  /** Cells whose next change is due `inTicks` after the current tick (-1 clears it). */
  readonly changeAt?: readonly { readonly x: number; readonly y: number; readonly inTicks: number }[];
  /** Cells that turn into their dream form (1) or back (0), each with the tile it shows then. */
  readonly dreamed?: readonly { readonly x: number; readonly y: number; readonly value: 0 | 1; readonly tile?: TileChange }[];
}

export interface DreamTestHook {
  /** TEST ONLY: writes Mira's position (pixels) between ticks; the next frame draws her there. */
  setMira(position: { readonly x: number; readonly y: number }): void;
  /** TEST ONLY: writes world.dream between ticks; `dreamed` cells also ask for their tiles (they land next tick). */
  setDreamState(patch: DreamPatch): void;
  /** The input frame the level last gave a tick, from keys and pad. */
  lastInput(): InputFrame | null;
  /** What the last frame drew of the children and the dream. */
  dreamView(): DreamViewDrawn | null;
  reducedMotion(): boolean;
  /**
   * Runs one game frame (one tick) and returns the milliseconds of JavaScript it took: in all, the rules'
   * step, the view's handling of the tick's events (the tilemap's redraw of the changed cells among them),
   * the scene's draw, and the rest (Phaser's render of the frame).
   */
  timedFrame(): { readonly frame: number; readonly step: number; readonly events: number; readonly redraw: number; readonly draw: number; readonly render: number };
}

export function dreamTestHook(game: Phaser.Game, stepFrames: (count: number) => void): DreamTestHook {
  const world = (name: string): World => {
    const running = getLevelSession(game)?.world;
    if (!running) throw new Error(`${name}: no level is playing`);
    return running;
  };
  return {
    setMira: ({ x, y }) => {
      const { mira } = world('setMira');
      mira.x = toSubpixels(x);
      mira.y = toSubpixels(y);
    },
    setDreamState: (patch) => {
      const target = world('setDreamState');
      const { dream, tiles } = target;
      if (patch.stage !== undefined) dream.stage = patch.stage;
      if (patch.circle !== undefined) dream.circle = patch.circle;
      if (patch.ringTicks !== undefined) dream.ringTicks = patch.ringTicks;
      if (patch.meter !== undefined) dream.meter = patch.meter;
      if (patch.phase !== undefined) dream.phase = patch.phase;
      for (const cell of patch.changeAt ?? []) dream.changeAt[cell.y * tiles.width + cell.x] = cell.inTicks < 0 ? -1 : target.tick + cell.inTicks;
      const changes: TileChange[] = [];
      for (const cell of patch.dreamed ?? []) {
        dream.dreamed[cell.y * tiles.width + cell.x] = cell.value;
        if (cell.tile) changes.push(cell.tile);
      }
      if (changes.length > 0) requestTileChanges(target, changes);
    },
    lastInput: () => getLevelProbe(game)?.lastInput() ?? null,
    dreamView: () => getLevelProbe(game)?.dream() ?? null,
    reducedMotion: isReducedMotion,
    timedFrame: () => {
      const started = performance.now();
      stepFrames(1);
      const frame = performance.now() - started;
      const probe = getLevelProbe(game);
      const timings = probe?.timings() ?? { step: 0, events: 0, draw: 0 };
      const redraw = probe?.dream()?.lastRedrawMilliseconds ?? 0;
      return { frame, ...timings, redraw, render: frame - timings.step - timings.events - timings.draw };
    },
  };
}
