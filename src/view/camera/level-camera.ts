// The level's two cameras: the world camera that follows Mira (gliding home after a catch) and the
// interface camera at zoom 1 that draws the HUD sharp whatever zoom the world uses.
import type Phaser from 'phaser';
import type { LevelDefinition } from '../../level/level-definition.ts';
import { edgeArrow, type EdgeArrow } from '../renderers/stealth-cues.ts';
import type { Position } from '../renderers/motion.ts';
import { chooseInterfaceScale, chooseWorldZoom } from '../ui/zoom.ts';

/**
 * After a catch Mira is at the spawn at once (the rules do not wait), but the camera glides there over
 * this long, so the player sees where she went instead of a cut. View only: it never delays a tick.
 */
export const CATCH_GLIDE_MILLISECONDS = 450;
/** Screen pixels between the exit arrow's tip and the screen's edge, before the interface scale. */
const EXIT_ARROW_INSET = 14;

export class LevelCamera {
  readonly world: Phaser.Cameras.Scene2D.Camera;
  private readonly interface: Phaser.Cameras.Scene2D.Camera;
  /** Where the camera was looking when Mira was caught, and when: the start of the glide back. */
  private glide: { readonly x: number; readonly y: number; readonly startTime: number } | null = null;
  /** A point looked at instead of Mira until she moves: where the view was before a live reload. */
  private hold: { readonly x: number; readonly y: number } | null = null;

  constructor(
    scene: Phaser.Scene,
    options: { readonly level: LevelDefinition; readonly worldLayer: Phaser.GameObjects.Layer; readonly interfaceLayer: Phaser.GameObjects.Layer },
  ) {
    const { level } = options;
    this.world = scene.cameras.main;
    this.world.setBackgroundColor('#07060d');
    // The catch flash tints the scene instead of blanking it: the player should still see where she was.
    this.world.flashEffect.alpha = 0.45;
    this.world.setBounds(0, 0, level.width * level.tileSize, level.height * level.tileSize);
    this.world.ignore(options.interfaceLayer);
    this.interface = scene.cameras.add(0, 0, scene.scale.width, scene.scale.height, false, 'interface');
    this.interface.ignore(options.worldLayer);
  }

  layout(width: number, height: number): void {
    this.world.setSize(width, height);
    this.world.setZoom(chooseWorldZoom(width, height));
    this.interface.setSize(width, height);
  }

  /** From where the camera looks now: a catch during a glide continues it instead of jumping. */
  startCatchGlide(frameTime: number): void {
    const { midPoint } = this.world;
    this.glide = { x: midPoint.x, y: midPoint.y, startTime: frameTime };
  }

  /** A pause or restart ends a glide rather than snapping on resume. */
  endGlide(): void {
    this.glide = null;
  }

  /** Keeps looking at `point` (world pixels) until release(): a reloaded level opens where the view was. */
  holdAt(point: { readonly x: number; readonly y: number }): void {
    this.hold = point;
  }

  /** Mira moved: from where the view is held, the camera glides back to her. */
  release(frameTime: number): void {
    if (this.hold === null) return;
    this.world.centerOn(this.hold.x, this.hold.y);
    this.hold = null;
    this.startCatchGlide(frameTime);
  }

  /**
   * Looks at Mira (shifted by the look-ahead, world pixels), or at a point gliding towards her after a
   * catch (eased out: fast, then settling).
   */
  follow(mira: Position, frameTime: number, lookAhead: { readonly x: number; readonly y: number } = { x: 0, y: 0 }): void {
    if (this.hold !== null) {
      this.world.centerOn(this.hold.x, this.hold.y);
      return;
    }
    const glide = this.glide;
    const progress = glide === null ? 1 : (frameTime - glide.startTime) / CATCH_GLIDE_MILLISECONDS;
    if (glide === null || progress >= 1 || progress < 0) {
      this.glide = null;
      this.world.centerOn(mira.x + lookAhead.x, mira.y + lookAhead.y);
      return;
    }
    const eased = 1 - (1 - progress) ** 3;
    this.world.centerOn(glide.x + (mira.x - glide.x) * eased, glide.y + (mira.y - glide.y) * eased);
  }

  /** The arrow towards the exit while it is off screen, in the interface camera's pixels. */
  exitArrow(level: LevelDefinition): EdgeArrow | null {
    const camera = this.world;
    const { exit } = level;
    // centerOn has already clamped the scroll to the map: the middle of the view is scroll + half the size.
    const middleX = camera.scrollX + camera.width / 2;
    const middleY = camera.scrollY + camera.height / 2;
    const target = {
      x: (exit.x + exit.width / 2 - middleX) * camera.zoom + camera.width / 2,
      y: (exit.y + exit.height / 2 - middleY) * camera.zoom + camera.height / 2,
    };
    const scale = chooseInterfaceScale(camera.width, camera.height);
    return edgeArrow({ target, width: camera.width, height: camera.height, inset: EXIT_ARROW_INSET * scale });
  }

  /** The world pixels the camera shows now, for pointers drawn at the screen's edge. */
  viewWindow(): { left: number; top: number; width: number; height: number; zoom: number } {
    const camera = this.world;
    const middleX = camera.scrollX + camera.width / 2;
    const middleY = camera.scrollY + camera.height / 2;
    return {
      left: middleX - camera.width / 2 / camera.zoom,
      top: middleY - camera.height / 2 / camera.zoom,
      width: camera.width,
      height: camera.height,
      zoom: camera.zoom,
    };
  }

  /** Stereo pan for a sound at world pixel `x`: left of the view is left, a little short of hard left. */
  panFor(x: number): number {
    const offset = x - this.world.midPoint.x;
    return Math.max(-0.8, Math.min(0.8, offset / (this.world.displayWidth / 2)));
  }
}
