// Re-simulates a replay on a level: the only way a recorded time is trusted.
import type { LevelDefinition } from '../level/level-definition.ts';
import { createWorld, hashWorld, step } from '../sim/index.ts';
import type { World } from '../sim/types.ts';
import { hashText, type Replay } from './replay.ts';

export interface ReplayRun {
  readonly finishTick: number | null;
  readonly finalHash: string;
  /** hashWorld every `hashEvery` ticks, starting after tick `hashEvery`. */
  readonly checkpoints: readonly string[];
  readonly world: World;
}

/** Feeds every input, one per tick, stopping early only when the level is finished. */
export function runReplay(level: LevelDefinition, replay: Pick<Replay, 'seed' | 'inputs'>, hashEvery = 60): ReplayRun {
  const world = createWorld(level, { seed: replay.seed });
  const checkpoints: string[] = [];
  for (const [index, input] of replay.inputs.entries()) {
    step(world, input);
    if ((index + 1) % hashEvery === 0) checkpoints.push(hashWorld(world));
    if (world.status === 'finished') break;
  }
  return { finishTick: world.finishTick, finalHash: hashWorld(world), checkpoints, world };
}

export type Verdict =
  | { readonly verified: true; readonly finishTick: number | null }
  | { readonly verified: false; readonly reason: string };

export function verifyReplay(options: { level: LevelDefinition; mapText: string; replay: Replay }): Verdict {
  const { level, mapText, replay } = options;
  const mapHash = hashText(mapText);
  if (mapHash !== replay.mapHash) {
    return { verified: false, reason: `recorded on another version of the map (map hash ${replay.mapHash}, this map ${mapHash})` };
  }
  const run = runReplay(level, replay);
  if (run.finishTick !== replay.finishTick) {
    return { verified: false, reason: `the run finishes at tick ${run.finishTick ?? 'never'}, the replay claims ${replay.finishTick ?? 'never'}` };
  }
  if (run.finalHash !== replay.finalHash) {
    return { verified: false, reason: `the final world differs (hash ${run.finalHash}, the replay claims ${replay.finalHash})` };
  }
  return { verified: true, finishTick: run.finishTick };
}
