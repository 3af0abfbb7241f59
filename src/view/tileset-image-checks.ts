// After the loader is done: every tileset image the level needs must have become a texture the renderer
// can hold. Phaser drops an image it cannot decode (a text file named .png, random bytes, the dev
// server's index.html for a mistyped path) with only a console line, and WebGL refuses a texture wider
// or taller than its MAX_TEXTURE_SIZE without a word: either way the level would play with invisible
// walls. No Phaser here, so Node tests can check it.
import type { MapProblem } from '../tiled/tiled-map.ts';

/** One image queued for a tileset (a collection queues one per tile). */
export interface QueuedImage {
  readonly tilesetName: string;
  /** As the map names it, relative to the map. */
  readonly path: string;
  readonly textureKey: string;
}

/** An image collection's atlas: one canvas of `width` x `height` pixels drawn from its tiles' images. */
export interface QueuedAtlas {
  readonly tilesetName: string;
  readonly width: number;
  readonly height: number;
}

export interface ImageCheckInput {
  readonly images: readonly QueuedImage[];
  readonly atlases: readonly QueuedAtlas[];
  /** The decoded size of a texture, or null when the loader made none of it. */
  readonly sizeOf: (textureKey: string) => { readonly width: number; readonly height: number } | null;
  /** The renderer's largest texture side (WebGL's MAX_TEXTURE_SIZE; 16384 under SwiftShader). */
  readonly maxTextureSize: number;
  /** Error for dropped files (the problems screen), warning for the dev server's and shipped maps (over the game). */
  readonly severity: MapProblem['severity'];
}

function place(tilesetName: string, path: string): string {
  return `tileset "${tilesetName}" image "${path}"`;
}

export function checkTilesetImages(input: ImageCheckInput): MapProblem[] {
  const { maxTextureSize, severity } = input;
  const problems: MapProblem[] = [];
  const seen = new Set<string>();
  for (const image of input.images) {
    if (seen.has(image.textureKey)) continue;
    seen.add(image.textureKey);
    const size = input.sizeOf(image.textureKey);
    if (size === null) {
      problems.push({
        severity, place: place(image.tilesetName, image.path),
        message: 'the image could not be loaded or decoded, so its tiles would be invisible',
        hint: 'Check the path (relative to the map or its tileset) and that the file is a PNG, JPEG, GIF or WebP image: open it in an image viewer, or re-export it.',
      });
    } else if (size.width > maxTextureSize || size.height > maxTextureSize) {
      problems.push({
        severity, place: place(image.tilesetName, image.path),
        message: `the image is ${size.width}x${size.height} pixels; this browser draws images of at most ${maxTextureSize}x${maxTextureSize}`,
        hint: 'Split the tileset into smaller images (Tiled can use several tilesets), or remove unused tiles from it.',
      });
    }
  }
  for (const atlas of input.atlases) {
    if (atlas.width <= maxTextureSize && atlas.height <= maxTextureSize) continue;
    problems.push({
      severity, place: `tileset "${atlas.tilesetName}" (an image collection)`,
      message: `its tiles' images make an atlas of ${atlas.width}x${atlas.height} pixels; this browser draws images of at most ${maxTextureSize}x${maxTextureSize}`,
      hint: 'Use fewer or smaller tile images in the collection, or split it into several tilesets.',
    });
  }
  return problems;
}
