// Everything the level shows of the children and the dream, built once per run of the level scene: the
// children, the circles and the ring, the cells' ripple and bloom, the way the dream opened, the prompts
// over Mira, the HUD corner and the sounds. The scene forwards ticks and frames; this reads the world and
// never writes it.
import type Phaser from 'phaser';
import type { SimEvent, TileCell, World } from '../sim/index.ts';
import type { LevelCamera } from './camera/level-camera.ts';
import type { EdgeArrow } from './renderers/stealth-cues.ts';
import { DreamCells, type DreamCellsDrawn } from './effects/dream-cells.ts';
import type { FloatingWords } from './effects/floating-words.ts';
import { DreamEffects } from './effects/dream-effects.ts';
import { isLowEffects } from './low-effects.ts';
import { isReducedMotion } from './motion-preference.ts';
import type { CharacterImages } from './renderers/character-images.ts';
import { ChildSprites, type DrawnChild } from './renderers/child-sprites.ts';
import { DreamCircleRenderer, type DrawnCircles } from './renderers/dream-circle-renderer.ts';
import { DreamWayRenderer } from './renderers/dream-way-renderer.ts';
import { InteractPrompt } from './renderers/interact-prompt.ts';
import { LEVEL_DEPTH } from './renderers/level-depths.ts';
import type { Motion, Position } from './renderers/motion.ts';
import { DreamHud, type DreamHudShown } from './ui/dream-hud.ts';

/** What the last frame drew of the dream, for the test hook. */
export interface DreamViewDrawn {
  readonly reducedMotion: boolean;
  readonly children: readonly DrawnChild[];
  readonly circles: DrawnCircles;
  readonly cells: DreamCellsDrawn;
  /** The trail of the way the dream opened to the exit (dream-way.ts), empty while it opened none. */
  readonly way: readonly TileCell[];
  readonly hud: DreamHudShown;
  readonly captions: readonly string[];
  /** Milliseconds of JavaScript the last tiles-changed redraw took (tilemap and blooms). */
  readonly lastRedrawMilliseconds: number;
}

interface DreamViewOptions {
  readonly world: World;
  readonly worldLayer: Phaser.GameObjects.Layer;
  readonly wordLayer: Phaser.GameObjects.Layer;
  readonly interfaceLayer: Phaser.GameObjects.Layer;
  readonly images: CharacterImages;
  readonly camera: LevelCamera;
  readonly words: FloatingWords;
}

export class DreamView {
  readonly #children: ChildSprites;
  readonly #circles: DreamCircleRenderer;
  readonly #way: DreamWayRenderer;
  readonly #cells: DreamCells;
  readonly #prompt: InteractPrompt;
  readonly #hud: DreamHud;
  readonly #effects: DreamEffects;
  #drawn: DreamViewDrawn | null = null;
  #redrawMilliseconds = 0;

  readonly #options: DreamViewOptions;

  constructor(
    scene: Phaser.Scene,
    options: DreamViewOptions,
  ) {
    this.#options = options;
    const { world, worldLayer, wordLayer, interfaceLayer, images } = options;
    this.#circles = new DreamCircleRenderer(scene, { layer: worldLayer, groundDepth: LEVEL_DEPTH.exit - 1, ringDepth: LEVEL_DEPTH.marks - 2 });
    // Over the ground and wall tiles, under the characters: a ripple never hides who stands on it.
    this.#cells = new DreamCells(scene, { layer: worldLayer, depth: LEVEL_DEPTH.cones - 1 });
    // On the ground with the other cues, under the characters: the children walk over it.
    this.#way = new DreamWayRenderer(scene, { layer: worldLayer, depth: LEVEL_DEPTH.groundCues });
    this.#children = new ChildSprites(images, world.children.map((child) => child.id));
    this.#prompt = new InteractPrompt(scene, { layer: wordLayer, depth: LEVEL_DEPTH.marks });
    this.#hud = new DreamHud(scene, interfaceLayer);
    this.#effects = new DreamEffects({ words: options.words, world });
    scene.events.once('shutdown', () => {
      this.#effects.stop();
    });
  }

  get lastDrawn(): DreamViewDrawn | null {
    return this.#drawn;
  }

  layout(width: number, height: number, scale: number): void {
    this.#hud.layout(width, height, scale);
  }

  /** The goal arrow kept off the group's corner panel (top right), which it would otherwise touch. */
  keepArrowClear(arrow: EdgeArrow | null): EdgeArrow | null {
    return this.#hud.keepArrowClear(arrow);
  }

  /** After the tilemap redrew `cells`: the blooms, then the sounds and words of the tick's events. */
  afterTick(world: World, events: readonly SimEvent[], redraw: (cells: SimEvent & { type: 'tiles-changed' }) => void): void {
    if (events.some((event) => event.type === 'restarted')) this.#cells.reset();
    for (const event of events) {
      if (event.type !== 'tiles-changed') continue;
      const started = performance.now();
      redraw(event);
      this.#cells.noteChanged(world, event.cells, stillCells());
      this.#redrawMilliseconds = performance.now() - started;
    }
    this.#effects.afterTick(world, events);
  }

  draw(world: World, options: { readonly motion: Motion; readonly mira: Position }): void {
    const reducedMotion = isReducedMotion();
    const children = this.#children.draw(world, { motion: options.motion, reducedMotion });
    const circles = this.#circles.draw(world, { mira: options.mira, reducedMotion });
    const view = this.#options.camera.viewWindow();
    const cells = this.#cells.draw(world, { view, reducedMotion: stillCells() });
    const way = this.#way.draw(world, { reducedMotion });
    this.#prompt.draw(world, options.mira, view);
    this.#hud.update(world);
    this.#hud.stepBackFrom(this.#options.camera.toScreen(options.mira.x, options.mira.y));
    this.#drawn = {
      reducedMotion,
      children,
      circles,
      cells,
      way,
      hud: this.#hud.lastShown,
      captions: this.#effects.captions,
      lastRedrawMilliseconds: this.#redrawMilliseconds,
    };
  }
}

/** The cells' waves and blooms are motion to some players and too much drawing for slow machines: both draw them still. */
function stillCells(): boolean {
  return isReducedMotion() || isLowEffects();
}
