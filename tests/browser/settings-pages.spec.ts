// The settings in pages (issue 15), each page reached and used by keys alone and by a pad alone: down the
// page list to the page, in, a setting stepped, Back to the list on that page's row, and every change in
// the save's settings. The mouse walks every page in layout.spec.ts and menus.spec.ts.
import { expect, test, type Page } from '@playwright/test';
import { PAD, fakeGamepad, pressPad } from './fake-gamepad.ts';
import { collectErrors, focusedOn, savedSettings, waitForScene } from './hook.ts';

/** Each page, the row focused when it opens, and the save's setting its first row steps (a switch, on). */
const PAGES = [
  { page: 'Audio', firstRow: 'Sound', saved: { muted: true } },
  { page: 'Display', firstRow: 'Fullscreen', saved: null },
  { page: 'Gameplay', firstRow: 'Text speed', saved: { textSpeed: 'fast' } },
  { page: 'Accessibility', firstRow: 'Colour-blind palette', saved: { colorBlindPalette: true } },
] as const;

interface Ways {
  readonly down: () => Promise<void>;
  readonly open: () => Promise<void>;
  readonly right: () => Promise<void>;
  readonly back: () => Promise<void>;
}

async function walkEveryPage(page: Page, ways: Ways): Promise<void> {
  await waitForScene(page, 'title');
  // New game, then down past the closed Chapter select to Custom level and Settings.
  await focusedOn(page, 'New game');
  await ways.down();
  await focusedOn(page, 'Custom level');
  await ways.down();
  await focusedOn(page, 'Settings');
  await ways.open();
  await waitForScene(page, 'settings');
  await focusedOn(page, 'Audio');
  for (const [index, { page: title, firstRow, saved }] of PAGES.entries()) {
    // Controls (its own screen) sits between Display and Gameplay on the list.
    if (index > 0) await ways.down();
    if (title === 'Gameplay') await ways.down();
    await focusedOn(page, title);
    await ways.open();
    await focusedOn(page, firstRow);
    expect(await page.evaluate(() => window.__analogDreams!.screenText()), `${title}: the heading`).toContain(title);
    // Fullscreen is the browser's to grant: the Display page steps its next row, Text size, instead.
    if (saved === null) await ways.down();
    await ways.right();
    if (saved !== null) await expect.poll(() => savedSettings(page)).toMatchObject(saved);
    else await page.waitForFunction(() => window.__analogDreams!.screenText().some((text) => /^▶ Text size +◀ large ▶$/.test(text)));
    await ways.back();
    await focusedOn(page, title);
  }
  await ways.back();
  await waitForScene(page, 'title');
  await expect.poll(() => savedSettings(page)).toMatchObject({ muted: true, textSize: 'large', textSpeed: 'fast', colorBlindPalette: true });
}

test('keys alone reach every settings page, change a setting on each and come back to the list', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await walkEveryPage(page, {
    down: () => page.keyboard.press('ArrowDown'),
    open: () => page.keyboard.press('Enter'),
    right: () => page.keyboard.press('ArrowRight'),
    back: () => page.keyboard.press('Escape'),
  });
  expect(errors).toEqual([]);
});

test('a pad alone reaches every settings page, changes a setting on each and comes back to the list', async ({ page }) => {
  const errors = collectErrors(page);
  await fakeGamepad(page);
  await page.goto('/');
  await walkEveryPage(page, {
    down: () => pressPad(page, PAD.dpadDown),
    open: () => pressPad(page, PAD.a),
    // The d-pad's right is not faked: A steps a setting on, as a click does.
    right: () => pressPad(page, PAD.a),
    back: () => pressPad(page, PAD.b),
  });
  expect(errors).toEqual([]);
});
