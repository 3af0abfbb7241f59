// Loads a map through loadLevelWithStory (a chapter's, the one named by `?map=`, or files the player
// dropped or picked), then the images it names and the character sheet. The map's files are read
// asynchronously: the scene shows its loading bar, and restarts itself once they are read.
import Phaser from 'phaser';
import { loadLevelWithStory } from '../../story/level-story.ts';
import { bundledFileSet, isMapProblem, serverFileSet, textFileSet, type MapFileSet } from '../../platform/map-files.ts';
import { CUSTOM_LEVEL_CHAPTER, FIRST_CHAPTER, NIGHT_ESCAPE, chapterByKey, chapterForMap, isLevelChapter, type Chapter } from '../../story/chapters.ts';
import type { MapProblem } from '../../tiled/tiled-map.ts';
import { readCharacterSheet } from '../character-sheet.ts';
import { beginSceneChapterAlone, levelOrIntro } from '../campaign-flow.ts';
import { repositoryPath } from '../asset-paths.ts';
import {
  BUILD_CHAPTERS,
  TEST_BUILD,
  campaignPlay,
  getMapRequest,
  isLevelRequested,
  requestLevelWhenReady,
  setLoadedLevel,
  setMapRequest,
  setOverlayProblems,
  setProblemReport,
  type LoadedLevel,
} from '../game-data.ts';
import {
  TITLE_REQUEST,
  chapterKeyFromSearch,
  mapNameFromSearch,
  shippedMapNames,
  shippedMapPath,
  unknownChapterProblem,
  unknownMapProblem,
  type MapRequest,
} from '../map-catalog.ts';
import { CHARACTERS_TEXTURE, PORTRAITS_TEXTURE, SCENE_KEYS } from '../scene-keys.ts';
import { drawLoadingScreen } from '../ui/loading-screen.ts';
import { countedReads } from '../reading-progress.ts';
import { buildCollectionAtlas, queueTilesetTextures, type ImageCollectionPlan, type QueuedTilesetTextures } from '../image-collection-atlas.ts';
import { checkTilesetImages } from '../tileset-image-checks.ts';

// Each shipped file is a file of the build with a URL that works under Vite's relative `base`, fetched
// only when a chapter needs it: the maps stay out of the script the title loads. In `npm run dev` maps
// are read from the dev server instead, fresh at every load (live reload).
const MAP_URLS = import.meta.glob<string>(['../../../maps/*.{tmj,tmx,tsj,tsx,tj,tx,json,ink}', '../../../maps/*.tiled-project'], { query: '?url', import: 'default', eager: true });
/** Dev and test builds also carry the test fixtures' maps, for the test chapter rows. */
const TEST_MAP_TEXTS: Record<string, string> = TEST_BUILD
  ? import.meta.glob<string>(['../../../tests/fixtures/maps/*.{tmj,ink}', '../../../tests/fixtures/maps/campaign/*.{tmj,ink}'], { query: '?raw', import: 'default', eager: true })
  : {};
const IMAGE_URLS = import.meta.glob<string>(['../../../assets/generated/*.png', '../../../maps/*.png'], { query: '?url', import: 'default', eager: true });
/** The test campaign's tileset image, beside its maps. */
const TEST_IMAGE_URLS: Record<string, string> = TEST_BUILD
  ? import.meta.glob<string>('../../../tests/fixtures/maps/campaign/*.png', { query: '?url', import: 'default', eager: true })
  : {};
const DATA_URLS = import.meta.glob<string>(['../../../assets/generated/characters.json', '../../../assets/generated/portraits.json'], {
  query: '?url',
  import: 'default',
  eager: true,
});

/** A built spritesheet and its frame index (tools/build-assets.ts), loaded once per page. */
interface SheetFiles {
  readonly label: string;
  readonly texture: string;
  readonly image: string;
  readonly data: string;
  /** Key of its frame index in the JSON cache. */
  readonly framesKey: string;
}

const SHEETS: readonly SheetFiles[] = [
  { label: 'character sheet', texture: CHARACTERS_TEXTURE, image: 'assets/generated/characters.png', data: 'assets/generated/characters.json', framesKey: 'characters-frames' },
  { label: 'portrait sheet', texture: PORTRAITS_TEXTURE, image: 'assets/generated/portraits.png', data: 'assets/generated/portraits.json', framesKey: 'portraits-frames' },
];

const RELOAD_ADVICE = 'Fix them in Tiled, save, and reload.';
const DROP_ADVICE = 'Fix them in Tiled, save, and drop the files here again (or pick them from the title\'s Custom level).';
const LIVE_ADVICE = 'Fix them in Tiled and save: the game loads the map again by itself.';

function byRepositoryPath<Value>(files: Record<string, Value>): Map<string, Value> {
  return new Map(Object.entries(files).map(([key, value]) => [repositoryPath(key), value]));
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not be fetched (${response.status} ${response.statusText})`);
  return response.text();
}
type TextReader = () => Promise<string>;

const SHIPPED_MAPS = byRepositoryPath(MAP_URLS);
const CHAPTER_MAPS = new Map<string, TextReader>([
  ...[...SHIPPED_MAPS].map(([path, url]): [string, TextReader] => [path, () => fetchText(url)]),
  ...[...byRepositoryPath(TEST_MAP_TEXTS)].map(([path, text]): [string, TextReader] => [path, () => Promise.resolve(text)]),
]);
const CHAPTERS = BUILD_CHAPTERS.filter(isLevelChapter);
const SHIPPED_IMAGES = byRepositoryPath({ ...IMAGE_URLS, ...TEST_IMAGE_URLS });
const SHIPPED_DATA = byRepositoryPath(DATA_URLS);

/** The names `?map=` accepts, listed when an unknown one is asked for. */
function shippedMaps(): string[] {
  return shippedMapNames(SHIPPED_MAPS.keys());
}

/** With no request yet: the chapter or map named in the address (played at once), else the title alone. */
function requestFromAddress(): MapRequest {
  const chapterKey = chapterKeyFromSearch(window.location.search);
  if (chapterKey !== null) return { kind: 'chapter', key: chapterKey, playAtOnce: true };
  const name = mapNameFromSearch(window.location.search);
  return name === null ? TITLE_REQUEST : { kind: 'shipped', name, playAtOnce: true };
}

/**
 * A repository file's set: the dev server's (read fresh, so live reload sees each save) under `npm run
 * dev`, else the texts this build bundles. The test fixtures are bundled in both.
 */
export function repositoryFileSet(mapPath: string): MapFileSet {
  if (import.meta.env.DEV && mapPath.startsWith('maps/')) return serverFileSet(document.baseURI, mapPath);
  return bundledFileSet({ mapPath, texts: CHAPTER_MAPS, images: SHIPPED_IMAGES });
}

/** `?map=name`: maps/name.tmx if there is one, else maps/name.tmj; null when neither exists. */
async function findShippedMap(name: string): Promise<MapFileSet | null> {
  for (const extension of ['.tmx', '.tmj'] as const) {
    const mapPath = shippedMapPath(name, extension);
    if (!import.meta.env.DEV && !SHIPPED_MAPS.has(mapPath)) continue;
    const files = repositoryFileSet(mapPath);
    try {
      await files.readFile(mapPath);
      return files;
    } catch {
      // Not this one: try the other extension.
    }
  }
  return null;
}

/** What the boot scene resolves a request to before reading any file. */
interface MapSource {
  readonly files: MapFileSet;
  readonly playAtOnce: boolean;
  /** The chapter row it is played by. */
  readonly chapter: Chapter;
}

type SourceResult = { readonly source: MapSource } | { readonly problem: MapProblem; readonly label: string; readonly advice: string };

export class BootScene extends Phaser.Scene {
  #problems: MapProblem[] = [];
  #pendingLevel: LoadedLevel | null = null;
  /** Image-collection atlases to draw once the loader has their tiles' images. */
  #pendingAtlases: QueuedTilesetTextures['atlases'] = [];
  /** The tileset images queued for the pending level, checked once the loader is done. */
  #pendingImages: QueuedTilesetTextures['images'] = [];
  #playAtOnce = false;
  /** No map asked for: the sheets load, then the title shows with nothing behind it. */
  #titleOnly = false;
  /** `?chapter=` of a scene chapter: the story scene plays it once the sheets are loaded. */
  #sceneAlone = false;
  #reportLabel = '';
  #advice = RELOAD_ADVICE;
  /** The map's files are being read: create() waits, and the load restarts the scene when done. */
  #reading = false;
  /** Counts loads, so a load overtaken by a newer request (a second drop) is dropped when it ends. */
  #loadNumber = 0;
  #showReading: (progress: number) => void = () => undefined;

  constructor() {
    super(SCENE_KEYS.boot);
  }

  preload(): void {
    this.#problems = [];
    this.#pendingLevel = null;
    this.#pendingAtlases = [];
    this.#pendingImages = [];
    this.#playAtOnce = false;
    this.#reading = false;
    // Until this load is done no level is published: the test hook and the level scene wait for it.
    setLoadedLevel(this.game, null);
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, (file: Phaser.Loader.File) => {
      // A tileset image is reported with its tileset once the loader is done (checkImages).
      if (this.#pendingImages.some((image) => image.textureKey === file.key)) return;
      this.#problems.push({
        severity: 'error',
        message: `Could not load ${file.type} "${file.key}".`,
        place: typeof file.url === 'string' ? file.url : file.key,
        hint: 'Check that the file exists and is a valid image or JSON file, then reload.',
      });
    });

    const stored = getMapRequest(this.game);
    const request = stored ?? requestFromAddress();
    this.#sceneAlone = stored === null && beginSceneChapterAlone(this.game, request);
    this.#titleOnly = this.#sceneAlone || (request.kind === 'title' && !isLevelRequested(this.game));
    this.#showReading = drawLoadingScreen(this, request.kind === 'loaded' ? 'drawing' : 'reading');
    if (this.#titleOnly) {
      this.#reportLabel = 'the character sheets';
      this.#loadCharacterSheet();
      return;
    }
    if (request.kind === 'title') {
      // The test hook asked for a level before any was chosen: the night escape, the chase its tests drive.
      this.#readFiles({ kind: 'chapter', key: NIGHT_ESCAPE.key, playAtOnce: true });
      return;
    }
    // `?chapter=` plays the chapter on its own as Chapter select does: its intro first, its outro after.
    if (stored === null && request.kind === 'chapter') campaignPlay(this.game).beginAlone(request.key);
    if (request.kind !== 'loaded') {
      // Nothing is queued while the map's files are read: the restart that follows would load it twice.
      this.#readFiles(request);
      return;
    }
    this.#loadCharacterSheet();
    this.#takeLoaded(request);
  }

  create(): void {
    this.#addCharacterFrames();
    if (this.#reading) return;
    this.#checkImages();
    if (this.#titleOnly && this.#problems.length === 0) {
      this.scene.start(this.#sceneAlone ? SCENE_KEYS.story : SCENE_KEYS.title);
      return;
    }
    if (this.#problems.length > 0 || this.#pendingLevel === null) {
      setProblemReport(this.game, { fileName: this.#reportLabel, problems: this.#problems, advice: this.#advice });
      this.scene.start(SCENE_KEYS.problems);
      return;
    }
    for (const atlas of this.#pendingAtlases) buildCollectionAtlas(this.textures, atlas.plan, atlas);
    // Published only now that its images are loaded: a level scene started earlier would build its tilemap without tilesets (Phaser then fails inside putTileAt).
    setLoadedLevel(this.game, this.#pendingLevel);
    const { warnings, fileName } = this.#pendingLevel;
    setOverlayProblems(this.game, warnings.length === 0 ? null : { title: `${fileName} plays, with ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`, problems: warnings });
    const levelRequested = isLevelRequested(this.game);
    if (this.#playAtOnce || levelRequested) {
      requestLevelWhenReady(this.game, false);
      // The test hook's request goes straight to the level, past any intro.
      this.scene.start(levelRequested ? SCENE_KEYS.level : levelOrIntro(this.game, this.#pendingLevel.chapter.key));
      return;
    }
    this.scene.start(SCENE_KEYS.title);
  }

  /** Reads the request's files, then restarts this scene with the result as a 'loaded' request. */
  #readFiles(request: Exclude<MapRequest, { kind: 'loaded' | 'title' }>): void {
    this.#reading = true;
    this.#loadNumber += 1;
    const loadNumber = this.#loadNumber;
    void this.#resolveSource(request).then(async (resolved) => {
      if ('problem' in resolved) {
        if (loadNumber !== this.#loadNumber) return;
        this.#reading = false;
        setProblemReport(this.game, { fileName: resolved.label, problems: [resolved.problem], advice: resolved.advice });
        this.scene.start(SCENE_KEYS.problems);
        return;
      }
      const { files, chapter, playAtOnce } = resolved.source;
      const loaded = await loadLevelWithStory({ mapPath: files.mapPath, ...countedReads(files.readFile, this.#showReading) });
      if (loadNumber !== this.#loadNumber) return;
      setMapRequest(this.game, { kind: 'loaded', loaded, files, chapter, playAtOnce });
      this.scene.restart();
    });
  }

  /** A request's loaded files: problems to report, or the level with its images queued. */
  #takeLoaded(request: Extract<MapRequest, { kind: 'loaded' }>): void {
    const { loaded, files, chapter } = request;
    this.#reportLabel = files.label;
    this.#playAtOnce = request.playAtOnce;
    this.#advice = files.origin === 'dropped' ? DROP_ADVICE : import.meta.env.DEV ? LIVE_ADVICE : RELOAD_ADVICE;
    // The same request again (a return from the title, a boot after the result) reads nothing more.
    // What gathering the files said (a folder cut short) comes first, on the problems screen or over the game.
    const notices = files.notices ?? [];
    if (!loaded.ok) {
      // Not push(...problems): a map with 150,000 problems overflows the stack as spread arguments.
      this.#problems = this.#problems.concat(notices, loaded.problems);
      return;
    }
    const queued = queueTilesetTextures(this, {
      tilesets: loaded.value.map.tilesets,
      mapHash: loaded.mapHash,
      mapPath: files.origin === 'dropped' ? null : files.mapPath,
      mapLabel: files.label,
      images: SHIPPED_IMAGES,
      ownImageUrl: files.origin === 'bundled' ? undefined : files.imageUrl,
    });
    this.#problems = this.#problems.concat(queued.problems);
    this.#pendingAtlases = queued.atlases;
    this.#pendingImages = queued.images;
    const { tilesetTextures } = queued;
    this.#pendingLevel = {
      level: loaded.value,
      chapter,
      fileName: files.label,
      mapHash: loaded.mapHash,
      tilesetTextures,
      warnings: notices.concat(loaded.warnings),
      source: files,
      filesRead: loaded.files,
      director: loaded.director,
    };
  }

  /**
   * Tileset images that did not become textures the renderer can hold: errors for dropped files (the
   * problems screen), warnings over the game for the dev server's and shipped maps. An atlas too large
   * to draw is not built.
   */
  #checkImages(): void {
    const level = this.#pendingLevel;
    if (level === null) return;
    const { renderer } = this;
    const atlasSize = (plan: ImageCollectionPlan): { readonly width: number; readonly height: number } => ({ width: plan.columns * plan.cellWidth, height: plan.rows * plan.cellHeight });
    const maxTextureSize = renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer ? renderer.getMaxTextureSize() : Number.POSITIVE_INFINITY;
    const found = checkTilesetImages({
      images: this.#pendingImages,
      atlases: this.#pendingAtlases.map((atlas) => ({ tilesetName: atlas.plan.tilesetName, ...atlasSize(atlas.plan) })),
      sizeOf: (key) => {
        const source = this.textures.exists(key) ? this.textures.get(key).source[0] : undefined;
        return source === undefined ? null : { width: source.width, height: source.height };
      },
      maxTextureSize,
      severity: level.source.origin === 'dropped' ? 'error' : 'warning',
    });
    if (found.length === 0) return;
    this.#pendingAtlases = this.#pendingAtlases.filter((atlas) => {
      const size = atlasSize(atlas.plan);
      return size.width <= maxTextureSize && size.height <= maxTextureSize;
    });
    if (level.source.origin === 'dropped') this.#problems = this.#problems.concat(found);
    else this.#pendingLevel = { ...level, warnings: level.warnings.concat(found) };
  }

  async #resolveSource(request: Exclude<MapRequest, { kind: 'loaded' | 'title' }>): Promise<SourceResult> {
    const otherMaps = 'Pick one of the maps this build has, or open your own from the title\'s Custom level.';
    if (request.kind === 'text' || request.kind === 'files') {
      // A builder's own map is played by the custom level's row.
      const files = request.kind === 'files' ? request.files : textFileSet(request.text, request.fileName);
      if (isMapProblem(files)) return { problem: files, label: files.place, advice: DROP_ADVICE };
      return { source: { files, playAtOnce: true, chapter: CUSTOM_LEVEL_CHAPTER } };
    }
    if (request.kind === 'chapter') {
      const chapter = chapterByKey(request.key, CHAPTERS);
      if (chapter === null || !CHAPTER_MAPS.has(chapter.mapPath)) {
        const problem = unknownChapterProblem(request.key, CHAPTERS.map((known) => known.key));
        return { problem, label: `?chapter=${request.key}`, advice: 'Pick one of the chapters this build has, or open your own map from the title\'s Custom level.' };
      }
      return { source: { files: repositoryFileSet(chapter.mapPath), playAtOnce: request.playAtOnce, chapter } };
    }
    const files = await findShippedMap(request.name);
    if (files === null) return { problem: unknownMapProblem(request.name, shippedMaps()), label: `?map=${request.name}`, advice: otherMaps };
    const chapter = chapterForMap(files.mapPath, CHAPTERS) ?? (files.mapPath === FIRST_CHAPTER.mapPath ? FIRST_CHAPTER : CUSTOM_LEVEL_CHAPTER);
    return { source: { files, playAtOnce: request.playAtOnce, chapter } };
  }

  #loadCharacterSheet(): void {
    for (const sheet of SHEETS) this.#loadSheet(sheet);
  }

  #loadSheet(sheet: SheetFiles): void {
    // Loaded once per page: a second boot (a dropped map) finds them in the caches.
    if (this.textures.exists(sheet.texture) && this.cache.json.exists(sheet.framesKey)) return;
    const image = SHIPPED_IMAGES.get(sheet.image);
    const data = SHIPPED_DATA.get(sheet.data);
    if (image === undefined || data === undefined) {
      this.#problems.push({
        severity: 'error',
        message: `The ${sheet.label} is missing.`,
        place: `${sheet.image} and ${sheet.data}`,
        hint: 'Run `npm run build-assets` to draw the art from its sources, then reload.',
      });
      return;
    }
    if (!this.textures.exists(sheet.texture)) this.load.image(sheet.texture, image);
    if (!this.cache.json.exists(sheet.framesKey)) this.load.json(sheet.framesKey, data);
  }

  /** Names the frames of the character and portrait sheets so scenes can ask for `mira-left-2`. */
  #addCharacterFrames(): void {
    for (const files of SHEETS) {
      if (!this.textures.exists(files.texture) || !this.cache.json.exists(files.framesKey)) continue;
      const sheet = readCharacterSheet(this.cache.json.get(files.framesKey));
      if (!sheet.ok) {
        this.#problems.push({
          severity: 'error',
          message: sheet.message,
          place: files.data,
          hint: `Run \`npm run build-assets\` to rebuild the ${files.label}.`,
        });
        continue;
      }
      const texture = this.textures.get(files.texture);
      for (const frame of sheet.frames) {
        if (!texture.has(frame.name)) texture.add(frame.name, 0, frame.x, frame.y, frame.width, frame.height);
      }
    }
  }
}
