// Files that used to play wrong without a word: a tileset image that is not an image, one wider than the
// renderer's texture limit, and a folder of 10,000 files. Each is a problem naming its place.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type FileChooser, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { openGame } from './hook.ts';
import { withoutStory } from './night-escape-maps.ts';

interface JsonMap {
  layers: Record<string, unknown>[];
  tilesets: Record<string, unknown>[];
  properties?: { name: string }[];
}

/** The night escape without its dream (no rule map beside it), its tileset image in ../art/. */
function waking(image: string): JsonMap {
  const map = JSON.parse(withoutStory(readFileSync('maps/night-escape.tmj', 'utf8'))) as JsonMap;
  map.properties = (map.properties ?? []).filter((property) => !property.name.startsWith('dream'));
  map.layers = map.layers
    .filter((layer) => typeof layer.name !== 'string' || !layer.name.startsWith('dream'))
    .map((layer) => (Array.isArray(layer.objects) ? { ...layer, objects: (layer.objects as { type?: string }[]).filter((object) => object.type !== 'DreamCircle') } : layer));
  map.tilesets[0]!.image = `../art/${image}`;
  return map;
}

/** A builder's folder: maps/level.tmj and art/<image> with these bytes. */
function folderWith(image: string, bytes: Buffer, map: JsonMap = waking(image)): { folder: string; mapFile: string; imageFile: string } {
  const folder = join(mkdtempSync(join(tmpdir(), 'hostile-files-')), 'my-level');
  mkdirSync(join(folder, 'maps'), { recursive: true });
  mkdirSync(join(folder, 'art'));
  const mapFile = join(folder, 'maps', 'level.tmj');
  writeFileSync(mapFile, JSON.stringify(map));
  const imageFile = join(folder, 'art', image);
  writeFileSync(imageFile, bytes);
  return { folder, mapFile, imageFile };
}

async function openCustomLevel(page: Page): Promise<void> {
  page.on('filechooser', () => undefined);
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'title', undefined, { timeout: 30_000 });
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => window.__analogDreams!.screenText().includes('▶ Custom level ◀'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'custom-level', undefined, { timeout: 30_000 });
  await page.waitForTimeout(250);
}

async function pick(page: Page, key: string, files: string | string[]): Promise<void> {
  const chooser: Promise<FileChooser> = page.waitForEvent('filechooser', { timeout: 10_000 });
  await page.keyboard.press(key);
  await (await chooser).setFiles(files);
}

async function problemsShown(page: Page): Promise<{ place: string; message: string }[]> {
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'problems', undefined, { timeout: 30_000 });
  return page.evaluate(() => window.__analogDreams!.problems());
}

test('a text file named .png is a problem naming the tileset and the image, not invisible walls', async ({ page }) => {
  await openGame(page);
  await openCustomLevel(page);
  const { mapFile, imageFile } = folderWith('my-tiles.png', Buffer.from('this is not a picture\n'));
  await pick(page, 'Enter', [mapFile, imageFile]);
  const problems = await problemsShown(page);
  expect(problems).toContainEqual({ place: 'tileset "night-district" image "../art/my-tiles.png"', message: 'the image could not be loaded or decoded, so its tiles would be invisible' });
});

test('a tileset image wider than the renderer\'s texture limit is refused with the limit', async ({ page }) => {
  await openGame(page);
  const limit = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2')!;
    return gl.getParameter(gl.MAX_TEXTURE_SIZE) as number;
  });
  await openCustomLevel(page);
  const wide = new PNG({ width: limit + 16, height: 16 });
  wide.data.fill(255);
  const { mapFile, imageFile } = folderWith('wide.png', PNG.sync.write(wide));
  await pick(page, 'Enter', [mapFile, imageFile]);
  const problems = await problemsShown(page);
  expect(problems).toContainEqual({ place: 'tileset "night-district" image "../art/wide.png"', message: `the image is ${limit + 16}x16 pixels; this browser draws images of at most ${limit}x${limit}` });
});

test('a folder of 10,000 files plays its map, and says how many files were skipped', async ({ page }) => {
  await openGame(page);
  await openCustomLevel(page);
  const { folder } = folderWith('my-tiles.png', readFileSync('assets/generated/night-district.png'));
  mkdirSync(join(folder, 'art', 'sources'));
  for (let index = 0; index < 9_998; index += 1) writeFileSync(join(folder, 'art', 'sources', `sketch-${index}.kra`), '');
  await pick(page, 'f', folder);
  await page.waitForFunction(() => window.__analogDreams!.ready(), undefined, { timeout: 60_000 });
  await page.evaluate(() => { window.__analogDreams!.stopLoop(); window.__analogDreams!.stepFrames(2); });
  const shown = (await page.evaluate(() => window.__analogDreams!.screenText())).join('\n');
  expect(shown).toContain('8000 more files were skipped');
  expect(await page.evaluate(() => window.__analogDreams!.world()!.level.name)).toBe('level');
});
