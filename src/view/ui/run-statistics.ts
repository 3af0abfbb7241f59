// The run's statistics after the last chapter, worked out without Phaser (Node tests read it): the time
// of each level chapter and the total, the catches, the children brought out and the stories told.
import type { StoryFlags } from '../../sim/index.ts';
import { formatTicks } from '../../run/time-format.ts';
import type { CampaignProgress } from '../../story/campaign-types.ts';
import type { ChapterStatistics } from '../campaign-play.ts';

export interface StatisticsRow {
  readonly label: string;
  readonly value: string;
}

/** The flags that say a story was told: Mira's and Leo's by the fire, and the first bedtime story. */
const STORY_FLAGS = ['mira_story', 'leo_story', 'bedtime_story'] as const;

export function storiesTold(flags: Readonly<StoryFlags>): number {
  return STORY_FLAGS.filter((name) => (flags[name] ?? 0) > 0).length;
}

/**
 * One row per level chapter played in this visit, then the totals. `progress` is the campaign's at its end:
 * its ticks count every chapter, those played before a reload too.
 */
export function runStatisticsRows(options: {
  readonly chapters: readonly ChapterStatistics[];
  readonly progress: CampaignProgress | null;
  readonly timesCaught: number;
}): StatisticsRow[] {
  const { chapters, progress, timesCaught } = options;
  const rows: StatisticsRow[] = chapters
    .filter((chapter) => chapter.ticks > 0)
    .map((chapter) => ({ label: chapter.title, value: formatTicks(chapter.ticks) }));
  const totalTicks = progress?.ticks ?? chapters.reduce((sum, chapter) => sum + chapter.ticks, 0);
  const flags = progress?.carried.flags ?? {};
  const children = progress?.carried.followers.length ?? 0;
  const stories = storiesTold(flags);
  rows.push(
    { label: 'Total', value: formatTicks(totalTicks) },
    { label: 'Caught', value: timesCaught === 0 ? 'never' : `${timesCaught} time${timesCaught === 1 ? '' : 's'}` },
    { label: 'Children brought out', value: String(children) },
    { label: 'Stories told', value: String(stories) },
  );
  return rows;
}
