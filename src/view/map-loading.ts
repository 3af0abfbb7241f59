// Playing a map the player hands the game (dropped files or a folder, files picked from the title's
// Custom level, or the test hook's text): the same loader as the shipped maps, then the level or the
// problems screen.
import Phaser from 'phaser';
import { listenForDrops, openFilePicker, type GatheredFiles } from '../platform/file-gathering.ts';
import { droppedFileSet, isMapProblem } from '../platform/map-files.ts';
import { isReplayFileName } from '../platform/replay-files.ts';
import type { MapProblem } from '../tiled/tiled-map.ts';
import { setMapRequest, setProblemReport } from './game-data.ts';
import { TITLE_REQUEST } from './map-catalog.ts';
import { SCENE_KEYS, type SceneKey } from './scene-keys.ts';

const DROP_ADVICE = 'Drop a Tiled map (.tmx or .tmj) with its tilesets, templates and images, or its whole folder, onto the game to play it.';

/** For callers outside the game's frame (DOM events, the test hook): switches at once. */
export function switchTo(game: Phaser.Game, key: SceneKey): void {
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

/** Back from a map that cannot be played to the title; called from a scene's key handler. */
export function returnToTitle(from: Phaser.Scene): void {
  setMapRequest(from.game, TITLE_REQUEST);
  // The scene plugin queues the switch for the next frame: stopping a scene inside its own update is unsafe.
  from.scene.start(SCENE_KEYS.boot);
}

/** Files refused before any was read (no map among them, too large): straight to the problems screen. */
function showImportProblem(game: Phaser.Game, problem: MapProblem): void {
  setProblemReport(game, { fileName: problem.place, problems: [problem], advice: DROP_ADVICE });
  switchTo(game, SCENE_KEYS.problems);
}

/** The map among `files` with everything it names: played through the boot scene, or its refusal shown. */
export function playDroppedFiles(game: Phaser.Game, { files, skipped, walkCut }: GatheredFiles): void {
  const set = droppedFileSet(files, { skipped, walkCut });
  if (isMapProblem(set)) {
    showImportProblem(game, set);
    return;
  }
  setMapRequest(game, { kind: 'files', files: set });
  switchTo(game, SCENE_KEYS.boot);
}

/** The browser's picker for map files (or a folder): call from a key press or click, which browsers require. */
export function pickMapFiles(game: Phaser.Game, folder: boolean): void {
  openFilePicker({
    folder,
    onFiles: (files) => {
      playDroppedFiles(game, files);
    },
  });
}

/** Any map dropped anywhere on the page is played, with the files and folders dropped with it. Installed once. */
export function installFileDrop(game: Phaser.Game): () => void {
  return listenForDrops(window, (files) => {
    // A replay file is watched, not loaded as a map (replays/replay-import.ts listens for it).
    if (files.files.length > 0 && files.files.every((file) => isReplayFileName(file.path))) return;
    afterBootLoad(game, () => {
      playDroppedFiles(game, files);
    });
  });
}

function bootLoading(game: Phaser.Game): boolean {
  const { status } = game.scene.getScene(SCENE_KEYS.boot).sys.settings;
  return status >= Phaser.Scenes.START && status <= Phaser.Scenes.CREATING;
}

/**
 * Runs `then` at the end of a step (never from the DOM event itself) once the boot scene's loader has no
 * files in flight. A scene's own switch is queued to the next step: a drop handled at once, just after the
 * title's sheets had loaded, was overtaken by the title's queued start, and one handled while they were
 * loading stopped that load midway, whose files then landed in the next load. Either way the dropped map
 * never came up.
 */
function afterBootLoad(game: Phaser.Game, then: () => void): void {
  game.events.once(Phaser.Core.Events.POST_STEP, () => {
    if (bootLoading(game)) afterBootLoad(game, then);
    else then();
  });
}
