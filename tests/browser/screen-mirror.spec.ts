// The screen mirror (src/view/ui/screen-mirror.ts) against Phaser's own drawing: at the same stepped frame
// the page is shot once with Phaser drawing the level's words and interface, once with those left out of
// the canvas and the mirror showing them as DOM elements, and the two shots are compared pixel by pixel.
// The frames are the night escape in play, in its dream, with speedrun mode's splits, during a watched
// replay, and a story chapter (the hidden door's fragment count); each must be mirrored whole.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { decodeReplay } from '../../src/run/replay.ts';
import type { InputFrame } from '../../src/sim/index.ts';
import type { MirrorShown } from '../../src/view/test-hook-mirror.ts';
import { collectErrors, openGame, seedSettings, skipToLevel, waitForScene } from './hook.ts';
import { compareScreens } from './pixel-compare.ts';

const SHOTS = 'test-results/screenshots';
/**
 * A channel this far off is the same pixel: a Text is its own canvas either way, but the browser blends a
 * DOM element over the canvas in 8 bits where WebGL blended the same texture in floats (1-2 levels off).
 */
const CHANNEL_TOLERANCE = 3;
/**
 * Pixels allowed to differ beyond that, per shot: Phaser's WebGL fills a Graphics' triangles with hard
 * edges, its canvas renderer (which the mirror paints Graphics with) antialiases them, so the rims of
 * the rounded panels, the radar's disc, cones and rings and the arrow's badge differ by up to one pixel
 * along each curved or slanted edge. A few hundred edge pixels of 921,600; a misplaced word or panel
 * differs over thousands.
 */
const EDGE_PIXELS = 3000;
/**
 * And no more than this in any 80x80 tile: the radar's disc, its cones and its gold ring are the most edge
 * there is in one place (about 330). A word or panel off by a pixel differs along every stroke of it, far
 * more densely: the tile catches a misplaced object where the whole screen's count might not.
 */
const TILE = 80;
const EDGE_PIXELS_PER_TILE = 500;

function inputsOf(file: string): InputFrame[] {
  const decoded = decodeReplay(readFileSync(file, 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  return [...decoded.value.inputs];
}

async function openLevel(page: Page, chapter: string): Promise<string[]> {
  const errors = collectErrors(page);
  await page.goto(`/?chapter=${chapter}`);
  await skipToLevel(page);
  await page.evaluate(() => {
    window.__analogDreams!.stopLoop();
  });
  return errors;
}

interface Compared {
  readonly mirror: MirrorShown;
  readonly mismatched: number;
  readonly inexact: number;
  readonly box: string;
  readonly densest: number;
}

/** Both paths at this frame, shot and compared; the shots and the difference are written for looking at. */
async function compareBothPaths(page: Page, name: string): Promise<Compared> {
  mkdirSync(SHOTS, { recursive: true });
  const phaserShot = await page.screenshot({ path: `${SHOTS}/mirror-${name}-phaser.png` });
  const mirror = await page.evaluate(() => window.__analogDreams!.showMirror());
  const mirrorShot = await page.screenshot({ path: `${SHOTS}/mirror-${name}-mirror.png` });
  await page.evaluate(() => {
    window.__analogDreams!.hideMirror();
  });
  const comparison = compareScreens(PNG.sync.read(phaserShot), PNG.sync.read(mirrorShot), { channelTolerance: CHANNEL_TOLERANCE, tile: TILE });
  writeFileSync(`${SHOTS}/mirror-${name}-difference.png`, PNG.sync.write(comparison.difference));
  const { box, densest } = comparison;
  const where = box === null ? 'nowhere' : `${box.left},${box.top}-${box.right},${box.bottom}`;
  console.log(`mirror ${name}: ${comparison.mismatched} of ${comparison.pixels} pixels mismatched (${comparison.inexact} inexact) in ${where}, at most ${densest.count} in the tile at ${densest.left},${densest.top}; ${mirror.elements} elements; ${JSON.stringify(mirror.types)}`);
  return { mirror, mismatched: comparison.mismatched, inexact: comparison.inexact, box: where, densest: densest.count };
}

function expectMirrored(compared: Compared): void {
  expect(compared.mirror.refusal).toBeNull();
  expect(compared.mirror.shown).toBe(true);
  expect(compared.mirror.elements).toBeGreaterThan(3);
  expect(compared.mismatched).toBeLessThan(EDGE_PIXELS);
  expect(compared.densest).toBeLessThan(EDGE_PIXELS_PER_TILE);
}

test('the mirror shows the night escape in play and in its dream as Phaser draws them', async ({ page }) => {
  const errors = await openLevel(page, 'night-escape');
  const lane = inputsOf('tests/golden/night-escape-lane.replay.json');
  // Early in play: the controls hint and the goal over the HUD, the radar, the time panel.
  await page.evaluate((frames) => window.__analogDreams!.playReplay(frames), lane.slice(0, 90));
  expectMirrored(await compareBothPaths(page, 'play'));
  // The dream: its corner panel and meter bar, the dream prompt over Mira (the golden reaches it at tick 333).
  await page.evaluate((frames) => window.__analogDreams!.playReplay(frames), lane.slice(0, 400));
  expect(await page.evaluate(() => window.__analogDreams!.world()!.dream.stage)).not.toBe('waking');
  expectMirrored(await compareBothPaths(page, 'dream'));
  // Anything the DOM cannot draw alike is refused, and the caller lets Phaser draw.
  const filtered = await page.evaluate(() => window.__analogDreams!.mirrorWithFilteredWord());
  expect(filtered.shown).toBe(false);
  expect(filtered.refusal).toMatch(/Text with a blend mode or filters/);
  expect(errors).toEqual([]);
});

test('the mirror shows speedrun mode\'s splits as Phaser draws them', async ({ page }) => {
  await seedSettings(page, { speedrunMode: true, splitsShown: true });
  const errors = await openLevel(page, 'night-escape');
  const lane = inputsOf('tests/golden/night-escape-lane.replay.json');
  await page.evaluate((frames) => window.__analogDreams!.playReplay(frames), lane.slice(0, 200));
  const compared = await compareBothPaths(page, 'splits');
  expectMirrored(compared);
  expect(compared.mirror.types.BitmapText).toBeGreaterThanOrEqual(2);
  expect(errors).toEqual([]);
});

test('the mirror shows a watched replay\'s strip and a story chapter\'s count as Phaser draws them', async ({ page }) => {
  const errors = await openGame(page);
  await waitForScene(page, 'title');
  const text = readFileSync('tests/golden/hidden-door.replay.json', 'utf8');
  expect(await page.evaluate((given) => window.__analogDreams!.useReplay(given, { name: 'hidden-door.replay.json', use: 'watch' }), text)).toBeNull();
  await page.waitForFunction(() => window.__analogDreams!.ready() && window.__analogDreams!.replays().playback !== null, undefined, { timeout: 30_000 });
  await page.evaluate(() => {
    window.__analogDreams!.stopLoop();
    window.__analogDreams!.stepFrames(120);
  });
  expectMirrored(await compareBothPaths(page, 'playback'));

  await page.goto('/?chapter=hidden-door');
  await skipToLevel(page);
  await page.evaluate(() => {
    window.__analogDreams!.stopLoop();
  });
  const door = inputsOf('tests/golden/hidden-door.replay.json');
  await page.evaluate((frames) => window.__analogDreams!.playReplay(frames), door.slice(0, Math.floor(door.length / 2)));
  expectMirrored(await compareBothPaths(page, 'hidden-door'));
  expect(errors).toEqual([]);
});
