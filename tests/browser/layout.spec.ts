// Layout from 800x600 to 2560x1440 and in a window wider than the map (issue 15): the title, the settings,
// a chapter in play, the dialogue and the result at each size, screenshots in test-results/screenshots/
// (layout-<screen>-<width>x<height>.png) for a person to look at. In play the interface's boxes (each
// text and the radar's corner), and around the level every text, stay on screen and never overlap; and
// the level's picture reaches every edge of the window (no dark band beside the map).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { decodeReplay } from '../../src/run/replay.ts';
import type { ScreenBox } from '../../src/view/test-hook-access.ts';
import { clickRow, focusedOn, openChapter, seedSettings, stepFrames } from './hook.ts';

const SIZES: readonly (readonly [number, number])[] = [[800, 600], [1280, 720], [1920, 1080], [2560, 1440], [1600, 600]];
const SCREENSHOTS = 'test-results/screenshots';

/** Resizes the window and runs frames until the game has taken the new size (stepped, or by its own loop). */
async function resize(page: Page, [width, height]: readonly [number, number], options: { readonly stepped: boolean }): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.waitForFunction(
    ([wanted, stepped]) => {
      // A stopped loop: the frame stepped here is where the game looks at the window's size.
      window.dispatchEvent(new Event('resize'));
      if (stepped) window.__analogDreams!.stepFrames(1);
      const size = window.__analogDreams!.screenSize();
      return size.width === wanted[0] && size.height === wanted[1];
    },
    [[width, height], options.stepped] as const,
    { timeout: 20_000, polling: 50 },
  );
  if (options.stepped) await stepFrames(page, 2);
}

function onScreen(box: ScreenBox, [width, height]: readonly [number, number]): boolean {
  return box.x >= -1 && box.y >= -1 && box.x + box.width <= width + 1 && box.y + box.height <= height + 1;
}

function overlap(a: ScreenBox, b: ScreenBox): boolean {
  // A pixel of slack: glyphs' boxes touch where lines sit edge to edge.
  return a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height;
}

/** Every visible text of the screens around the level (menus, dialogue, result), on screen. */
async function expectTextsOnScreen(page: Page, size: readonly [number, number], screen: string): Promise<void> {
  const boxes = await page.evaluate(() => window.__analogDreams!.screenBoxes());
  expect(boxes.length, `${screen} shows words`).toBeGreaterThan(0);
  for (const box of boxes) expect(onScreen(box, size), `${screen} at ${size.join('x')}: "${box.name}" ${JSON.stringify(box)} is on screen`).toBe(true);
  expectApart(boxes, `${screen} at ${size.join('x')}`);
}

function expectApart(boxes: readonly ScreenBox[], where: string): void {
  for (let first = 0; first < boxes.length; first += 1) {
    for (let second = first + 1; second < boxes.length; second += 1) {
      const [a, b] = [boxes[first]!, boxes[second]!];
      expect(overlap(a, b), `${where}: "${a.name}" ${JSON.stringify(a)} and "${b.name}" ${JSON.stringify(b)} overlap`).toBe(false);
    }
  }
}

/** Share of the screenshot's edge columns and rows that are one flat colour all along: a dark band is 1. */
function flatEdges(png: Buffer): number[] {
  const image = PNG.sync.read(png);
  const colourAt = (x: number, y: number): number => {
    const at = (y * image.width + x) * 4;
    return (image.data[at]! << 16) | (image.data[at + 1]! << 8) | image.data[at + 2]!;
  };
  const flat = (points: readonly (readonly [number, number])[]): number => {
    const colours = new Set(points.map(([x, y]) => colourAt(x, y)));
    return colours.size === 1 ? 1 : 0;
  };
  const column = (x: number): [number, number][] => Array.from({ length: image.height }, (_, y) => [x, y]);
  const row = (y: number): [number, number][] => Array.from({ length: image.width }, (_, x) => [x, y]);
  return [flat(column(2)), flat(column(image.width - 3)), flat(row(image.height / 2 + 2)), flat(row(2))];
}

/** The settings' pages as the page list names them, each with the row focused when it opens. */
const PAGE_SIZES: readonly string[] = ['800x600', '1280x720', '2560x1440'];
const SETTINGS_PAGES = [['Audio', 'Sound'], ['Display', 'Fullscreen'], ['Gameplay', 'Text speed'], ['Accessibility', 'Colour-blind palette']] as const;

/** The menu rows on screen (`▶ Sound ...`, `  Volume ...`): the settings' own lines, not the heading or the hints. */
async function rowBoxes(page: Page): Promise<ScreenBox[]> {
  const boxes = await page.evaluate(() => window.__analogDreams!.screenBoxes());
  return boxes.filter((box) => box.name.startsWith('▶ ') || box.name.startsWith('  '));
}

/** Each settings page opened from the page list by a click, looked at, and left by Esc back to the list. */
async function everySettingsPage(page: Page, look: (title: string) => Promise<void>): Promise<void> {
  for (const [title, firstRow] of SETTINGS_PAGES) {
    await clickRow(page, title);
    await focusedOn(page, firstRow);
    await look(title);
    await page.keyboard.press('Escape');
    await focusedOn(page, title);
  }
}

test('the title and every settings page fit every window from 800x600 to 2560x1440', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => window.__analogDreams?.scene() === 'title', undefined, { timeout: 30_000 });
  for (const size of SIZES) {
    await resize(page, size, { stepped: false });
    await expectTextsOnScreen(page, size, 'title');
    await page.screenshot({ path: `${SCREENSHOTS}/layout-title-${size.join('x')}.png` });
  }
  await clickRow(page, 'Settings');
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'settings', undefined, { timeout: 10_000 });
  for (const size of SIZES) {
    await resize(page, size, { stepped: false });
    await expectTextsOnScreen(page, size, 'settings');
    await page.screenshot({ path: `${SCREENSHOTS}/layout-settings-${size.join('x')}.png` });
    // Each page at the sizes the issue names (the list above at every size): a minute holds no more.
    if (!PAGE_SIZES.includes(size.join('x'))) continue;
    await everySettingsPage(page, async (title) => {
      await expectTextsOnScreen(page, size, `settings: ${title}`);
      await page.screenshot({ path: `${SCREENSHOTS}/layout-settings-${title.toLowerCase()}-${size.join('x')}.png` });
    });
  }
});

test('with the largest text every settings page fits 800x600 at full size, its heading shown', async ({ page }) => {
  await seedSettings(page, { textSize: 'largest' });
  await page.goto('/');
  await page.waitForFunction(() => window.__analogDreams?.scene() === 'title', undefined, { timeout: 30_000 });
  await resize(page, [800, 600], { stepped: false });
  await page.screenshot({ path: `${SCREENSHOTS}/layout-title-largest-800x600.png` });
  await expectTextsOnScreen(page, [800, 600], 'title, largest text');
  await clickRow(page, 'Settings');
  await page.waitForFunction(() => window.__analogDreams!.scene() === 'settings', undefined, { timeout: 10_000 });
  // Full size is what a window tall enough shows: rows at the same interface scale, never closed up.
  await resize(page, [1280, 720], { stepped: false });
  const fullHeight = Math.max(...(await rowBoxes(page)).map((box) => box.height));
  await page.screenshot({ path: `${SCREENSHOTS}/layout-settings-largest-1280x720.png` });
  await resize(page, [800, 600], { stepped: false });
  await expectTextsOnScreen(page, [800, 600], 'settings, largest text');
  await page.screenshot({ path: `${SCREENSHOTS}/layout-settings-largest-800x600.png` });
  await everySettingsPage(page, async (title) => {
    const where = `settings: ${title}, largest text at 800x600`;
    await expectTextsOnScreen(page, [800, 600], where);
    expect(await page.evaluate(() => window.__analogDreams!.screenText()), `${where}: the heading is shown`).toContain(title);
    const rows = await rowBoxes(page);
    expect(rows.length, `${where}: its rows and Back`).toBeGreaterThan(2);
    for (const row of rows) expect(row.height, `${where}: "${row.name}" at full size`).toBe(fullHeight);
    const gaps = rows.slice(1).map((row, index) => row.y - (rows[index]!.y + rows[index]!.height));
    // The full gap between rows is 8 pixels at this window's interface scale (1).
    expect(Math.min(...gaps), `${where}: rows not closed up`).toBeGreaterThanOrEqual(8);
    await page.screenshot({ path: `${SCREENSHOTS}/layout-settings-${title.toLowerCase()}-largest-800x600.png` });
  });
});

for (const [chapter, textSize] of [['night-escape', 'normal'], ['bedroom', 'largest'], ['hidden-door', 'largest']] as const) {
  test(`in play (${chapter}, ${textSize} text) the interface's boxes stay on screen and apart, and the map fills the window`, async ({ page }) => {
    // Speedrun mode shows the splits in the top-right corner too, under the dream's corner.
    await seedSettings(page, { speedrunMode: true, textSize });
    const errors = await openChapter(page, chapter);
    await stepFrames(page, 20);
    for (const size of SIZES) {
      await resize(page, size, { stepped: true });
      const boxes = await page.evaluate(() => window.__analogDreams!.interfaceBoxes());
      const where = `${chapter} at ${size.join('x')}`;
      expect(boxes.some((box) => box.name === 'radar'), `${where}: the radar is measured`).toBe(true);
      for (const box of boxes) expect(onScreen(box, size), `${where}: "${box.name}" ${JSON.stringify(box)} is on screen`).toBe(true);
      expectApart(boxes, where);
      const shot = await page.screenshot({ path: `${SCREENSHOTS}/layout-play-${chapter}-${textSize}-${size.join('x')}.png` });
      // Left, right and bottom edges cross the map's picture (the top row may be all panel at a corner).
      expect(flatEdges(shot).slice(0, 3), `${where}: no flat band at the left, right or bottom edge`).toEqual([0, 0, 0]);
    }
    expect(errors).toEqual([]);
  });
}

test('the dialogue and the result fit every window', async ({ page }) => {
  await page.goto('/?campaign=aftermath');
  await page.waitForFunction(() => window.__analogDreams?.scene() === 'title', undefined, { timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__analogDreams!.dialogue() !== null, undefined, { timeout: 30_000 });
  // The loop runs on: a line waits for its key once it is written out.
  for (const size of SIZES) {
    await resize(page, size, { stepped: false });
    await page.waitForFunction(() => { const shown = window.__analogDreams!.dialogue(); return shown !== null && shown.revealed === shown.text.length; }, undefined, { timeout: 20_000 });
    await expectTextsOnScreen(page, size, 'dialogue');
    await page.screenshot({ path: `${SCREENSHOTS}/layout-dialogue-${size.join('x')}.png` });
  }

  const decoded = decodeReplay(readFileSync('tests/golden/night-escape.replay.json', 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openChapter(page, 'night-escape');
  await page.evaluate((frames) => window.__analogDreams!.playReplay(frames, { moveOnWhenFinished: true }), [...decoded.value.inputs]);
  await stepFrames(page, 60);
  expect(await page.evaluate(() => window.__analogDreams!.scene())).toBe('result');
  for (const size of SIZES) {
    await resize(page, size, { stepped: true });
    await expectTextsOnScreen(page, size, 'result');
    await page.screenshot({ path: `${SCREENSHOTS}/layout-result-${size.join('x')}.png` });
  }
});

test('the goal arrow keeps off the group panel at every size (the dream space points it up at the ring)', async ({ page }) => {
  const errors = await openChapter(page, 'dream-space');
  await stepFrames(page, 20);
  for (const size of SIZES) {
    await resize(page, size, { stepped: true });
    const { panel, arrowBadge } = (await page.evaluate(() => window.__analogDreams!.dreamView()!.hud));
    const where = `dream space at ${size.join('x')}`;
    expect(panel, `${where}: the group panel shows`).not.toBeNull();
    if (arrowBadge === null) continue; // the ring on screen: no arrow to keep apart
    // The badge's circle, with a few pixels to spare, stays clear of the panel's box.
    const reach = arrowBadge.radius + 2;
    const apart = arrowBadge.x + reach <= panel!.left || arrowBadge.x - reach >= panel!.left + panel!.width || arrowBadge.y - reach >= panel!.top + panel!.height;
    expect(apart, `${where}: badge ${JSON.stringify(arrowBadge)} and panel ${JSON.stringify(panel)} apart`).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/layout-goal-arrow-dream-space-${size.join('x')}.png` });
  }
  expect(errors).toEqual([]);
});
