// Builds the game from the scene list; everything else lives in src/view.
import Phaser from 'phaser';
import { createGameConfig } from './view/game-config.ts';

const game = new Phaser.Game(createGameConfig('game'));

// Dev and test builds only: with both flags false the bundler drops this branch and the hook's chunk.
if (import.meta.env.DEV || __TEST_HOOK__) {
  void import('./view/test-hook.ts').then(({ installTestHook }) => {
    installTestHook(game);
  });
}
