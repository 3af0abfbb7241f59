// TEST ONLY: the hook's handle on the story (part of window.__analogDreams, dev and test builds only):
// what the dialogue box shows.
import type Phaser from 'phaser';
import { getLevelProbe } from './game-data.ts';
import type { DialogueShown } from './ui/dialogue-box.ts';

export interface StoryTestHook {
  /** What the dialogue box shows now; null while no scene is open (or the pause hides it). */
  dialogue(): DialogueShown | null;
}

export function storyTestHook(game: Phaser.Game): StoryTestHook {
  return {
    dialogue: () => getLevelProbe(game)?.dialogue() ?? null,
  };
}
