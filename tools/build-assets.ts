// Builds the pixel art from its text sources in assets/ into assets/generated/.
//
//   npx tsx tools/build-assets.ts          rebuild and write the generated files
//   npx tsx tools/build-assets.ts --check  exit 1 if the committed files differ from a rebuild
//
// Sources: assets/palette.json (one character per colour) and sheets of 16x16 text grids
// (assets/tiles/night-district.txt, assets/sprites/characters.txt). The format is described in
// assets/README.md. Same sources give the same bytes: no timestamps, fixed PNG encoder settings.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';

export const CELL_SIZE = 16;
export const TILESET_COLUMNS = 8;
export const CHARACTER_COLUMNS = 8;

export const TILESET_SOURCE = 'assets/tiles/night-district.txt';
export const CHARACTER_SOURCE = 'assets/sprites/characters.txt';
export const PALETTE_SOURCE = 'assets/palette.json';
export const TILESET_IMAGE = 'assets/generated/night-district.png';
export const TILESET_INDEX = 'assets/generated/night-district.json';
export const CHARACTER_IMAGE = 'assets/generated/characters.png';
export const CHARACTER_INDEX = 'assets/generated/characters.json';

/** Tiles name the map layer they are drawn on; only `walls` tiles carry collision and sight. */
export type TileLayerName = 'ground' | 'walls' | 'decor' | 'above';

export interface Rgba {
  readonly red: number;
  readonly green: number;
  readonly blue: number;
  readonly alpha: number;
}

export interface Palette {
  readonly transparent: string;
  readonly colors: ReadonlyMap<string, Rgba>;
}

/** 16x16 RGBA pixels, row-major; null is transparent. */
type Grid = (Rgba | null)[];

interface SheetEntry {
  readonly kind: 'tile' | 'frame' | 'part';
  readonly name: string;
  readonly line: number;
  readonly layer: TileLayerName | null;
  readonly collides: boolean;
  readonly opaque: boolean;
  /** Either literal rows or a composition of earlier entries. */
  readonly rows: readonly string[] | null;
  readonly composition: readonly CompositionTerm[] | null;
}

interface CompositionTerm {
  readonly name: string;
  readonly mirror: boolean;
  readonly flip: boolean;
  readonly shiftX: number;
  readonly shiftY: number;
}

export interface TileInfo {
  readonly id: number;
  readonly layer: TileLayerName;
  readonly collides: boolean;
  readonly opaque: boolean;
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

/** A mistake in an art source, named by file and line so it can be fixed by hand. */
export class AssetSourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'AssetSourceError';
  }
}

function parseHexColor(hex: string, file: string, key: string): Rgba {
  const match = /^#([0-9a-fA-F]{6})([0-9a-fA-F]{2})?$/.exec(hex);
  if (match === null) {
    throw new AssetSourceError(file, 0, `colour "${key}" has hex "${hex}"; expected #rrggbb or #rrggbbaa`);
  }
  const rgb = match[1] ?? '000000';
  return {
    red: Number.parseInt(rgb.slice(0, 2), 16),
    green: Number.parseInt(rgb.slice(2, 4), 16),
    blue: Number.parseInt(rgb.slice(4, 6), 16),
    alpha: match[2] === undefined ? 255 : Number.parseInt(match[2], 16),
  };
}

export function parsePalette(text: string, file = PALETTE_SOURCE): Palette {
  const json = JSON.parse(text) as { transparent?: unknown; colors?: unknown };
  const transparent = typeof json.transparent === 'string' ? json.transparent : '.';
  const colors = new Map<string, Rgba>();
  if (typeof json.colors !== 'object' || json.colors === null) {
    throw new AssetSourceError(file, 0, 'missing "colors" object');
  }
  for (const [key, value] of Object.entries(json.colors as Record<string, { hex?: unknown }>)) {
    // One printable ASCII character per colour, so a row's length in characters is its width in pixels.
    if (!/^[!-~]$/.test(key) || key === transparent) {
      throw new AssetSourceError(file, 0, `colour key "${key}" must be one ASCII character other than "${transparent}"`);
    }
    if (typeof value.hex !== 'string') {
      throw new AssetSourceError(file, 0, `colour "${key}" has no hex`);
    }
    colors.set(key, parseHexColor(value.hex, file, key));
  }
  return { transparent, colors };
}

const LAYER_NAMES: readonly TileLayerName[] = ['ground', 'walls', 'decor', 'above'];

function parseTerm(text: string, file: string, line: number): CompositionTerm {
  const [name, ...modifiers] = text.split('|');
  if (name === undefined || name === '') throw new AssetSourceError(file, line, `empty term in "${text}"`);
  let mirror = false;
  let flip = false;
  let shiftX = 0;
  let shiftY = 0;
  for (const modifier of modifiers) {
    const shift = /^(dx|dy)=(-?\d+)$/.exec(modifier);
    if (modifier === 'mirror') mirror = true;
    else if (modifier === 'flip') flip = true;
    else if (shift !== null && shift[1] === 'dx') shiftX = Number(shift[2]);
    else if (shift !== null) shiftY = Number(shift[2]);
    else throw new AssetSourceError(file, line, `unknown modifier "${modifier}" (use mirror, flip, dx=N, dy=N)`);
  }
  return { name, mirror, flip, shiftX, shiftY };
}

/**
 * A sheet is a list of entries. Each starts with a header line, `#` starts a comment:
 *   tile NAME LAYER [collides] [opaque]      then 16 rows of 16 palette characters
 *   frame NAME                               then 16 rows
 *   part NAME                                (a building block, not written to the image) then 16 rows
 *   tile|frame|part NAME ... = TERM TERM ... composed from earlier entries, later terms on top;
 *                                            TERM is NAME[|mirror][|flip][|dx=N][|dy=N]
 */
export function parseSheet(text: string, file: string): SheetEntry[] {
  const lines = text.split('\n');
  const entries: SheetEntry[] = [];
  let index = 0;
  while (index < lines.length) {
    const raw = lines[index] ?? '';
    const lineNumber = index + 1;
    index += 1;
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) continue;
    const equals = content.indexOf('=');
    const header = equals === -1 ? content : content.slice(0, equals).trim();
    const compositionText = equals === -1 ? undefined : content.slice(equals + 1).trim();
    const words = header.split(/\s+/);
    const [kindWord, name, ...flags] = words;
    if (kindWord !== 'tile' && kindWord !== 'frame' && kindWord !== 'part') {
      throw new AssetSourceError(file, lineNumber, `expected "tile", "frame" or "part", found "${content}"`);
    }
    if (name === undefined) throw new AssetSourceError(file, lineNumber, 'entry has no name');
    if (entries.some((entry) => entry.name === name)) {
      throw new AssetSourceError(file, lineNumber, `"${name}" is defined twice`);
    }
    let layer: TileLayerName | null = null;
    let collides = false;
    let opaque = false;
    for (const flag of flags) {
      if ((LAYER_NAMES as readonly string[]).includes(flag)) layer = flag as TileLayerName;
      else if (flag === 'collides') collides = true;
      else if (flag === 'opaque') opaque = true;
      else throw new AssetSourceError(file, lineNumber, `unknown flag "${flag}"`);
    }
    if (kindWord === 'tile' && layer === null) {
      throw new AssetSourceError(file, lineNumber, `tile "${name}" needs a layer: ${LAYER_NAMES.join(', ')}`);
    }
    if ((collides || opaque) && layer !== 'walls') {
      throw new AssetSourceError(file, lineNumber, `"${name}": only walls tiles may collide or be opaque`);
    }
    if (compositionText !== undefined) {
      const terms = compositionText.split(/\s+/).filter((term) => term !== '');
      if (terms.length === 0) throw new AssetSourceError(file, lineNumber, `"${name}" = nothing`);
      entries.push({
        kind: kindWord,
        name,
        line: lineNumber,
        layer,
        collides,
        opaque,
        rows: null,
        composition: terms.map((term) => parseTerm(term, file, lineNumber)),
      });
      continue;
    }
    const rows: string[] = [];
    while (rows.length < CELL_SIZE) {
      const row = lines[index];
      if (row === undefined) throw new AssetSourceError(file, lineNumber, `"${name}" has fewer than 16 rows`);
      if (row.length !== CELL_SIZE) {
        throw new AssetSourceError(file, index + 1, `row of "${name}" is ${row.length} characters, not 16`);
      }
      rows.push(row);
      index += 1;
    }
    entries.push({ kind: kindWord, name, line: lineNumber, layer, collides, opaque, rows, composition: null });
  }
  return entries;
}

function gridFromRows(rows: readonly string[], palette: Palette, file: string, line: number): Grid {
  const grid: Grid = [];
  rows.forEach((row, rowIndex) => {
    for (const character of row) {
      if (character === palette.transparent) {
        grid.push(null);
        continue;
      }
      const color = palette.colors.get(character);
      if (color === undefined) {
        throw new AssetSourceError(file, line + 1 + rowIndex, `"${character}" is not in the palette`);
      }
      grid.push(color);
    }
  });
  return grid;
}

function blend(under: Rgba | null, over: Rgba | null): Rgba | null {
  if (over === null) return under;
  if (under === null || over.alpha === 255) return over;
  // Straight-alpha "over": integer arithmetic keeps the output identical on every machine.
  const outAlpha = over.alpha + Math.trunc((under.alpha * (255 - over.alpha)) / 255);
  if (outAlpha === 0) return null;
  const mix = (top: number, bottom: number): number =>
    Math.trunc(
      (top * over.alpha + Math.trunc((bottom * under.alpha * (255 - over.alpha)) / 255)) / outAlpha,
    );
  return {
    red: mix(over.red, under.red),
    green: mix(over.green, under.green),
    blue: mix(over.blue, under.blue),
    alpha: outAlpha,
  };
}

function transformed(grid: Grid, term: CompositionTerm): Grid {
  const result: Grid = new Array<Rgba | null>(CELL_SIZE * CELL_SIZE).fill(null);
  for (let y = 0; y < CELL_SIZE; y += 1) {
    for (let x = 0; x < CELL_SIZE; x += 1) {
      const sourceX = (term.mirror ? CELL_SIZE - 1 - x : x) - term.shiftX;
      const sourceY = (term.flip ? CELL_SIZE - 1 - y : y) - term.shiftY;
      if (sourceX < 0 || sourceY < 0 || sourceX >= CELL_SIZE || sourceY >= CELL_SIZE) continue;
      result[y * CELL_SIZE + x] = grid[sourceY * CELL_SIZE + sourceX] ?? null;
    }
  }
  return result;
}

function resolveGrids(entries: readonly SheetEntry[], palette: Palette, file: string): Map<string, Grid> {
  const grids = new Map<string, Grid>();
  for (const entry of entries) {
    if (entry.rows !== null) {
      grids.set(entry.name, gridFromRows(entry.rows, palette, file, entry.line));
      continue;
    }
    let grid: Grid = new Array<Rgba | null>(CELL_SIZE * CELL_SIZE).fill(null);
    for (const term of entry.composition ?? []) {
      const source = grids.get(term.name);
      if (source === undefined) {
        throw new AssetSourceError(file, entry.line, `"${term.name}" is not defined above "${entry.name}"`);
      }
      const layer = transformed(source, term);
      grid = grid.map((pixel, pixelIndex) => blend(pixel, layer[pixelIndex] ?? null));
    }
    grids.set(entry.name, grid);
  }
  return grids;
}

function encodePng(cells: readonly Grid[], columns: number): { bytes: Buffer; width: number; height: number } {
  const rows = Math.max(1, Math.ceil(cells.length / columns));
  const width = columns * CELL_SIZE;
  const height = rows * CELL_SIZE;
  const png = new PNG({ width, height, colorType: 6, inputHasAlpha: true });
  png.data.fill(0);
  cells.forEach((cell, cellIndex) => {
    const left = (cellIndex % columns) * CELL_SIZE;
    const top = Math.trunc(cellIndex / columns) * CELL_SIZE;
    cell.forEach((pixel, pixelIndex) => {
      if (pixel === null) return;
      const x = left + (pixelIndex % CELL_SIZE);
      const y = top + Math.trunc(pixelIndex / CELL_SIZE);
      const offset = (y * width + x) * 4;
      png.data[offset] = pixel.red;
      png.data[offset + 1] = pixel.green;
      png.data[offset + 2] = pixel.blue;
      png.data[offset + 3] = pixel.alpha;
    });
  });
  // Fixed encoder settings: the default adaptive filter and level would also be stable, but pinning
  // them keeps the bytes from changing if pngjs ever changes its defaults.
  const bytes = PNG.sync.write(png, { colorType: 6, inputHasAlpha: true, deflateLevel: 9, filterType: 4 });
  return { bytes, width, height };
}

function jsonBytes(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

function readSource(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8').replace(/\r\n/g, '\n');
}

/** Rebuilds every generated file in memory from the sources under `root`. Writes nothing. */
export function buildAssets(root: string): BuiltFile[] {
  const palette = parsePalette(readSource(root, PALETTE_SOURCE));

  const tileEntries = parseSheet(readSource(root, TILESET_SOURCE), TILESET_SOURCE);
  const tileGrids = resolveGrids(tileEntries, palette, TILESET_SOURCE);
  const tiles = tileEntries.filter((entry) => entry.kind === 'tile');
  const tileImage = encodePng(
    tiles.map((entry) => tileGrids.get(entry.name)!),
    TILESET_COLUMNS,
  );
  const tileInfo: Record<string, TileInfo> = {};
  tiles.forEach((entry, id) => {
    tileInfo[entry.name] = { id, layer: entry.layer ?? 'ground', collides: entry.collides, opaque: entry.opaque };
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

  const characterEntries = parseSheet(readSource(root, CHARACTER_SOURCE), CHARACTER_SOURCE);
  const characterGrids = resolveGrids(characterEntries, palette, CHARACTER_SOURCE);
  const frames = characterEntries.filter((entry) => entry.kind === 'frame');
  const characterImage = encodePng(
    frames.map((entry) => characterGrids.get(entry.name)!),
    CHARACTER_COLUMNS,
  );
  const frameIndex: Record<string, number> = {};
  frames.forEach((entry, index) => {
    frameIndex[entry.name] = index;
  });
  const characterIndex: CharacterIndex = {
    frameWidth: CELL_SIZE,
    frameHeight: CELL_SIZE,
    columns: CHARACTER_COLUMNS,
    frames: frameIndex,
  };

  return [
    { path: TILESET_IMAGE, bytes: tileImage.bytes },
    { path: TILESET_INDEX, bytes: jsonBytes(tilesetIndex) },
    { path: CHARACTER_IMAGE, bytes: characterImage.bytes },
    { path: CHARACTER_INDEX, bytes: jsonBytes(characterIndex) },
  ];
}

/** What differs between the files on disk and a fresh rebuild; empty when they match byte for byte. */
export function checkAssets(root: string, built: readonly BuiltFile[] = buildAssets(root)): string[] {
  const differences: string[] = [];
  for (const file of built) {
    const onDisk = join(root, file.path);
    if (!existsSync(onDisk)) {
      differences.push(`${file.path}: missing (run npx tsx tools/build-assets.ts)`);
      continue;
    }
    const committed = readFileSync(onDisk);
    if (!committed.equals(file.bytes)) {
      differences.push(`${file.path}: differs from a rebuild (run npx tsx tools/build-assets.ts and commit)`);
    }
  }
  return differences;
}

export function writeAssets(root: string, built: readonly BuiltFile[] = buildAssets(root)): void {
  for (const file of built) {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.bytes);
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
