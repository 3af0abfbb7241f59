// TEST ONLY: the hook's handle on which parts of the level are drawn (part of window.__analogDreams, dev
// and test builds only), for tools/bench-draw-calls.ts to find what each part costs the GPU process by
// leaving it out. A part is left out by setting its camera's bit in the objects' camera filter, which no
// renderer touches, so hiding survives the renderers' own visibility changes and undoes exactly; objects
// made later (the dream's, words) are sorted at the next frame, before it is drawn.
import Phaser from 'phaser';
import { PixelUpscale } from './camera/pixel-upscale.ts';
import { LEVEL_DEPTH } from './renderers/level-depths.ts';
import { TileCacheImage } from './renderers/tile-cache-image.ts';
import { SCENE_KEYS } from './scene-keys.ts';

export const DRAW_PARTS = [
  /** The cached tiles under everything. */
  'tiles-below',
  /** What lies on the floor under the darkness: the exit, the dream's ground circle. */
  'floor',
  'darkness',
  /** What sits at the darkness' depth but is not it: the dream's cells and their glow. */
  'dream-cells',
  'cones',
  /** Ground cues, the dream's way, noise preview, shadows, markers, marbles. */
  'cues',
  /** Mira, the enforcers, the children, the effects beside them. */
  'sprites',
  /** The cached tiles over the characters. */
  'tiles-above',
  /** Over the upper tiles: Mira's silhouette, overhead cues, the dream's ring, story marks. */
  'overhead',
  /** The whole world layer: the world camera then only clears its framebuffer. */
  'world',
  /** The world's framebuffer scaled up to the screen. */
  'upscale',
  /** Prompts and floating words, drawn at screen resolution over the world. */
  'words',
  /** The HUD, radar, dialogue: all the interface camera draws. */
  'interface',
] as const;
export type DrawPart = (typeof DRAW_PARTS)[number];

export interface DrawPartsTestHook {
  /** Leaves these parts out of every frame from the next one on (an empty list shows everything again). */
  hideDrawParts(parts: readonly DrawPart[]): void;
  /** How many objects each part holds now (the level's layers' direct children). */
  drawPartCounts(): Record<DrawPart, number>;
}

interface Sorted {
  readonly object: Phaser.GameObjects.GameObject;
  readonly part: DrawPart;
  readonly camera: Phaser.Cameras.Scene2D.Camera;
}

/** The part a world-layer object belongs to, by what it is and the depth its renderer gave it. */
function worldPart(object: Phaser.GameObjects.GameObject): DrawPart {
  const depth = (object as unknown as { depth: number }).depth;
  if (object instanceof TileCacheImage) return depth < LEVEL_DEPTH.above ? 'tiles-below' : 'tiles-above';
  if (depth < LEVEL_DEPTH.darkness) return 'floor';
  if (depth < LEVEL_DEPTH.cones) return object instanceof Phaser.GameObjects.Image && object.texture.key === 'darkness' ? 'darkness' : 'dream-cells';
  if (depth < LEVEL_DEPTH.groundCues) return 'cones';
  if (depth < LEVEL_DEPTH.characters) return 'cues';
  if (depth < LEVEL_DEPTH.above) return 'sprites';
  return 'overhead';
}

/**
 * Every object of the level's three layers with its part and the camera that draws it; `ownFilter` gives
 * a layer's filter as the level set it, so a layer this hook hid is still known by it.
 */
function sortLevel(scene: Phaser.Scene, ownFilter: (object: Phaser.GameObjects.GameObject) => number): Sorted[] {
  const [world, words, interfaceCamera] = scene.cameras.cameras;
  if (world === undefined || words === undefined || interfaceCamera === undefined) return [];
  const layers = scene.children.getAll().filter((object): object is Phaser.GameObjects.Layer => object instanceof Phaser.GameObjects.Layer);
  const drawnBy = (layer: Phaser.GameObjects.Layer, camera: Phaser.Cameras.Scene2D.Camera): boolean => (ownFilter(layer) & camera.id) === 0;
  return layers.flatMap((layer): Sorted[] => {
    if (drawnBy(layer, world)) {
      return [{ object: layer, part: 'world', camera: world }, ...layer.getAll().map((object) => ({ object, part: worldPart(object), camera: world }))];
    }
    if (drawnBy(layer, words)) return layer.getAll().map((object) => ({ object, part: object instanceof PixelUpscale ? 'upscale' : 'words', camera: words }));
    if (drawnBy(layer, interfaceCamera)) return [{ object: layer, part: 'interface', camera: interfaceCamera }];
    return [];
  });
}

export function drawPartsTestHook(game: Phaser.Game): DrawPartsTestHook {
  let hidden = new Set<DrawPart>();
  /** The camera filter each hidden object had, to give back when its part is shown again. */
  const ownFilters = new WeakMap<Phaser.GameObjects.GameObject, number>();
  const ownFilter = (object: Phaser.GameObjects.GameObject): number => ownFilters.get(object) ?? object.cameraFilter;
  const levelScene = (): Phaser.Scene | null => game.scene.getScene(SCENE_KEYS.level);
  const apply = (): void => {
    const scene = levelScene();
    if (scene === null) return;
    for (const { object, part, camera } of sortLevel(scene, ownFilter)) {
      const own = ownFilters.get(object);
      if (hidden.has(part) && own === undefined) {
        ownFilters.set(object, object.cameraFilter);
        object.cameraFilter |= camera.id;
      } else if (!hidden.has(part) && own !== undefined) {
        object.cameraFilter = own;
        ownFilters.delete(object);
      }
    }
  };
  let listening: Phaser.Scene | null = null;
  return {
    hideDrawParts: (parts) => {
      hidden = new Set(parts);
      const scene = levelScene();
      if (scene !== null && listening !== scene) {
        scene.events.on(Phaser.Scenes.Events.PRE_RENDER, apply);
        listening = scene;
      }
      apply();
    },
    drawPartCounts: () => {
      const counts = Object.fromEntries(DRAW_PARTS.map((part) => [part, 0])) as Record<DrawPart, number>;
      const scene = levelScene();
      if (scene !== null) for (const { part } of sortLevel(scene, ownFilter)) counts[part] += 1;
      return counts;
    },
  };
}
