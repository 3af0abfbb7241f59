// The hunt's benchmarks (tools/bench.ts lists them): a 256x256 stress tick with half the Enforcers
// chasing or searching, and the night escape with every Enforcer in the alarm (paths against the
// `pathfinding` package: bench-paths.ts). Each prints its extra figures as a JSON line of its own.
import { sendToState } from '../src/sim/enforcer/brain.ts';
import { navigationFor } from '../src/sim/navigation.ts';
import { randomBelow } from '../src/sim/random.ts';
import { step } from '../src/sim/step.ts';
import type { InputFrame, World } from '../src/sim/types.ts';
import { NO_INPUT } from '../src/sim/types.ts';

export function time(action: () => void): number {
  const start = process.hrtime.bigint();
  action();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Sends each chosen Enforcer after a fresh last known position: a reachable open cell near it. */
function huntAfresh(world: World, options: { readonly chasers: (index: number) => boolean }): void {
  const { tiles } = world;
  world.enforcers.forEach((enforcer, index) => {
    if (!options.chasers(index)) return;
    const column = Math.floor(enforcer.x / tiles.span) + randomBelow(world, 21) - 10;
    const row = Math.floor(enforcer.y / tiles.span) + randomBelow(world, 21) - 10;
    if (column < 0 || row < 0 || column >= tiles.width || row >= tiles.height || tiles.solid[row * tiles.width + column] === 1) return;
    enforcer.lastSeenX = column * tiles.span + tiles.span / 2;
    enforcer.lastSeenY = row * tiles.span + tiles.span / 2;
    // Alternate: half of the hunters chase, half search, so both states' costs are in the tick.
    sendToState({ enforcer, world, events: [] }, Math.floor(index / 2) % 2 === 0 ? 'chase' : 'search');
  });
}

export interface PathStatistics {
  /** easystarjs searches run. */
  readonly searches: number;
  /** Requests answered from the leg cache (navigation.ts) instead of a search. */
  readonly servedFromCache: number;
  /** Requests the component check refused without a search. */
  readonly rejected: number;
  readonly waiting: number;
  readonly requests: number;
}

/** Ticks of a world whose hunters get fresh targets every `every` ticks; Mira stands in a corner. */
export function huntTicks(world: World, options: { readonly ticks: number; readonly every: number; readonly chasers: (index: number) => boolean }): { samples: number[]; statistics: PathStatistics } {
  const navigation = navigationFor(world.tiles);
  const before = navigation.searchCount;
  const hitsBefore = navigation.cacheHitCount;
  const rejectedBefore = navigation.rejectionCount;
  let waiting = 0;
  let requests = 0;
  const samples: number[] = [];
  const frame: InputFrame = NO_INPUT;
  for (let tick = 0; tick < options.ticks; tick += 1) {
    if (tick % options.every === 0) huntAfresh(world, options);
    const pendingBefore = world.pathQueue.pending.length;
    samples.push(time(() => step(world, frame)));
    waiting += world.pathQueue.pending.length;
    requests += Math.max(0, world.pathQueue.pending.length - pendingBefore);
    if (world.status !== 'playing') step(world, { ...NO_INPUT, restart: true });
  }
  const statistics: PathStatistics = {
    searches: navigation.searchCount - before,
    servedFromCache: navigation.cacheHitCount - hitsBefore,
    rejected: navigation.rejectionCount - rejectedBefore,
    waiting: Math.round(waiting / options.ticks),
    requests,
  };
  return { samples, statistics };
}
