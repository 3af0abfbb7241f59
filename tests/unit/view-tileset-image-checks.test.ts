// A tileset image that did not become a texture the renderer can hold is a problem naming the tileset and
// the image, never invisible walls.
import { describe, expect, it } from 'vitest';
import { checkTilesetImages, type QueuedImage } from '../../src/view/tileset-image-checks.ts';

const images: QueuedImage[] = [
  { tilesetName: 'district', path: 'art/district.png', textureKey: 'tileset:art/district.png' },
  { tilesetName: 'text', path: 'art/notes.png', textureKey: 'tileset:art/notes.png' },
  { tilesetName: 'huge', path: 'art/huge.png', textureKey: 'tileset:art/huge.png' },
];
const sizes = new Map([['tileset:art/district.png', { width: 64, height: 32 }], ['tileset:art/huge.png', { width: 30_000, height: 16 }]]);

describe('checkTilesetImages', () => {
  it('names an image that could not be decoded, and one wider than the renderer holds', () => {
    const problems = checkTilesetImages({ images, atlases: [], sizeOf: (key) => sizes.get(key) ?? null, maxTextureSize: 16_384, severity: 'error' });
    expect(problems.map((problem) => [problem.severity, problem.place, problem.message])).toEqual([
      ['error', 'tileset "text" image "art/notes.png"', 'the image could not be loaded or decoded, so its tiles would be invisible'],
      ['error', 'tileset "huge" image "art/huge.png"', 'the image is 30000x16 pixels; this browser draws images of at most 16384x16384'],
    ]);
  });

  it('warns instead (over the game) for the dev server\'s maps, and checks an image collection\'s atlas', () => {
    const problems = checkTilesetImages({
      images: images.slice(0, 1), atlases: [{ tilesetName: 'props', width: 20_000, height: 64 }], sizeOf: (key) => sizes.get(key) ?? null, maxTextureSize: 16_384, severity: 'warning',
    });
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', place: 'tileset "props" (an image collection)' }) as unknown]);
  });
});
