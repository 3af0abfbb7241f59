// Loads the map through our own loader, then the images it names and the character sheet.
import Phaser from 'phaser';
import { loadLevelFromText } from '../../level/load-level.ts';
import type { MapProblem } from '../../tiled/tiled-map.ts';
import { readCharacterSheet } from '../character-sheet.ts';
import { repositoryPath, resolveRelative } from '../asset-paths.ts';
import { isLevelRequested, requestLevelWhenReady, setLoadedLevel, setProblemReport, type LoadedLevel } from '../game-data.ts';
import { CHARACTERS_TEXTURE, SCENE_KEYS } from '../scene-keys.ts';
import { ACCENT_COLOR, textStyle } from '../ui/palette.ts';

// Eager globs put every file into the bundle with a URL that works under Vite's relative `base`.
const MAP_TEXTS = import.meta.glob<string>('../../../maps/*.tmj', { query: '?raw', import: 'default', eager: true });
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

export const LEVEL_FILE = 'maps/night-escape.tmj';
const CHARACTERS_IMAGE = 'assets/generated/characters.png';
const CHARACTERS_DATA = 'assets/generated/characters.json';
const CHARACTERS_FRAMES = 'characters-frames';

function byRepositoryPath(files: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(files).map(([key, value]) => [repositoryPath(key), value]));
}

export class BootScene extends Phaser.Scene {
  private problems: MapProblem[] = [];
  private pendingLevel: LoadedLevel | null = null;

  constructor() {
    super(SCENE_KEYS.boot);
  }

  preload(): void {
    this.problems = [];
    this.pendingLevel = null;
    this.drawLoadingBar();
    const images = byRepositoryPath(IMAGE_URLS);
    const data = byRepositoryPath(DATA_URLS);

    const charactersImage = images.get(CHARACTERS_IMAGE);
    const charactersData = data.get(CHARACTERS_DATA);
    if (charactersImage === undefined || charactersData === undefined) {
      this.problems.push({
        severity: 'error',
        message: 'The character sheet is missing.',
        place: `${CHARACTERS_IMAGE} and ${CHARACTERS_DATA}`,
        hint: 'Run `npm run build-assets` to draw the art from its sources, then reload.',
      });
    } else {
      this.load.image(CHARACTERS_TEXTURE, charactersImage);
      this.load.json(CHARACTERS_FRAMES, charactersData);
    }

    const mapText = byRepositoryPath(MAP_TEXTS).get(LEVEL_FILE);
    if (mapText === undefined) {
      this.problems.push({
        severity: 'error',
        message: 'The level file is missing from the build.',
        place: LEVEL_FILE,
        hint: 'Save the map from Tiled as JSON (.tmj) under maps/ and rebuild.',
      });
      return;
    }
    const loaded = loadLevelFromText(mapText, LEVEL_FILE);
    if (!loaded.ok) {
      this.problems.push(...loaded.problems);
      return;
    }
    const tilesetTextures = new Map<string, string>();
    for (const tileset of loaded.value.map.tilesets) {
      const imagePath = resolveRelative(LEVEL_FILE, tileset.image);
      const url = images.get(imagePath);
      if (url === undefined) {
        this.problems.push({
          severity: 'error',
          message: `The image of tileset "${tileset.name}" was not found: ${imagePath}.`,
          place: `tileset "${tileset.name}" in ${LEVEL_FILE}`,
          hint: 'Tileset images must be PNG files in assets/generated/ or maps/, referenced relative to the map.',
        });
        continue;
      }
      const textureKey = `tileset:${imagePath}`;
      tilesetTextures.set(tileset.name, textureKey);
      if (!this.textures.exists(textureKey)) this.load.image(textureKey, url);
    }
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, (file: Phaser.Loader.File) => {
      this.problems.push({
        severity: 'error',
        message: `Could not load ${file.type} "${file.key}".`,
        place: typeof file.url === 'string' ? file.url : file.key,
        hint: 'Check that the file exists and is a valid image or JSON file, then reload.',
      });
    });
    this.pendingLevel = { level: loaded.value, fileName: LEVEL_FILE, tilesetTextures, warnings: loaded.warnings };
  }

  create(): void {
    this.addCharacterFrames();
    if (this.problems.length > 0 || this.pendingLevel === null) {
      setProblemReport(this.game, { fileName: LEVEL_FILE, problems: this.problems });
      this.scene.start(SCENE_KEYS.problems);
      return;
    }
    // Published only now that its images are loaded: a level scene started earlier would build its
    // tilemap without tilesets (Phaser then fails inside putTileAt).
    setLoadedLevel(this.game, this.pendingLevel);
    if (isLevelRequested(this.game)) {
      requestLevelWhenReady(this.game, false);
      this.scene.start(SCENE_KEYS.nightEscape);
      return;
    }
    this.scene.start(SCENE_KEYS.title);
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
    frame.lineStyle(1, 0x7fe3ff, 0.8).strokeRect(left - 2, top - 2, barWidth + 4, 12);
    const fill = this.add.graphics();
    this.load.on(Phaser.Loader.Events.PROGRESS, (progress: number) => {
      fill.clear().fillStyle(0x7fe3ff, 1).fillRect(left, top, Math.floor(barWidth * progress), 8);
    });
  }
}
