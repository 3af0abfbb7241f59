// STUB for the canvas branch; the mirror branch replaces it.
import type Phaser from 'phaser';
export interface MirroredLayer {
  readonly layer: Phaser.GameObjects.Layer;
  readonly camera: Phaser.Cameras.Scene2D.Camera;
}
export class ScreenMirror {
  constructor(parent: HTMLElement) {
    parent.append();
  }
  show(layers: readonly MirroredLayer[]): boolean {
    return layers.length > 0;
  }
  hide(): void {}
  destroy(): void {}
}
