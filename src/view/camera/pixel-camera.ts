// A camera that draws the world at its own pixel size into a small framebuffer and lays that on the
// screen scaled up by a whole number, nearest-filtered (pixelArt turns smoothing off). Software WebGL
// pays for every pixel it fills, so drawing 428x241 pixels instead of 1280x720 cuts the tiles', cones'
// and sprites' cost by the zoom squared; the picture is the same, pixel for pixel, because every world
// pixel became zoom x zoom screen pixels anyway.
import Phaser from 'phaser';

/** Where the framebuffer lands: screen pixels per world pixel, and its top-left corner on the screen. */
export interface PixelPlacement {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
  /** The world point in the middle of the screen: what `midPoint` reports, as a zoomed camera's would. */
  readonly middleX: number;
  readonly middleY: number;
}

export class PixelCamera extends Phaser.Cameras.Scene2D.Camera {
  private shown: PixelPlacement | null = null;

  get placement(): PixelPlacement | null {
    return this.shown;
  }

  constructor(scene: Phaser.Scene) {
    super(0, 0, scene.scale.width, scene.scale.height);
    this.setScene(scene);
    // Phaser draws the camera into a framebuffer of the camera's own size, then composites that through
    // matrixExternal: the step where the scale-up happens.
    this.setForceComposite(true);
  }

  /** null: an ordinary camera again (the test hook's tiles-only view draws the map at zoom 1). */
  place(placement: PixelPlacement | null): void {
    this.shown = placement;
  }

  override preRender(): void {
    super.preRender();
    const placement = this.shown;
    if (placement === null) return;
    this.matrixExternal.applyITRS(placement.x, placement.y, 0, placement.scale, placement.scale);
    // getViewMatrix(true) is the camera's own matrix (scroll and shake), which Phaser keeps untyped.
    this.matrixExternal.multiply(this.getViewMatrix(true), this.matrixCombined);
    this.midPoint.set(placement.middleX, placement.middleY);
  }
}
