// The dream on the map's cells: the ripple before a change (cells whose changeAt is at most
// DREAM_RIPPLE_TICKS away shimmer, the nearest ones brightest: that band is the wave's moving front) and
// the bloom as a cell takes its dream form. The tiles themselves are the tilemap's (only changed cells
// are put); this draws over them with one Graphics, and only cells inside the camera's view: however
// many cells change, a frame draws at most a screenful. A bloom is a slot in fixed arrays drawn by one of
// a pool of images (made as needed, at most BLOOM_IMAGES, reused): no object per cell, and no circle for
// Graphics to triangulate (540 of those took 50 ms a frame). With reduced motion the ripple is a still
// outline and a change is a plain swap.
import type Phaser from 'phaser';
import type { TileCell, World } from '../../sim/index.ts';
import { rippleStrength } from '../renderers/dream-cues.ts';
import type { ViewWindow } from '../renderers/radar-view.ts';

const TEAL = 0x2fc4b2;
const GOLD = 0xffc94a;
const MAGENTA = 0xe0479e;
/** Ticks a bloom lasts: a quarter second, quick enough that a wave of them reads as one movement. */
const BLOOM_TICKS = 16;
/** Blooms remembered at once: more than a screenful of cells at the widest zoom. */
const BLOOM_CAPACITY = 4096;
/** Ripple strength from which a cell counts as the front (the last 6 ticks before it changes). */
const FRONT_STRENGTH = 0.9;
/** Bloom images at most: a screenful of cells at the game's widest view; more blooms than this wait. */
const BLOOM_IMAGES = 1536;
const GLOW_TEXTURE = 'dream-bloom-glow';
const GLOW_SIZE = 32;
/** Cells of margin around the view, so a bloom half on screen is drawn too. */
const VIEW_MARGIN_CELLS = 1;

/** What the last frame drew, for the test hook: counts, not objects. */
export interface DreamCellsDrawn {
  readonly mode: 'animated' | 'static';
  readonly rippling: number;
  readonly front: number;
  readonly blooming: number;
  /** The fill alpha the first rippling cell was drawn with (a still highlight keeps it from frame to frame). */
  readonly firstAlpha: number | null;
}

interface DreamCellsOptions { readonly layer: Phaser.GameObjects.Layer; readonly depth: number }

export class DreamCells {
  readonly #graphics: Phaser.GameObjects.Graphics;
  /** A ring of blooms: the cell index and the tick it bloomed (-1: free), newest at `next - 1`. */
  readonly #bloomCell = new Int32Array(BLOOM_CAPACITY);
  readonly #bloomTick = new Int32Array(BLOOM_CAPACITY).fill(-1);
  readonly #bloomInto = new Uint8Array(BLOOM_CAPACITY);
  #next = 0;
  /** Per cell, the dreamed flag as last drawn: a change of it is what blooms. */
  #seenDreamed = new Uint8Array(0);
  #lastView: ViewWindow | null = null;
  #drawn: DreamCellsDrawn = { mode: 'animated', rippling: 0, front: 0, blooming: 0, firstAlpha: null };
  /** The last frame drew nothing and no bloom has started since: while the town wakes, nothing to scan. */
  #quiet = false;

  readonly #images: Phaser.GameObjects.Image[] = [];
  #shownImages = 0;

  readonly #scene: Phaser.Scene;
  readonly #options: DreamCellsOptions;

  constructor(
    scene: Phaser.Scene,
    options: DreamCellsOptions,
  ) {
    this.#scene = scene;
    this.#options = options;
    this.#graphics = scene.add.graphics().setDepth(options.depth);
    options.layer.add(this.#graphics);
    if (!scene.textures.exists(GLOW_TEXTURE)) {
      // A soft disc with a bright rim, drawn once: every bloom is this image, tinted and scaled.
      const brush = scene.make.graphics({}, false);
      const middle = GLOW_SIZE / 2;
      brush.fillStyle(0xffffff, 0.3).fillCircle(middle, middle, middle);
      brush.fillStyle(0xffffff, 0.5).fillCircle(middle, middle, middle * 0.6);
      brush.lineStyle(2, 0xffffff, 1).strokeCircle(middle, middle, middle - 1);
      brush.generateTexture(GLOW_TEXTURE, GLOW_SIZE, GLOW_SIZE);
      brush.destroy();
    }
  }

  #bloomImage(index: number): Phaser.GameObjects.Image {
    let image = this.#images[index];
    if (!image) {
      image = this.#scene.add.image(0, 0, GLOW_TEXTURE).setDepth(this.#options.depth).setBlendMode('ADD');
      this.#options.layer.add(image);
      this.#images.push(image);
    }
    return image;
  }

  /** A restart: no bloom survives into a fresh world. */
  reset(): void {
    this.#quiet = false;
    this.#bloomTick.fill(-1);
    this.#next = 0;
    this.#seenDreamed.fill(0);
  }

  /**
   * A tiles-changed event: the cells on screen whose dream form just came or went bloom (a door in the
   * same list does not: its dreamed flag did not change). Off-screen cells only update what was seen.
   */
  noteChanged(world: World, cells: readonly TileCell[], reducedMotion: boolean): void {
    const { width, height } = world.tiles;
    if (this.#seenDreamed.length !== width * height) this.#seenDreamed = new Uint8Array(width * height);
    const view = this.#lastView;
    const range = view ? cellRange(world, view) : null;
    for (const cell of cells) {
      const index = cell.y * width + cell.x;
      const dreamed = world.dream.dreamed[index] ?? 0;
      if (this.#seenDreamed[index] === dreamed) continue;
      this.#seenDreamed[index] = dreamed;
      if (reducedMotion || !range) continue;
      if (cell.x < range.left || cell.x > range.right || cell.y < range.top || cell.y > range.bottom) continue;
      const slot = this.#next;
      this.#quiet = false;
      this.#bloomCell[slot] = index;
      this.#bloomTick[slot] = world.tick;
      this.#bloomInto[slot] = dreamed;
      this.#next = (slot + 1) % BLOOM_CAPACITY;
    }
  }

  draw(world: World, options: { readonly view: ViewWindow; readonly reducedMotion: boolean }): DreamCellsDrawn {
    const { view, reducedMotion } = options;
    this.#lastView = view;
    // Waking, no cell is scheduled to change: a frame after an empty one draws nothing again.
    if (this.#quiet && world.dream.stage === 'waking') return this.#drawn;
    const graphics = this.#graphics.clear();
    const { tick, dream, tiles } = world;
    const tileSize = world.level.tileSize;
    const range = cellRange(world, view);
    let rippling = 0;
    let front = 0;
    let firstAlpha: number | null = null;
    // Every frame scans the cells on screen only (a few thousand at most): a change may be due in any stage.
    for (let row = range.top; row <= range.bottom; row += 1) {
      for (let column = range.left; column <= range.right; column += 1) {
        const strength = rippleStrength(dream.changeAt[row * tiles.width + column] ?? -1, tick);
        if (strength <= 0) continue;
        rippling += 1;
        const isFront = strength >= FRONT_STRENGTH;
        if (isFront) front += 1;
        const x = column * tileSize;
        const y = row * tileSize;
        if (reducedMotion) {
          // A still mark: the same outline every frame until the cell changes.
          const alpha = 0.8;
          firstAlpha ??= alpha;
          graphics.lineStyle(1, GOLD, alpha).strokeRect(x + 1.5, y + 1.5, tileSize - 3, tileSize - 3);
          continue;
        }
        // A shimmer that runs across the cells, stronger as the change nears; the front flares gold.
        const wave = 0.5 + 0.5 * Math.sin(tick * 0.35 + (column + row) * 0.9);
        const alpha = isFront ? 0.45 + 0.3 * wave : 0.08 + 0.3 * strength * wave;
        firstAlpha ??= alpha;
        graphics.fillStyle(isFront ? GOLD : TEAL, alpha).fillRect(x, y, tileSize, tileSize);
      }
    }
    const blooming = this.#drawBlooms(world, { range, tileSize, shown: !reducedMotion });
    this.#drawn = { mode: reducedMotion ? 'static' : 'animated', rippling, front, blooming, firstAlpha };
    this.#quiet = rippling === 0 && blooming === 0;
    return this.#drawn;
  }

  /** Shows the live blooms on the pool's images and hides the rest; with `shown` false, none. */
  #drawBlooms(world: World, options: { readonly range: CellRange; readonly tileSize: number; readonly shown: boolean }): number {
    const { range, tileSize } = options;
    const { width } = world.tiles;
    let blooming = 0;
    for (let slot = 0; options.shown && slot < BLOOM_CAPACITY && blooming < BLOOM_IMAGES; slot += 1) {
      const started = this.#bloomTick[slot] ?? -1;
      if (started < 0) continue;
      const age = world.tick - started;
      if (age < 0 || age >= BLOOM_TICKS) {
        this.#bloomTick[slot] = -1;
        continue;
      }
      const index = this.#bloomCell[slot] ?? 0;
      const column = index % width;
      const row = Math.floor(index / width);
      if (column < range.left || column > range.right || row < range.top || row > range.bottom) continue;
      const share = age / BLOOM_TICKS;
      const into = this.#bloomInto[slot] === 1;
      // Into the dream: a burst that opens out; back to waking: a glow that closes in.
      const size = tileSize * (into ? 0.4 + 1.2 * share : 1.6 - 1.2 * share);
      this.#bloomImage(blooming)
        .setPosition(column * tileSize + tileSize / 2, row * tileSize + tileSize / 2)
        .setDisplaySize(size, size)
        .setTint(into ? (share < 0.5 ? GOLD : MAGENTA) : TEAL)
        .setAlpha(0.9 * (1 - share))
        .setVisible(true);
      blooming += 1;
    }
    for (let index = blooming; index < this.#shownImages; index += 1) this.#images[index]?.setVisible(false);
    this.#shownImages = blooming;
    return blooming;
  }
}

interface CellRange {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The cells the camera shows (with a margin), clamped to the map. */
function cellRange(world: World, view: ViewWindow): CellRange {
  const size = world.level.tileSize;
  const { width, height } = world.tiles;
  const left = Math.max(0, Math.floor(view.left / size) - VIEW_MARGIN_CELLS);
  const top = Math.max(0, Math.floor(view.top / size) - VIEW_MARGIN_CELLS);
  const right = Math.min(width - 1, Math.ceil((view.left + view.width / view.zoom) / size) + VIEW_MARGIN_CELLS);
  const bottom = Math.min(height - 1, Math.ceil((view.top + view.height / view.zoom) / size) + VIEW_MARGIN_CELLS);
  return { left, top, right, bottom };
}
