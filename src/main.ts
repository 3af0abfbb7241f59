// Builds the game from the scene list; everything else lives in src/view.
import Phaser from 'phaser';
import { createGameConfig } from './view/game-config.ts';

const game = new Phaser.Game(createGameConfig('game'));

// Dev and test builds only: with both flags false the bundler drops this branch and the hook's chunk.
if (import.meta.env.DEV || __TEST_HOOK__) {
  // The hook tells tests the game is there, so it waits for the boot (postBoot installs the file drop and
  // the other page listeners): a drop sent before that was lost, and a test waited 30 s for its level.
  // READY is emitted just before the synchronous postBoot; the promise resolves after both.
  const booted = new Promise<void>((resolve) => {
    if (game.isRunning) resolve();
    else game.events.once(Phaser.Core.Events.READY, () => { resolve(); });
  });
  void Promise.all([import('./view/test-hook.ts'), booted]).then(([{ installTestHook }]) => {
    installTestHook(game);
  });
}
