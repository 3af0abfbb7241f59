// Accessibility in the built game (issue 15). The colour-blind palette: every state of every cue keeps a
// shape of its own, compared here with colour removed (each cue as drawn by the game's renderers, turned
// to grey and cut at half its brightest pixel: what stays is its shape). Then the settings rows, saved.
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { CueCell } from '../../src/view/test-hook-access.ts';
import { focusedOn, openChapter, seedSettings, stepFrames, writeSettings } from './hook.ts';

const SCREENSHOTS = 'test-results/screenshots';

/** Sets remembered preferences before the game's first script reads them. */
interface CueImage {
  readonly cell: CueCell;
  /** 1 where the grey image is at least half as bright as its brightest pixel. */
  readonly mask: Uint8Array;
  /** Mean colour of the pixels in the mask. */
  readonly colour: readonly [number, number, number];
}

async function drawSheet(page: Page, name: string): Promise<CueImage[]> {
  const cells = await page.evaluate(() => window.__analogDreams!.drawCueSheet());
  await stepFrames(page, 1);
  const shot = PNG.sync.read(await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` }));
  await page.evaluate(() => { window.__analogDreams!.closeCueSheet(); });
  return cells.map((cell) => {
    const grey: number[] = [];
    const colours: [number, number, number][] = [];
    for (let y = cell.y; y < cell.y + cell.height; y += 1) {
      for (let x = cell.x; x < cell.x + cell.width; x += 1) {
        const at = (y * shot.width + x) * 4;
        const [red, green, blue] = [shot.data[at]!, shot.data[at + 1]!, shot.data[at + 2]!];
        grey.push(0.299 * red + 0.587 * green + 0.114 * blue);
        colours.push([red, green, blue]);
      }
    }
    const brightest = Math.max(...grey);
    const mask = Uint8Array.from(grey, (value) => (brightest > 0 && value >= brightest / 2 ? 1 : 0));
    const inked = colours.filter((_, index) => mask[index] === 1);
    const mean = [0, 1, 2].map((channel) => inked.reduce((sum, colour) => sum + colour[channel]!, 0) / Math.max(1, inked.length));
    return { cell, mask, colour: [mean[0]!, mean[1]!, mean[2]!] };
  });
}

/** The share of the two shapes' pixels that only one of them has: 0 for the same shape. */
function shapeDifference(a: Uint8Array, b: Uint8Array): number {
  let either = 0;
  let onlyOne = 0;
  for (let index = 0; index < a.length; index += 1) {
    if (a[index] === 1 || b[index] === 1) either += 1;
    if (a[index] !== b[index]) onlyOne += 1;
  }
  return either === 0 ? 0 : onlyOne / either;
}

test('with the colour-blind palette every state of every cue has its own shape, colour removed', async ({ page }) => {
  await seedSettings(page, { colorBlindPalette: true });
  const errors = await openChapter(page, 'night-escape');
  const palette = await drawSheet(page, 'cue-sheet-color-blind');
  const kinds = [...new Set(palette.map((image) => image.cell.kind))];
  expect(kinds).toEqual(['cone', 'radar', 'alert', 'enforcer-mark', 'child-mark', 'seen']);
  for (const kind of kinds) {
    const states = palette.filter((image) => image.cell.kind === kind);
    expect(states.length).toBeGreaterThanOrEqual(2);
    for (const image of states) expect(image.mask.reduce((sum, bit) => sum + bit, 0), `${kind} ${image.cell.state} is drawn`).toBeGreaterThan(20);
    for (let first = 0; first < states.length; first += 1) {
      for (let second = first + 1; second < states.length; second += 1) {
        const [a, b] = [states[first]!, states[second]!];
        expect(shapeDifference(a.mask, b.mask), `${kind}: ${a.cell.state} and ${b.cell.state} differ in shape`).toBeGreaterThan(0.1);
      }
    }
  }
  expect(errors).toEqual([]);
});

test('the colour-blind palette changes the cues\' colours; high-contrast cones draw a bolder edge', async ({ page }) => {
  await openChapter(page, 'night-escape');
  const standard = await drawSheet(page, 'cue-sheet-standard');
  await writeSettings(page, { colorBlindPalette: true, highContrastCones: true });
  await page.reload();
  await openChapter(page, 'night-escape');
  const changed = await drawSheet(page, 'cue-sheet-color-blind-high-contrast');
  const cones = (images: CueImage[]): CueImage[] => images.filter((image) => image.cell.kind === 'cone');
  cones(standard).forEach((before, index) => {
    const after = cones(changed)[index]!;
    const distance = Math.hypot(...before.colour.map((channel, at) => channel - after.colour[at]!));
    expect(distance, `${before.cell.state} cone's colour moved`).toBeGreaterThan(30);
    const inked = (image: CueImage): number => image.mask.reduce((sum, bit) => sum + bit, 0);
    expect(inked(after), `${before.cell.state} cone's bright edge is bolder`).toBeGreaterThan(inked(before));
  });
});

test('the accessibility rows are in Settings, step through their values, and are remembered after a reload', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => window.__analogDreams?.scene() === 'title', undefined, { timeout: 30_000 });
  const open = async (label: string): Promise<void> => {
    const centre = await page.evaluate((fragment) => window.__analogDreams!.textCentre(fragment), label);
    expect(centre, `${label} is on screen`).not.toBeNull();
    await page.mouse.click(centre!.x, centre!.y);
  };
  await open('Settings');
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'settings', undefined, { timeout: 10_000 });
  await open('Accessibility');
  await focusedOn(page, 'Colour-blind palette');
  for (const row of ['Colour-blind palette', 'High-contrast cones', 'Detection speed', 'Game speed']) await open(row);
  await page.waitForFunction(() => window.__analogDreams!.screenText().some((line) => /Game speed\s+(◀ )?80%/.test(line)), undefined, { timeout: 10_000 });
  const text = (await page.evaluate(() => window.__analogDreams!.screenText())).join('\n');
  expect(text).toMatch(/Colour-blind palette\s+(◀ )?on/);
  expect(text).toMatch(/High-contrast cones\s+on/);
  expect(text).toMatch(/Detection speed\s+75%/);
  await page.screenshot({ path: `${SCREENSHOTS}/settings-accessibility.png` });
  // The text size is on the Display page.
  await open('Back');
  await focusedOn(page, 'Accessibility');
  await open('Display');
  await focusedOn(page, 'Fullscreen');
  await open('Text size');
  await page.waitForFunction(() => window.__analogDreams!.screenText().some((line) => line.includes('Text size') && line.includes('large')), undefined, { timeout: 10_000 });
  await page.reload();
  await page.waitForFunction(() => window.__analogDreams?.scene() === 'title', undefined, { timeout: 30_000 });
  await open('Settings');
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'settings', undefined, { timeout: 10_000 });
  await open('Display');
  await focusedOn(page, 'Fullscreen');
  expect((await page.evaluate(() => window.__analogDreams!.screenText())).join('\n')).toMatch(/Text size\s+large/);
  await open('Back');
  await focusedOn(page, 'Display');
  await open('Accessibility');
  await focusedOn(page, 'Colour-blind palette');
  const reloaded = (await page.evaluate(() => window.__analogDreams!.screenText())).join('\n');
  expect(reloaded).toMatch(/Colour-blind palette\s+(◀ )?on/);
  expect(reloaded).toMatch(/Game speed\s+80%/);
});

test('the assists chosen in Settings play the level slower and mark the run assisted on the HUD', async ({ page }) => {
  await seedSettings(page, { detectionAssist: 50, gameSpeedAssist: 60 });
  await openChapter(page, 'night-escape');
  expect(await page.evaluate(() => window.__analogDreams!.world()!.detectionPercent)).toBe(50);
  // Each frame is 1/60 s: at 60% speed a second of frames runs 36 ticks.
  const before = await page.evaluate(() => window.__analogDreams!.world()!.tick);
  await stepFrames(page, 60);
  const after = await page.evaluate(() => window.__analogDreams!.world()!.tick);
  expect(after - before).toBe(36);
  expect((await page.evaluate(() => window.__analogDreams!.screenText())).join('\n')).toContain('(assisted)');
});
