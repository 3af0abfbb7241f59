// Loads a map through our own loader (a shipped one, the one named by `?map=`, or a dropped file's
// text), then the images it names and the character sheet.
import Phaser from 'phaser';
import { loadLevelFromText } from '../../level/load-level.ts';
import { hashText } from '../../run/replay.ts';
import { FIRST_CHAPTER, chapterByKey, chapterForMap, playableChapters, type Chapter } from '../../story/chapters.ts';
import type { MapProblem } from '../../tiled/tiled-map.ts';
import { readCharacterSheet } from '../character-sheet.ts';
import { repositoryPath } from '../asset-paths.ts';
import {
  getMapRequest,
  isLevelRequested,
  requestLevelWhenReady,
  setLoadedLevel,
  setProblemReport,
  type LoadedLevel,
} from '../game-data.ts';
import {
  FIRST_CHAPTER_REQUEST,
  chapterKeyFromSearch,
  mapNameFromSearch,
  resolveTilesetImages,
  shippedMapNames,
  shippedMapPath,
  unknownChapterProblem,
  unknownMapProblem,
  type MapRequest,
} from '../map-catalog.ts';
import { CHARACTERS_TEXTURE, SCENE_KEYS } from '../scene-keys.ts';
import { ACCENT_COLOR, colorNumber, textStyle } from '../ui/palette.ts';

// Eager globs put every file into the bundle with a URL that works under Vite's relative `base`. In
// `npm run dev` a saved map reloads the page, since the glob's module is replaced (see maps/README.md).
const MAP_TEXTS = import.meta.glob<string>('../../../maps/*.tmj', { query: '?raw', import: 'default', eager: true });
/** Dev and test builds also carry the test fixtures' maps, for the chapter rows marked testOnly. */
const TEST_BUILD = import.meta.env.DEV || __TEST_HOOK__;
const TEST_MAP_TEXTS: Record<string, string> = TEST_BUILD
  ? import.meta.glob<string>('../../../tests/fixtures/maps/*.tmj', { query: '?raw', import: 'default', eager: true })
  : {};
const IMAGE_URLS = import.meta.glob<string>(['../../../assets/generated/*.png', '../../../maps/*.png'], {
  query: '?url',
  import: 'default',
  eager: true,
});
const DATA_URLS = import.meta.glob<string>('../../../assets/generated/characters.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

const CHARACTERS_IMAGE = 'assets/generated/characters.png';
const CHARACTERS_DATA = 'assets/generated/characters.json';
const CHARACTERS_FRAMES = 'characters-frames';

const RELOAD_ADVICE = 'Fix them in Tiled, save, and reload.';
const DROP_ADVICE = 'Fix them in Tiled, save, and drop the file here again.';

function byRepositoryPath(files: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(files).map(([key, value]) => [repositoryPath(key), value]));
}

const SHIPPED_MAPS = byRepositoryPath(MAP_TEXTS);
const CHAPTER_MAPS = byRepositoryPath({ ...MAP_TEXTS, ...TEST_MAP_TEXTS });
const CHAPTERS = playableChapters({ includeTestOnly: TEST_BUILD });
const SHIPPED_IMAGES = byRepositoryPath(IMAGE_URLS);
const SHIPPED_DATA = byRepositoryPath(DATA_URLS);

/** The names `?map=` accepts, listed when an unknown one is asked for. */
function shippedMaps(): string[] {
  return shippedMapNames(SHIPPED_MAPS.keys());
}

/** With no request yet: the chapter or map named in the address (played at once), else the first chapter after the title. */
function requestFromAddress(): MapRequest {
  const chapterKey = chapterKeyFromSearch(window.location.search);
  if (chapterKey !== null) return { kind: 'chapter', key: chapterKey, playAtOnce: true };
  const name = mapNameFromSearch(window.location.search);
  return name === null ? FIRST_CHAPTER_REQUEST : { kind: 'shipped', name, playAtOnce: true };
}

interface MapSource {
  readonly text: string;
  /** As shown to the player: `maps/night-escape.tmj`, or the dropped file's name. */
  readonly label: string;
  /** Repository path of a shipped map (its images resolve relative to it); null for a dropped file. */
  readonly mapPath: string | null;
  readonly playAtOnce: boolean;
  /** The chapter row it is played by. */
  readonly chapter: Chapter;
}

export class BootScene extends Phaser.Scene {
  private problems: MapProblem[] = [];
  private pendingLevel: LoadedLevel | null = null;
  private playAtOnce = false;
  private reportLabel = '';
  private advice = RELOAD_ADVICE;

  constructor() {
    super(SCENE_KEYS.boot);
  }

  preload(): void {
    this.problems = [];
    this.pendingLevel = null;
    this.playAtOnce = false;
    // Until this load is done no level is published: the test hook and the level scene wait for it.
    setLoadedLevel(this.game, null);
    this.drawLoadingBar();
    this.loadCharacterSheet();
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, (file: Phaser.Loader.File) => {
      this.problems.push({
        severity: 'error',
        message: `Could not load ${file.type} "${file.key}".`,
        place: typeof file.url === 'string' ? file.url : file.key,
        hint: 'Check that the file exists and is a valid image or JSON file, then reload.',
      });
    });

    const request = getMapRequest(this.game) ?? requestFromAddress();
    this.advice = request.kind === 'text' ? DROP_ADVICE : RELOAD_ADVICE;
    const source = this.mapSource(request);
    if (!source) return;
    this.reportLabel = source.label;
    this.playAtOnce = source.playAtOnce;

    const loaded = loadLevelFromText(source.text, source.label);
    if (!loaded.ok) {
      // Not push(...problems): a map with 150,000 problems overflows the stack as spread arguments.
      this.problems = this.problems.concat(loaded.problems);
      return;
    }
    const resolution = resolveTilesetImages({
      tilesets: loaded.value.map.tilesets,
      mapPath: source.mapPath,
      mapLabel: source.label,
      images: SHIPPED_IMAGES,
    });
    this.problems = this.problems.concat(resolution.problems);
    const tilesetTextures = new Map<string, string>();
    for (const [tilesetName, image] of resolution.images) {
      const textureKey = `tileset:${image.path}`;
      tilesetTextures.set(tilesetName, textureKey);
      if (!this.textures.exists(textureKey)) this.load.image(textureKey, image.url);
    }
    this.pendingLevel = {
      level: loaded.value,
      chapter: source.chapter,
      fileName: source.label,
      mapHash: hashText(source.text),
      tilesetTextures,
      warnings: loaded.warnings,
    };
  }

  create(): void {
    this.addCharacterFrames();
    if (this.problems.length > 0 || this.pendingLevel === null) {
      setProblemReport(this.game, { fileName: this.reportLabel, problems: this.problems, advice: this.advice });
      this.scene.start(SCENE_KEYS.problems);
      return;
    }
    // Published only now that its images are loaded: a level scene started earlier would build its
    // tilemap without tilesets (Phaser then fails inside putTileAt).
    setLoadedLevel(this.game, this.pendingLevel);
    if (this.playAtOnce || isLevelRequested(this.game)) {
      requestLevelWhenReady(this.game, false);
      this.scene.start(SCENE_KEYS.level);
      return;
    }
    this.scene.start(SCENE_KEYS.title);
  }

  private mapSource(request: MapRequest): MapSource | null {
    if (request.kind === 'text') {
      // A builder's own map is played by the first chapter's rules (its seed, its banner).
      return { text: request.text, label: request.fileName, mapPath: null, playAtOnce: true, chapter: FIRST_CHAPTER };
    }
    if (request.kind === 'chapter') {
      const chapter = chapterByKey(request.key, CHAPTERS);
      const text = chapter === null ? undefined : CHAPTER_MAPS.get(chapter.mapPath);
      if (chapter === null || text === undefined) {
        this.reportLabel = `?chapter=${request.key}`;
        this.advice = 'Pick one of the chapters this build has, or drop a .tmj file onto the game.';
        this.problems.push(unknownChapterProblem(request.key, CHAPTERS.map((known) => known.key)));
        return null;
      }
      return { text, label: chapter.mapPath, mapPath: chapter.mapPath, playAtOnce: request.playAtOnce, chapter };
    }
    const mapPath = shippedMapPath(request.name);
    const text = SHIPPED_MAPS.get(mapPath);
    if (text === undefined) {
      this.reportLabel = `?map=${request.name}`;
      this.advice = 'Pick one of the maps this build has, or drop a .tmj file onto the game.';
      this.problems.push(unknownMapProblem(request.name, shippedMaps()));
      return null;
    }
    const chapter = chapterForMap(mapPath, CHAPTERS) ?? FIRST_CHAPTER;
    return { text, label: mapPath, mapPath, playAtOnce: request.playAtOnce, chapter };
  }

  private loadCharacterSheet(): void {
    // Loaded once per page: a second boot (a dropped map) finds them in the caches.
    if (this.textures.exists(CHARACTERS_TEXTURE) && this.cache.json.exists(CHARACTERS_FRAMES)) return;
    const charactersImage = SHIPPED_IMAGES.get(CHARACTERS_IMAGE);
    const charactersData = SHIPPED_DATA.get(CHARACTERS_DATA);
    if (charactersImage === undefined || charactersData === undefined) {
      this.problems.push({
        severity: 'error',
        message: 'The character sheet is missing.',
        place: `${CHARACTERS_IMAGE} and ${CHARACTERS_DATA}`,
        hint: 'Run `npm run build-assets` to draw the art from its sources, then reload.',
      });
      return;
    }
    if (!this.textures.exists(CHARACTERS_TEXTURE)) this.load.image(CHARACTERS_TEXTURE, charactersImage);
    if (!this.cache.json.exists(CHARACTERS_FRAMES)) this.load.json(CHARACTERS_FRAMES, charactersData);
  }

  /** Names the frames of the character sheet so scenes can ask for `mira-left-2`. */
  private addCharacterFrames(): void {
    if (!this.textures.exists(CHARACTERS_TEXTURE) || !this.cache.json.exists(CHARACTERS_FRAMES)) return;
    const sheet = readCharacterSheet(this.cache.json.get(CHARACTERS_FRAMES));
    if (!sheet.ok) {
      this.problems.push({
        severity: 'error',
        message: sheet.message,
        place: CHARACTERS_DATA,
        hint: 'Run `npm run build-assets` to rebuild the character sheet.',
      });
      return;
    }
    const texture = this.textures.get(CHARACTERS_TEXTURE);
    for (const frame of sheet.frames) {
      if (!texture.has(frame.name)) texture.add(frame.name, 0, frame.x, frame.y, frame.width, frame.height);
    }
  }

  private drawLoadingBar(): void {
    const { width, height } = this.scale;
    const barWidth = Math.min(320, Math.floor(width * 0.6));
    const left = Math.floor((width - barWidth) / 2);
    const top = Math.floor(height / 2);
    this.add.text(Math.floor(width / 2), top - 28, 'Analog Dreams', textStyle(16, ACCENT_COLOR)).setOrigin(0.5);
    const frame = this.add.graphics();
    frame.lineStyle(1, colorNumber(ACCENT_COLOR), 0.8).strokeRect(left - 2, top - 2, barWidth + 4, 12);
    const fill = this.add.graphics();
    this.load.on(Phaser.Loader.Events.PROGRESS, (progress: number) => {
      fill.clear().fillStyle(colorNumber(ACCENT_COLOR), 1).fillRect(left, top, Math.floor(barWidth * progress), 8);
    });
  }
}
