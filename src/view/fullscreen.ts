// Fullscreen on every screen: its key (the bindings table's `fullscreen`), the settings' row, and the
// player's last choice asked for again on the next visit. Browsers grant fullscreen only in answer to a
// press, so a remembered choice waits for the player's first key or click.
import Phaser from 'phaser';
import { readFullscreen, writeFullscreen } from '../platform/preferences.ts';
import { currentBindings } from './input/current-bindings.ts';
import { domKeyCode } from './input/dom-key-codes.ts';

export function isFullscreen(game: Phaser.Game): boolean {
  return game.scale.isFullscreen;
}

/** Into or out of fullscreen, remembered. The canvas fills the screen with whole pixels, as it fills a window. */
export function setFullscreen(game: Phaser.Game, on: boolean): void {
  writeFullscreen(on);
  if (on === isFullscreen(game)) return;
  if (on) game.scale.startFullscreen();
  else game.scale.stopFullscreen();
}

export function installFullscreen(game: Phaser.Game): void {
  let firstPress = true;
  const onPress = (event: Event): void => {
    if (event instanceof KeyboardEvent && currentBindings().fullscreen.keys.map(domKeyCode).includes(event.code)) {
      // The browser's own F11 fullscreen would hide the page's state from the game: the game's goes instead.
      event.preventDefault();
      firstPress = false;
      if (!event.repeat) setFullscreen(game, !isFullscreen(game));
      return;
    }
    if (!firstPress) return;
    firstPress = false;
    if (readFullscreen()) setFullscreen(game, true);
  };
  window.addEventListener('keydown', onPress);
  window.addEventListener('pointerdown', onPress);
  // Leaving by the browser's own way (Esc) is a choice too: the next visit opens in a window.
  game.scale.on(Phaser.Scale.Events.LEAVE_FULLSCREEN, () => {
    writeFullscreen(false);
  });
}
