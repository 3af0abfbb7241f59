// What the live splits panel says, without Phaser (Node tests read it): each split's name, time and delta
// to the personal best with its tone, then the game and real time, sum of best and best possible time,
// the run's marks and a notice (a changed map's new comparison).
import { formatMilliseconds, formatTickDelta, formatTicks } from '../../run/time-format.ts';
import { marksLabel, type RunMarks } from '../../run/run-marks.ts';
import type { LiveSplitsView } from '../../run/splits.ts';

/** gold: the best this segment was ever played; ahead / behind the personal best; none: nothing to compare. */
export type SplitTone = 'gold' | 'ahead' | 'behind' | 'none';

export interface SplitLine {
  readonly name: string;
  readonly time: string;
  readonly delta: string;
  readonly tone: SplitTone;
}

export interface SplitsPanelText {
  readonly title: string;
  readonly rows: readonly SplitLine[];
  /** The game and real time, each `Game m:ss.mmm`: they change every frame, so the panel draws them apart. */
  readonly clocks: readonly string[];
  readonly footer: readonly string[];
}

/** Names longer than this are cut with an ellipsis: the panel keeps its width. */
const NAME_CHARACTERS = 16;

export function splitsPanelText(options: {
  readonly category: string;
  readonly view: LiveSplitsView;
  readonly ticks: number;
  readonly realMilliseconds: number;
  readonly marks: RunMarks;
  readonly notice: string | null;
}): SplitsPanelText {
  const { view } = options;
  const rows = view.rows.map((row): SplitLine => {
    const name = row.name.length > NAME_CHARACTERS ? `${row.name.slice(0, NAME_CHARACTERS - 1)}…` : row.name;
    const tone: SplitTone = row.ticks === null ? 'none' : row.gold ? 'gold' : row.delta === null ? 'none' : row.delta <= 0 ? 'ahead' : 'behind';
    return { name, time: row.ticks === null ? '-' : formatTicks(row.ticks), delta: row.delta === null ? '' : formatTickDelta(row.delta), tone };
  });
  const clocks = [`Game ${formatTicks(options.ticks)}`, `Real ${formatMilliseconds(options.realMilliseconds)}`];
  const footer = [
    `Sum of best ${view.sumOfBest === null ? '-' : formatTicks(view.sumOfBest)}`,
    `Best possible ${view.bestPossible === null ? '-' : formatTicks(view.bestPossible)}`,
    ...(options.notice === null ? [] : [options.notice]),
  ];
  return { title: `${options.category}${marksLabel(options.marks)}`, rows, clocks, footer };
}
