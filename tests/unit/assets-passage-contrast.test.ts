// The hidden door's dark passage: under its darkness (0.86) a first player could not tell the walls from
// the floor, their tiles close in value. The built tileset keeps the boards at least twice as bright as
// the brick around them, so what blocks reads apart from where Mira can walk even in the dark.
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { TILESET_IMAGE, TILESET_INDEX, type TilesetIndex } from '../../tools/build-assets.ts';

const FLOORS = ['passage-boards', 'passage-boards-b'];
const WALLS = ['old-brick', 'old-brick-crumbled', 'beam-post'];

/** A channel, 0..255, as light: the screen's gamma taken out, so means compare what the eye sees. */
function linear(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** Mean relative luminance of one tile of the built tileset. */
function tileLuminance(sheet: PNG, index: TilesetIndex, name: string): number {
  const tile = index.tiles[name];
  if (tile === undefined) throw new Error(`no tile ${name} in ${TILESET_INDEX}`);
  const left = (tile.id % index.columns) * index.tileWidth;
  const top = Math.floor(tile.id / index.columns) * index.tileHeight;
  let sum = 0;
  for (let y = top; y < top + index.tileHeight; y += 1) {
    for (let x = left; x < left + index.tileWidth; x += 1) {
      const at = (y * sheet.width + x) * 4;
      sum += 0.2126 * linear(sheet.data[at]!) + 0.7152 * linear(sheet.data[at + 1]!) + 0.0722 * linear(sheet.data[at + 2]!);
    }
  }
  return sum / (index.tileWidth * index.tileHeight);
}

describe('the dark passage\'s tiles', () => {
  it('draw every floor at least twice as bright as the brightest wall', () => {
    const sheet = PNG.sync.read(readFileSync(TILESET_IMAGE));
    const index = JSON.parse(readFileSync(TILESET_INDEX, 'utf8')) as TilesetIndex;
    const darkestFloor = Math.min(...FLOORS.map((name) => tileLuminance(sheet, index, name)));
    const brightestWall = Math.max(...WALLS.map((name) => tileLuminance(sheet, index, name)));
    expect(darkestFloor / brightestWall).toBeGreaterThanOrEqual(2);
  });
});
