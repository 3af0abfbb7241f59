// Low effects for the whole game, read once and remembered like reduced motion (motion-preference.ts):
// the dream's waves and blooms are drawn still. The player chooses it in the settings; until they have,
// the game watches the level's frame rate and chooses it for them when frames stay slow, saying so in
// one line (scenes/notice-scene.ts) that names the setting that undoes it.
import Phaser from 'phaser';
import { readLowEffects, writeLowEffects } from '../platform/preferences.ts';
import { FrameRateWatch } from './frame-rate-watch.ts';
import { SCENE_KEYS } from './scene-keys.ts';

/** Said once, when the game lowers the effects by itself: what happened, why, and how to undo it. */
export const LOW_EFFECTS_NOTICE = 'The town was drawing slowly, so the dream is drawn still now. Settings > Low effects brings its waves back.';

let chosen: boolean | null | undefined;
/** Off in the test build until a test turns it on: tests and benches measure the full effects. */
let watching = true;

export function setFrameRateWatched(on: boolean): void {
  watching = on;
}

/** The stored choice, or null while neither the player nor the game has made one. */
function choice(): boolean | null {
  if (chosen === undefined) chosen = readLowEffects();
  return chosen;
}

export function isLowEffects(): boolean {
  return choice() === true;
}

/** The player's choice (from the settings), remembered; the game never overrules it. */
export function setLowEffects(low: boolean): void {
  chosen = low;
  writeLowEffects(low);
}

/**
 * Watches the frames while a level runs, until a choice is stored: slow for long enough, the effects are
 * lowered, remembered, and the notice shown over the level.
 */
export function installLowEffectsWatch(game: Phaser.Game): void {
  const watch = new FrameRateWatch();
  game.events.on(Phaser.Core.Events.POST_STEP, (time: number) => {
    if (choice() !== null) return;
    if (!watching || !game.scene.isActive(SCENE_KEYS.level)) {
      watch.startOver();
      return;
    }
    if (!watch.noteFrame(time)) return;
    setLowEffects(true);
    game.scene.start(SCENE_KEYS.notice, { text: LOW_EFFECTS_NOTICE });
  });
}
