// What the level's events look and sound like: sounds, the catch flash and shake, the fading ghost where
// Mira was caught, the alert marks. It also remembers the moments the HUD reads (last catch, first step).
// Effects follow the world; they never change it.
import type Phaser from 'phaser';
import { SUBPIXELS_PER_PIXEL, type SimEvent, type World } from '../../sim/index.ts';
import { CATCH_GLIDE_MILLISECONDS, type LevelCamera } from '../camera/level-camera.ts';
import type { MiraSprite } from '../renderers/mira-sprite.ts';
import { LEVEL_DEPTH } from '../renderers/level-depths.ts';
import { CHARACTERS_TEXTURE } from '../scene-keys.ts';
import { gameSounds } from '../sounds.ts';
import { ERROR_COLOR, colorNumber } from '../ui/palette.ts';

/** How long the alert mark stays over the Enforcer that caught Mira, in ticks. */
const ALERT_AFTER_CATCH_TICKS = 60;
/** How long the HUD says "caught!" after a catch, in ticks. */
const CAUGHT_WORD_TICKS = 60;

export class LevelEffects {
  /** Until which tick each Enforcer's mark stays full after a catch. */
  readonly alertedUntil = new Map<number, number>();
  private caughtAtTick: number | null = null;
  /** Tick of Mira's first step this run: it dismisses the goal hint. */
  private firstStepTick: number | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly options: { readonly camera: LevelCamera; readonly mira: MiraSprite; readonly worldLayer: Phaser.GameObjects.Layer },
  ) {}

  get firstMoveTick(): number | null {
    return this.firstStepTick;
  }

  /** The HUD says "caught!" for a moment after a catch. */
  caughtLately(tick: number): boolean {
    return this.caughtAtTick !== null && tick - this.caughtAtTick < CAUGHT_WORD_TICKS;
  }

  /** A fresh run: nothing caught, nobody moved yet. */
  reset(): void {
    this.alertedUntil.clear();
    this.caughtAtTick = null;
    this.firstStepTick = null;
  }

  noteMove(world: World, moved: boolean): void {
    if (moved && this.firstStepTick === null) this.firstStepTick = world.tick;
  }

  play(world: World, events: readonly SimEvent[]): void {
    const sounds = gameSounds();
    for (const event of events) {
      switch (event.type) {
        case 'caught':
          this.alertedUntil.set(event.enforcerId, world.tick + ALERT_AFTER_CATCH_TICKS);
          this.caughtAtTick = world.tick;
          this.options.camera.world.flash(160, 255, 70, 90);
          this.options.camera.world.shake(180, 0.006);
          this.leaveCaughtGhost();
          sounds.play('caught');
          break;
        case 'spotted':
          sounds.play('spotted', { volume: 0.7, pan: this.panFor(world, event.enforcerId) });
          break;
        case 'lost-sight':
          sounds.play('lost-sight', { volume: 0.5, pan: this.panFor(world, event.enforcerId) });
          break;
        case 'restarted':
          this.reset();
          sounds.play('restart', { volume: 0.6 });
          break;
        case 'footstep':
          if (event.gait !== 'still') sounds.play(`step-${event.gait}`, { volume: 0.5 });
          break;
        case 'finished':
          sounds.play('finished');
          break;
        case 'tiles-changed':
          // Drawn by the level's tilemap; no sound of its own (a door or the dream will bring theirs).
          break;
      }
    }
  }

  /**
   * Mira is back at the spawn on the next tick; a copy of her fades where she was caught, so the catch
   * reads as a capture rather than a teleport while the camera glides home.
   */
  private leaveCaughtGhost(): void {
    const { body } = this.options.mira;
    const ghost = this.scene.add
      .image(body.x, body.y, CHARACTERS_TEXTURE, body.frame.name)
      .setOrigin(body.originX, body.originY)
      .setDepth(LEVEL_DEPTH.characters)
      .setTint(colorNumber(ERROR_COLOR));
    this.options.worldLayer.add(ghost);
    this.scene.tweens.add({
      targets: ghost,
      alpha: 0,
      y: ghost.y - 6,
      duration: CATCH_GLIDE_MILLISECONDS + 250,
      onComplete: () => {
        ghost.destroy();
      },
    });
  }

  private panFor(world: World, enforcerId: number): number {
    const enforcer = world.enforcers.find((candidate) => candidate.id === enforcerId);
    return enforcer ? this.options.camera.panFor(enforcer.x / SUBPIXELS_PER_PIXEL) : 0;
  }
}
