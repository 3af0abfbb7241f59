// Our Phaser rendering of a map against Tiled's own (tmxrasterizer, Debian's Tiled 1.8), pixel by pixel:
// the map's drawn tile layers only, at zoom 1, no characters, cues or interface. The reference PNGs are
// made here, in the test run, never committed. Each comparison prints one JSON line with its ratio.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { loadLevelFromText } from '../../src/level/load-level.ts';
import { openGame } from './hook.ts';
import { compare } from './pixel-compare.ts';

/** What may differ after the fixes: none of the pixels of these maps. */
const MAXIMUM_MISMATCH_RATIO = 0;
const FOLDER = mkdtempSync(join(tmpdir(), 'render-tiled-'));
const DISTRICT = 'assets/generated/night-district.png';

interface MapCase {
  /** The map as Tiled reads it from disk (its tileset image beside it or at its relative path). */
  readonly path: string;
  /** Files dropped on the game with the map (an image the game does not ship, or the story and rule maps it names). */
  readonly images: readonly string[];
}

/** The Tiled 1.8 yard fixtures name `district.png` beside them: cut one from the shipped sheet. */
function yardCase(name: string): MapCase {
  const path = join(FOLDER, name);
  copyFileSync(join('tests/fixtures/maps/tiled-1.8', name), path);
  const image = join(FOLDER, 'district.png');
  const sheet = PNG.sync.read(readFileSync(DISTRICT));
  const cut = new PNG({ width: 64, height: 32 });
  PNG.bitblt(sheet, cut, 0, 0, 64, 32, 0, 0);
  writeFileSync(image, PNG.sync.write(cut));
  return { path, images: [image] };
}

/** yard-csv with every flip and rotation Tiled offers, on the walls layer's tiles (8 orientations). */
function flippedYardCase(): MapCase {
  const base = yardCase('yard-csv.tmj');
  const map = JSON.parse(readFileSync(base.path, 'utf8')) as { layers: { name: string; data?: number[] }[] };
  const flags = [0, 0x80000000, 0x40000000, 0x20000000, 0xc0000000, 0xa0000000, 0x60000000, 0xe0000000];
  for (const layer of map.layers) {
    if (layer.data === undefined) continue;
    let seen = 0;
    layer.data = layer.data.map((gid) => (gid === 0 ? 0 : (gid + (flags[(seen += 1) % flags.length] ?? 0)) >>> 0));
  }
  const path = join(FOLDER, 'yard-flips.tmj');
  writeFileSync(path, JSON.stringify(map));
  return { path, images: base.images };
}

/** yard-csv with a half-transparent layer and an animated tile (Tiled draws an animation's frame 0). */
function fadedAnimatedYardCase(): MapCase {
  const base = yardCase('yard-csv.tmj');
  const map = JSON.parse(readFileSync(base.path, 'utf8')) as {
    layers: { name: string; opacity?: number }[];
    tilesets: { tiles?: { id: number; animation?: { tileid: number; duration: number }[] }[] }[];
  };
  map.layers.find((layer) => layer.name === 'decor')!.opacity = 0.5;
  const tileset = map.tilesets[0]!;
  tileset.tiles = (tileset.tiles ?? []).filter((tile) => tile.id !== 0);
  tileset.tiles.push({ id: 0, animation: [{ tileid: 2, duration: 170 }, { tileid: 3, duration: 230 }] });
  const path = join(FOLDER, 'yard-faded-animated.tmj');
  writeFileSync(path, JSON.stringify(map));
  return { path, images: base.images };
}

/** A yard fixture whose extra tileset's images are committed beside it (an image collection, a tall tileset). */
function yardWithImagesCase(name: string, images: readonly string[]): MapCase {
  const base = yardCase(name);
  const copied = images.map((image) => {
    const path = join(FOLDER, image);
    copyFileSync(join('tests/fixtures/maps/tiled-1.8', image), path);
    return path;
  });
  return { path: base.path, images: [...base.images, ...copied] };
}

const CASES: readonly (readonly [string, () => MapCase])[] = [
  // With the story and the dream's rule map it names: without them the game rightly refuses it.
  ['maps/night-escape.tmj', () => ({ path: 'maps/night-escape.tmj', images: ['maps/night-escape.ink', 'maps/night-escape-dream.tmj'] })],
  // The dark passage's boards and brick, retoned so they read apart in the dark: drawn as Tiled draws them.
  ['maps/hidden-door.tmj', () => ({ path: 'maps/hidden-door.tmj', images: ['maps/hidden-door.ink'] })],
  ['tests/fixtures/maps/test-yard.tmj', () => ({ path: 'tests/fixtures/maps/test-yard.tmj', images: [] })],
  ...['yard-csv.tmj', 'yard-base64.tmj', 'yard-zlib.tmj', 'yard-gzip.tmj', 'yard-zstd.tmj', 'yard-infinite.tmj'].map(
    (name) => [`tests/fixtures/maps/tiled-1.8/${name}`, () => yardCase(name)] as const,
  ),
  ['yard-csv with every flip and rotation', flippedYardCase],
  ['yard-csv with a layer at half opacity and an animated tile', fadedAnimatedYardCase],
  ['tests/fixtures/maps/tiled-1.8/yard-collection.tmj (an image collection)', () => yardWithImagesCase('yard-collection.tmj', ['collection-tree.png', 'collection-crate.png'])],
  ['tests/fixtures/maps/tiled-1.8/yard-tall-offset.tmj (16x32 tiles, a Drawing Offset)', () => yardWithImagesCase('yard-tall-offset.tmj', ['tall-pair.png'])],
];

/** tmxrasterizer's PNG of the layers the game draws (object layers and the rest hidden). */
function tiledReference(mapCase: MapCase, drawn: readonly string[]): PNG {
  const map = JSON.parse(readFileSync(mapCase.path, 'utf8')) as { layers: { name: string }[] };
  const hidden = map.layers.map((layer) => layer.name).filter((name) => !drawn.includes(name));
  const output = join(FOLDER, `${basename(mapCase.path)}.tiled.png`);
  const result = spawnSync('tmxrasterizer', [...hidden.flatMap((name) => ['--hide-layer', name]), mapCase.path, output], {
    env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return PNG.sync.read(readFileSync(output));
}

/** Drops the map and its images on the game, as a builder would, and waits for the level. */
async function playDropped(page: Page, mapCase: MapCase): Promise<void> {
  const files = [mapCase.path, ...mapCase.images].map((path) => ({ name: basename(path), bytes: [...readFileSync(path)] }));
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    // The map saved last, as just after a save in Tiled: of several maps dropped, the game plays the newest.
    list.forEach((file, index) => data.items.add(new File([new Uint8Array(file.bytes)], file.name, { lastModified: 1_000_000 - index })));
    return data;
  }, files);
  await page.dispatchEvent('canvas', 'drop', { dataTransfer: transfer });
  await page.waitForFunction(() => window.__analogDreams!.ready(), undefined, { timeout: 30_000 });
}

for (const [title, makeCase] of CASES) {
  test(`${title} renders as Tiled renders it`, async ({ page }) => {
    const mapCase = makeCase();
    const errors = await openGame(page);
    await playDropped(page, mapCase);
    const loaded = loadLevelFromText(readFileSync(mapCase.path, 'utf8'), mapCase.path);
    if (!loaded.ok) throw new Error(loaded.problems[0]?.message);
    const reference = tiledReference(mapCase, loaded.value.tileLayers.map((layer) => layer.name));
    const size = await page.evaluate(() => {
      window.__analogDreams!.stopLoop();
      const shown = window.__analogDreams!.showTilesOnly();
      window.__analogDreams!.stepFrames(1);
      return shown;
    });
    expect(size).toEqual({ width: reference.width, height: reference.height });
    const box = await page.locator('#game').boundingBox();
    const ours = PNG.sync.read(await page.screenshot({ clip: { x: box!.x, y: box!.y, width: size.width, height: size.height } }));
    writeFileSync(join('test-results', `render-${basename(mapCase.path)}.png`), PNG.sync.write(ours));
    const result = compare(reference, ours);
    const ratio = result.mismatched / result.pixels;
    console.log(JSON.stringify({ name: `render/${basename(mapCase.path)}`, mismatched: result.mismatched, inexact: result.inexact, pixels: result.pixels, ratio, first: result.first }));
    expect(ratio).toBeLessThanOrEqual(MAXIMUM_MISMATCH_RATIO);
    expect(errors).toEqual([]);
  });
}
