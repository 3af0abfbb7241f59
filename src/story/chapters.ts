// The campaign as data: what differs from one chapter to the next. The level scene, the boot scene, the
// campaign runner (campaign-runner.ts, which follows `next`) and the tools read these rows; a new chapter
// is a new row (and its map or story), not new code.

interface ChapterFields {
  /** Stable name: `?chapter=<key>` in the address, and the first part of its run identity (bests, replays, saves). */
  readonly key: string;
  /** The seed every run of the chapter starts from (the world's and the story's); its golden replay was recorded with it. */
  readonly seed: number;
  /** The chapter's name as the player reads it. */
  readonly title: string;
  /** The chapter that follows, by key; null for the last one. */
  readonly next: string | null;
}

/** A chapter played on a map: the row the level scene plays. */
export interface Chapter extends ChapterFields {
  readonly kind: 'level';
  /** Repository path of the chapter's Tiled map. */
  readonly mapPath: string;
  /** Said over the level the moment it is won, above the time. */
  readonly finishBanner: string;
  /** A knot of the map's story played before the level's first tick, outside the timer; null for none. */
  readonly intro: string | null;
  /** A knot of the map's story played once the level is won, outside the timer; null for none. */
  readonly outro: string | null;
}

/** A chapter that is only a scene, with no map (the aftermath): no Spawn, no Exit, no timer. */
export interface SceneChapter extends ChapterFields {
  readonly kind: 'scene';
  /** Repository path of the ink story it plays. */
  readonly storyPath: string;
  /** The knot it plays, from its start to its end. */
  readonly knot: string;
}

export type ChapterRow = Chapter | SceneChapter;

export const CHAPTERS: readonly ChapterRow[] = [
  {
    kind: 'level',
    key: 'bedroom',
    mapPath: 'maps/bedroom.tmj',
    seed: 11,
    title: 'The bedroom',
    finishBanner: 'Through the hidden door',
    intro: 'intro',
    outro: 'outro',
    next: 'hidden-door',
  },
  {
    kind: 'level',
    key: 'hidden-door',
    mapPath: 'maps/hidden-door.tmj',
    seed: 12,
    title: 'The hidden door',
    finishBanner: 'Through the analog door',
    intro: 'intro',
    outro: 'outro',
    next: 'dream-space',
  },
  {
    kind: 'level',
    key: 'dream-space',
    mapPath: 'maps/dream-space.tmj',
    seed: 13,
    title: 'The analog dream space',
    finishBanner: 'The star wall opened',
    intro: 'intro',
    outro: 'outro',
    next: 'night-escape',
  },
  {
    kind: 'level',
    key: 'night-escape',
    mapPath: 'maps/night-escape.tmj',
    seed: 1,
    title: 'The night escape',
    finishBanner: 'Out under the stars',
    intro: 'intro',
    outro: 'outro',
    next: 'aftermath',
  },
  {
    kind: 'scene',
    key: 'aftermath',
    storyPath: 'maps/aftermath.ink',
    knot: 'aftermath',
    seed: 15,
    title: 'Aftermath',
    next: null,
  },
];

export function isLevelChapter(row: ChapterRow): row is Chapter {
  return row.kind === 'level';
}

/** The chapter a new game starts with (and whose rules a dropped map is played by). */
export const FIRST_CHAPTER: Chapter = CHAPTERS.filter(isLevelChapter)[0]!;

/**
 * The row a builder's own map is played by (opened from the title's Custom level, dropped, or named by
 * `?map=` without being a chapter): no chapter of the campaign, so no next chapter and a plain banner.
 */
export const CUSTOM_LEVEL_CHAPTER: Chapter = {
  kind: 'level',
  key: 'custom-level',
  mapPath: '',
  seed: FIRST_CHAPTER.seed,
  title: 'Custom level',
  finishBanner: 'Level complete',
  intro: null,
  outro: null,
  next: null,
};

/** The enforcer chase: the speedrun course, and the map tools and benchmarks run when given none. */
export const NIGHT_ESCAPE: Chapter = CHAPTERS.filter(isLevelChapter).find((row) => row.key === 'night-escape')!;

/** The night escape's seed, for tools that run it without the game (benchmarks, golden recording). */
export const NIGHT_ESCAPE_SEED = NIGHT_ESCAPE.seed;

/** The row of that key among `chapters`; without them, among the level chapters (a scene chapter has no map to play). */
export function chapterByKey(key: string): Chapter | null;
export function chapterByKey<Row extends ChapterRow>(key: string, chapters: readonly Row[]): Row | null;
export function chapterByKey(key: string, chapters: readonly ChapterRow[] = CHAPTERS.filter(isLevelChapter)): ChapterRow | null {
  return chapters.find((chapter) => chapter.key === key) ?? null;
}

/**
 * The chapter whose map is at `mapPath`, or null for a map that is no chapter (a builder's own). A path
 * as typed on a command line counts the same: `./maps/x.tmj` and `maps\x.tmj` are `maps/x.tmj`.
 */
export function chapterForMap(mapPath: string, chapters: readonly ChapterRow[] = CHAPTERS): Chapter | null {
  const path = mapPath.replaceAll('\\', '/').replace(/^(\.\/)+/, '');
  return chapters.filter(isLevelChapter).find((chapter) => chapter.mapPath === path) ?? null;
}

/**
 * The rows a campaign from `firstKey` plays, following `next`; a problem (naming the row) for a key that is
 * no row or a chain that comes back to a chapter already played.
 */
export function campaignOrder(firstKey: string, chapters: readonly ChapterRow[] = CHAPTERS): { readonly ok: true; readonly rows: readonly ChapterRow[] } | { readonly ok: false; readonly message: string } {
  const rows: ChapterRow[] = [];
  let key: string | null = firstKey;
  let from = 'the campaign start';
  while (key !== null) {
    const row = chapters.find((chapter) => chapter.key === key);
    if (row === undefined) return { ok: false, message: `${from} names chapter "${key}", which is no row of src/story/chapters.ts` };
    if (rows.includes(row)) return { ok: false, message: `chapter "${from}" leads back to "${key}": the chapters go round in a circle` };
    rows.push(row);
    from = row.key;
    key = row.next;
  }
  return { ok: true, rows };
}
