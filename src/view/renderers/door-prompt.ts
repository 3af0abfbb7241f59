// "E: open" over Mira while a door is within her reach: the rule (doors.ts reachableDoor) decides which
// door, so the prompt shows exactly when Interact would do something.
import Phaser from 'phaser';
import { reachableDoor } from '../../sim/doors.ts';
import type { World } from '../../sim/types.ts';
import { doorPrompt } from '../input/controls-text.ts';
import { TEXT_COLOR, textStyle } from '../ui/palette.ts';

/** Pixels above her feet: over her head, clear of the detection marks drawn over Enforcers. */
const PROMPT_RISE = 22;

export class DoorPrompt {
  private readonly text: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, options: { readonly layer: Phaser.GameObjects.Layer; readonly depth: number }) {
    this.text = scene.add.text(0, 0, '', textStyle(8, TEXT_COLOR)).setOrigin(0.5, 1).setDepth(options.depth).setVisible(false);
    options.layer.add(this.text);
  }

  draw(world: World, mira: { readonly x: number; readonly y: number }): void {
    const index = world.status === 'playing' ? reachableDoor(world) : -1;
    const door = world.doors[index];
    if (!door) {
      this.text.setVisible(false);
      return;
    }
    const label = door.closeWaiting ? 'closing when clear' : doorPrompt(door.open);
    if (this.text.text !== label) this.text.setText(label);
    this.text.setPosition(Math.round(mira.x), Math.round(mira.y - PROMPT_RISE)).setVisible(true);
  }
}
