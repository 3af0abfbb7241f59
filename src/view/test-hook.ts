// window.__analogDreams: what browser tests drive the game through. Loaded only in dev and test builds
// (see src/main.ts), so a release build contains none of it.
import Phaser from 'phaser';
import { hashWorld, requestTileChanges, type InputFrame, type TileChange, type World } from '../sim/index.ts';
import { ReplayInput } from '../run/input-source.ts';
import type { LevelSession } from '../run/level-session.ts';
import { campaignPlay, getLevelSession, getLoadedLevel, getProblemReport, requestLevelWhenReady, setHoldOnFinish } from './game-data.ts';
import { playMapText, switchTo } from './map-loading.ts';
import { SCENE_KEYS } from './scene-keys.ts';
import { dreamTestHook, type DreamTestHook } from './test-hook-dream.ts';
import { PixelCamera } from './camera/pixel-camera.ts';
import { allowPixelCanvas } from './camera/pixel-canvas.ts';
import type { CampaignPlayPhase } from './campaign-play.ts';
import { fullGameTestHook, type FullGameTestHook } from './test-hook-full-game.ts';
import { storyTestHook, type StoryTestHook } from './test-hook-story.ts';
import { musicTestHook, type MusicTestHook } from './test-hook-music.ts';
import { displayTestHook, type DisplayTestHook } from './test-hook-display.ts';
import { replaysTestHook, type ReplaysTestHook } from './test-hook-replays.ts';
import { accessTestHook, type AccessTestHook } from './test-hook-access.ts';
import { drawPartsTestHook, type DrawPartsTestHook } from './test-hook-draw-parts.ts';
import { mirrorTestHook, type MirrorTestHook } from './test-hook-mirror.ts';
import { TILE_CACHE_DATA } from './renderers/tile-cache.ts';

export interface ReplayOutcome {
  readonly finishTick: number | null;
  readonly hash: string;
  readonly tick: number;
  /** hashWorld after every 60th input played (a scene step is one), as runReplay in src/run gives them in Node. */
  readonly checkpoints: readonly string[];
}

export interface TestHook extends DreamTestHook, StoryTestHook, FullGameTestHook, MusicTestHook, DisplayTestHook, ReplaysTestHook, AccessTestHook, DrawPartsTestHook, MirrorTestHook {
  /** The level scene runs and its map is loaded. */
  ready(): boolean;
  /** Key of the chapter row the loaded level is played by (src/story/chapters.ts); '' before loading. */
  chapter(): string;
  /** The campaign the title began: its phase and the key of the chapter played (or just won); idle and null before one. */
  campaign(): { phase: CampaignPlayPhase; chapter: string | null };
  webgl(): boolean;
  /** Key of the active scene (the first running one). */
  scene(): string;
  /** Keys of every running scene: a screen being left may still run for a frame or two. */
  activeScenes(): string[];
  world(): World | null;
  hash(): string | null;
  /** Stops the browser-driven loop: from now on frames advance only through stepFrames. */
  stopLoop(): void;
  /** Runs `count` game frames of exactly 1000/60 ms each: one sim tick each while the level plays. */
  stepFrames(count: number): void;
  /**
   * Restarts the level and feeds the frames one per tick through the level's input path. The finished
   * level stays on screen unless `moveOnWhenFinished`: then it leaves for the result screen as in play
   * (after its short delay, which needs further frames).
   */
  playReplay(frames: InputFrame[], options?: { moveOnWhenFinished?: boolean }): ReplayOutcome;
  /**
   * Restarts the level with the frames as its input, runs the first `skipTicks` of them at once (nothing
   * drawn), then leaves the rest to the running loop: the replay goes on in real time, as play would
   * (the frame-rate benchmarks).
   */
  playReplayLive(frames: InputFrame[], options: { skipTicks: number }): void;
  /** After playReplay: the keys drive the level again from where the replay left it, as a player taking over. */
  useKeys(): void;
  /** From any scene, starts the level fresh (or as soon as loading is done). */
  startLevel(): void;
  /**
   * The path of a dropped file: our loader, then the level or the problems screen (after a frame or two).
   * Let that frame run before the next call: two calls within one frame queue both screens.
   */
  loadMapText(text: string, fileName: string): void;
  /** What the problems screen lists; empty when another screen is shown. */
  problems(): { place: string; message: string }[];
  /** The level's pause overlay is up. */
  paused(): boolean;
  /** Every visible text on the active scenes, top to bottom as added: what a player reads. */
  screenText(): string[];
  /** Where a visible text containing `fragment` is on the screen (its centre, in CSS pixels), for a pointer to go to; null when none is shown. */
  textCentre(fragment: string): { x: number; y: number } | null;
  /** Keys of the scenes started at least once since the page loaded. */
  startedScenes(): string[];
  /** Asks the running world for tile changes; they land at the next tick, as a rule's would. */
  changeTiles(changes: TileChange[]): void;
  /** The tile index the level's tilemap draws at a cell of the named layer; 0 for an empty cell. */
  drawnTile(layerName: string, x: number, y: number): number;
  /** The middle of the level's view in world pixels, or null when no level plays. */
  camera(): { x: number; y: number } | null;
  /** How the level draws its world: the framebuffer's size in world pixels and its scale on screen; null when no level plays. */
  worldRender(): { width: number; height: number; scale: number; pixelCanvas: boolean; canvas: { width: number; height: number; cssWidth: number; cssHeight: number } } | null;
  /** false: levels keep the screen-sized canvas and draw the HUD with Phaser (as before pixel-canvas.ts), from the next frame. */
  allowPixelCanvas(allow: boolean): void;
  /** The size the game takes the screen to be (the canvas is smaller while a level draws on the world-sized one). */
  screenSize(): { width: number; height: number };
  /** The URLs of every image texture loaded (tilesets of dropped maps come as blob: URLs). */
  textureUrls(): string[];
  /** Phaser Tile objects the level's tile layers hold, and their cells: empty cells must hold none. */
  tileObjects(): { cells: number; tiles: number; drawnTiles: number };
  /**
   * For comparing with Tiled's own rendering: only the map's tile layers, at zoom 1 from the map's top
   * left of the canvas, with no characters, cues or interface. Returns the map's size in pixels (the
   * part of the canvas to read); the next rendered frame shows it.
   */
  showTilesOnly(): { width: number; height: number };
  /** What a scene restart could leak: GL textures and framebuffers, Phaser textures, listeners, objects. */
  resources(): Record<string, number>;
}

declare global {
  interface Window {
    __analogDreams?: TestHook;
  }
}

const FRAME_MILLISECONDS = 1000 / 60;
const REPLAY_CHECKPOINT_INPUTS = 60;

/** Draws the current state without an update: no tick runs. */
function renderOnly(game: Phaser.Game): void {
  const renderer = game.renderer;
  renderer.preRender();
  game.scene.render(renderer);
  renderer.postRender();
}

/** The tilemap layers among these objects, looking inside layers (the level draws them in its world layer). */
function tilemapLayers(objects: readonly Phaser.GameObjects.GameObject[]): Phaser.Tilemaps.TilemapLayer[] {
  return objects.flatMap((object) => {
    if (object instanceof Phaser.Tilemaps.TilemapLayer) return [object];
    return object instanceof Phaser.GameObjects.Layer ? tilemapLayers(object.getAll()) : [];
  });
}

/** Texts shown, looking inside layers and containers (the level's interface lives in a layer). */
function visibleTexts(objects: readonly Phaser.GameObjects.GameObject[]): string[] {
  return visibleTextObjects(objects).map((text) => text.text);
}

/** Texts and bitmap texts (the clocks, glyph-font.ts) alike: both are words on screen. */
function visibleTextObjects(objects: readonly Phaser.GameObjects.GameObject[]): (Phaser.GameObjects.Text | Phaser.GameObjects.BitmapText)[] {
  return objects.flatMap((object) => {
    if (object instanceof Phaser.GameObjects.Text || object instanceof Phaser.GameObjects.BitmapText) return object.visible && object.alpha > 0 ? [object] : [];
    if (object instanceof Phaser.GameObjects.Layer || object instanceof Phaser.GameObjects.Container) {
      return object.visible ? visibleTextObjects(object.getAll()) : [];
    }
    return [];
  });
}

/** The tile layers drawn by a scene, looking inside layers and containers. */
function tileLayers(scene: Phaser.Scene | null): Phaser.Tilemaps.TilemapLayer[] {
  const found: Phaser.Tilemaps.TilemapLayer[] = [];
  const visit = (objects: readonly Phaser.GameObjects.GameObject[]): void => {
    for (const object of objects) {
      if (object instanceof Phaser.Tilemaps.TilemapLayer) found.push(object);
      else if (object instanceof Phaser.GameObjects.Layer || object instanceof Phaser.GameObjects.Container) visit(object.getAll());
    }
  };
  visit(scene?.children.getAll() ?? []);
  return found;
}

/** Hides every object but tile layers (characters, cues, markers, the interface). */
function hideAllButTiles(objects: readonly Phaser.GameObjects.GameObject[]): void {
  for (const object of objects) {
    if (object instanceof Phaser.Tilemaps.TilemapLayer || object.getData(TILE_CACHE_DATA) === true) continue;
    if (object instanceof Phaser.GameObjects.Layer || object instanceof Phaser.GameObjects.Container) hideAllButTiles(object.getAll());
    else if ('setVisible' in object && typeof object.setVisible === 'function') (object as unknown as Phaser.GameObjects.Components.Visible).setVisible(false);
  }
}

export function installTestHook(game: Phaser.Game): void {
  let frameCount = 0;
  let frameOrigin: number | null = null;

  const levelScene = (): Phaser.Scene | null => {
    // Phaser types getScene as never null, but it is for an unknown key.
    const scene = game.scene.getScene(SCENE_KEYS.level) as Phaser.Scene | null;
    return scene !== null && scene.sys.isActive() ? scene : null;
  };
  /** The session of the running level scene: what the hook drives, as the scene does. */
  const session = (): LevelSession | null => (levelScene() === null ? null : getLevelSession(game));

  const stepFrames = (count: number): void => {
    // Times are computed from one origin, not summed, so every frame is 1000/60 ms to the last bit that matters.
    frameOrigin ??= game.loop.now;
    for (let index = 0; index < count; index += 1) {
      frameCount += 1;
      game.step(frameOrigin + frameCount * FRAME_MILLISECONDS, FRAME_MILLISECONDS);
    }
  };

  const startLevel = (): void => {
    // Until the boot scene publishes the level its images may still be loading (the scene is then not
    // "active", only loading): ask it to go straight to the level when it is done.
    if (getLoadedLevel(game) === null) {
      // Still loading: the boot scene (or the title it already queued) goes straight to the level.
      requestLevelWhenReady(game, true);
      // A title with no chapter behind it loads nothing by itself: the boot scene loads the hook's level.
      if (game.scene.isActive(SCENE_KEYS.title)) switchTo(game, SCENE_KEYS.boot);
      return;
    }
    // Restarting a running Phaser scene while the loop is stopped rebuilt its tilemap half-way (a
    // TypeError in putTileAt); a fresh world in the same scene is what "start fresh" means anyway.
    setHoldOnFinish(game, false);
    const running = session();
    if (running) {
      running.useInput(null);
      running.restart();
      return;
    }
    for (const scene of game.scene.getScenes(true)) {
      if (scene.sys.settings.key !== SCENE_KEYS.level) game.scene.stop(scene.sys.settings.key);
    }
    game.scene.start(SCENE_KEYS.level);
  };

  const hook: TestHook = {
    ...dreamTestHook(game, stepFrames),
    ...storyTestHook(game),
    ...displayTestHook(game),
    ...fullGameTestHook(),
    ...musicTestHook(),
    ...replaysTestHook(game, stepFrames),
    ...accessTestHook(game),
    ...drawPartsTestHook(game),
    ...mirrorTestHook(game, () => { renderOnly(game); }),
    ready: () => session() !== null,
    chapter: () => getLoadedLevel(game)?.chapter.key ?? '',
    campaign: () => {
      const play = campaignPlay(game);
      return { phase: play.phase, chapter: play.chapter?.key ?? null };
    },
    webgl: () => game.config.renderType === Phaser.WEBGL && game.renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer,
    scene: () => game.scene.getScenes(true)[0]?.sys.settings.key ?? '',
    activeScenes: () => game.scene.getScenes(true).map((scene) => scene.sys.settings.key),
    world: () => session()?.world ?? null,
    hash: () => {
      const world = session()?.world;
      return world ? hashWorld(world) : null;
    },
    stopLoop: () => {
      game.loop.stop();
    },
    stepFrames,
    startLevel,
    loadMapText: (text, fileName) => {
      playMapText(game, text, fileName);
    },
    problems: () => {
      if (!game.scene.isActive(SCENE_KEYS.problems)) return [];
      return (getProblemReport(game)?.problems ?? []).map(({ place, message }) => ({ place, message }));
    },
    paused: () => session()?.paused ?? false,
    camera: () => {
      const middle = levelScene()?.cameras.main.midPoint;
      return middle === undefined ? null : { x: middle.x, y: middle.y };
    },
    worldRender: () => {
      const camera = levelScene()?.cameras.main;
      if (!(camera instanceof PixelCamera)) return null;
      const canvas = game.canvas;
      const shown = canvas.getBoundingClientRect();
      return {
        width: camera.width, height: camera.height, scale: camera.placement?.scale ?? 1, pixelCanvas: camera.drawsDirect,
        canvas: { width: canvas.width, height: canvas.height, cssWidth: shown.width, cssHeight: shown.height },
      };
    },
    allowPixelCanvas: (allow) => {
      allowPixelCanvas(game, allow);
    },
    screenSize: () => ({ width: game.scale.width, height: game.scale.height }),
    textureUrls: () =>
      game.textures.getTextureKeys().flatMap((key) => {
        const source = game.textures.get(key).source[0]?.image;
        return source instanceof HTMLImageElement ? [source.src] : [];
      }),
    tileObjects: () => {
      let cells = 0;
      let tiles = 0;
      let drawnTiles = 0;
      for (const layer of tileLayers(levelScene())) {
        for (const row of layer.layer.data) {
          cells += row.length;
          for (const tile of row as (Phaser.Tilemaps.Tile | null)[]) {
            if (tile === null) continue;
            tiles += 1;
            if (tile.index !== -1) drawnTiles += 1;
          }
        }
      }
      return { cells, tiles, drawnTiles };
    },
    showTilesOnly: () => {
      const scene = levelScene();
      const loaded = getLoadedLevel(game);
      if (!scene || !loaded) throw new Error('showTilesOnly: no level is playing');
      const width = loaded.level.width * loaded.level.tileSize;
      const height = loaded.level.height * loaded.level.tileSize;
      hideAllButTiles(scene.children.getAll());
      for (const camera of scene.cameras.cameras) camera.setVisible(camera === scene.cameras.main);
      if (scene.cameras.main instanceof PixelCamera) scene.cameras.main.place(null);
      scene.cameras.main.setPosition(0, 0).setSize(width, height).setZoom(1).removeBounds().setScroll(0, 0).setBackgroundColor('#07060d');
      // The level scene follows Mira each frame: stop its update (Phaser calls it through sceneUpdate)
      // so the view stays where it was put.
      (scene.sys as unknown as { sceneUpdate: () => void }).sceneUpdate = (): void => undefined;
      return { width, height };
    },
    resources: () => {
      const renderer = game.renderer as Phaser.Renderer.WebGL.WebGLRenderer;
      const scene = levelScene();
      return {
        glTextures: renderer.glTextureWrappers.length,
        glFramebuffers: renderer.glFramebufferWrappers.length,
        textures: game.textures.getTextureKeys().length,
        resizeListeners: game.scale.listenerCount(Phaser.Scale.Events.RESIZE),
        levelSceneListeners: scene ? scene.events.eventNames().reduce<number>((sum, name) => sum + scene.events.listenerCount(name), 0) : -1,
        levelObjects: scene ? scene.children.length : -1,
      };
    },
    changeTiles: (changes) => {
      const session = getLevelSession(game);
      if (!session) throw new Error('changeTiles: no level is playing');
      requestTileChanges(session.world, changes);
    },
    drawnTile: (layerName, x, y) => {
      const scene = game.scene.getScene(SCENE_KEYS.level);
      // Layers are named "<index>:<name>" by the tilemap builder, so duplicate names in Tiled stay apart.
      const layer = tilemapLayers(scene.children.getAll()).find((candidate) => candidate.layer.name.endsWith(`:${layerName}`));
      if (!layer) throw new Error(`drawnTile: the level draws no layer "${layerName}"`);
      // Typed as never null, but Phaser returns null for an empty cell unless asked for a blank tile.
      const tile = layer.getTileAt(x, y) as Phaser.Tilemaps.Tile | null;
      return tile?.index ?? 0;
    },
    screenText: () => game.scene.getScenes(true).flatMap((scene) => visibleTexts(scene.children.getAll())),
    textCentre: (fragment) => {
      const texts = game.scene.getScenes(true).flatMap((scene) => visibleTextObjects(scene.children.getAll()));
      const found = texts.find((text) => text.text.includes(fragment));
      if (found === undefined) return null;
      const bounds = found.getBounds();
      // The canvas fills the window 1:1 (Scale.RESIZE), and menus are drawn by unscrolled cameras at zoom 1.
      return { x: bounds.centerX, y: bounds.centerY };
    },
    // A scene never started is still INIT; once started it only moves on (to SHUTDOWN when stopped).
    startedScenes: () =>
      game.scene
        .getScenes(false)
        .filter((scene) => scene.sys.settings.status > Phaser.Scenes.INIT)
        .map((scene) => scene.sys.settings.key),
    playReplay: (frames, options) => {
      if (!session()) startLevel();
      const played = session();
      const scene = levelScene();
      if (!played || !scene) throw new Error('playReplay: the level is not loaded (is the boot scene still loading?)');
      const replay = new ReplayInput(frames);
      setHoldOnFinish(game, options?.moveOnWhenFinished !== true);
      played.useInput(replay);
      played.restart();
      const { world } = played;
      // Each frame runs exactly one tick; the guard only stops a scene that does not tick (it would hang).
      let guard = frames.length + 10;
      // Drawing is skipped while replaying (software WebGL spends tens of ms a frame on it); the scene's
      // update, input and rules run exactly as in play. One frame is drawn at the end to look at.
      scene.sys.setVisible(false);
      const checkpoints: string[] = [];
      // Counted by inputs played, as runReplay counts them: a scene's steps are inputs that move no tick.
      let inputsPlayed = 0;
      try {
        while (!replay.finished && world.status === 'playing' && guard > 0) {
          stepFrames(1);
          inputsPlayed += 1;
          if (inputsPlayed % REPLAY_CHECKPOINT_INPUTS === 0) checkpoints.push(hashWorld(world));
          guard -= 1;
        }
      } finally {
        scene.sys.setVisible(true);
      }
      renderOnly(game);
      return { finishTick: world.finishTick, hash: hashWorld(world), tick: world.tick, checkpoints };
    },
    useKeys: () => {
      session()?.useInput(null);
    },
    playReplayLive: (frames, { skipTicks }) => {
      const played = session();
      const scene = levelScene();
      if (!played || !scene) throw new Error('playReplayLive: the level is not loaded (is the boot scene still loading?)');
      played.useInput(new ReplayInput(frames));
      played.restart();
      scene.sys.setVisible(false);
      try {
        stepFrames(skipTicks);
      } finally {
        scene.sys.setVisible(true);
      }
    },
  };
  window.__analogDreams = hook;
}
