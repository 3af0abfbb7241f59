// A camera that draws the world at its own pixel size, zoom 1, into a framebuffer of that size, for
// PixelUpscale (pixel-upscale.ts) to scale up to the screen by a whole number, nearest-filtered.
// Software WebGL pays for every pixel it fills, so drawing 428x241 pixels instead of 1280x720 cuts the
// tiles', cones' and sprites' cost by the zoom squared; tiles and sprites come out the same, pixel for
// pixel, because every world pixel became zoom x zoom screen pixels anyway.
import Phaser from 'phaser';

/** Screen pixels off the canvas: Phaser's own composite of the framebuffer is put there, clipped whole. */
const OFF_SCREEN = -1_000_000;

/** Where the world's pixels land: screen pixels per world pixel, and their top-left corner on the screen. */
export interface PixelPlacement {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
  /** The world point in the middle of the screen: what `midPoint` reports, as a zoomed camera's would. */
  readonly middleX: number;
  readonly middleY: number;
}

/** No fill: Phaser skips a camera's background when its alpha is 0. */
const NO_FILL = 'rgba(0, 0, 0, 0)';

export class PixelCamera extends Phaser.Cameras.Scene2D.Camera {
  #shown: PixelPlacement | null = null;
  /** Pixel mode (pixel-canvas.ts): the canvas is the world's size, so the camera draws straight into it. */
  #direct = false;
  /** The game's background colour, which the world is drawn over (fillWithBackground). */
  #background: string = NO_FILL;

  constructor(scene: Phaser.Scene) {
    super(0, 0, scene.scale.width, scene.scale.height);
    this.setScene(scene);
    // Phaser then draws the camera into a framebuffer of the camera's size, which PixelUpscale reads.
    this.setForceComposite(true);
  }

  get placement(): PixelPlacement | null {
    return this.#shown;
  }

  /** null: an ordinary camera again (the test hook's tiles-only view draws the map at zoom 1). */
  place(placement: PixelPlacement | null): void {
    this.#shown = placement;
  }

  /** Whether the canvas is the world's size, drawn straight into (pixel-canvas.ts). */
  get drawsDirect(): boolean {
    return this.#direct;
  }

  drawDirect(direct: boolean): void {
    this.#direct = direct;
    this.setForceComposite(!direct);
    this.#fillBackground();
  }

  /**
   * Draws the world over the game's background colour (the colour the canvas is cleared to). Into its
   * framebuffer it fills it first, as an opaque world for the upscale; in pixel mode Phaser has just
   * cleared the canvas to that colour, and filling it again covered every world pixel a second time (about
   * 0.4 ms of the GPU process's frame at 720p under software WebGL).
   */
  fillWithBackground(gameBackground: string): void {
    this.#background = gameBackground;
    this.#fillBackground();
  }

  #fillBackground(): void {
    this.setBackgroundColor(this.#direct ? NO_FILL : this.#background);
  }

  override preRender(): void {
    super.preRender();
    if (this.#shown === null) return;
    this.midPoint.set(this.#shown.middleX, this.#shown.middleY);
    if (this.#direct) return;
    // Phaser composites the framebuffer through matrixExternal with its sprite shader and blending, which
    // cost software WebGL more than an empty canvas's whole frame; off the canvas, it draws nothing.
    this.matrixExternal.applyITRS(OFF_SCREEN, OFF_SCREEN, 0, 1, 1);
    // getViewMatrix(true) is the camera's own matrix (scroll and shake), which Phaser keeps untyped.
    this.matrixExternal.multiply(this.getViewMatrix(true), this.matrixCombined);
  }
}
