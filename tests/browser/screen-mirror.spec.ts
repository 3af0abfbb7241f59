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
 * edges, its canvas renderer (which the mirror paints Graphics with) antialiases them and puts a
 * 1-pixel line across two half-covered pixels, so the rims of the rounded panels, the radar's disc, cones
 * and rings, the arrow's badge and the meter's frame differ along every curved, slanted or stroked edge;
 * the floating words (resolution 4 shown at 3/4) pick a neighbouring texel here and there. Measured
 * 900-2800 of 921,600 over the states below; leaving out one transform (the origin) made 17,000.
 */
const EDGE_PIXELS = 4000;
/**
 * And no more than this in any 80x80 tile: the radar's disc, its cones and its gold ring are the most edge
 * there is in one place (about 300-410). A word or panel off by a pixel differs along every stroke of it,
 * far more densely (the origin left out: 1,576): the tile catches a misplaced object the screen's count might not.
 */
const TILE = 80;
const EDGE_PIXELS_PER_TILE = 550;

function inputsOf(file: string): InputFrame[] {
  const decoded = decodeReplay(readFileSync(file, 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  return [...decoded.value.inputs];
}

async function openLevel(page: Page, chapter: string): Promise<void> {
  await page.goto(`/?chapter=${chapter}`);
  await skipToLevel(page);
  await page.evaluate(() => {
    window.__analogDreams!.stopLoop();
    // This spec shows both paths on the screen-sized canvas, the mirror and Phaser's own drawing, with a
    // mirror of its own; the level's pixel canvas (pixel-canvas.spec.ts) stays out of the way.
    window.__analogDreams!.allowPixelCanvas(false);
  });
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

/**
 * The mirror's show() each frame over `frames` stepped frames, as the game would call it: its milliseconds
 * (sorted), and a frame where nothing changed writes nothing to the DOM.
 */
async function timeMirror(page: Page, frames: number): Promise<{ median: number; p99: number }> {
  const times: number[] = [];
  for (let frame = 0; frame < frames; frame += 1) {
    const shown = await page.evaluate(() => {
      window.__analogDreams!.stepFrames(1);
      return window.__analogDreams!.mirrorNow();
    });
    expect(shown.refusal).toBeNull();
    times.push(shown.milliseconds);
  }
  const again = await page.evaluate(() => [window.__analogDreams!.mirrorNow().changes, window.__analogDreams!.mirrorNow().changes]);
  expect(again[1]).toBe(again[0]);
  await page.evaluate(() => {
    window.__analogDreams!.hideMirror();
  });
  times.sort((first, second) => first - second);
  const timing = { median: times[Math.floor(times.length / 2)]!, p99: times[Math.floor(times.length * 0.99)]! };
  console.log(`mirror show() over ${frames} frames: median ${timing.median.toFixed(3)} ms, p99 ${timing.p99.toFixed(3)} ms`);
  return timing;
}

/** `edges`: how many times a HUD's worth of antialiased edges the shot has (a dialogue's panel and portraits add about a HUD's). */
function expectMirrored(compared: Compared, edges = 1): void {
  expect(compared.mirror.refusal).toBeNull();
  expect(compared.mirror.shown).toBe(true);
  expect(compared.mirror.elements).toBeGreaterThan(3);
  expect(compared.mismatched).toBeLessThan(EDGE_PIXELS * edges);
  expect(compared.densest).toBeLessThan(EDGE_PIXELS_PER_TILE);
}

test('the mirror shows the night escape in play and in its dream as Phaser draws them', async ({ page }) => {
  const errors = collectErrors(page);
  await openLevel(page, 'night-escape');
  const lane = inputsOf('tests/golden/night-escape-lane.replay.json');
  // Early in play: the controls hint and the goal over the HUD, the radar, the time panel.
  await page.evaluate((frames) => window.__analogDreams!.playReplay(frames), lane.slice(0, 90));
  expectMirrored(await compareBothPaths(page, 'play'));
  await timeMirror(page, 60);
  // The dream: its corner panel and meter bar, the dream prompt over Mira (the golden reaches it at tick 333).
  await page.evaluate((frames) => window.__analogDreams!.playReplay(frames), lane.slice(0, 400));
  expect(await page.evaluate(() => window.__analogDreams!.world()!.dream.stage)).not.toBe('waking');
  expectMirrored(await compareBothPaths(page, 'dream'));
  await timeMirror(page, 60);
  // Paused, the overlay (its shade a filled Rectangle, its words Text) is mirrored too.
  await page.keyboard.press('Escape');
  await page.evaluate(() => {
    window.__analogDreams!.stepFrames(1);
  });
  expect(await page.evaluate(() => window.__analogDreams!.paused())).toBe(true);
  const paused = await page.evaluate(() => window.__analogDreams!.mirrorNow());
  expect(paused.shown).toBe(true);
  expect(paused.refusal).toBeNull();
  await page.keyboard.press('Escape');
  await page.evaluate(() => {
    window.__analogDreams!.stepFrames(1);
  });
  // Anything the DOM cannot draw alike is refused, and the caller lets Phaser draw.
  const filtered = await page.evaluate(() => window.__analogDreams!.mirrorWithFilteredWord());
  expect(filtered.shown).toBe(false);
  expect(filtered.refusal).toMatch(/Text with a blend mode or filters/);
  expect(errors).toEqual([]);
});

test('the mirror shows speedrun mode\'s splits as Phaser draws them', async ({ page }) => {
  await seedSettings(page, { speedrunMode: true, splitsShown: true });
  const errors = collectErrors(page);
  await openLevel(page, 'night-escape');
  const lane = inputsOf('tests/golden/night-escape-lane.replay.json');
  await page.evaluate((frames) => window.__analogDreams!.playReplay(frames), lane.slice(0, 200));
  const compared = await compareBothPaths(page, 'splits');
  expectMirrored(compared);
  expect(compared.mirror.types.BitmapText).toBeGreaterThanOrEqual(2);
  expect(errors).toEqual([]);
});

test('the mirror shows a watched replay\'s strip as Phaser draws it', async ({ page }) => {
  const errors = await openGame(page);
  await waitForScene(page, 'title');
  const text = readFileSync('tests/golden/hidden-door.replay.json', 'utf8');
  expect(await page.evaluate((given) => window.__analogDreams!.useReplay(given, { name: 'hidden-door.replay.json', use: 'watch' }), text)).toBeNull();
  await page.waitForFunction(() => window.__analogDreams!.ready() && window.__analogDreams!.replays().playback !== null, undefined, { timeout: 30_000 });
  await page.evaluate(() => {
    window.__analogDreams!.stopLoop();
    window.__analogDreams!.allowPixelCanvas(false);
    window.__analogDreams!.stepFrames(120);
  });
  expect(await page.evaluate(() => window.__analogDreams!.screenText().join('\n'))).toContain('Replay: The hidden door');
  expectMirrored(await compareBothPaths(page, 'playback'));
  expect(errors).toEqual([]);
});

/** Each story chapter a little after a checkpoint its golden reaches (the name shows 2.6 s), found by running the goldens in Node. */
const STORY_FRAMES = [
  { chapter: 'hidden-door', inputs: 170 },
  { chapter: 'dream-space', inputs: 285 },
  { chapter: 'bedroom', inputs: 990 },
] as const;

test('the mirror shows the story chapters\' counts, checkpoints and prompts, and a dialogue, as Phaser draws them', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  for (const { chapter, inputs } of STORY_FRAMES) {
    await openLevel(page, chapter);
    const frames = inputsOf(`tests/golden/${chapter}.replay.json`);
    await page.evaluate((given) => window.__analogDreams!.playReplay(given), frames.slice(0, inputs));
    expect(await page.evaluate(() => window.__analogDreams!.screenText().some((text) => text.startsWith('✦')))).toBe(true);
    expectMirrored(await compareBothPaths(page, chapter));
  }
  // The bedroom's first talk opens about its 83rd input: the dialogue box, its portraits and its shade.
  const talk = await page.evaluate((given) => {
    for (let count = 75; count < 110; count += 1) {
      window.__analogDreams!.playReplay(given.slice(0, count));
      if (window.__analogDreams!.world()!.scene !== null) return count;
    }
    return null;
  }, inputsOf('tests/golden/bedroom.replay.json'));
  expect(talk).not.toBeNull();
  expectMirrored(await compareBothPaths(page, 'bedroom-talk'), 2);
  expect(errors).toEqual([]);
});

test.describe('at 1920x1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the mirror shows the night escape in its dream as Phaser draws it, at a larger interface scale', async ({ page }) => {
    const errors = collectErrors(page);
    await openLevel(page, 'night-escape');
    await page.evaluate((frames) => window.__analogDreams!.playReplay(frames), inputsOf('tests/golden/night-escape-lane.replay.json').slice(0, 400));
    const compared = await compareBothPaths(page, 'dream-1080p');
    expect(compared.mirror.refusal).toBeNull();
    // The same edges, drawn larger: the budget grows with the screen's area.
    expect(compared.mismatched).toBeLessThan(EDGE_PIXELS * 2.25);
    expect(compared.densest).toBeLessThan(EDGE_PIXELS_PER_TILE);
    expect(errors).toEqual([]);
  });
});
