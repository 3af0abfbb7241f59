// Typed access to the test hook (src/view/test-hook.ts) from Playwright.
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
// The hook's type and its `window.__analogDreams` declaration come from the game's own source.
import type {} from '../../src/view/test-hook.ts';

/** Collects page errors and console errors (the GPU's read-back note aside). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('GPU stall due to ReadPixels')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/** Waits until `key` is the active scene (the hook may not exist yet while the page loads). */
export async function waitForScene(page: Page, key: string): Promise<void> {
  await page.waitForFunction((wanted) => window.__analogDreams?.scene() === wanted, key, { timeout: 30_000 });
}

export async function openGame(page: Page): Promise<string[]> {
  const errors = collectErrors(page);
  await page.goto('/');
  await page.waitForFunction(() => window.__analogDreams !== undefined, undefined, { timeout: 30_000 });
  return errors;
}

/**
 * Opens the game at `?chapter=<key>` (errors collected as openGame does), goes past the chapter's intro
 * (the address plays it first, as Chapter select does) straight to its level, and starts that again
 * synchronously at tick 0 with the loop stopped, so the test steps every frame itself.
 */
export async function openChapter(page: Page, key: string): Promise<string[]> {
  const errors = collectErrors(page);
  await page.goto(`/?chapter=${key}`);
  await page.waitForFunction(() => window.__analogDreams?.ready() === true || (window.__analogDreams?.storyScene() ?? null) !== null, undefined, { timeout: 30_000 });
  await startLevel(page);
  return errors;
}

export async function startLevel(page: Page): Promise<void> {
  await page.evaluate(() => { window.__analogDreams!.startLevel(); });
  await page.waitForFunction(() => window.__analogDreams!.ready(), undefined, { timeout: 30_000 });
  // A real frame may run between loading and stopping the loop: start again, now synchronously at tick 0.
  await page.evaluate(() => {
    window.__analogDreams!.stopLoop();
    window.__analogDreams!.startLevel();
  });
}

export async function stepFrames(page: Page, count: number): Promise<void> {
  await page.evaluate((frames) => { window.__analogDreams!.stepFrames(frames); }, count);
}

export async function miraPosition(page: Page): Promise<{ x: number; y: number; tick: number }> {
  return page.evaluate(() => {
    const world = window.__analogDreams!.world()!;
    return { x: world.mira.x, y: world.mira.y, tick: world.tick };
  });
}

/** How many distinct colours a screenshot has: a blank or single-colour canvas has one or two. */
export function distinctColours(png: Buffer): number {
  const image = PNG.sync.read(png);
  const colours = new Set<number>();
  for (let index = 0; index < image.data.length; index += 4 * 7) {
    colours.add((image.data[index]! << 16) | (image.data[index + 1]! << 8) | image.data[index + 2]!);
  }
  return colours.size;
}

/**
 * After New game or Continue: reads through the chapter's intro the way a player in a hurry does (Tab skips
 * on to a choice or the end, 1 takes the first choice) until its level is ready.
 */
export async function skipToLevel(page: Page): Promise<void> {
  await page.waitForFunction(() => ['story', 'level'].includes(window.__analogDreams?.scene() ?? ''), undefined, { timeout: 30_000 });
  for (let press = 0; press < 40 && (await page.evaluate(() => window.__analogDreams!.scene())) === 'story'; press += 1) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('1');
    await page.waitForTimeout(100);
  }
  await page.waitForFunction(() => window.__analogDreams!.ready(), undefined, { timeout: 30_000 });
}

type SettingValue = string | number | boolean;

/** Merges `settings` into the save's settings in this page's storage (a save version 3 is made if none). */
function mergeSettingsInStorage(settings: Readonly<Record<string, SettingValue>>): void {
  const key = 'analog-dreams/save';
  const empty = { format: 'analog-dreams-save', version: 3, progress: null, reached: [], settings: {}, bindings: {}, bests: {}, legacyBests: {}, splits: [] };
  const save = JSON.parse(localStorage.getItem(key) ?? JSON.stringify(empty)) as { settings: Record<string, SettingValue> };
  save.settings = { ...save.settings, ...settings };
  localStorage.setItem(key, JSON.stringify(save));
}

/** Writes settings into the page's save now, as the Settings screen would (read at the next load). */
export async function writeSettings(page: Page, settings: Readonly<Record<string, SettingValue>>): Promise<void> {
  await page.evaluate(mergeSettingsInStorage, settings);
}

/** Writes settings into the save before every page load of this test, before the game reads them. */
export async function seedSettings(page: Page, settings: Readonly<Record<string, SettingValue>>): Promise<void> {
  await page.addInitScript(mergeSettingsInStorage, settings);
}

/** The save's settings as the page stores them now. */
export async function savedSettings(page: Page): Promise<Record<string, SettingValue>> {
  return page.evaluate(() => (JSON.parse(localStorage.getItem('analog-dreams/save') ?? '{"settings":{}}') as { settings: Record<string, string | number | boolean> }).settings);
}

/** Waits until the focused menu row (`▶ label`) starts with `label`. */
export async function focusedOn(page: Page, label: string): Promise<void> {
  await page.waitForFunction((wanted) => window.__analogDreams!.screenText().some((text) => text.startsWith(`▶ ${wanted}`)), label, { timeout: 10_000 });
}

/** The mouse over the menu row reading `label`, then a click there. */
export async function clickRow(page: Page, label: string): Promise<void> {
  const centre = await page.evaluate((wanted) => window.__analogDreams!.textCentre(wanted), label);
  if (centre === null) throw new Error(`no row "${label}" on the screen`);
  await page.mouse.move(centre.x, centre.y);
  await focusedOn(page, label);
  await page.mouse.down();
  await page.mouse.up();
}
