// The moment the title can first be used, as a performance mark: the load benchmark and a player's
// browser profile both read "navigation to the first interactive title frame" from it, in any build.
import Phaser from 'phaser';

/** The mark's name in `performance.getEntriesByName`. */
export const TITLE_INTERACTIVE_MARK = 'analog-dreams:title-interactive';

/** Marks the end of the first frame drawn after the title's menu is built; only the page's first one counts. */
export function markTitleInteractive(scene: Phaser.Scene): void {
  if (performance.getEntriesByName(TITLE_INTERACTIVE_MARK).length > 0) return;
  scene.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
    if (performance.getEntriesByName(TITLE_INTERACTIVE_MARK).length === 0) performance.mark(TITLE_INTERACTIVE_MARK);
  });
}
