// TEST ONLY: the hook's handle on the display settings (part of window.__analogDreams, dev and test
// builds only). The frame-rate watch starts off here, so no test or bench has its effects lowered by a
// busy machine; a test that wants the watch turns it on and steps frames as slow as it likes.
import Phaser from 'phaser';
import { isLowEffects, setFrameRateWatched } from './low-effects.ts';
import { TILE_CACHE_DATA } from './renderers/tile-cache.ts';
import { SCENE_KEYS } from './scene-keys.ts';

export interface DisplayTestHook {
  /** Whether the dream is drawn with low effects now (chosen by the player or by the watch). */
  lowEffects(): boolean;
  /** Turns the frame-rate watch on or off (off when the hook installs). */
  watchFrameRate(on: boolean): void;
  /** Steps `seconds` of frames `framesPerSecond` apart in frame time, the loop stopped: a machine that slow. */
  stepFramesAtRate(framesPerSecond: number, seconds: number): void;
  /**
   * Draws the level's tile layers themselves instead of their cached textures (renderers/tile-cache.ts),
   * so a test can hold the caches against what they stand for; how many caches it hid (0: none).
   */
  showLiveTiles(): number;
}

export function displayTestHook(game: Phaser.Game): DisplayTestHook {
  setFrameRateWatched(false);
  let time = game.loop.now;
  return {
    lowEffects: isLowEffects,
    watchFrameRate: setFrameRateWatched,
    stepFramesAtRate: (framesPerSecond, seconds) => {
      const interval = 1000 / framesPerSecond;
      time = Math.max(time, game.loop.now);
      for (let elapsed = 0; elapsed < seconds * 1000; elapsed += interval) {
        time += interval;
        game.step(time, interval);
      }
    },
    showLiveTiles: () => {
      const scene = game.scene.getScene(SCENE_KEYS.level) as Phaser.Scene | null;
      let cached = 0;
      const visit = (objects: readonly Phaser.GameObjects.GameObject[]): void => {
        for (const object of objects) {
          if (object instanceof Phaser.GameObjects.Layer) visit(object.getAll());
          else if (object instanceof Phaser.Tilemaps.TilemapLayer) object.cameraFilter = 0;
          else if (object instanceof Phaser.GameObjects.Extern && object.getData(TILE_CACHE_DATA) === true) {
            object.setVisible(false);
            cached += 1;
          }
        }
      };
      visit(scene?.children.getAll() ?? []);
      return cached;
    },
  };
}
