// TEST ONLY: the hook's handles on the story (part of window.__analogDreams, dev and test builds only):
// play a level's scenes from a script given as data (scripted-director.ts) until the ink director plays
// the level's own story, and read what the dialogue box shows.
import type Phaser from 'phaser';
import { SCENE_KEYS } from './scene-keys.ts';
import { getLevelProbe } from './game-data.ts';
import { ScriptedDirector, type SceneScript } from './scripted-director.ts';
import { setTestDirector } from './story-director.ts';
import type { DialogueShown } from './ui/dialogue-box.ts';

export interface StoryTestHook {
  /**
   * TEST ONLY: the level's scenes play from `script` (null: the level's own story again). The level scene
   * starts over to take it (a session's director is fixed when it is made): wait for ready() after it.
   */
  useSceneScript(script: SceneScript | null): void;
  /** What the dialogue box shows now; null while no scene is open. */
  dialogue(): DialogueShown | null;
}

export function storyTestHook(game: Phaser.Game): StoryTestHook {
  return {
    useSceneScript: (script) => {
      setTestDirector(game, script === null ? null : () => new ScriptedDirector(script));
      if (game.scene.isActive(SCENE_KEYS.level)) game.scene.getScene(SCENE_KEYS.level).scene.restart();
    },
    dialogue: () => getLevelProbe(game)?.dialogue() ?? null,
  };
}
