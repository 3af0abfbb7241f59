// TEST ONLY: the hook's handle on the screen mirror (part of window.__analogDreams, dev and test builds
// only). It shows the level's words and interface layers through a ScreenMirror over the canvas while
// Phaser draws the same frame without them, so a test can compare that page with Phaser's own, and asks the
// mirror what it cannot show. The world's upscale (a layer of its own, drawn by the words camera) stays
// Phaser's and is never given to the mirror: the canvas shows the world either way.
import Phaser from 'phaser';
import { PixelUpscale } from './camera/pixel-upscale.ts';
import { SCENE_KEYS } from './scene-keys.ts';
import { ScreenMirror, type MirroredLayer } from './ui/screen-mirror.ts';

export interface MirrorShown {
  /** What show() returned, and why not when it did not. */
  readonly shown: boolean;
  readonly refusal: string | null;
  readonly elements: number;
  /** The visible objects of each mirrored layer by type (Containers and Layers listed with their children). */
  readonly types: Readonly<Record<string, number>>;
}

export interface MirrorTestHook {
  /** The words and interface layers shown by the mirror and left out of the canvas, redrawn now without a tick. */
  showMirror(): MirrorShown;
  /** Phaser draws the two layers again, the mirror hidden; redrawn now without a tick. */
  hideMirror(): void;
  /** What the mirror says with a filtered word added to the interface layer (taken away again after). */
  mirrorWithFilteredWord(): MirrorShown;
  /**
   * The mirror's show() alone, as the game would call it each frame (nothing redrawn): what it said, the
   * milliseconds it took, and its writes to the DOM so far (see ScreenMirror.changes).
   */
  mirrorNow(): { readonly shown: boolean; readonly refusal: string | null; readonly milliseconds: number; readonly changes: number };
}

interface LevelParts {
  readonly scene: Phaser.Scene;
  readonly layers: readonly MirroredLayer[];
}

function levelParts(game: Phaser.Game): LevelParts | null {
  const levelScene = (): Phaser.Scene | null => game.scene.getScene(SCENE_KEYS.level);
  const scene = levelScene();
  if (scene === null || !scene.sys.isActive()) return null;
  const [world, words, interfaceCamera] = scene.cameras.cameras;
  if (world === undefined || words === undefined || interfaceCamera === undefined) return null;
  const layers = scene.children.getAll().filter((object): object is Phaser.GameObjects.Layer => object instanceof Phaser.GameObjects.Layer);
  const drawnOnlyBy = (layer: Phaser.GameObjects.Layer, camera: Phaser.Cameras.Scene2D.Camera): boolean => (layer.cameraFilter & camera.id) === 0 && (layer.cameraFilter & world.id) !== 0;
  // The words camera also draws the upscale's own layer, under the words.
  const wordLayer = layers.find((layer) => drawnOnlyBy(layer, words) && !layer.list.some((object) => object instanceof PixelUpscale));
  const interfaceLayer = layers.find((layer) => drawnOnlyBy(layer, interfaceCamera));
  if (wordLayer === undefined || interfaceLayer === undefined) return null;
  return { scene, layers: [{ layer: wordLayer, camera: words }, { layer: interfaceLayer, camera: interfaceCamera }] };
}

function visibleTypes(layers: readonly MirroredLayer[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const count = (objects: readonly Phaser.GameObjects.GameObject[], camera: Phaser.Cameras.Scene2D.Camera): void => {
    for (const object of objects) {
      if (!object.willRender(camera)) continue;
      counts[object.type] = (counts[object.type] ?? 0) + 1;
      if (object instanceof Phaser.GameObjects.Layer || object instanceof Phaser.GameObjects.Container) count(object.list, camera);
    }
  };
  for (const { layer, camera } of layers) count(layer.list, camera);
  return counts;
}

export function mirrorTestHook(game: Phaser.Game, renderOnly: () => void): MirrorTestHook {
  let mirror: ScreenMirror | null = null;
  /** The words the words camera was told to leave out, with the camera filter each had. */
  const leftOut = new Map<Phaser.GameObjects.GameObject, number>();
  const mirrorOf = (): ScreenMirror => {
    mirror ??= new ScreenMirror(game.canvas.parentElement ?? document.body);
    return mirror;
  };
  const show = (parts: LevelParts): MirrorShown => {
    const screenMirror = mirrorOf();
    return { shown: screenMirror.show(parts.layers), refusal: screenMirror.refusal, elements: screenMirror.elementCount, types: visibleTypes(parts.layers) };
  };
  const restore = (): void => {
    for (const [object, filter] of leftOut) object.cameraFilter = filter;
    leftOut.clear();
    const parts = levelParts(game);
    parts?.layers[1]?.camera.setVisible(true);
  };
  return {
    showMirror: () => {
      const parts = levelParts(game);
      if (parts === null) throw new Error('showMirror: no level plays');
      const result = show(parts);
      const [words, interfaceLayer] = parts.layers;
      // The words camera draws only the world's upscale (its own layer); the interface camera is off.
      for (const object of words!.layer.list) {
        if (leftOut.has(object)) continue;
        leftOut.set(object, object.cameraFilter);
        object.cameraFilter |= words!.camera.id;
      }
      interfaceLayer!.camera.setVisible(false);
      renderOnly();
      return result;
    },
    hideMirror: () => {
      restore();
      mirror?.hide();
      renderOnly();
    },
    mirrorWithFilteredWord: () => {
      const parts = levelParts(game);
      if (parts === null) throw new Error('mirrorWithFilteredWord: no level plays');
      const word = parts.scene.add.text(40, 40, 'blurred');
      word.enableFilters().filters!.internal.addBlur();
      parts.layers[1]!.layer.add(word);
      try {
        return show(parts);
      } finally {
        word.destroy();
        mirror?.hide();
      }
    },
    mirrorNow: () => {
      const parts = levelParts(game);
      if (parts === null) throw new Error('mirrorNow: no level plays');
      const screenMirror = mirrorOf();
      const started = performance.now();
      const shown = screenMirror.show(parts.layers);
      const milliseconds = performance.now() - started;
      return { shown, refusal: screenMirror.refusal, milliseconds, changes: screenMirror.changes };
    },
  };
}
