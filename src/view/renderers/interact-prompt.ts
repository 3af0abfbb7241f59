// Over Mira: what Interact would do ("E: wake Leo", "E: open", "E: wait here") and, inside a DreamCircle,
// how to dream ("Hold F: dream together — 1 of 2 children inside the ring"). Worked out from state by dream-cues.ts in
// the rules' order, so a prompt shows exactly when the key would do something.
import type Phaser from 'phaser';
import type { World } from '../../sim/types.ts';
import { TEXT_COLOR, textStyle } from '../ui/palette.ts';
import { dreamPrompt, interactPrompt } from './dream-cues.ts';

/** Pixels above her feet: over her head, clear of the detection marks drawn over Enforcers. */
const PROMPT_RISE = 22;
/** World pixels between the two prompts when both show, and between a prompt and the view's edge. */
const GAP = 1;
const DREAM_COLOR = '#ffe08a';

export class InteractPrompt {
  readonly #interact: Phaser.GameObjects.Text;
  readonly #dream: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, options: { readonly layer: Phaser.GameObjects.Layer; readonly depth: number }) {
    const make = (color: string): Phaser.GameObjects.Text =>
      scene.add.text(0, 0, '', textStyle(8, color)).setOrigin(0.5, 1).setDepth(options.depth).setResolution(4).setVisible(false);
    this.#interact = make(TEXT_COLOR);
    this.#dream = make(DREAM_COLOR);
    options.layer.add([this.#interact, this.#dream]);
  }

  /**
   * `view` is the world camera's window (its left and top in world pixels, its size in screen pixels at
   * `zoom`): a prompt slides along to stay whole on screen when Mira stands at its edge, and the second
   * stacks on the first's real height, which grows with the player's text size.
   */
  draw(world: World, mira: { readonly x: number; readonly y: number }, view: { readonly left: number; readonly width: number; readonly zoom: number }): void {
    const interact = interactPrompt(world);
    const dream = dreamPrompt(world);
    let y = Math.round(mira.y - PROMPT_RISE);
    for (const [text, label] of [[this.#interact, interact], [this.#dream, dream]] as const) {
      if (label === null) {
        text.setVisible(false);
        continue;
      }
      if (text.text !== label) text.setText(label);
      const half = text.displayWidth / 2 + GAP;
      const right = view.left + view.width / view.zoom;
      const x = half * 2 >= right - view.left ? mira.x : Math.min(Math.max(mira.x, view.left + half), right - half);
      text.setPosition(Math.round(x), y).setVisible(true);
      y -= Math.ceil(text.displayHeight) + GAP;
    }
  }
}
