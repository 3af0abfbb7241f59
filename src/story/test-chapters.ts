// The chapter rows of the test fixtures' maps (tests/fixtures/maps): dev and test builds offer them beside
// the campaign (src/view/game-data.ts), and Node tests and tools find them here. Kept apart from the
// campaign's rows so that a release carries none of them.
import { CHAPTERS, type Chapter, type ChapterRow } from './chapters.ts';

export const TEST_CHAPTERS: readonly Chapter[] = [
  {
    kind: 'level',
    key: 'test-yard',
    mapPath: 'tests/fixtures/maps/test-yard.tmj',
    seed: 7,
    title: 'Test yard',
    finishBanner: 'Out of the yard',
    intro: null,
    outro: null,
    next: null,
  },
  {
    kind: 'level',
    key: 'test-story',
    mapPath: 'tests/fixtures/maps/story-yard.tmj',
    seed: 3,
    title: 'Story yard',
    finishBanner: 'Out on the balcony',
    intro: null,
    outro: null,
    next: null,
  },
  // A two-chapter campaign for the game's browser test (`?campaign=test-first-steps`): the first chapter's
  // Trigger sets gate_key, the second's Exit needs it, so the second is won only with what the first handed on.
  {
    kind: 'level',
    key: 'test-first-steps',
    mapPath: 'tests/fixtures/maps/campaign/first-steps.tmj',
    seed: 3,
    title: 'First steps',
    finishBanner: 'Out',
    intro: null,
    outro: 'first_outro',
    next: 'test-second-steps',
  },
  {
    kind: 'level',
    key: 'test-second-steps',
    mapPath: 'tests/fixtures/maps/campaign/second-steps.tmj',
    seed: 4,
    title: 'Second steps',
    finishBanner: 'Out again',
    intro: 'second_intro',
    outro: null,
    next: null,
  },
];

/**
 * The campaign's rows, then the test rows: every row a dev or test build knows. A function, not a list
 * made when the module loads: a release that never asks for it then leaves the test rows out entirely.
 */
export function chaptersWithTests(): ChapterRow[] {
  return [...CHAPTERS, ...TEST_CHAPTERS];
}
