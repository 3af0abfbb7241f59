// The children of the group on the world layer: each with its shadow, its own sprite by look (walking and
// facing as Mira does), curled up with a drifting "z" while asleep, and a marker over its head while it
// waits where Mira told it to. One set of images per child, made once: nothing is created per frame.
import type Phaser from 'phaser';
import type { ChildState, World } from '../../sim/index.ts';
import { characterFrameName, childSheetName, facingOf, walkFrame } from './character-frames.ts';
import type { CharacterImages } from './character-images.ts';
import { LEVEL_DEPTH, characterDepth } from './level-depths.ts';
import type { Motion } from './motion.ts';

/** Pixels above the feet: the marks sit over the head, under the prompts over Mira. */
const MARK_RISE = 17;

interface ChildImages {
  readonly shadow: Phaser.GameObjects.Image;
  readonly body: Phaser.GameObjects.Image;
  readonly mark: Phaser.GameObjects.Image;
}

/** What each child shows, for the test hook and the screenshots. */
export interface DrawnChild {
  readonly id: number;
  readonly frame: string;
  readonly mark: 'sleep' | 'wait' | null;
  readonly x: number;
  readonly y: number;
}

export class ChildSprites {
  readonly #byId = new Map<number, ChildImages>();

  readonly #images: CharacterImages;

  constructor(
    images: CharacterImages,
    childIds: readonly number[],
  ) {
    this.#images = images;
    for (const id of childIds) {
      this.#byId.set(id, {
        shadow: images.image('shadow', { depth: LEVEL_DEPTH.shadows, originY: 0.5 }),
        body: images.image('child0-down-0', { depth: LEVEL_DEPTH.characters, originY: 1 }),
        mark: images.image('icon-sleep', { depth: LEVEL_DEPTH.marks - 1, originY: 1 }),
      });
    }
  }

  draw(world: World, options: { readonly motion: Motion; readonly reducedMotion: boolean }): DrawnChild[] {
    const { motion } = options;
    const drawn: DrawnChild[] = [];
    for (const child of world.children) {
      const images = this.#byId.get(child.id);
      const position = motion.drawnChildren.get(child.id);
      if (!images || !position) continue;
      const frame = childFrame(child, { moving: motion.childMoved(child.id), tick: world.tick });
      this.#images.setFrame(images.body, frame);
      images.body.setPosition(position.x, position.y + 1).setDepth(characterDepth(position.y));
      images.shadow.setPosition(position.x, position.y).setVisible(child.mode !== 'asleep');
      const mark = child.mode === 'asleep' ? 'sleep' : child.mode === 'waiting' ? 'wait' : null;
      images.mark.setVisible(mark !== null);
      if (mark !== null) {
        this.#images.setFrame(images.mark, mark === 'sleep' ? 'icon-sleep' : 'icon-wait');
        // The "z" drifts up and back every second; with reduced motion it stays put.
        const drift = mark === 'sleep' && !options.reducedMotion ? Math.floor(world.tick / 15) % 4 : 0;
        const rise = mark === 'sleep' ? MARK_RISE - 8 : MARK_RISE;
        images.mark.setPosition(position.x + (mark === 'sleep' ? 4 : 0), position.y - rise - drift);
      }
      drawn.push({ id: child.id, frame, mark, x: position.x, y: position.y });
    }
    return drawn;
  }
}

/** The sheet frame for a child: curled up asleep, else walking or standing like Mira. */
export function childFrame(child: ChildState, options: { readonly moving: boolean; readonly tick: number }): string {
  const sheet = childSheetName(child.look);
  if (child.mode === 'asleep') return `${sheet}-asleep`;
  const facing = facingOf(child.facingX, child.facingY);
  return characterFrameName(sheet, facing, walkFrame({ moving: options.moving, gait: child.gait, tick: options.tick }));
}
