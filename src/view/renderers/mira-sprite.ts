// Mira on the world layer: her shadow and her body, facing and walking as the world says.
import type Phaser from 'phaser';
import type { MiraState } from '../../sim/index.ts';
import { characterFrameName, facingOf, walkFrame } from './character-frames.ts';
import type { CharacterImages } from './character-images.ts';
import { LEVEL_DEPTH, characterDepth } from './level-depths.ts';
import type { Position } from './motion.ts';

export class MiraSprite {
  private readonly shadow: Phaser.GameObjects.Image;
  /** The body, for effects that copy her as she is drawn (the caught ghost). */
  readonly body: Phaser.GameObjects.Image;

  constructor(private readonly images: CharacterImages) {
    this.shadow = images.image('shadow', { depth: LEVEL_DEPTH.shadows, originY: 0.5 });
    this.body = images.image('mira-down-0', { depth: LEVEL_DEPTH.characters, originY: 1 });
  }

  draw(mira: MiraState, options: { readonly position: Position; readonly moved: boolean; readonly tick: number }): void {
    const { position } = options;
    this.shadow.setPosition(position.x, position.y);
    const facing = facingOf(mira.facingX, mira.facingY);
    this.images.setFrame(this.body, characterFrameName('mira', facing, walkFrame({ moving: options.moved, gait: mira.gait, tick: options.tick })));
    this.body.setPosition(position.x, position.y + 1).setDepth(characterDepth(position.y));
    // Sneaking shows as a slight fade: enough to read as "harder to see", not so much that she is lost on dark tiles.
    this.body.setAlpha(mira.gait === 'sneak' ? 0.85 : 1);
  }
}
