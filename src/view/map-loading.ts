// Playing a map the player hands the game (a dropped file, or the test hook's text): the same loader as
// the shipped maps, then the level or the problems screen.
import Phaser from 'phaser';
import { listenForFileDrops } from '../platform/file-import.ts';
import type { MapProblem } from '../tiled/tiled-map.ts';
import { setMapRequest, setProblemReport } from './game-data.ts';
import { FIRST_CHAPTER_REQUEST } from './map-catalog.ts';
import { SCENE_KEYS, type SceneKey } from './scene-keys.ts';

const DROP_ADVICE = 'Drop a map saved from Tiled as JSON (.tmj) onto the game to play it.';

/** For callers outside the game's frame (DOM events, the test hook): switches at once. */
function switchTo(game: Phaser.Game, key: SceneKey): void {
  for (const scene of game.scene.getScenes(false)) {
    const status = scene.sys.settings.status;
    // Stopped whether running or still loading, the target too: Phaser's start() ignores a scene that is
    // loading, so a second drop during the first one's load would otherwise be lost.
    if (status >= Phaser.Scenes.START && status <= Phaser.Scenes.SLEEPING) game.scene.stop(scene.sys.settings.key);
  }
  game.scene.start(key);
}

/** Loads `text` as the map named `fileName` through the boot scene, which then plays it or lists its problems. */
export function playMapText(game: Phaser.Game, text: string, fileName: string): void {
  setMapRequest(game, { kind: 'text', text, fileName });
  switchTo(game, SCENE_KEYS.boot);
}

/** Back from a map that cannot be played to the first level's title; called from a scene's key handler. */
export function returnToFirstLevel(from: Phaser.Scene): void {
  setMapRequest(from.game, FIRST_CHAPTER_REQUEST);
  // The scene plugin queues the switch for the next frame: stopping a scene inside its own update is unsafe.
  from.scene.start(SCENE_KEYS.boot);
}

/** A file refused before it was read (too large, not a map): straight to the problems screen. */
function showImportProblem(game: Phaser.Game, problem: MapProblem): void {
  const fileName = /^file "(.*)"$/.exec(problem.place)?.[1] ?? problem.place;
  setProblemReport(game, { fileName, problems: [problem], advice: DROP_ADVICE });
  switchTo(game, SCENE_KEYS.problems);
}

/** Any .tmj dropped anywhere on the page is played. Installed once, when the game boots. */
export function installFileDrop(game: Phaser.Game): () => void {
  return listenForFileDrops(window, (result) => {
    if (result.ok) playMapText(game, result.text, result.fileName);
    else showImportProblem(game, result.problem);
  });
}
