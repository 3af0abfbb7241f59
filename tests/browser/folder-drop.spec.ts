// A level builder's folder dropped on the game as the browser hands it over: a real drag of a real
// folder (Chromium's own drag, so the drop handler walks it with webkitGetAsEntry), holding a TMX map
// with an external .tsx tileset, .tx templates and the images of an image-collection tileset in
// subfolders. The level must play with every tile drawn, and look as Tiled draws it (tmxrasterizer).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { distinctColours, openGame } from './hook.ts';
import { compare } from './pixel-compare.ts';

const FIXTURE = 'tests/fixtures/maps/features';

/** The features map's folder as a builder keeps it: the map and only the files it names, in their subfolders. */
function featuresFolder(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'folder-drop-')), 'my-features');
  mkdirSync(folder);
  for (const part of ['features.tmx', 'spaced.png', 'tilesets', 'templates', 'props']) cpSync(join(FIXTURE, part), join(folder, part), { recursive: true });
  return resolve(folder);
}

/** Drags the folder from outside the browser and drops it on the canvas, through Chromium's input pipeline. */
async function dropFolder(page: Page, folder: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const box = (await page.locator('#game').boundingBox())!;
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const data = { items: [], files: [folder], dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await session.send('Input.dispatchDragEvent', { type, ...at, data });
}

test('a folder dropped on the game (TMX, .tsx, .tx, images in subfolders) plays with its tiles drawn', async ({ page }) => {
  const errors = await openGame(page);
  await dropFolder(page, featuresFolder());
  await page.waitForFunction(() => window.__analogDreams!.ready(), undefined, { timeout: 30_000 });
  const played = await page.evaluate(() => {
    const hook = window.__analogDreams!;
    hook.stopLoop();
    const world = hook.world()!;
    let cells = 0;
    const wrong: string[] = [];
    for (const layer of world.tiles.layers) {
      for (let index = 0; index < layer.gids.length; index++) {
        // The flip flags are the tile's orientation, not which tile it is.
        const gid = (layer.gids[index] ?? 0) & 0x0fffffff;
        if (gid === 0) continue;
        cells += 1;
        const x = index % world.tiles.width;
        const y = Math.floor(index / world.tiles.width);
        const drawn = hook.drawnTile(layer.name, x, y);
        if (drawn !== gid && wrong.length < 5) wrong.push(`${layer.name} (${x},${y}) has ${gid}, draws ${drawn}`);
      }
    }
    return { name: world.level.name, scene: hook.scene(), cells, wrong, blobs: hook.textureUrls().filter((url) => url.startsWith('blob:')).length };
  });
  expect(played).toMatchObject({ name: 'features', scene: 'level', wrong: [] });
  expect(played.cells).toBeGreaterThan(50);
  // The image collection's lamp and crate and the spaced sheet come from the folder, not from the build.
  expect(played.blobs).toBeGreaterThanOrEqual(3);
  // A tiles-changed redraw puts an image-collection tile (the crate, gid 2) from the atlas, then takes it
  // away again: the comparison with Tiled below then also checks that the cell was drawn back.
  const redrawn = await page.evaluate(() => {
    const hook = window.__analogDreams!;
    const { tiles } = hook.world()!;
    const layer = tiles.layers.findIndex((candidate) => candidate.name.endsWith('decor'));
    const name = tiles.layers[layer]!.name;
    const empty = tiles.layers[layer]!.gids.indexOf(0);
    const cell = { layer, x: empty % tiles.width, y: Math.floor(empty / tiles.width) };
    hook.changeTiles([{ ...cell, gid: 2 }]);
    hook.stepFrames(2);
    const put = hook.drawnTile(name, cell.x, cell.y);
    hook.changeTiles([{ ...cell, gid: 0 }]);
    hook.stepFrames(2);
    return { put, removed: hook.drawnTile(name, cell.x, cell.y) };
  });
  expect(redrawn).toEqual({ put: 2, removed: 0 });
  const shown = await page.evaluate(() => {
    const size = window.__analogDreams!.showTilesOnly();
    window.__analogDreams!.stepFrames(1);
    return size;
  });
  const box = (await page.locator('#game').boundingBox())!;
  const screenshot = await page.screenshot({ clip: { x: box.x, y: box.y, width: shown.width, height: shown.height } });
  expect(distinctColours(screenshot)).toBeGreaterThan(10);
  // Tiled's drawing of the fixture where it lies (its district tileset names the shipped sheet by a path
  // that leaves the fixture folder), object layers hidden: the game draws tile layers only.
  const output = join(mkdtempSync(join(tmpdir(), 'folder-drop-tiled-')), 'features.png');
  const rasterized = spawnSync('tmxrasterizer', ['--hide-layer', 'entities', '--hide-layer', 'props', join(FIXTURE, 'features.tmx'), output], {
    env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' },
    encoding: 'utf8',
  });
  expect(rasterized.status, rasterized.stderr).toBe(0);
  const rendered = PNG.sync.read(readFileSync(output));
  // tmxrasterizer widens the picture by the logic group's 8-pixel offset, hidden or not: the map itself
  // is its top-left 256x192.
  expect(shown).toEqual({ width: 256, height: 192 });
  expect({ width: rendered.width, height: rendered.height }).toEqual({ width: 264, height: 192 });
  const reference = new PNG(shown);
  PNG.bitblt(rendered, reference, 0, 0, shown.width, shown.height, 0, 0);
  writeFileSync(join('test-results', 'render-features-folder.png'), screenshot);
  const result = compare(reference, PNG.sync.read(screenshot));
  const ratio = result.mismatched / result.pixels;
  console.log(JSON.stringify({ name: 'render/features.tmx (dropped folder)', ...result, ratio }));
  expect(ratio).toBe(0);

  expect(errors).toEqual([]);
});
