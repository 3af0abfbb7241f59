// Re-simulates a replay on a level: the only way a recorded time is trusted.
import type { LevelDefinition } from '../level/level-definition.ts';
import { hashWorld } from '../sim/index.ts';
import type { SceneDirector } from '../sim/scene-director.ts';
import type { World } from '../sim/types.ts';
import { ReplayInput } from './input-source.ts';
import { LevelSession, type TickListener } from './level-session.ts';
import type { Replay } from './replay.ts';

/** Tools tick the session by hand: its clock is never read. */
const STOPPED_TIME = { now: (): number => 0 };

export interface ReplayRun {
  readonly finishTick: number | null;
  /** Inputs fed before the run ended (all of them, unless the level was finished first). */
  readonly inputsPlayed: number;
  readonly finalHash: string;
  /** hashWorld every `hashEvery` ticks, starting after tick `hashEvery`. */
  readonly checkpoints: readonly string[];
  /** The scene choices the inputs took. */
  readonly choices: Replay['choices'];
  readonly world: World;
}

/** Feeds every input, one per step, stopping early only when the level is finished. `scenes` plays the level's story. */
export function runReplay(
  level: LevelDefinition,
  replay: Pick<Replay, 'seed' | 'inputs' | 'detectionPercent'>,
  options: { readonly hashEvery?: number; readonly scenes?: SceneDirector | null; readonly listener?: TickListener } = {},
): ReplayRun {
  const hashEvery = options.hashEvery ?? 60;
  // The same session the game plays through, fed the replay instead of the keys.
  const session = new LevelSession({
    level, seed: replay.seed, input: new ReplayInput(replay.inputs), timeSource: STOPPED_TIME, scenes: options.scenes ?? null,
    ...(replay.detectionPercent === undefined ? {} : { detectionPercent: replay.detectionPercent }),
    ...(options.listener === undefined ? {} : { listener: options.listener }),
  });
  const { world } = session;
  const checkpoints: string[] = [];
  let inputsPlayed = 0;
  while (inputsPlayed < replay.inputs.length && !session.finished) {
    session.tick();
    inputsPlayed += 1;
    if (inputsPlayed % hashEvery === 0) checkpoints.push(hashWorld(world));
  }
  return { finishTick: world.finishTick, inputsPlayed, finalHash: hashWorld(world), checkpoints, choices: session.record.choices, world };
}

export type Verdict =
  | { readonly verified: true; readonly finishTick: number | null; readonly catches: number }
  | { readonly verified: false; readonly reason: string };

/**
 * Re-plays a replay on a level loaded with its files: `mapHash` is the loader's hash of everything the
 * level read (map, tilesets, rule maps, story), and `scenes` plays its story as the game would.
 * `listener` is told every tick of the run (npm run verify-replay takes the run's splits so).
 */
export function verifyReplay(options: { level: LevelDefinition; mapHash: string; replay: Replay; scenes?: SceneDirector | null; listener?: TickListener }): Verdict {
  const { level, mapHash, replay } = options;
  if (mapHash !== replay.mapHash) {
    return { verified: false, reason: `recorded on another version of the map or its files (map hash ${replay.mapHash}, this map ${mapHash})` };
  }
  // Only the final hash is compared: hashing the whole world every 60 ticks on the way was a third of the cost.
  const run = runReplay(level, replay, { scenes: options.scenes ?? null, hashEvery: Number.POSITIVE_INFINITY, ...(options.listener === undefined ? {} : { listener: options.listener }) });
  if (run.finishTick !== replay.finishTick) {
    return { verified: false, reason: `the run finishes at tick ${run.finishTick ?? 'never'}, the replay claims ${replay.finishTick ?? 'never'}` };
  }
  // Inputs past the finish play no part: a file that carries them was not written by a recorder.
  if (run.inputsPlayed < replay.inputs.length) {
    return { verified: false, reason: `the replay holds ${replay.inputs.length - run.inputsPlayed} input(s) after the finish at tick ${run.finishTick ?? 'never'}` };
  }
  const choices = run.choices.map((choice) => `${choice.tick}:${choice.option}`).join(',');
  if (choices !== replay.choices.map((choice) => `${choice.tick}:${choice.option}`).join(',')) {
    return { verified: false, reason: 'the choices the inputs make are not the ones the replay lists' };
  }
  if (run.finalHash !== replay.finalHash) {
    return { verified: false, reason: `the final world differs (hash ${run.finalHash}, the replay claims ${replay.finalHash})` };
  }
  return { verified: true, finishTick: run.finishTick, catches: run.world.catches };
}
