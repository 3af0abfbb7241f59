// A level's splits: one at each named Checkpoint (in the level's order, src/level/read-story.ts) and one at
// its end, fed from the session's tick events. The game, verify-replay and the tests all split this way.
import type { LevelDefinition } from '../level/level-definition.ts';
import type { SimEvent, World } from '../sim/index.ts';
import { LiveSplits, type SplitsRecord } from './splits.ts';

/** The split names of a level: its checkpoints, then the chapter's end (named by the chapter's title). */
export function chapterSegments(level: LevelDefinition, endName: string): string[] {
  return [...level.checkpoints.map((checkpoint) => checkpoint.name), endName];
}

interface ChapterSplitterOptions { readonly realMilliseconds: () => number; readonly offset?: { readonly ticks: number; readonly realMilliseconds: number }; readonly firstIndex?: number }

/**
 * Splits a level's run from its events. `offset` is the time of the chapters before (a full-game run);
 * `realMilliseconds` reads the run's real time at the tick, since the rules keep none.
 */
export class ChapterSplitter {
  readonly live: LiveSplits;

  readonly #options: ChapterSplitterOptions;

  constructor(
    comparison: SplitsRecord,
    options: ChapterSplitterOptions,
  ) {
    this.#options = options;
    this.live = new LiveSplits(comparison);
  }

  /** Returns the split indexes taken this tick (a restart clears them all and takes none). */
  afterTick(world: World, events: readonly SimEvent[]): number[] {
    const taken: number[] = [];
    const offset = this.#options.offset ?? { ticks: 0, realMilliseconds: 0 };
    const first = this.#options.firstIndex ?? 0;
    const time = (): { ticks: number; realMilliseconds: number } => ({ ticks: offset.ticks + world.tick, realMilliseconds: offset.realMilliseconds + this.#options.realMilliseconds() });
    for (const event of events) {
      if (event.type === 'restarted') {
        this.live.reset();
        return [];
      }
      if (event.type === 'checkpoint' && this.live.split(first + event.index, time())) taken.push(first + event.index);
      if (event.type === 'finished' && this.live.split(first + world.level.checkpoints.length, time())) taken.push(first + world.level.checkpoints.length);
    }
    return taken;
  }
}
