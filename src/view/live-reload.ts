// Live reload under `npm run dev`: the dev server's plugin (tools/map-reload-plugin.ts) tells the game
// which file in maps/ was saved; if the level being played (or whose problems are shown) read it, the
// level is loaded again through the same loader and restarted in place, the view kept where it was. A
// save with errors leaves the last good version running, with the errors over it.
import type Phaser from 'phaser';
import { loadLevelWithStory } from '../story/level-story.ts';
import { isLevelFile } from '../platform/map-files.ts';
import {
  OVERLAY_PROBLEMS_CHANGED,
  getLoadedLevel,
  getMapRequest,
  setCameraHold,
  setMapRequest,
  setOverlayProblems,
} from './game-data.ts';
import { switchTo } from './map-loading.ts';
import { SCENE_KEYS } from './scene-keys.ts';
import { compileStory } from './built-stories.ts';

/** The custom HMR event; its data is `{ path }`, the saved file's path from the project's root. */
export const MAP_CHANGED_EVENT = 'analog-dreams:map-changed';

export interface MapChange {
  readonly path: string;
}

/** Loads the level again if `change` touched one of its files; resolves once the new level is asked for. */
export async function reloadForChange(game: Phaser.Game, change: MapChange): Promise<void> {
  const request = getMapRequest(game);
  if (request?.kind !== 'loaded' || request.files.origin !== 'server') return;
  const playing = game.scene.isActive(SCENE_KEYS.level);
  if (!playing && !game.scene.isActive(SCENE_KEYS.problems)) return;
  const { files } = request;
  if (!isLevelFile({ filesRead: request.loaded.files, changedPath: change.path, loadFailed: !request.loaded.ok })) return;
  const loaded = await loadLevelWithStory({ mapPath: files.mapPath, readFile: files.readFile, compile: compileStory });
  if (!loaded.ok && playing && getLoadedLevel(game) !== null) {
    const count = loaded.problems.filter((problem) => problem.severity === 'error').length;
    // Named by the file saved: a broken rule map or tileset is not the map's fault.
    setOverlayProblems(game, { title: `${change.path} was saved: ${files.label} has ${count} error${count === 1 ? '' : 's'}, still playing the version before`, problems: loaded.problems });
    game.events.emit(OVERLAY_PROBLEMS_CHANGED);
    return;
  }
  const camera = playing ? game.scene.getScene(SCENE_KEYS.level).cameras.main.midPoint : null;
  setCameraHold(game, camera === null ? null : { x: camera.x, y: camera.y });
  setMapRequest(game, { kind: 'loaded', loaded, files, chapter: request.chapter, playAtOnce: true });
  switchTo(game, SCENE_KEYS.boot);
}

/** Listens for the dev server's map saves; does nothing in a build (no HMR there). */
export function installLiveReload(game: Phaser.Game): void {
  const hot = import.meta.hot;
  if (!hot) return;
  hot.on(MAP_CHANGED_EVENT, (change: MapChange) => {
    void reloadForChange(game, change);
  });
}
