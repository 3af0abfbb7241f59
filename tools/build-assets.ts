// Builds the pixel art from its text sources in assets/ into assets/generated/, and the music scores
// (assets/music/*.json) read once into the themes the game plays (generated/music-themes.json).
//
//   npm run build-assets               rebuild and write the generated files
//   npm run build-assets -- --check    exit 1 if the committed files differ from a rebuild
//
// Sources: assets/palette.json (one character per colour) and sheets of 16x16 text grids
// (assets/tiles/night-district.txt, assets/sprites/characters.txt) and 32x32 ones (assets/sprites/portraits.txt). The format is described in
// assets/README.md. Same sources give the same bytes: no timestamps, fixed PNG encoder settings.
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { encodePng, resolveGrids, type Grid } from './pixel-art-render.ts';
import { AssetSourceError, CELL_SIZE, PALETTE_SOURCE, parsePalette, parseSheet, type Palette, type SheetEntry, type TileLayerName } from './pixel-art-source.ts';
import { writeUserFile } from './write-user-file.ts';
import { MUSIC_THEMES_FILE, readThemes, themeName } from '../src/platform/music-score.ts';

export const TILESET_COLUMNS = 8;
export const CHARACTER_COLUMNS = 8;

export const TILESET_SOURCE = 'assets/tiles/night-district.txt';
export const CHARACTER_SOURCE = 'assets/sprites/characters.txt';
export const TILESET_IMAGE = 'assets/generated/night-district.png';
export const TILESET_INDEX = 'assets/generated/night-district.json';
export const CHARACTER_IMAGE = 'assets/generated/characters.png';
export const CHARACTER_INDEX = 'assets/generated/characters.json';
export const PORTRAIT_SOURCE = 'assets/sprites/portraits.txt';
export const PORTRAIT_IMAGE = 'assets/generated/portraits.png';
export const PORTRAIT_INDEX = 'assets/generated/portraits.json';
export const MUSIC_FOLDER = 'assets/music';
/** Portraits are drawn larger than the walking sprites: a face the dialogue box shows beside the line. */
export const PORTRAIT_SIZE = 32;

export interface TileInfo {
  readonly id: number;
  readonly layer: TileLayerName;
  readonly collides: boolean;
  readonly opaque: boolean;
  /**
   * The Tiled tile properties a map's tileset must carry for this tile (collides and opaque on walls and
   * dream tiles; enforcerBlocks, hide and lit where set). Absent for a tile that needs none.
   */
  readonly properties?: Readonly<Record<string, boolean>>;
}

const EMPTY_CELL: Grid = Array.from({ length: CELL_SIZE * CELL_SIZE }, () => null);

/**
 * Each tile's id: the next one, or its `id:N` (which may only skip ahead, so no tile ever moves). The
 * dream's tiles start at 72, the first cell past the image Tiled and the maps already knew.
 */
function tileIds(tiles: readonly SheetEntry[]): number[] {
  let next = 0;
  return tiles.map((entry) => {
    if (entry.id !== null && entry.id < next) {
      throw new AssetSourceError(TILESET_SOURCE, entry.line, `"${entry.name}" id:${entry.id} is taken: the next free id is ${next}`);
    }
    const id = entry.id ?? next;
    next = id + 1;
    return id;
  });
}

/** What a tile says in Tiled: a walls tile blocks unless told, and a dream tile may land on the walls layer. */
function tileProperties(entry: SheetEntry): Record<string, boolean> | undefined {
  const properties: Record<string, boolean> = {};
  if (entry.layer === 'walls' || entry.layer === 'dream') {
    properties.collides = entry.collides;
    properties.opaque = entry.opaque;
  }
  if (entry.enforcerBlocks) properties.enforcerBlocks = true;
  if (entry.hide) properties.hide = true;
  if (entry.lit) properties.lit = true;
  return Object.keys(properties).length === 0 ? undefined : properties;
}

export interface TilesetIndex {
  readonly image: string;
  readonly tileWidth: number;
  readonly tileHeight: number;
  readonly columns: number;
  readonly tileCount: number;
  readonly imageWidth: number;
  readonly imageHeight: number;
  readonly tiles: Readonly<Record<string, TileInfo>>;
}

export interface CharacterIndex {
  readonly frameWidth: number;
  readonly frameHeight: number;
  readonly columns: number;
  readonly frames: Readonly<Record<string, number>>;
}

export interface BuiltFile {
  /** Relative to the project root, forward slashes. */
  readonly path: string;
  readonly bytes: Buffer;
}

function jsonBytes(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

function readSource(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8').replace(/\r\n/g, '\n');
}

/**
 * Every score of assets/music/ read into its theme, by name, so the game fetches notes it can play at once
 * and carries no score reader. A score that does not read stops the build with the reader's message.
 */
function buildMusicThemes(root: string): Buffer {
  const folder = join(root, MUSIC_FOLDER);
  const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
  const problems: string[] = [];
  const scores = new Map(files.map((file): [string, unknown] => [themeName(file), JSON.parse(readSource(root, `${MUSIC_FOLDER}/${file}`)) as unknown]));
  const themes = readThemes(scores, (message) => problems.push(message));
  if (problems.length > 0) throw new Error(problems.join('\n'));
  // On one line: every note is an object, and indented they would weigh three times as much to fetch.
  return Buffer.from(`${JSON.stringify(Object.fromEntries(themes))}\n`, 'utf8');
}

/** Rebuilds every generated file in memory from the sources under `root`. Writes nothing. */
export function buildAssets(root: string): BuiltFile[] {
  const palette = parsePalette(readSource(root, PALETTE_SOURCE));

  const tileEntries = parseSheet(readSource(root, TILESET_SOURCE), TILESET_SOURCE);
  const tileGrids = resolveGrids(tileEntries, palette, { file: TILESET_SOURCE });
  const tiles = tileEntries.filter((entry) => entry.kind === 'tile');
  const ids = tileIds(tiles);
  const cells: Grid[] = [];
  tiles.forEach((entry, index) => {
    const id = ids[index] ?? cells.length;
    while (cells.length < id) cells.push(EMPTY_CELL);
    cells.push(tileGrids.get(entry.name)!);
  });
  const tileImage = encodePng(cells, TILESET_COLUMNS);
  const tileInfo: Record<string, TileInfo> = {};
  tiles.forEach((entry, index) => {
    const id = ids[index] ?? index;
    const properties = tileProperties(entry);
    tileInfo[entry.name] = { id, layer: entry.layer ?? 'ground', collides: entry.collides, opaque: entry.opaque, ...(properties ? { properties } : {}) };
  });
  const tilesetIndex: TilesetIndex = {
    image: 'night-district.png',
    tileWidth: CELL_SIZE,
    tileHeight: CELL_SIZE,
    columns: TILESET_COLUMNS,
    // Tiled counts every cell of the image, used or not, and rewrites the count when it saves.
    tileCount: (tileImage.width / CELL_SIZE) * (tileImage.height / CELL_SIZE),
    imageWidth: tileImage.width,
    imageHeight: tileImage.height,
    tiles: tileInfo,
  };

  const characters = buildFrameSheet(readSource(root, CHARACTER_SOURCE), { file: CHARACTER_SOURCE, palette, cellSize: CELL_SIZE });
  const portraits = buildFrameSheet(readSource(root, PORTRAIT_SOURCE), { file: PORTRAIT_SOURCE, palette, cellSize: PORTRAIT_SIZE });

  return [
    { path: TILESET_IMAGE, bytes: tileImage.bytes },
    { path: TILESET_INDEX, bytes: jsonBytes(tilesetIndex) },
    { path: CHARACTER_IMAGE, bytes: characters.image },
    { path: CHARACTER_INDEX, bytes: jsonBytes(characters.index) },
    { path: PORTRAIT_IMAGE, bytes: portraits.image },
    { path: PORTRAIT_INDEX, bytes: jsonBytes(portraits.index) },
    { path: MUSIC_THEMES_FILE, bytes: buildMusicThemes(root) },
  ];
}

/** A spritesheet of a sheet's `frame` entries in order, CHARACTER_COLUMNS wide, and its index of frame names. */
function buildFrameSheet(text: string, options: { readonly file: string; readonly palette: Palette; readonly cellSize: number }): { image: Buffer; index: CharacterIndex } {
  const { file, palette, cellSize } = options;
  const entries = parseSheet(text, file, cellSize);
  const grids = resolveGrids(entries, palette, { file, cellSize });
  const frames = entries.filter((entry) => entry.kind === 'frame');
  const image = encodePng(frames.map((entry) => grids.get(entry.name)!), CHARACTER_COLUMNS, cellSize);
  const frameIndex: Record<string, number> = {};
  frames.forEach((entry, index) => {
    frameIndex[entry.name] = index;
  });
  return { image: image.bytes, index: { frameWidth: cellSize, frameHeight: cellSize, columns: CHARACTER_COLUMNS, frames: frameIndex } };
}

/** What differs between the files on disk and a fresh rebuild; empty when they match byte for byte. */
export function checkAssets(root: string, built: readonly BuiltFile[] = buildAssets(root)): string[] {
  const differences: string[] = [];
  for (const file of built) {
    const onDisk = join(root, file.path);
    if (!existsSync(onDisk)) {
      differences.push(`${file.path}: missing (run npm run build-assets)`);
      continue;
    }
    const committed = readFileSync(onDisk);
    if (!committed.equals(file.bytes)) {
      differences.push(`${file.path}: differs from a rebuild (run npm run build-assets and commit)`);
    }
  }
  return differences;
}

export function writeAssets(root: string, built: readonly BuiltFile[] = buildAssets(root)): void {
  for (const file of built) {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeUserFile(target, file.bytes);
  }
}

function main(argv: readonly string[]): number {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const built = buildAssets(root);
    if (argv.includes('--check')) {
      const differences = checkAssets(root, built);
      for (const difference of differences) console.error(difference);
      if (differences.length > 0) return 1;
      console.log(`assets up to date (${built.length} files)`);
      return 0;
    }
    writeAssets(root, built);
    for (const file of built) console.log(`wrote ${relative(root, join(root, file.path))} (${file.bytes.length} bytes)`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(resolve(invokedPath)).href) {
  process.exitCode = main(process.argv.slice(2));
}
