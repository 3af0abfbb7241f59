// One play of one level, without Phaser: the world, the fixed-step clock, where each tick's input comes
// from, pause, restart, finish and the run's record. The level scene, the test hook and the Node tools
// all drive this, so a tick runs the same way in each of them.
//
// When a run starts (the rule every category keeps): the in-game timer is the world's tick count, and
// tick 1 is the first tick the player controls Mira: the level's first tick once its intro scene (if
// any) has closed. The world does not wait for a first input: Enforcers patrol from that tick, so a run
// is the same length whoever plays it, and a replay needs no "started at" field. Scenes inside the level
// hold the tick still; the time ends on the tick she reaches the Exit. Real time (wall clock) runs
// beside it from the level's first frame to the finish, pauses and scenes included: a pause costs real
// time only, never in-game time.
import type { LevelDefinition } from '../level/level-definition.ts';
import { NO_INPUT, TICKS_PER_SECOND, createWorld, step, type InputFrame, type SceneDirector, type SimEvent, type TileCell, type World, type WorldStart } from '../sim/index.ts';
import type { ReplayChoice } from './replay.ts';
import { FixedStepClock, type TimeSource } from './fixed-step-clock.ts';
import type { InputSource } from './input-source.ts';

/** Menu presses the session reads once a frame, paused or not: the player's, even while a replay plays. */
export interface SessionPresses {
  /** True once per press of the pause action. */
  takePausePress(): boolean;
  /** True once per press of the restart action; read only while paused (in play the tick's input carries it). */
  takeRestartPress(): boolean;
}

/** Told about every tick, including the restart tick, so effects can follow the world. */
export interface TickListener {
  /** The world just before the tick: where interpolation starts. */
  beforeTick?(world: World): void;
  afterTick?(world: World, events: readonly SimEvent[]): void;
}

/** What a replay is written from: the inputs fed since the world was last at tick 0. */
export interface RunRecord {
  readonly seed: number;
  /** One per step: a tick, or a step of an open scene (the world's tick holds still through those). */
  readonly inputs: readonly InputFrame[];
  /** The scene choices taken, at the world tick their scene held at. */
  readonly choices: readonly ReplayChoice[];
  readonly finishTick: number | null;
  readonly catches: number;
  /** Wall-clock milliseconds since tick 0, pauses and scenes included: the real time beside the in-game time. */
  readonly realMilliseconds: number;
  /** An assist (slower detection or a slower game) was on at some point of this run: the run is marked assisted. */
  readonly assisted: boolean;
  /** The slower-detection assist the world was made with (100: none): a rule input a replay must carry. */
  readonly detectionPercent: number;
}

export interface LevelSessionOptions {
  readonly level: LevelDefinition;
  readonly seed: number;
  /** Where ticks get their input unless `useInput` swaps in another (a replay). */
  readonly input: InputSource;
  /** Read once a frame by `frame()`; Node tools that call `tick()` may give a source that never moves. */
  readonly timeSource: TimeSource;
  readonly presses?: SessionPresses;
  readonly listener?: TickListener;
  /** Catch-up cap of the clock (see FixedStepClock). */
  readonly maxTicksPerFrame?: number;
  /** Plays the level's scenes (src/story); without one a scene closes as it opens. */
  readonly scenes?: SceneDirector | null;
  /** Flags and followers handed on by the chapter before (the campaign runner). */
  readonly start?: WorldStart;
  /** The slower-detection assist (100, 75 or 50; 100 by default): fixed for the session, restarts keep it. */
  readonly detectionPercent?: number;
  /** The slower-game assist (GAME_SPEED_PERCENTS; 100 by default): fewer ticks a real second, each tick the same. */
  readonly gameSpeedPercent?: number;
}

/** The slower-game assist's settings: the fixed-step clock runs at this percent of 60 ticks a second. */
export const GAME_SPEED_PERCENTS = [100, 80, 60] as const;

const RESTART_INPUT: InputFrame = { ...NO_INPUT, restart: true };

export class LevelSession {
  readonly seed: number;
  readonly #currentWorld: World;
  #clock: FixedStepClock;
  readonly #maxTicksPerFrame: number | undefined;
  #gameSpeed = 100;
  readonly #defaultInput: InputSource;
  #input: InputSource;
  readonly #presses: SessionPresses | null;
  #listener: TickListener | null;
  readonly #inputs: InputFrame[] = [];
  readonly #choices: ReplayChoice[] = [];
  #pausedNow = false;
  #realMilliseconds = 0;
  #assisted = false;
  readonly #timeSource: TimeSource;
  #lastFrameAt: number | null = null;

  constructor(options: LevelSessionOptions) {
    this.seed = options.seed;
    this.#currentWorld = createWorld(options.level, {
      seed: options.seed,
      scenes: options.scenes ?? null,
      ...(options.start === undefined ? {} : { start: options.start }),
      ...(options.detectionPercent === undefined ? {} : { detectionPercent: options.detectionPercent }),
    });
    this.#timeSource = options.timeSource;
    this.#maxTicksPerFrame = options.maxTicksPerFrame;
    this.#clock = this.#makeClock(100);
    this.setGameSpeedPercent(options.gameSpeedPercent ?? 100);
    this.#defaultInput = options.input;
    this.#input = options.input;
    this.#presses = options.presses ?? null;
    this.#listener = options.listener ?? null;
  }

  /** The world being played: read it; only the session's ticks change it. The same object across restarts. */
  get world(): World {
    return this.#currentWorld;
  }

  get paused(): boolean {
    return this.#pausedNow;
  }

  get finished(): boolean {
    return this.#currentWorld.status === 'finished';
  }

  /** A copy of the run so far: feeding `inputs` to a fresh world of `seed` gives this world again. */
  get record(): RunRecord {
    const world = this.#currentWorld;
    return {
      seed: this.seed,
      inputs: [...this.#inputs],
      choices: [...this.#choices],
      finishTick: world.finishTick,
      catches: world.catches,
      realMilliseconds: this.#realMilliseconds,
      assisted: this.isAssisted,
      detectionPercent: world.detectionPercent,
    };
  }

  /** The run's real time so far, pauses included; read each frame, so it copies nothing (unlike `record`). */
  get elapsedRealMilliseconds(): number {
    return this.#realMilliseconds;
  }

  /** Whether an assist was on since the last restart; read each frame, like elapsedRealMilliseconds. */
  get isAssisted(): boolean {
    return this.#assisted || this.#currentWorld.detectionPercent !== 100 || this.#gameSpeed !== 100;
  }

  /**
   * The slower-game assist, changeable mid-run (from the pause's settings): only the clock slows, each tick
   * plays as before, so a replay of the run is exact. Any speed but 100 marks the run assisted until restart.
   */
  setGameSpeedPercent(percent: number): void {
    if (!GAME_SPEED_PERCENTS.some((allowed) => allowed === percent)) {
      throw new Error(`LevelSession: gameSpeedPercent ${percent} is not one of ${GAME_SPEED_PERCENTS.join(', ')}`);
    }
    if (percent === this.#gameSpeed) return;
    if (this.#gameSpeed !== 100 && !this.finished) this.#assisted = true;
    this.#gameSpeed = percent;
    this.#clock = this.#makeClock(percent);
  }

  setListener(listener: TickListener | null): void {
    this.#listener = listener;
  }

  /** Swaps where ticks get their input (a replay); null goes back to the one the session was made with. */
  useInput(source: InputSource | null): void {
    this.#input = source ?? this.#defaultInput;
    this.#defaultInput.reset();
  }

  /**
   * Held input is deliberately kept both ways (a key held through the pause walks on at once); time spent
   * paused is not caught up by ticks afterwards, but it is real time and the real timer keeps it. A
   * finished level cannot be paused.
   */
  setPaused(paused: boolean): void {
    const wanted = paused && !this.finished;
    if (wanted === this.#pausedNow) return;
    this.#pausedNow = wanted;
    this.#clock.reset();
  }

  /**
   * The level from tick 0, unpaused, with an empty record. It is the same restart tick the restart input
   * runs in play, so both ways tell the listener the same `restarted` event.
   */
  restart(): readonly SimEvent[] {
    return this.#runTick(RESTART_INPUT);
  }

  /**
   * Practice: the level from tick 0 played again through `inputs` (a prefix of an earlier run's record, up
   * to a checkpoint) in one go, so the world is exactly as it was there: the rules have no other way into
   * the middle of a run, and the record stays a replay from tick 0. The listener hears nothing of the
   * ticks in between; it is told once, as after any restart, with every tile they changed.
   */
  restartFrom(inputs: readonly InputFrame[]): readonly SimEvent[] {
    const listener = this.#listener;
    this.#listener = null;
    const changed = new Map<string, TileCell>();
    try {
      this.#runTick(RESTART_INPUT);
      for (const input of inputs) {
        if (this.finished) break;
        for (const event of this.#runTick(input)) {
          if (event.type === 'tiles-changed') for (const cell of event.cells) changed.set(`${cell.x},${cell.y}`, cell);
        }
      }
    } finally {
      this.#listener = listener;
    }
    const events: SimEvent[] = [{ type: 'restarted' }, ...(changed.size === 0 ? [] : [{ type: 'tiles-changed' as const, cells: [...changed.values()] }])];
    listener?.beforeTick?.(this.#currentWorld);
    listener?.afterTick?.(this.#currentWorld, events);
    return events;
  }

  /** One tick now, whatever the clock says (tools and tests); nothing once finished or while paused. */
  tick(): readonly SimEvent[] {
    if (this.#pausedNow || this.finished) return [];
    return this.#runTick(this.#input.sample());
  }

  /**
   * One rendered frame: reads the pause and restart presses, then runs as many ticks as the time since
   * the last frame is worth. `firstFrameMilliseconds` stands in for the elapsed time on the first frame
   * after a start, pause or resume, which has nothing to measure from. Returns the ticks run.
   */
  frame(firstFrameMilliseconds = 0): number {
    const presses = this.#presses;
    if (presses?.takePausePress() === true) this.setPaused(!this.#pausedNow);
    if (!this.finished) this.#countRealTime(firstFrameMilliseconds);
    if (this.#pausedNow) {
      if (presses?.takeRestartPress() === true) this.restart();
      return 0;
    }
    if (this.finished) return 0;
    const due = this.#clock.frame(firstFrameMilliseconds);
    let ran = 0;
    // Methods, not getters: a tick may finish the level, or a listener pause it, which the compiler
    // cannot see. A pause asked for after a tick holds from the very next one.
    while (ran < due && this.#isPlaying() && !this.#isPaused()) {
      this.#runTick(this.#input.sample());
      ran += 1;
    }
    return ran;
  }

  /** Between the last tick and the next, 0 to 1, for drawing; 1 once finished (nothing comes next). */
  get alpha(): number {
    return this.finished ? 1 : this.#clock.alpha;
  }

  #makeClock(speedPercent: number): FixedStepClock {
    return new FixedStepClock({
      timeSource: this.#timeSource,
      ticksPerSecond: (TICKS_PER_SECOND * speedPercent) / 100,
      ...(this.#maxTicksPerFrame === undefined ? {} : { maxTicksPerFrame: this.#maxTicksPerFrame }),
    });
  }

  #isPlaying(): boolean {
    return this.#currentWorld.status === 'playing';
  }

  #isPaused(): boolean {
    return this.#pausedNow;
  }

  /** Real time runs from the level's first frame to its finish, scenes and pauses included. */
  #countRealTime(firstFrameMilliseconds: number): void {
    const now = this.#timeSource.now();
    const elapsed = this.#lastFrameAt === null ? firstFrameMilliseconds : now - this.#lastFrameAt;
    this.#lastFrameAt = now;
    if (Number.isFinite(elapsed) && elapsed > 0) this.#realMilliseconds += elapsed;
  }

  #runTick(input: InputFrame): readonly SimEvent[] {
    const world = this.#currentWorld;
    this.#listener?.beforeTick?.(world);
    const offered = world.scene?.display.choices.length ?? 0;
    const sceneTick = world.tick;
    const events = step(world, input);
    if (events.some((event) => event.type === 'restarted')) {
      this.#inputs.length = 0;
      this.#choices.length = 0;
      this.#pausedNow = false;
      this.#realMilliseconds = 0;
      this.#assisted = false;
      this.#clock.reset();
    } else {
      this.#inputs.push(input);
      if (input.choice >= 0 && input.choice < offered) this.#choices.push({ tick: sceneTick, option: input.choice });
    }
    this.#listener?.afterTick?.(world, events);
    return events;
  }
}
