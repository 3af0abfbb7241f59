// The Enforcers on the world layer: each one's cone, shadow, body (drawn by its look: an Enforcer, the
// DreamPod drone, Elena, Sam or Niko) and mark.
import type Phaser from 'phaser';
import type { EnforcerState, World } from '../../sim/index.ts';
import { cueOf } from './tick-cues.ts';
import { characterFrameName, facingOf, hunterSheetName, walkFrame } from './character-frames.ts';
import type { CharacterImages } from './character-images.ts';
import { coneChanged, noConeInputs, type ConeInputs } from './cone-inputs.ts';
import { traceCone, type ConeBuffer } from './cone-shape.ts';
import { EnforcerMark, drawEnforcerCone } from './enforcer-mark.ts';
import { LEVEL_DEPTH, characterDepth } from './level-depths.ts';
import type { Motion } from './motion.ts';

interface EnforcerSprite {
  /** Drawn around (0, 0) when what it shows changes, and moved to the Enforcer every frame. */
  readonly cone: Phaser.GameObjects.Graphics;
  readonly coneDrawn: ConeInputs;
  /** The points of the cone drawn last, traced again into the same objects. */
  readonly coneShape: ConeBuffer;
  readonly shadow: Phaser.GameObjects.Image;
  readonly body: Phaser.GameObjects.Image;
  readonly mark: EnforcerMark;
}

export class EnforcerSprites {
  readonly #images: CharacterImages;
  readonly #sprites = new Map<number, EnforcerSprite>();

  constructor(
    scene: Phaser.Scene,
    options: { readonly layer: Phaser.GameObjects.Layer; readonly images: CharacterImages; readonly enforcerIds: readonly number[] },
  ) {
    const { layer, images } = options;
    this.#images = images;
    for (const id of options.enforcerIds) {
      const cone = scene.add.graphics().setDepth(LEVEL_DEPTH.cones);
      layer.add(cone);
      this.#sprites.set(id, {
        cone,
        coneDrawn: noConeInputs(),
        coneShape: { far: [], near: [] },
        shadow: images.image('shadow', { depth: LEVEL_DEPTH.shadows, originY: 0.5 }),
        body: images.image('enforcer-down-0', { depth: LEVEL_DEPTH.characters, originY: 1 }),
        mark: new EnforcerMark(images),
      });
    }
  }

  /** A restart: the world is another one, so every cone is traced again. */
  forgetCones(): void {
    for (const sprite of this.#sprites.values()) Object.assign(sprite.coneDrawn, noConeInputs());
  }

  draw(world: World, options: { readonly motion: Motion; readonly alertedUntil: ReadonlyMap<number, number> }): void {
    const { tick } = world;
    for (const enforcer of world.enforcers) {
      const sprite = this.#sprites.get(enforcer.id);
      const position = options.motion.drawnEnforcers.get(enforcer.id);
      if (!sprite || !position) continue;
      const cue = cueOf(world, enforcer);
      // The cone is traced from the tick's position and only follows the sprite between ticks.
      if (coneChanged(sprite.coneDrawn, world, { enforcer, cue })) {
        sprite.cone.clear();
        drawEnforcerCone(sprite.cone, traceCone(world.tiles, enforcer, sprite.coneShape), { enforcer, cue });
      }
      sprite.cone.setPosition(position.x, position.y);
      this.#drawBody(enforcer, sprite, { position, moving: options.motion.enforcerMoved(enforcer.id), tick });
      sprite.mark.draw(cue, {
        position,
        bodyHeight: sprite.body.height,
        alerted: (options.alertedUntil.get(enforcer.id) ?? -1) > tick,
      });
    }
  }

  #drawBody(
    enforcer: EnforcerState,
    sprite: EnforcerSprite,
    options: { readonly position: { x: number; y: number }; readonly moving: boolean; readonly tick: number },
  ): void {
    const { position } = options;
    const facing = facingOf(enforcer.facingX, enforcer.facingY);
    const frame = walkFrame({ moving: options.moving, gait: 'walk', tick: options.tick });
    this.#images.setFrame(sprite.body, characterFrameName(hunterSheetName(enforcer.look), facing, frame));
    sprite.body.setPosition(position.x, position.y + 1).setDepth(characterDepth(position.y));
    sprite.shadow.setPosition(position.x, position.y);
  }
}
