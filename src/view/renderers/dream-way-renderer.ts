// Draws the way the dream opened (dream-way.ts) as a trail of white sparks on the ground ahead of Mira,
// over the tiles and under the characters. A glint runs along it towards the exit; with reduced motion
// the trail stands still. Worked out again only when her cell or the tiles change.
import type Phaser from 'phaser';
import type { TileCell, World } from '../../sim/types.ts';
import { SUBPIXELS_PER_PIXEL } from '../../sim/types.ts';
import { dreamWay } from './dream-way.ts';

/** The palette's star and moon white, on the night's ink. */
const SPARK = 0xfff6c8;
const GLINT = 0xffffff;
const INK = 0x0a0b16;
/** Ticks a glint stays on one spark before it moves one further along the trail. */
const GLINT_TICKS = 6;
/** Every this many sparks one glints at a time. */
const GLINT_SPACING = 4;

export class DreamWayRenderer {
  readonly #graphics: Phaser.GameObjects.Graphics;
  /** What the trail was worked out from, compared field by field: a key string built every frame was garbage. */
  readonly #wayFrom = { stage: '', column: -1, row: -1, tilesChanged: -1, level: '' };
  /** The glint drawn, and whether the cells changed since the trail was drawn. */
  #glintDrawn = Number.NaN;
  #cellsDrawn = false;
  #cells: TileCell[] = [];

  constructor(scene: Phaser.Scene, options: { readonly layer: Phaser.GameObjects.Layer; readonly depth: number }) {
    this.#graphics = scene.add.graphics().setDepth(options.depth);
    options.layer.add(this.#graphics);
  }

  /** Draws the trail for this frame and returns its cells (empty while the dream has opened no way). */
  draw(world: World, options: { readonly reducedMotion: boolean }): readonly TileCell[] {
    const size = world.level.tileSize;
    const span = size * SUBPIXELS_PER_PIXEL;
    const from = this.#wayFrom;
    const column = Math.floor(world.mira.x / span);
    const row = Math.floor(world.mira.y / span);
    if (from.stage !== world.dream.stage || from.column !== column || from.row !== row || from.tilesChanged !== world.tiles.changeCount || from.level !== world.level.name) {
      from.stage = world.dream.stage;
      from.column = column;
      from.row = row;
      from.tilesChanged = world.tiles.changeCount;
      from.level = world.level.name;
      this.#cells = dreamWay(world);
      this.#cellsDrawn = false;
    }
    const glint = options.reducedMotion ? -1 : Math.floor(world.tick / GLINT_TICKS) % GLINT_SPACING;
    if (this.#cellsDrawn && glint === this.#glintDrawn) return this.#cells;
    this.#cellsDrawn = true;
    this.#glintDrawn = glint;
    this.#graphics.clear();
    const count = this.#cells.length;
    this.#cells.forEach((cell, index) => {
      // Brightest at her feet, fainter further on, so the trail reads as leading away from her.
      const alpha = 0.85 - (0.5 * index) / Math.max(1, count);
      const bright = (index + GLINT_SPACING - glint) % GLINT_SPACING === 0;
      const centreX = cell.x * size + size / 2;
      const centreY = cell.y * size + size / 2;
      // A small four-pointed spark in the art's own pixels, ringed in ink: the vines' flowers are gold
      // pluses and the river is full of stars, so a bare spark would be lost in the very way it marks.
      this.#graphics.fillStyle(INK, 0.75);
      this.#graphics.fillRect(centreX - 2, centreY - 3, 4, 6);
      this.#graphics.fillRect(centreX - 3, centreY - 2, 6, 4);
      this.#graphics.fillStyle(bright ? GLINT : SPARK, bright ? 1 : alpha);
      this.#graphics.fillRect(centreX - 1, centreY - 2, 2, 4);
      this.#graphics.fillRect(centreX - 2, centreY - 1, 4, 2);
    });
    return this.#cells;
  }
}
