// While a level plays, the canvas is the world's own pixel size and the browser scales it up (CSS,
// nearest-filtered); what the words and interface cameras would draw at screen resolution is shown as
// DOM boxes by the screen mirror instead. Under software WebGL every pixel the canvas holds costs: a
// full-size canvas with the world scaled up into it cost over twice an empty canvas's frame, any layer
// covering the whole screen at least 1.65 times, while a canvas of the world's size scaled by the browser
// and small boxes over it cost 1.1-1.3 times (`npm run bench -- layers/`).
// Whenever something must be drawn by Phaser at screen resolution (the settings over the pause, any shape
// the mirror cannot show), the canvas is the screen again, drawn as before: the world's pixels land on the
// same screen pixels either way. A switch resizes the canvas, which stalls software WebGL for about 100 ms:
// everything a level shows in play, the pause and its dialogues included, is mirrored.
import Phaser from 'phaser';
import type { MirroredLayer, ScreenMirror } from '../ui/screen-mirror.ts';
import { MUSIC_CAPTION_SCENE } from '../scenes/music-caption-scene.ts';
import { SCENE_KEYS } from '../scene-keys.ts';
import type { PixelCamera } from './pixel-camera.ts';

/**
 * Scenes drawn over a level that the screen mirror shows with the level's own words: a line of words each
 * (the music's caption, a notice), which would otherwise put the whole level on the screen-sized canvas
 * for seconds at every change of music.
 */
const MIRRORED_SCENES: ReadonlySet<string> = new Set([MUSIC_CAPTION_SCENE, SCENE_KEYS.notice]);

/** Phaser's own half second between its checks of the page (ScaleManager.resizeInterval). */
const PHASER_RESIZE_INTERVAL = 500;

/** Games whose levels keep the screen-sized canvas (the test hook compares both ways of drawing). */
const allowed = new WeakMap<Phaser.Game, boolean>();

export function allowPixelCanvas(game: Phaser.Game, allow: boolean): void {
  allowed.set(game, allow);
}

export interface PixelCanvasOptions {
  readonly world: PixelCamera;
  /** The cameras that draw at screen resolution, each with the layer it draws, bottom first. */
  readonly screenLayers: readonly MirroredLayer[];
  readonly mirror: ScreenMirror;
}

export class PixelCanvas {
  readonly #scene: Phaser.Scene;
  readonly #options: PixelCanvasOptions;
  /** The canvas size and CSS placement last applied in pixel mode; null in screen mode. */
  #applied: { width: number; height: number; x: number; y: number; scale: number } | null = null;
  /** The cameras of scenes over the level that this hid while the mirror shows their words. */
  readonly #hiddenSceneCameras = new Set<Phaser.Cameras.Scene2D.Camera>();
  #drawnOnce = false;
  /**
   * The layers given to the mirror, the level's and then the scenes' over it: refilled each frame, not
   * made anew, as choose() runs every frame and its garbage adds to the collections that stall one.
   */
  readonly #layers: MirroredLayer[] = [];
  readonly #over: MirroredLayer[] = [];

  constructor(scene: Phaser.Scene, options: PixelCanvasOptions) {
    this.#scene = scene;
    this.#options = options;
  }

  /** After every scene's update, before anything renders: the canvas this frame needs, placed for it. */
  choose(): void {
    const { world, screenLayers, mirror } = this.#options;
    const placement = world.placement;
    const canvas = this.#scene.game.canvas;
    const over = this.#scenesOver();
    // The level's first frame is drawn on the screen-sized canvas: it compiles the shaders that canvas
    // needs (the world's upscale, Phaser's composite), which the first dialogue or pause would otherwise
    // compile in the middle of play, a stall of a second or more under software WebGL.
    const firstFrame = !this.#drawnOnce;
    this.#drawnOnce = true;
    if (firstFrame || placement === null || allowed.get(this.#scene.game) === false || over === null || !mirror.show(this.#mirroredLayers(screenLayers, over))) {
      // Without a placement the test hook draws the bare map with cameras of its own choosing.
      if (this.#applied !== null) this.#leave();
      mirror.hide();
      return;
    }
    const width = world.width;
    const height = world.height;
    const applied = this.#applied;
    // A window resize puts the canvas back at the screen's size behind our back.
    if (applied === null || canvas.width !== width || canvas.height !== height || applied.scale !== placement.scale) {
      this.#enter(width, height, placement.scale);
    }
    this.#hideMirroredScenes(over);
    const now = this.#applied;
    if (now !== null && (now.x !== placement.x || now.y !== placement.y)) {
      now.x = placement.x;
      now.y = placement.y;
      canvas.style.transform = `translate(${placement.x}px, ${placement.y}px)`;
    }
  }

  /** Back to the screen-sized canvas for good (the scene is ending). */
  release(): void {
    if (this.#applied !== null) this.#leave();
    this.#options.mirror.destroy();
  }

  #enter(width: number, height: number, scale: number): void {
    const { world, screenLayers } = this.#options;
    const canvas = this.#scene.game.canvas;
    const renderer = this.#scene.game.renderer as Phaser.Renderer.WebGL.WebGLRenderer;
    canvas.width = width;
    canvas.height = height;
    renderer.resize(width, height);
    canvas.style.width = `${width * scale}px`;
    canvas.style.height = `${height * scale}px`;
    canvas.style.transform = 'translate(0px, 0px)';
    this.#applied = { width, height, x: 0, y: 0, scale };
    // Phaser's scale manager looks every half second whether the canvas moved on the page, and if so sizes
    // it to the window again: this canvas moves by design, up to a world pixel each way as the camera does.
    // A real change of the window's size still reaches it through the window's resize event.
    this.#scene.scale.resizeInterval = Number.POSITIVE_INFINITY;
    world.drawDirect(true);
    for (const { camera } of screenLayers) camera.setAlpha(0);
  }

  #leave(): void {
    const { world, screenLayers } = this.#options;
    const canvas = this.#scene.game.canvas;
    const renderer = this.#scene.game.renderer as Phaser.Renderer.WebGL.WebGLRenderer;
    this.#applied = null;
    this.#scene.scale.resizeInterval = PHASER_RESIZE_INTERVAL;
    // The scale manager never knew the canvas shrank: its size is still the window's. Nothing else is told,
    // so no scene lays itself out again (the test hook's bare-map view keeps its cameras and their sizes).
    const { width, height } = this.#scene.scale;
    canvas.width = width;
    canvas.height = height;
    renderer.resize(width, height);
    canvas.style.width = '';
    canvas.style.height = '';
    canvas.style.transform = '';
    world.drawDirect(false);
    for (const { camera } of screenLayers) camera.setAlpha(1);
    this.#hideMirroredScenes([]);
  }

  /**
   * The scenes running over the level, as layers for the mirror; null when one of them must be drawn by
   * Phaser at screen size (the settings opened from the pause, the problems screen). The manager's own
   * list is read (getScenes would build a new one each frame).
   */
  #scenesOver(): readonly MirroredLayer[] | null {
    const scene = this.#scene;
    const over = this.#over;
    over.length = 0;
    for (const other of scene.scene.manager.scenes) {
      if (other === scene || !other.sys.isActive() || !other.sys.settings.visible) continue;
      if (!MIRRORED_SCENES.has(other.sys.settings.key)) return null;
      over.push({ layer: other.children, camera: other.cameras.main });
    }
    return over;
  }

  #mirroredLayers(screenLayers: readonly MirroredLayer[], over: readonly MirroredLayer[]): readonly MirroredLayer[] {
    const layers = this.#layers;
    layers.length = 0;
    for (const layer of screenLayers) layers.push(layer);
    for (const layer of over) layers.push(layer);
    return layers;
  }

  /**
   * Their cameras draw nothing on the world-sized canvas while the mirror shows them (given back once they
   * are not mirrored). Hidden by their alpha, not made invisible: an invisible camera takes no pointer.
   */
  #hideMirroredScenes(over: readonly MirroredLayer[]): void {
    for (const camera of this.#hiddenSceneCameras) {
      if (over.some((layer) => layer.camera === camera)) continue;
      camera.setAlpha(1);
      this.#hiddenSceneCameras.delete(camera);
    }
    for (const { camera } of over) {
      camera.setAlpha(0);
      this.#hiddenSceneCameras.add(camera);
    }
  }
}
