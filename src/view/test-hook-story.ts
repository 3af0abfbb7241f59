// TEST ONLY: the hook's handle on the story (part of window.__analogDreams, dev and test builds only):
// what the dialogue box shows, in a level or in a scene the campaign plays outside one.
import type Phaser from 'phaser';
import { getLevelProbe, getStoryProbe } from './game-data.ts';
import type { DialogueShown } from './ui/dialogue-box.ts';
import type { ShownWord } from './effects/floating-words.ts';

export interface StoryTestHook {
  /** What the dialogue box shows now; null while no scene is open (or the pause hides it). */
  dialogue(): DialogueShown | null;
  /** The scene the story scene plays outside a level (which chapter, which part, which knot); null when none. */
  storyScene(): { chapter: string; part: 'intro' | 'outro' | 'chapter'; knot: string } | null;
  /** The words floating over the level now (a hunter's "!?", a catch's word); empty outside a level. */
  floatingWords(): readonly ShownWord[];
}

export function storyTestHook(game: Phaser.Game): StoryTestHook {
  return {
    dialogue: () => getLevelProbe(game)?.dialogue() ?? getStoryProbe(game)?.dialogue() ?? null,
    storyScene: () => {
      const probe = getStoryProbe(game);
      return probe === null ? null : { chapter: probe.chapter, part: probe.part, knot: probe.knot };
    },
    floatingWords: () => getLevelProbe(game)?.words() ?? [],
  };
}
