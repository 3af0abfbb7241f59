// The campaign as data: what differs from one chapter to the next. The level scene, the boot scene and
// the tools read these rows; a new chapter is a new row (and its map), not new code.

export interface Chapter {
  /** Stable name: `?chapter=<key>` in the address, and the key best times and replays are filed under. */
  readonly key: string;
  /** Repository path of the chapter's Tiled map. */
  readonly mapPath: string;
  /** The seed every run of the chapter starts from; its golden replay was recorded with it. */
  readonly seed: number;
  /** The chapter's name as the player reads it. */
  readonly title: string;
  /** Said over the level the moment it is won, above the time. */
  readonly finishBanner: string;
  /** The chapter that follows, by key; null for the last one. */
  readonly next: string | null;
  /** Only in dev and test builds (a test fixture's map): a release never offers it. */
  readonly testOnly: boolean;
}

export const CHAPTERS: readonly Chapter[] = [
  {
    key: 'night-escape',
    mapPath: 'maps/night-escape.tmj',
    seed: 1,
    title: 'The night escape',
    finishBanner: 'Out under the stars',
    next: null,
    testOnly: false,
  },
  {
    key: 'test-yard',
    mapPath: 'tests/fixtures/maps/test-yard.tmj',
    seed: 7,
    title: 'Test yard',
    finishBanner: 'Out of the yard',
    next: null,
    testOnly: true,
  },
  {
    key: 'test-story',
    mapPath: 'tests/fixtures/maps/story-yard.tmj',
    seed: 3,
    title: 'Story yard',
    finishBanner: 'Out on the balcony',
    next: null,
    testOnly: true,
  },
];

/** The chapter a new game starts with (and whose rules a dropped map is played by). */
export const FIRST_CHAPTER: Chapter = CHAPTERS[0]!;

/**
 * The row a builder's own map is played by (opened from the title's Custom level, dropped, or named by
 * `?map=` without being a chapter): no chapter of the campaign, so no next chapter and a plain banner.
 */
export const CUSTOM_LEVEL_CHAPTER: Chapter = {
  key: 'custom-level',
  mapPath: '',
  seed: FIRST_CHAPTER.seed,
  title: 'Custom level',
  finishBanner: 'Level complete',
  next: null,
  testOnly: false,
};

/** The night escape's seed, for tools that run it without the game (benchmarks, golden recording). */
export const NIGHT_ESCAPE_SEED = FIRST_CHAPTER.seed;

/** The chapters a build offers: test rows only where asked for. */
export function playableChapters(options: { readonly includeTestOnly: boolean }): Chapter[] {
  return CHAPTERS.filter((chapter) => options.includeTestOnly || !chapter.testOnly);
}

export function chapterByKey(key: string, chapters: readonly Chapter[] = CHAPTERS): Chapter | null {
  return chapters.find((chapter) => chapter.key === key) ?? null;
}

/**
 * The chapter whose map is at `mapPath`, or null for a map that is no chapter (a builder's own). A path
 * as typed on a command line counts the same: `./maps/x.tmj` and `maps\x.tmj` are `maps/x.tmj`.
 */
export function chapterForMap(mapPath: string, chapters: readonly Chapter[] = CHAPTERS): Chapter | null {
  const path = mapPath.replaceAll('\\', '/').replace(/^(\.\/)+/, '');
  return chapters.find((chapter) => chapter.mapPath === path) ?? null;
}
