// Speedrun categories: Full Game (New game to the end of the last chapter), Enforcer Chase (the night
// escape alone) and each other level chapter alone. A category is named from the chapter rows, so a
// chapter that lands later is a category without code of its own.
import { CHAPTERS, campaignOrder, type ChapterRow } from './chapters.ts';

export const FULL_GAME_CATEGORY = 'full-game';
/** The chapter speedrunners race alone under its own name. */
export const ENFORCER_CHASE_CHAPTER = 'night-escape';

export interface RunCategory {
  /** Stable: the save's splits and a replay's category are filed under it. */
  readonly key: string;
  /** As LiveSplit and the screens show it. */
  readonly name: string;
  /** The chapters the category plays, in order. */
  readonly chapters: readonly string[];
}

/** The category of one chapter played alone. */
export function chapterCategory(row: ChapterRow): RunCategory {
  return { key: row.key, name: row.key === ENFORCER_CHASE_CHAPTER ? 'Enforcer Chase' : row.title, chapters: [row.key] };
}

/** Full Game from `firstKey` (the campaign's first row), following `next`; null when the chain is broken. */
export function fullGameCategory(firstKey: string, chapters: readonly ChapterRow[] = CHAPTERS): RunCategory | null {
  const order = campaignOrder(firstKey, chapters);
  if (!order.ok) return null;
  return { key: FULL_GAME_CATEGORY, name: 'Full Game', chapters: order.rows.map((row) => row.key) };
}
