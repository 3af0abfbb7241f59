// Which SceneDirector plays a level's scenes: the one place the game turns a loaded level's ink story
// into the director the rules are handed (LevelSession's `scenes`). Without one a scene closes as it
// opens, so a level plays on exactly as if every scene were skipped.
import type Phaser from 'phaser';
import type { SceneDirector } from '../sim/scene-director.ts';
import type { LoadedLevel } from './game-data.ts';

const TEST_DIRECTOR = 'analog-dreams/test-director';

/**
 * The director for a loaded level's story (`loaded.story`: the map's `story` property, its .ink sources
 * by path, main first). The ink director (src/story/ink-director.ts, `createInkDirector(json)` over the
 * compiled story) plugs in here, and only here; until it lands every level plays without scenes.
 */
export function directorForLevel(_loaded: LoadedLevel): SceneDirector | null {
  return null;
}

/** Test builds: a director the next level scene plays with instead of the level's own; null goes back to it. */
export function setTestDirector(game: Phaser.Game, make: (() => SceneDirector) | null): void {
  game.registry.set(TEST_DIRECTOR, make);
}

/** What the level scene hands its session: the test hook's director where one is set, else the level's. */
export function directorFor(game: Phaser.Game, loaded: LoadedLevel): SceneDirector | null {
  const make = game.registry.get(TEST_DIRECTOR) as (() => SceneDirector) | null | undefined;
  return make ? make() : directorForLevel(loaded);
}
