// Turns parsed sheets into pixels: rows through the palette, compositions layered with integer alpha
// blending, and cells laid out into one PNG with fixed encoder settings (same sources, same bytes).
import { PNG } from 'pngjs';
import { AssetSourceError, CELL_SIZE, type CompositionTerm, type Palette, type Rgba, type SheetEntry } from './pixel-art-source.ts';

/** A cell's RGBA pixels (16x16, or 32x32 for portraits), row-major; null is transparent. */
export type Grid = (Rgba | null)[];

/** `place` is where the rows start in their source: colours not in the palette are named by line. */
function gridFromRows(rows: readonly string[], palette: Palette, place: { readonly file: string; readonly line: number }): Grid {
  const { file, line } = place;
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

function transformed(grid: Grid, term: CompositionTerm, size: number): Grid {
  const result: Grid = new Array<Rgba | null>(size * size).fill(null);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const sourceX = (term.mirror ? size - 1 - x : x) - term.shiftX;
      const sourceY = (term.flip ? size - 1 - y : y) - term.shiftY;
      if (sourceX < 0 || sourceY < 0 || sourceX >= size || sourceY >= size) continue;
      result[y * size + x] = grid[sourceY * size + sourceX] ?? null;
    }
  }
  return result;
}

/** `sheet`: the source file (named in errors) and its cell size (16, or 32 for portraits). */
export function resolveGrids(entries: readonly SheetEntry[], palette: Palette, sheet: { readonly file: string; readonly cellSize?: number }): Map<string, Grid> {
  const { file, cellSize = CELL_SIZE } = sheet;
  const grids = new Map<string, Grid>();
  for (const entry of entries) {
    if (entry.rows !== null) {
      grids.set(entry.name, gridFromRows(entry.rows, palette, { file, line: entry.line }));
      continue;
    }
    let grid: Grid = new Array<Rgba | null>(cellSize * cellSize).fill(null);
    for (const term of entry.composition ?? []) {
      const source = grids.get(term.name);
      if (source === undefined) {
        throw new AssetSourceError(file, entry.line, `"${term.name}" is not defined above "${entry.name}"`);
      }
      const layer = transformed(source, term, cellSize);
      grid = grid.map((pixel, pixelIndex) => blend(pixel, layer[pixelIndex] ?? null));
    }
    grids.set(entry.name, grid);
  }
  return grids;
}

export function encodePng(cells: readonly Grid[], columns: number, cellSize: number = CELL_SIZE): { bytes: Buffer; width: number; height: number } {
  const rows = Math.max(1, Math.ceil(cells.length / columns));
  const width = columns * cellSize;
  const height = rows * cellSize;
  const png = new PNG({ width, height, colorType: 6, inputHasAlpha: true });
  png.data.fill(0);
  cells.forEach((cell, cellIndex) => {
    const left = (cellIndex % columns) * cellSize;
    const top = Math.trunc(cellIndex / columns) * cellSize;
    cell.forEach((pixel, pixelIndex) => {
      if (pixel === null) return;
      const x = left + (pixelIndex % cellSize);
      const y = top + Math.trunc(pixelIndex / cellSize);
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
