// Reads the text sources of the pixel art: the palette (one character per colour) and sheets of 16x16
// text grids, each entry drawn row by row or composed from earlier ones. assets/README.md describes the
// format; a mistake is an AssetSourceError naming the file and line.

/** Every tile and frame is this many pixels square. */
export const CELL_SIZE = 16;
export const PALETTE_SOURCE = 'assets/palette.json';

/**
 * Tiles name the map layer they are drawn on; only `walls` and `dream` tiles carry collision and sight.
 * `dream` tiles are the dream's forms of the map (src/sim/dream.ts puts them on whichever layer the cell's
 * waking tile is on, the walls layer too), so their collides and opaque are always written out.
 */
export type TileLayerName = 'ground' | 'walls' | 'decor' | 'above' | 'dream';

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

export interface SheetEntry {
  readonly kind: 'tile' | 'frame' | 'part';
  readonly name: string;
  readonly line: number;
  readonly layer: TileLayerName | null;
  readonly collides: boolean;
  readonly opaque: boolean;
  /** Enforcers may not walk or plan through it (a vine wall Mira climbs, a river of stars she wades). */
  readonly enforcerBlocks: boolean;
  /** A child standing still on it is hidden (tile property `hide`). */
  readonly hide: boolean;
  /** Lit ground: Mira is seen on it as inside a Light (tile property `lit`). */
  readonly lit: boolean;
  /** `id:N`: the tile's id, at least the next free one; the cells skipped stay empty. Null: the next id. */
  readonly id: number | null;
  /** Either literal rows or a composition of earlier entries. */
  readonly rows: readonly string[] | null;
  readonly composition: readonly CompositionTerm[] | null;
}

export interface CompositionTerm {
  readonly name: string;
  readonly mirror: boolean;
  readonly flip: boolean;
  readonly shiftX: number;
  readonly shiftY: number;
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

const LAYER_NAMES: readonly TileLayerName[] = ['ground', 'walls', 'decor', 'above', 'dream'];

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
 *   tile NAME LAYER [collides] [opaque] [enforcerBlocks] [hide] [lit] [id:N]   then 16 rows of 16 palette characters
 *   frame NAME                               then 16 rows
 *   part NAME                                (a building block, not written to the image) then 16 rows
 *   tile|frame|part NAME ... = TERM TERM ... composed from earlier entries, later terms on top;
 *                                            TERM is NAME[|mirror][|flip][|dx=N][|dy=N]
 * Rows are `cellSize` long and an entry has `cellSize` of them: 16 for tiles and characters, 32 for portraits.
 */
export function parseSheet(text: string, file: string, cellSize: number = CELL_SIZE): SheetEntry[] {
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
    let enforcerBlocks = false;
    let hide = false;
    let lit = false;
    let id: number | null = null;
    for (const flag of flags) {
      const idFlag = /^id:(\d+)$/.exec(flag);
      if ((LAYER_NAMES as readonly string[]).includes(flag)) layer = flag as TileLayerName;
      else if (flag === 'collides') collides = true;
      else if (flag === 'opaque') opaque = true;
      else if (flag === 'enforcerBlocks') enforcerBlocks = true;
      else if (flag === 'hide') hide = true;
      else if (flag === 'lit') lit = true;
      else if (idFlag !== null && kindWord === 'tile') id = Number(idFlag[1]);
      else throw new AssetSourceError(file, lineNumber, `unknown flag "${flag}"`);
    }
    if (kindWord === 'tile' && layer === null) {
      throw new AssetSourceError(file, lineNumber, `tile "${name}" needs a layer: ${LAYER_NAMES.join(', ')}`);
    }
    if ((collides || opaque) && layer !== 'walls' && layer !== 'dream') {
      throw new AssetSourceError(file, lineNumber, `"${name}": only walls and dream tiles may collide or be opaque`);
    }
    if (kindWord !== 'tile' && (collides || opaque || enforcerBlocks || hide || lit)) {
      throw new AssetSourceError(file, lineNumber, `"${name}": only tiles take collides, opaque, enforcerBlocks, hide or lit`);
    }
    const behaviour = { collides, opaque, enforcerBlocks, hide, lit, id };
    if (compositionText !== undefined) {
      const terms = compositionText.split(/\s+/).filter((term) => term !== '');
      if (terms.length === 0) throw new AssetSourceError(file, lineNumber, `"${name}" = nothing`);
      entries.push({
        kind: kindWord,
        name,
        line: lineNumber,
        layer,
        ...behaviour,
        rows: null,
        composition: terms.map((term) => parseTerm(term, file, lineNumber)),
      });
      continue;
    }
    const rows: string[] = [];
    while (rows.length < cellSize) {
      const row = lines[index];
      if (row === undefined) throw new AssetSourceError(file, lineNumber, `"${name}" has fewer than ${cellSize} rows`);
      if (row.length !== cellSize) {
        throw new AssetSourceError(file, index + 1, `row of "${name}" is ${row.length} characters, not ${cellSize}`);
      }
      rows.push(row);
      index += 1;
    }
    entries.push({ kind: kindWord, name, line: lineNumber, layer, ...behaviour, rows, composition: null });
  }
  return entries;
}
