// The Controls screen in the built game, each way in: keys alone rebind Sneak (a key Interact has is
// refused, naming Interact), and the new key sneaks in play, shows in the HUD's prompt and is still there
// after a reload; the mouse alone opens the screen and resets to the defaults; a pad alone rebinds a pad
// button, and the screen shows the pad's buttons to a pad player.
import { expect, test, type Page } from '@playwright/test';
import { PAD, fakeGamepad, pressPad } from './fake-gamepad.ts';
import { clickRow, focusedOn, openGame, startLevel, stepFrames, waitForScene } from './hook.ts';

const SCREENSHOTS = 'test-results/screenshots';
/** Pad buttons of the standard mapping the shared helper does not name. */
const PAD_Y = 3;
const PAD_LEFT_TRIGGER = 6;

/** Everything on the screen as one text, no-break spaces read as spaces. */
async function screenText(page: Page): Promise<string> {
  return (await page.evaluate(() => window.__analogDreams!.screenText())).join('\n').replaceAll('\u00a0', ' ');
}

async function isFocused(page: Page, label: string): Promise<boolean> {
  return page.evaluate((wanted) => window.__analogDreams!.screenText().some((text) => text.startsWith(`▶ ${wanted}`)), label);
}

/** Down (a key or the pad's d-pad) until `label` has the focus; fails after a whole lap. */
async function downTo(page: Page, label: string, press: () => Promise<void>): Promise<void> {
  for (let step = 0; step < 40 && !(await isFocused(page, label)); step += 1) {
    await press();
    await page.waitForTimeout(30);
  }
  await focusedOn(page, label);
}

async function screenSays(page: Page, fragment: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => window.__analogDreams!.screenText().join('\n').replaceAll('\u00a0', ' ').includes(wanted),
    fragment,
    { timeout: 10_000 },
  );
  // What the screen says is drawn a frame before the scene listens for the key it asks for.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Mira's gait after holding `keys` (Playwright names) for 10 frames of the stopped loop. */
async function gaitWhileHolding(page: Page, keys: readonly string[]): Promise<string> {
  for (const key of keys) await page.keyboard.down(key);
  await stepFrames(page, 10);
  const gait = await page.evaluate(() => window.__analogDreams!.world()!.mira.gait);
  for (const key of [...keys].reverse()) await page.keyboard.up(key);
  await stepFrames(page, 2);
  return gait;
}

test('keys alone: Sneak rebound to H, Interact\'s E refused by name; H sneaks in play, shows in the HUD and survives a reload', async ({ page }) => {
  const errors = await openGame(page);
  await waitForScene(page, 'title');
  await downTo(page, 'Settings', () => page.keyboard.press('ArrowDown'));
  await page.keyboard.press('Enter');
  await waitForScene(page, 'settings');
  await downTo(page, 'Controls', () => page.keyboard.press('ArrowDown'));
  await page.keyboard.press('Enter');
  await waitForScene(page, 'controls');
  await screenSays(page, 'Showing');
  await downTo(page, 'Sneak', () => page.keyboard.press('ArrowDown'));
  await page.keyboard.press('Enter');
  await screenSays(page, 'Press the new key for Sneak');
  await page.keyboard.press('e');
  await screenSays(page, 'E is already Interact: choose another, or change Interact first.');
  expect(await screenText(page)).toMatch(/▶ Sneak +◀ Shift ▶/);
  await page.keyboard.press('Enter');
  await screenSays(page, 'Press the new key for Sneak');
  await page.keyboard.press('h');
  await screenSays(page, 'Sneak: H.');
  expect(await screenText(page)).toMatch(/▶ Sneak +◀ H ▶/);
  await page.screenshot({ path: `${SCREENSHOTS}/controls-keyboard-1280x720.png` });
  // Back to the settings, on the row that led here.
  await page.keyboard.press('Escape');
  await waitForScene(page, 'settings');
  await focusedOn(page, 'Controls');

  await page.reload();
  await page.waitForFunction(() => window.__analogDreams !== undefined, undefined, { timeout: 30_000 });
  await startLevel(page);
  await stepFrames(page, 2);
  expect(await screenText(page)).toContain('H: sneak');
  expect(await screenText(page)).not.toContain('Shift: sneak');
  expect(await gaitWhileHolding(page, ['h', 'ArrowRight'])).toBe('sneak');
  expect(await gaitWhileHolding(page, ['Shift', 'ArrowRight'])).toBe('walk');
  expect(errors).toEqual([]);
});

test('the mouse alone: the Controls screen opens, Reset to defaults gives the table back, Back returns', async ({ page }) => {
  const errors = await openGame(page);
  await page.evaluate(() => {
    const save = { format: 'analog-dreams-save', version: 3, progress: null, reached: [], settings: {}, bindings: { dream: { keys: ['H'], pad: ['y'] } }, bests: {}, legacyBests: {}, splits: [] };
    localStorage.setItem('analog-dreams/save', JSON.stringify(save));
  });
  await page.reload();
  await waitForScene(page, 'title');
  await clickRow(page, 'Settings');
  await waitForScene(page, 'settings');
  await clickRow(page, 'Controls');
  await waitForScene(page, 'controls');
  expect(await screenText(page)).toMatch(/Dream +H/);
  await clickRow(page, 'Reset to defaults');
  await screenSays(page, 'Every control is back to its default.');
  expect(await screenText(page)).toMatch(/Dream +F/);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('analog-dreams/save') ?? 'null') as { bindings: unknown });
  expect(saved.bindings).toEqual({});
  // A click while a new key is awaited keeps the old one.
  await clickRow(page, 'Run');
  await screenSays(page, 'Press the new key for Run');
  await page.mouse.down();
  await page.mouse.up();
  await screenSays(page, 'Run keeps its controls.');
  await clickRow(page, 'Back to the settings');
  await waitForScene(page, 'settings');
  expect(errors).toEqual([]);
});

test('a pad alone: the screen shows the pad\'s buttons, Y refused as Dream\'s, LT bound to Sneak', async ({ page }) => {
  await fakeGamepad(page);
  const errors = await openGame(page);
  await waitForScene(page, 'title');
  await downTo(page, 'Settings', () => pressPad(page, PAD.dpadDown));
  await pressPad(page, PAD.a);
  await waitForScene(page, 'settings');
  await downTo(page, 'Controls', () => pressPad(page, PAD.dpadDown));
  await pressPad(page, PAD.a);
  await waitForScene(page, 'controls');
  await screenSays(page, 'gamepad');
  expect(await screenText(page)).toMatch(/Sneak +B \/ LB/);
  await downTo(page, 'Sneak', () => pressPad(page, PAD.dpadDown));
  await pressPad(page, PAD.a);
  await screenSays(page, 'Press the new pad button for Sneak');
  await pressPad(page, PAD_Y);
  await screenSays(page, 'Y is already Dream');
  await pressPad(page, PAD.a);
  await screenSays(page, 'Press the new pad button for Sneak');
  await pressPad(page, PAD_LEFT_TRIGGER);
  await screenSays(page, 'Sneak: LT.');
  expect(await screenText(page)).toMatch(/Sneak +◀ LT \/ LB ▶/);
  await page.screenshot({ path: `${SCREENSHOTS}/controls-pad-1280x720.png` });
  await pressPad(page, PAD.b);
  await waitForScene(page, 'settings');
  expect(errors).toEqual([]);
});
