// The level's cameras: the world camera that follows Mira (gliding home after a catch), drawing the world
// at its own pixel size for the words camera to scale up first (pixel-camera.ts, pixel-upscale.ts); the words camera that draws the words over
// the world (prompts, floating words) at the same place but at screen resolution, so they stay as sharp
// as before; and the interface camera at zoom 1 that draws the HUD sharp whatever zoom the world uses.
// Where the view looks is worked out here, as a zoomed camera with bounds would, and handed to all three.
import type Phaser from 'phaser';
import type { LevelDefinition } from '../../level/level-definition.ts';
import type { World } from '../../sim/index.ts';
import { edgeArrow, type EdgeArrow } from '../renderers/stealth-cues.ts';
import type { Position } from '../renderers/motion.ts';
import { goalOf } from '../renderers/tick-cues.ts';
import { BACKGROUND_COLOR } from '../ui/palette.ts';
import { chooseInterfaceScale, chooseLevelZoom } from '../ui/zoom.ts';
import { ScreenMirror } from '../ui/screen-mirror.ts';
import { PixelCamera } from './pixel-camera.ts';
import { PixelCanvas } from './pixel-canvas.ts';
import { PixelUpscale } from './pixel-upscale.ts';

/**
 * After a catch Mira is at the spawn at once (the rules do not wait), but the camera glides there over
 * this long, so the player sees where she went instead of a cut. View only: it never delays a tick.
 */
export const CATCH_GLIDE_MILLISECONDS = 450;
/** Screen pixels between the exit arrow's tip and the screen's edge, before the interface scale. */
const EXIT_ARROW_INSET = 14;

export class LevelCamera {
  /** Draws the world layer; its flash tints the whole screen. */
  readonly world: PixelCamera;
  readonly #words: Phaser.Cameras.Scene2D.Camera;
  readonly #interface: Phaser.Cameras.Scene2D.Camera;
  /** The map's size in world pixels: the view stays inside it. */
  readonly #mapWidth: number;
  readonly #mapHeight: number;
  /** The screen, in screen pixels, and screen pixels per world pixel. */
  #screen = { width: 1, height: 1, zoom: 1 };
  /** The world point in the middle of the screen, after keeping the view inside the map. */
  #middle = { x: 0, y: 0 };
  /** Where the camera was looking when Mira was caught, and when: the start of the glide back. */
  #glide: { readonly x: number; readonly y: number; readonly startTime: number } | null = null;
  /** A point looked at instead of Mira until she moves: where the view was before a live reload. */
  #hold: { readonly x: number; readonly y: number } | null = null;

  constructor(
    scene: Phaser.Scene,
    options: {
      readonly level: LevelDefinition;
      readonly worldLayer: Phaser.GameObjects.Layer;
      readonly wordLayer: Phaser.GameObjects.Layer;
      readonly interfaceLayer: Phaser.GameObjects.Layer;
      /** Where the milliseconds the screen mirror took this frame are written (the frame benchmarks read them). */
      readonly timings: { screen: number };
    },
  ) {
    const { level, worldLayer, wordLayer, interfaceLayer } = options;
    this.#mapWidth = level.width * level.tileSize;
    this.#mapHeight = level.height * level.tileSize;
    // The scene's own main camera gives way to the pixel camera, first in the drawing order.
    scene.cameras.remove(scene.cameras.main);
    this.world = new PixelCamera(scene);
    scene.cameras.addExisting(this.world, true);
    this.world.fillWithBackground(BACKGROUND_COLOR);
    // The catch flash tints the scene instead of blanking it: the player should still see where she was.
    this.world.flashEffect.alpha = 0.45;
    // Drawn by the words camera before any word, on the screen-sized canvas only: the world, scaled up
    // under them. A layer of its own, which the screen mirror is not given.
    const upscaleLayer = scene.add.layer(new PixelUpscale(scene, this.world));
    scene.children.moveBelow(upscaleLayer, wordLayer);
    this.world.ignore([upscaleLayer, wordLayer, interfaceLayer]);
    this.#words = scene.cameras.add(0, 0, scene.scale.width, scene.scale.height, false, 'words');
    this.#words.ignore([worldLayer, interfaceLayer]);
    this.#interface = scene.cameras.add(0, 0, scene.scale.width, scene.scale.height, false, 'interface');
    this.#interface.ignore([worldLayer, upscaleLayer, wordLayer]);
    const parent = scene.game.canvas.parentElement ?? document.body;
    // The canvas at the world's pixel size while nothing needs Phaser at screen resolution.
    const pixelCanvas = new PixelCanvas(scene, {
      world: this.world,
      screenLayers: [
        { layer: wordLayer, camera: this.#words },
        { layer: interfaceLayer, camera: this.#interface },
      ],
      mirror: new ScreenMirror(parent),
    });
    // After every scene's update (a caption woken by a scene after the level's update is shown too), before
    // anything renders.
    const choose = (): void => {
      const started = performance.now();
      pixelCanvas.choose();
      options.timings.screen = performance.now() - started;
    };
    scene.game.events.on('poststep', choose);
    scene.events.once('shutdown', () => {
      scene.game.events.off('poststep', choose);
      pixelCanvas.release();
    });
  }

  layout(width: number, height: number): void {
    const zoom = chooseLevelZoom({ width, height }, { width: this.#mapWidth, height: this.#mapHeight });
    this.#screen = { width, height, zoom };
    // One world pixel more each way than the screen holds: the world's corner sits up to one world pixel
    // left of and above the screen's when the view is between pixels.
    this.world.setSize(Math.ceil(width / zoom) + 1, Math.ceil(height / zoom) + 1).setZoom(1);
    this.#words.setSize(width, height).setZoom(zoom);
    this.#interface.setSize(width, height);
    this.#lookAt(this.#middle.x, this.#middle.y);
  }

  /** The world pixels the screen shows across and down. */
  viewSize(): { width: number; height: number } {
    return { width: this.#screen.width / this.#screen.zoom, height: this.#screen.height / this.#screen.zoom };
  }

  /** The catch shake, as strong on the screen as Phaser's shake of the zoomed camera was. */
  shake(milliseconds: number, intensity: number): void {
    // Phaser moves a camera by intensity x its width x its zoom, in its own pixels: the zoomed camera
    // moved intensity x screen width x zoom world pixels; this one is zoom times narrower, at zoom 1.
    this.world.shake(milliseconds, intensity * this.#screen.zoom * this.#screen.zoom);
  }

  /** From where the camera looks now: a catch during a glide continues it instead of jumping. */
  startCatchGlide(frameTime: number): void {
    this.#glide = { x: this.#middle.x, y: this.#middle.y, startTime: frameTime };
  }

  /** A pause or restart ends a glide rather than snapping on resume. */
  endGlide(): void {
    this.#glide = null;
  }

  /** Keeps looking at `point` (world pixels) until release(): a reloaded level opens where the view was. */
  holdAt(point: { readonly x: number; readonly y: number }): void {
    this.#hold = point;
  }

  /** Mira moved: from where the view is held, the camera glides back to her. */
  release(frameTime: number): void {
    if (this.#hold === null) return;
    this.#lookAt(this.#hold.x, this.#hold.y);
    this.#hold = null;
    this.startCatchGlide(frameTime);
  }

  /**
   * Looks at Mira (shifted by the look-ahead, world pixels), or at a point gliding towards her after a
   * catch (eased out: fast, then settling).
   */
  follow(mira: Position, frameTime: number, lookAhead: { readonly x: number; readonly y: number } = { x: 0, y: 0 }): void {
    if (this.#hold !== null) {
      this.#lookAt(this.#hold.x, this.#hold.y);
      return;
    }
    const glide = this.#glide;
    const progress = glide === null ? 1 : (frameTime - glide.startTime) / CATCH_GLIDE_MILLISECONDS;
    if (glide === null || progress >= 1 || progress < 0) {
      this.#glide = null;
      this.#lookAt(mira.x + lookAhead.x, mira.y + lookAhead.y);
      return;
    }
    const eased = 1 - (1 - progress) ** 3;
    this.#lookAt(glide.x + (mira.x - glide.x) * eased, glide.y + (mira.y - glide.y) * eased);
  }

  /** The arrow towards the goal (goalArea: the circle, then the exit) while it is off screen, in the interface camera's pixels. */
  goalArrow(world: World): EdgeArrow | null {
    const goal = goalOf(world);
    const { width, height } = this.#screen;
    const target = this.toScreen(goal.x + goal.width / 2, goal.y + goal.height / 2);
    const scale = chooseInterfaceScale(width, height);
    return edgeArrow({ target, width, height, inset: EXIT_ARROW_INSET * scale });
  }

  /** The world pixels the camera shows now, for pointers drawn at the screen's edge. */
  viewWindow(): { left: number; top: number; width: number; height: number; zoom: number } {
    const { width, height, zoom } = this.#screen;
    return { left: this.#middle.x - width / 2 / zoom, top: this.#middle.y - height / 2 / zoom, width, height, zoom };
  }

  /** Stereo pan for a sound at world pixel `x`: left of the view is left, a little short of hard left. */
  panFor(x: number): number {
    const offset = x - this.#middle.x;
    return Math.max(-0.8, Math.min(0.8, offset / (this.viewSize().width / 2)));
  }

  /** Where a world point is drawn, in the interface camera's pixels (the goal hint keeps clear of Mira). */
  toScreen(x: number, y: number): { x: number; y: number } {
    const { width, height, zoom } = this.#screen;
    return { x: (x - this.#middle.x) * zoom + width / 2, y: (y - this.#middle.y) * zoom + height / 2 };
  }

  /**
   * Puts the middle of the view at this world point, kept inside the map as Phaser's camera bounds
   * would (a map smaller than the view shows from its top left), and places the three cameras there.
   */
  #lookAt(x: number, y: number): void {
    const view = this.viewSize();
    const middleX = Math.min(Math.max(x, view.width / 2), Math.max(view.width / 2, this.#mapWidth - view.width / 2));
    const middleY = Math.min(Math.max(y, view.height / 2), Math.max(view.height / 2, this.#mapHeight - view.height / 2));
    this.#middle = { x: middleX, y: middleY };
    const { width, height, zoom } = this.#screen;
    // The world's picture starts at the whole world pixel at or left of the screen's left edge, and lands
    // where a zoomed camera would have drawn that pixel (rounded to a whole screen pixel).
    const left = Math.floor(middleX - view.width / 2);
    const top = Math.floor(middleY - view.height / 2);
    this.world.setScroll(left, top);
    this.world.place({
      scale: zoom,
      x: Math.round((left - middleX) * zoom + width / 2),
      y: Math.round((top - middleY) * zoom + height / 2),
      middleX,
      middleY,
    });
    this.#words.setScroll(middleX - width / 2, middleY - height / 2);
  }
}
