// Mira on the world layer: her shadow and her body, facing and walking as the world says.
import type Phaser from 'phaser';
import type { MiraState, WorldTiles } from '../../sim/index.ts';
import { characterFrameName, facingOf, walkFrame } from './character-frames.ts';
import type { CharacterImages } from './character-images.ts';
import { LEVEL_DEPTH, characterDepth } from './level-depths.ts';
import type { Position } from './motion.ts';

export class MiraSprite {
  readonly #shadow: Phaser.GameObjects.Image;
  /** The body, for effects that copy her as she is drawn (the caught ghost). */
  readonly body: Phaser.GameObjects.Image;
  /**
   * Her silhouette over the `above` layer, shown where a canopy or an eave covers her: what hides her from
   * the player must not hide her from the player (a canopy hides her from Enforcers only where a
   * HidingSpot says so).
   */
  readonly #silhouette: Phaser.GameObjects.Image;

  readonly #images: CharacterImages;

  constructor(images: CharacterImages) {
    this.#images = images;
    this.#shadow = images.image('shadow', { depth: LEVEL_DEPTH.shadows, originY: 0.5 });
    this.body = images.image('mira-down-0', { depth: LEVEL_DEPTH.characters, originY: 1 });
    this.#silhouette = images.image('mira-down-0', { depth: LEVEL_DEPTH.above + 1, originY: 1 }).setTint(0x9ad8ff).setAlpha(0.45).setVisible(false);
  }

  draw(
    mira: MiraState,
    options: { readonly position: Position; readonly moved: boolean; readonly tick: number; readonly tiles: WorldTiles },
  ): void {
    const { position } = options;
    this.#shadow.setPosition(position.x, position.y);
    const facing = facingOf(mira.facingX, mira.facingY);
    this.#images.setFrame(this.body, characterFrameName('mira', facing, walkFrame({ moving: options.moved, gait: mira.gait, tick: options.tick })));
    this.body.setPosition(position.x, position.y + 1).setDepth(characterDepth(position.y));
    // Sneaking shows as a slight fade, crouching a little more: enough to read as "harder to see", not so
    // much that she is lost on dark tiles.
    this.body.setAlpha(mira.gait === 'sneak' ? 0.85 : mira.crouching ? 0.75 : 1);
    const covered = isCovered(options.tiles, mira);
    this.#silhouette.setVisible(covered);
    if (covered) {
      this.#images.setFrame(this.#silhouette, this.body.frame.name);
      this.#silhouette.setPosition(this.body.x, this.body.y);
    }
  }
}

/** Whether an `above` tile lies over her feet or the tile her head reaches into. */
function isCovered(tiles: WorldTiles, mira: MiraState): boolean {
  const column = Math.floor(mira.x / tiles.span);
  const feetRow = Math.floor(mira.y / tiles.span);
  for (const layer of tiles.layers) {
    if (!layer.above) continue;
    for (const row of [feetRow, feetRow - 1]) {
      if (row < 0 || column < 0 || column >= tiles.width || row >= tiles.height) continue;
      if (layer.gids[row * tiles.width + column] !== 0) return true;
    }
  }
  return false;
}
