// Reads assets/generated/characters.json: a grid sheet with named frames
// ({ frameWidth, frameHeight, columns, frames: { "mira-down-0": 0, ... } }); a frame may also be given as a
// rectangle ({ x, y, w, h } or TexturePacker's { frame: { x, y, w, h } }).
import { isJsonObject } from '../tiled/problem-list.ts';

export interface SheetFrame {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type SheetResult = { readonly ok: true; readonly frames: SheetFrame[] } | { readonly ok: false; readonly message: string };

function positiveInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

function rectangleOf(value: Record<string, unknown>): Omit<SheetFrame, 'name'> | null {
  const source = isJsonObject(value.frame) ? value.frame : value;
  const { x, y, w, h } = source;
  if (typeof x !== 'number' || typeof y !== 'number') return null;
  const width = positiveInteger(w);
  const height = positiveInteger(h);
  return width === null || height === null ? null : { x, y, width, height };
}

export function readCharacterSheet(data: unknown): SheetResult {
  if (!isJsonObject(data) || !isJsonObject(data.frames)) {
    return { ok: false, message: 'characters.json has no "frames" object.' };
  }
  const frameWidth = positiveInteger(data.frameWidth);
  const frameHeight = positiveInteger(data.frameHeight);
  const columns = positiveInteger(data.columns);
  const frames: SheetFrame[] = [];
  for (const [name, value] of Object.entries(data.frames)) {
    if (typeof value === 'number') {
      if (frameWidth === null || frameHeight === null || columns === null || !Number.isInteger(value) || value < 0) {
        return { ok: false, message: `frame "${name}" is an index, but frameWidth, frameHeight or columns is missing.` };
      }
      frames.push({
        name,
        x: (value % columns) * frameWidth,
        y: Math.floor(value / columns) * frameHeight,
        width: frameWidth,
        height: frameHeight,
      });
      continue;
    }
    const rectangle = isJsonObject(value) ? rectangleOf(value) : null;
    if (!rectangle) return { ok: false, message: `frame "${name}" is neither an index nor a rectangle.` };
    frames.push({ name, ...rectangle });
  }
  return { ok: true, frames };
}
