// While Mira stands still, faint dots on every tile a run from here would be heard on: the rules' own
// bounded flood (floodOpenCells), so the preview goes round walls exactly as the noise would. Recomputed
// only when her tile or the tiles change.
import type Phaser from 'phaser';
import { SUBPIXELS_PER_PIXEL, floodOpenCells, noiseRadius, type World } from '../../sim/index.ts';

const PREVIEW_COLOR = 0x9ad8ff;

export class NoisePreview {
  readonly #graphics: Phaser.GameObjects.Graphics;
  #shownKey = '';

  constructor(scene: Phaser.Scene, options: { readonly layer: Phaser.GameObjects.Layer; readonly depth: number }) {
    this.#graphics = scene.add.graphics().setDepth(options.depth);
    options.layer.add(this.#graphics);
  }

  draw(world: World): void {
    const { mira, tiles } = world;
    const still = mira.gait === 'still' && world.status === 'playing';
    const column = Math.floor(mira.x / tiles.span);
    const row = Math.floor(mira.y / tiles.span);
    const key = still ? `${column},${row},${tiles.changeCount}` : '';
    if (key === this.#shownKey) return;
    this.#shownKey = key;
    this.#graphics.clear();
    if (!still) return;
    const radius = noiseRadius('run', tiles.noise[row * tiles.width + column] ?? 0);
    const tilePixels = tiles.span / SUBPIXELS_PER_PIXEL;
    this.#graphics.fillStyle(PREVIEW_COLOR, 0.35);
    for (const cell of floodOpenCells(tiles, { x: column, y: row }, radius).cells) {
      this.#graphics.fillRect(cell.x * tilePixels + tilePixels / 2 - 1, cell.y * tilePixels + tilePixels / 2 - 1, 2, 2);
    }
  }
}
