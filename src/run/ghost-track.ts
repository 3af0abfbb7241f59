// A ghost: where Mira was at each tick of a recorded run, worked out once when a level starts by playing
// the run on a world of its own, so drawing it costs a lookup a frame and never steps a second world. The
// live world is never touched: the ghost cannot change a run or its hash.
import type { LevelDefinition } from '../level/level-definition.ts';
import type { InputFrame, SceneDirector, WorldStart } from '../sim/index.ts';
import { ReplayInput } from './input-source.ts';
import { LevelSession } from './level-session.ts';

/** Where the ghost stands at one tick: sub-pixels, as the world keeps Mira, and the way she faces. */
export interface GhostPose {
  readonly x: number;
  readonly y: number;
  readonly facingX: -1 | 0 | 1;
  readonly facingY: -1 | 0 | 1;
  /** She moved into this tick's place from the tick before. */
  readonly moving: boolean;
}

/** The ghost track is simulated on the session's own clock-free ticks: nothing reads the time. */
const STOPPED_TIME = { now: (): number => 0 };

/** Mira's place and facing, one slot a tick. */
interface TrackArrays {
  readonly xs: Int32Array;
  readonly ys: Int32Array;
  /** (facingX + 1) * 3 + (facingY + 1). */
  readonly facings: Int8Array;
}

export class GhostTrack {
  readonly #track: TrackArrays;

  private constructor(
    track: TrackArrays,
    /** The last tick the run reached: past it the ghost stands where it ended. */
    readonly lastTick: number,
  ) {
    this.#track = track;
  }

  /**
   * Plays `inputs` from tick 0 and keeps Mira's place at every tick. A restart inside the inputs starts the
   * track again, so the ghost shows the attempt the run ended with. Scene steps hold the tick, as in play.
   */
  static record(options: {
    readonly level: LevelDefinition;
    readonly seed: number;
    readonly inputs: readonly InputFrame[];
    readonly scenes?: SceneDirector | null;
    readonly start?: WorldStart;
  }): GhostTrack {
    const session = new LevelSession({
      level: options.level,
      seed: options.seed,
      input: new ReplayInput(options.inputs),
      timeSource: STOPPED_TIME,
      scenes: options.scenes ?? null,
      ...(options.start === undefined ? {} : { start: options.start }),
    });
    const { world } = session;
    // Ticks never outnumber inputs: one array slot per input, plus tick 0.
    const size = options.inputs.length + 1;
    const xs = new Int32Array(size);
    const ys = new Int32Array(size);
    const facings = new Int8Array(size);
    let lastTick = 0;
    const keep = (): void => {
      const { tick, mira } = world;
      xs[tick] = mira.x;
      ys[tick] = mira.y;
      facings[tick] = (mira.facingX + 1) * 3 + (mira.facingY + 1);
      lastTick = tick;
    };
    keep();
    for (let played = 0; played < options.inputs.length && !session.finished; played += 1) {
      session.tick();
      keep();
    }
    return new GhostTrack({ xs, ys, facings }, lastTick);
  }

  /** The pose at `tick`; past the run's end, where it ended (standing still). */
  poseAt(tick: number): GhostPose {
    const { xs, ys, facings } = this.#track;
    const at = Math.max(0, Math.min(Math.trunc(tick), this.lastTick));
    const facing = facings[at]!;
    const before = Math.max(0, at - 1);
    return {
      x: xs[at]!,
      y: ys[at]!,
      facingX: (Math.trunc(facing / 3) - 1) as -1 | 0 | 1,
      facingY: ((facing % 3) - 1) as -1 | 0 | 1,
      moving: at === tick && (xs[at] !== xs[before] || ys[at] !== ys[before]),
    };
  }
}
