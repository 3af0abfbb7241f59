// The menus in the built game, each way in: the title worked by keys alone, by the mouse alone and by a
// gamepad (the Gamepad API faked in an init script: navigator.getGamepads answers a pad the test presses);
// Chapter select lists only the chapters the save reached (an old version 1 save too) and starts one on
// its own; settings and progress survive a reload; the pause menu by mouse and pad. Screenshots of the
// title, settings, credits and chapter select at 1280x720 and 800x600 go to test-results/screenshots.
import { expect, test, type Page } from '@playwright/test';
import { PAD, fakeGamepad, pressPad, pushStick, type FakePad } from './fake-gamepad.ts';
import { clickRow, collectErrors, focusedOn, waitForScene } from './hook.ts';

const SCREENSHOTS = 'test-results/screenshots';
const SAVE_KEY = 'analog-dreams/save';

/** Waits until the first chapter's outro shows its first line: a press now reaches the scene. */
async function outroShown(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__analogDreams!.storyScene()?.part === 'outro' && window.__analogDreams!.dialogue() !== null, undefined, { timeout: 30_000 });
}

async function screenText(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__analogDreams!.screenText());
}

/** A version 2 save that has reached `reached` and stands at `chapter`. */
function savedProgress(reached: string[], chapter: string): string {
  return JSON.stringify({
    format: 'analog-dreams-save',
    version: 2,
    progress: { chapter, carried: { flags: {}, followers: [] }, ticks: 120, realMilliseconds: 2000 },
    reached,
    settings: {},
    bests: {},
    legacyBests: {},
    splits: [],
  });
}

async function seedSave(page: Page, text: string): Promise<void> {
  await page.addInitScript(({ key, value }) => {
    if (sessionStorage.getItem('seeded') === null) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, value);
    }
  }, { key: SAVE_KEY, value: text });
}

test('the title by keys alone: arrows and WASD move, Enter opens, Esc backs out; settings change with left and right', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await waitForScene(page, 'title');
  expect(await screenText(page)).toEqual(expect.arrayContaining(['▶ New game ◀', '  Chapter select', '  Custom level', '  Settings', '  Credits']));
  await page.screenshot({ path: `${SCREENSHOTS}/menus-title-1280x720.png` });
  // Chapter select is closed before any chapter is reached: the focus steps over it.
  await page.keyboard.press('ArrowDown');
  await focusedOn(page, 'Custom level');
  await page.keyboard.press('s');
  await focusedOn(page, 'Settings');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'settings');
  // The settings open on their pages; the text speed is on Gameplay.
  await focusedOn(page, 'Audio');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await focusedOn(page, 'Gameplay');
  await page.keyboard.press('Enter');
  await focusedOn(page, 'Text speed');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => window.__analogDreams!.screenText().some((text) => /^▶ Text speed +◀ fast ▶$/.test(text)));
  await page.keyboard.press('d');
  await page.waitForFunction(() => window.__analogDreams!.screenText().some((text) => text.includes('◀ instant ▶')));
  await page.screenshot({ path: `${SCREENSHOTS}/menus-settings-1280x720.png` });
  // Esc on a page goes back to the page list, on the page it left; Esc there leaves the settings.
  await page.keyboard.press('Escape');
  await focusedOn(page, 'Gameplay');
  await page.keyboard.press('Escape');
  await waitForScene(page, 'title');
  // Back on the title, the entry the settings were opened from has the focus.
  await focusedOn(page, 'Settings');
  await page.keyboard.press('s');
  await focusedOn(page, 'Credits');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'credits');
  const credits = (await screenText(page)).join('\n');
  for (const library of ['phaser (MIT)', 'easystarjs (MIT)', 'inkjs (MIT)', 'fflate (MIT)', 'fzstd (MIT)', 'saxes (ISC)', 'zzfx (MIT)', 'assets/', 'founding engineers']) {
    expect(credits).toContain(library);
  }
  await page.screenshot({ path: `${SCREENSHOTS}/menus-credits-1280x720.png` });
  await page.setViewportSize({ width: 800, height: 600 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SCREENSHOTS}/menus-credits-800x600.png` });
  await page.keyboard.press('Escape');
  await waitForScene(page, 'title');
  const settings = await page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? 'null') as { settings: Record<string, unknown> }).settings, SAVE_KEY);
  expect(settings.textSpeed).toBe('instant');
  expect(errors).toEqual([]);
});

test('the title by the mouse alone: over a row focuses it, a click opens it, every screen has a way back', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await waitForScene(page, 'title');
  // A closed entry takes no focus from the pointer.
  const closed = await page.evaluate(() => window.__analogDreams!.textCentre('Chapter select'));
  await page.mouse.move(closed!.x, closed!.y);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => window.__analogDreams!.scene())).toBe('title');
  await clickRow(page, 'Credits');
  await waitForScene(page, 'credits');
  await clickRow(page, 'Back to the title');
  await waitForScene(page, 'title');
  await clickRow(page, 'Settings');
  await waitForScene(page, 'settings');
  // A click opens a page, a click on a setting steps it on: the sound goes off, then skip all dialogue on.
  await clickRow(page, 'Audio');
  await focusedOn(page, 'Sound');
  await clickRow(page, 'Sound');
  await page.waitForFunction(() => window.__analogDreams!.screenText().some((text) => /^▶ Sound +◀ off ▶$/.test(text)));
  await clickRow(page, 'Back');
  await focusedOn(page, 'Audio');
  await clickRow(page, 'Gameplay');
  await focusedOn(page, 'Text speed');
  await clickRow(page, 'Skip all dialogue');
  await page.waitForFunction(() => window.__analogDreams!.screenText().some((text) => /^▶ Skip all dialogue +◀ on ▶$/.test(text)));
  await clickRow(page, 'Back');
  await focusedOn(page, 'Gameplay');
  await clickRow(page, 'Back');
  await waitForScene(page, 'title');
  await clickRow(page, 'New game');
  await page.waitForFunction(() => window.__analogDreams!.ready(), undefined, { timeout: 30_000 });
  expect(await page.evaluate(() => window.__analogDreams!.scene())).toBe('level');
  expect(errors).toEqual([]);
});

test('the title by a gamepad: d-pad and stick move, A opens, d-pad left changes a setting, B backs out', async ({ page }) => {
  const errors = collectErrors(page);
  await fakeGamepad(page);
  await page.goto('/');
  await waitForScene(page, 'title');
  await pressPad(page, PAD.dpadDown);
  await focusedOn(page, 'Custom level');
  await pushStick(page, 1);
  await focusedOn(page, 'Settings');
  await pressPad(page, PAD.a);
  await waitForScene(page, 'settings');
  await focusedOn(page, 'Audio');
  await pressPad(page, PAD.a);
  await pushStick(page, 1);
  await focusedOn(page, 'Volume');
  await pressPad(page, PAD.dpadLeft);
  await page.waitForFunction(() => window.__analogDreams!.screenText().some((text) => text.includes('◀ |||||||||·  90% ▶')));
  // B on a page goes back to the page list; B there leaves the settings.
  await pressPad(page, PAD.b);
  await focusedOn(page, 'Audio');
  await pressPad(page, PAD.b);
  await waitForScene(page, 'title');
  await focusedOn(page, 'Settings');
  // Up over Custom level and past the closed Chapter select to New game; up again goes round to the last.
  await pressPad(page, PAD.dpadUp);
  await focusedOn(page, 'Custom level');
  await pressPad(page, PAD.dpadUp);
  await focusedOn(page, 'New game');
  await pressPad(page, PAD.dpadUp);
  await focusedOn(page, 'Replays');
  await pressPad(page, PAD.dpadDown);
  await focusedOn(page, 'New game');
  // A new game opens on the bedroom's intro, the first chapter's story told before its level.
  await pressPad(page, PAD.a);
  await waitForScene(page, 'story');
  expect(await page.evaluate(() => window.__analogDreams!.storyScene())).toMatchObject({ chapter: 'bedroom', part: 'intro' });
  const settings = await page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? 'null') as { settings: Record<string, unknown> }).settings, SAVE_KEY);
  expect(settings.masterVolume).toBe(9);
  expect(errors).toEqual([]);
});

test('settings survive a reload', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await waitForScene(page, 'title');
  await clickRow(page, 'Settings');
  await waitForScene(page, 'settings');
  await clickRow(page, 'Gameplay');
  await focusedOn(page, 'Text speed');
  await clickRow(page, 'Text speed');
  await clickRow(page, 'Back');
  await focusedOn(page, 'Gameplay');
  await clickRow(page, 'Display');
  await focusedOn(page, 'Fullscreen');
  await clickRow(page, 'Reduced motion');
  await clickRow(page, 'Back');
  await focusedOn(page, 'Display');
  await clickRow(page, 'Audio');
  await focusedOn(page, 'Sound');
  await page.keyboard.press('ArrowDown');
  await focusedOn(page, 'Volume');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => window.__analogDreams!.screenText().some((text) => text.includes('80%')));
  await page.reload();
  await waitForScene(page, 'title');
  expect(await screenText(page)).toContain('Reduced motion is on: the dream swaps at once (N turns it off)');
  await clickRow(page, 'Settings');
  await waitForScene(page, 'settings');
  await clickRow(page, 'Audio');
  await focusedOn(page, 'Sound');
  expect((await screenText(page)).some((text) => text.includes('||||||||··  80%'))).toBe(true);
  await clickRow(page, 'Back');
  await focusedOn(page, 'Audio');
  await clickRow(page, 'Display');
  await focusedOn(page, 'Fullscreen');
  expect((await screenText(page)).some((text) => /Reduced motion +on$/.test(text))).toBe(true);
  await clickRow(page, 'Back');
  await focusedOn(page, 'Display');
  await clickRow(page, 'Gameplay');
  await focusedOn(page, 'Text speed');
  // The page opens on its first row, in focus: its value between the arrows.
  expect((await screenText(page)).some((text) => /Text speed +◀ fast ▶$/.test(text))).toBe(true);
  await page.setViewportSize({ width: 800, height: 600 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SCREENSHOTS}/menus-settings-800x600.png` });
  expect(errors).toEqual([]);
});

test('Chapter select lists only the chapters reached and starts one on its own; a new game asks before replacing progress', async ({ page }) => {
  const errors = collectErrors(page);
  await seedSave(page, savedProgress(['test-first-steps'], 'test-first-steps'));
  await page.goto('/?campaign=test-first-steps');
  await waitForScene(page, 'title');
  await focusedOn(page, 'Continue: First steps');
  await page.setViewportSize({ width: 800, height: 600 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SCREENSHOTS}/menus-title-800x600.png` });

  // New game asks, and No keeps the progress.
  await clickRow(page, 'New game');
  await page.waitForFunction(() => window.__analogDreams!.screenText().some((text) => text.startsWith('Start a new game? It replaces your progress (First steps).')));
  await focusedOn(page, 'No, keep my progress');
  await page.keyboard.press('Escape');
  await focusedOn(page, 'Continue: First steps');

  await clickRow(page, 'Chapter select');
  await waitForScene(page, 'chapters');
  const listed = await screenText(page);
  expect(listed).toContain('▶ 1. First steps ◀');
  expect(listed.some((text) => text.includes('Second steps') || text.includes('Test yard') || text.includes('Story yard'))).toBe(false);
  await page.screenshot({ path: `${SCREENSHOTS}/menus-chapters-800x600.png` });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__analogDreams!.ready() && window.__analogDreams!.chapter() === 'test-first-steps', undefined, { timeout: 30_000 });
  // Played on its own, past its intro (Chapter select plays it as the campaign would); its finish saves no
  // progress (tests/unit/campaign-play.test.ts proves that part).
  expect(await page.evaluate(() => window.__analogDreams!.campaign())).toEqual({ phase: 'level', chapter: 'test-first-steps' });
  expect(errors).toEqual([]);
});

test('an old version 1 save keeps loading: its chapter is reached, Continue and Chapter select offer it, and progress survives a reload', async ({ page }) => {
  const errors = collectErrors(page);
  const versionOne = JSON.stringify({
    format: 'analog-dreams-save',
    version: 1,
    progress: { chapter: 'test-second-steps', carried: { flags: { gate_key: 1 }, followers: [] }, ticks: 93, realMilliseconds: 1500 },
    settings: {},
    bests: {},
    legacyBests: {},
  });
  await seedSave(page, versionOne);
  await page.goto('/?campaign=test-first-steps');
  await waitForScene(page, 'title');
  await focusedOn(page, 'Continue: Second steps');
  expect((await screenText(page)).some((text) => text.includes('could not be read'))).toBe(false);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await focusedOn(page, 'Chapter select');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'chapters');
  expect(await screenText(page)).toContain('▶ 1. Second steps ◀');
  await page.keyboard.press('Escape');
  await waitForScene(page, 'title');
  await focusedOn(page, 'Chapter select');
  // A new game (asked, and confirmed) reaches the first chapter too; both stay after a reload.
  await page.keyboard.press('ArrowUp');
  await focusedOn(page, 'New game');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await focusedOn(page, 'Yes, start a new game');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__analogDreams!.ready() && window.__analogDreams!.chapter() === 'test-first-steps', undefined, { timeout: 30_000 });
  await page.reload();
  await waitForScene(page, 'title');
  await focusedOn(page, 'Continue: First steps');
  await clickRow(page, 'Chapter select');
  await waitForScene(page, 'chapters');
  const listed = await screenText(page);
  expect(listed).toContain('▶ 1. First steps ◀');
  expect(listed).toContain('  2. Second steps');
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as { version: number; reached: string[] }, SAVE_KEY);
  expect(saved).toMatchObject({ version: 3, reached: ['test-second-steps', 'test-first-steps'] });
  expect(errors).toEqual([]);
});

test('the pause menu by pad, mouse and keys: Settings over the level and back, Resume, Restart, Quit to the title', async ({ page }) => {
  const errors = collectErrors(page);
  await fakeGamepad(page);
  await page.goto('/?chapter=test-yard');
  await page.waitForFunction(() => window.__analogDreams?.ready() === true, undefined, { timeout: 30_000 });
  await pressPad(page, PAD.start);
  await page.waitForFunction(() => window.__analogDreams!.paused());
  await focusedOn(page, 'Resume');
  await pressPad(page, PAD.dpadDown);
  await pressPad(page, PAD.dpadDown);
  await focusedOn(page, 'Settings');
  await pressPad(page, PAD.a);
  await waitForScene(page, 'settings');
  await page.screenshot({ path: `${SCREENSHOTS}/menus-settings-over-pause.png` });
  await pressPad(page, PAD.b);
  await waitForScene(page, 'level');
  expect(await page.evaluate(() => window.__analogDreams!.paused())).toBe(true);
  const tick = await page.evaluate(() => window.__analogDreams!.world()!.tick);
  await clickRow(page, 'Resume');
  await page.waitForFunction(() => !window.__analogDreams!.paused());
  await page.waitForFunction((before) => window.__analogDreams!.world()!.tick > before, tick);
  // Restart from the menu by keys: play goes on from tick 0.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.__analogDreams!.paused());
  const ticked = await page.evaluate(() => window.__analogDreams!.world()!.tick);
  await page.keyboard.press('ArrowDown');
  await focusedOn(page, 'Restart the chapter');
  await page.keyboard.press('Enter');
  await page.waitForFunction((before) => !window.__analogDreams!.paused() && window.__analogDreams!.world()!.tick < before, ticked);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.__analogDreams!.paused());
  await clickRow(page, 'Quit to the title');
  await waitForScene(page, 'title');
  expect(errors).toEqual([]);
});

test('the result screen by pad and mouse: Retry plays the chapter again in the campaign, Back to the title leaves', async ({ page }) => {
  const errors = collectErrors(page);
  await fakeGamepad(page);
  await page.goto('/?campaign=test-first-steps');
  await waitForScene(page, 'title');
  await pressPad(page, PAD.a);
  await page.waitForFunction(() => window.__analogDreams!.ready() && window.__analogDreams!.chapter() === 'test-first-steps', undefined, { timeout: 30_000 });
  // Straight right (the d-pad) through the Trigger and out of the Exit, into the chapter's outro; the
  // pad's skip (RB) skips it, on to the result.
  await page.evaluate(() => { (window as unknown as { __pad: FakePad }).__pad.set(15, true); });
  await outroShown(page);
  await page.evaluate(() => { (window as unknown as { __pad: FakePad }).__pad.set(15, false); });
  await pressPad(page, PAD.rightBumper);
  await waitForScene(page, 'result');
  await focusedOn(page, 'Next chapter: Second steps');
  await pressPad(page, PAD.dpadDown);
  await focusedOn(page, 'Retry this chapter');
  await pressPad(page, PAD.a);
  await page.waitForFunction(() => window.__analogDreams!.ready() && window.__analogDreams!.chapter() === 'test-first-steps', undefined, { timeout: 30_000 });
  // A retry is the campaign's chapter again, from where it started: nothing carried yet.
  expect(await page.evaluate(() => window.__analogDreams!.campaign())).toEqual({ phase: 'level', chapter: 'test-first-steps' });
  expect(await page.evaluate(() => window.__analogDreams!.world()!.flags)).toMatchObject({ gate_key: 0 });
  // Won again, the outro again (skipped by its key this time), then the result.
  await page.keyboard.down('ArrowRight');
  await outroShown(page);
  await page.keyboard.up('ArrowRight');
  await page.keyboard.press('Tab');
  await waitForScene(page, 'result');
  await page.screenshot({ path: `${SCREENSHOTS}/menus-result-1280x720.png` });
  await clickRow(page, 'Back to the title');
  await waitForScene(page, 'title');
  await focusedOn(page, 'Continue: Second steps');
  expect(errors).toEqual([]);
});
