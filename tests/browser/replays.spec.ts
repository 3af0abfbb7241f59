// Replays in the game: a file handed in (dropped, or as the Replays screen hands a picked one) is refused
// with its place when it is tampered, of other rules, of another map, too large; a good one plays through
// the real level scene at the speed chosen, holds and steps one tick, ends on the file's tick and hash and
// says "verified", and writes nothing the player keeps. A personal best's run is kept as the next ghost,
// which follows it tick for tick. Screenshots go to test-results/screenshots/.
import { readFileSync } from 'node:fs';
import { expect, test, type FileChooser, type Page } from '@playwright/test';
import { decodeReplay } from '../../src/run/replay.ts';
import { formatTicks } from '../../src/run/time-format.ts';
import { RULES_VERSION } from '../../src/sim/rules-version.ts';
import { PAD, fakeGamepad, pressPad } from './fake-gamepad.ts';
import { openChapter, openGame, stepFrames, waitForScene } from './hook.ts';

const SCREENSHOTS = 'test-results/screenshots';
const TEXT = readFileSync('tests/golden/hidden-door.replay.json', 'utf8');
const decoded = decodeReplay(TEXT);
if (!decoded.ok) throw new Error(decoded.problem.message);
const REPLAY = decoded.value;

/** Drops one file on the game as a browser would: a real DataTransfer with a real File. */
async function dropFile(page: Page, file: { name: string; text: string }): Promise<void> {
  const dataTransfer = await page.evaluateHandle((dropped) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([dropped.text], dropped.name, { type: 'application/json' }));
    return transfer;
  }, file);
  await page.dispatchEvent('canvas', 'dragover', { dataTransfer });
  await page.dispatchEvent('canvas', 'drop', { dataTransfer });
}

/** Everything the game keeps in this browser. */
async function storage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key) ?? ''])));
}

test('a bad replay is refused with its place; a good one plays at 4x, holds, steps, and ends verified with nothing kept', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = await openGame(page);
  await waitForScene(page, 'title');
  const use = (text: string, name: string): Promise<string | null> => page.evaluate(([given, file]) => window.__analogDreams!.useReplay(given!, { name: file!, use: 'watch' }), [text, name]);
  const edited = TEXT.replace(`"finishTick": ${REPLAY.finishTick}`, `"finishTick": ${REPLAY.finishTick! - 30}`);
  expect(await use(edited, 'edited.replay.json')).toBe(`edited.replay.json: not verified: the run finishes at tick ${REPLAY.finishTick}, the replay claims ${REPLAY.finishTick! - 30}`);
  const older = RULES_VERSION - 1;
  expect(await use(TEXT.replace(`"rules": ${RULES_VERSION}`, `"rules": ${older}`), 'old.replay.json')).toMatch(
    new RegExp(`^old\\.replay\\.json: rules: recorded under rules version ${older}, this build plays rules version ${RULES_VERSION}`),
  );
  expect(await use(TEXT.replace(REPLAY.mapHash, '00000000'), 'other.replay.json')).toMatch(/^other\.replay\.json: not verified: recorded on another version of the map or its files/);
  expect(await use(TEXT.replace('"level": "hidden-door"', '"level": "my-yard"'), 'yard.replay.json')).toBe('yard.replay.json: no chapter of this game plays the map "my-yard" (a custom level\'s run is verified with npm run verify-replay)');
  // A huge file is refused before it is read; the refusal is said on the Replays screen.
  await dropFile(page, { name: 'huge.replay.json', text: ' '.repeat(5 * 1024 * 1024) });
  await waitForScene(page, 'replays');
  await page.waitForFunction(() => window.__analogDreams!.screenText().some((text) => text.startsWith('huge.replay.json is 5 MB')));
  await dropFile(page, { name: 'edited.replay.json', text: edited });
  await page.waitForFunction(() => window.__analogDreams!.screenText().some((text) => text.startsWith('edited.replay.json: not verified')));
  await page.screenshot({ path: `${SCREENSHOTS}/replays-refused.png` });
  const before = await storage(page);

  // A byte-order mark is read like a map's; the dropped file plays in the level scene.
  await dropFile(page, { name: 'hidden-door-459.replay.json', text: `\uFEFF${TEXT}` });
  await page.waitForFunction(() => window.__analogDreams!.ready() && window.__analogDreams!.replays().playback !== null, undefined, { timeout: 30_000 });
  await page.evaluate(() => { window.__analogDreams!.stopLoop(); });
  expect(await page.evaluate(() => window.__analogDreams!.chapter())).toBe('hidden-door');
  expect(await page.evaluate(() => window.__analogDreams!.screenText().join('\n'))).toContain('Replay: The hidden door  1x');
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await stepFrames(page, 1);
  expect(await page.evaluate(() => window.__analogDreams!.replays().playback)).toEqual({ speed: 4, holding: false });
  let tick = await page.evaluate(() => window.__analogDreams!.world()!.tick);
  await stepFrames(page, 10);
  const fourTimes = await page.evaluate(() => window.__analogDreams!.world()!.tick);
  // Four ticks a frame, unless a scene of the level held the tick for some of those steps.
  expect(fourTimes - tick).toBeGreaterThan(10);
  expect(fourTimes - tick).toBeLessThanOrEqual(40);
  // Held: frames pass, the world does not; a step is one tick.
  await page.keyboard.press('Space');
  await stepFrames(page, 1);
  tick = await page.evaluate(() => window.__analogDreams!.world()!.tick);
  await stepFrames(page, 20);
  expect(await page.evaluate(() => window.__analogDreams!.world()!.tick)).toBe(tick);
  expect(await page.evaluate(() => window.__analogDreams!.screenText().join('\n'))).toContain('Replay: The hidden door  held');
  await page.keyboard.press('.');
  await stepFrames(page, 1);
  expect(await page.evaluate(() => window.__analogDreams!.world()!.tick)).toBeLessThanOrEqual(tick + 1);
  await page.keyboard.press('Space');
  // R in the pause starts the replay again with the world, from its first input.
  await page.keyboard.press('Escape');
  await stepFrames(page, 1);
  expect(await page.evaluate(() => window.__analogDreams!.paused())).toBe(true);
  await page.keyboard.press('r');
  await stepFrames(page, 1);
  expect(await page.evaluate(() => window.__analogDreams!.world()!.tick)).toBeLessThanOrEqual(4);
  for (let chunk = 0; chunk < 100 && (await page.evaluate(() => window.__analogDreams!.replays().verdict)) === null; chunk += 1) await stepFrames(page, 10);
  expect(await page.evaluate(() => window.__analogDreams!.world()!.finishTick)).toBe(REPLAY.finishTick);
  expect(await page.evaluate(() => window.__analogDreams!.hash())).toBe(REPLAY.finalHash);
  expect(await page.evaluate(() => window.__analogDreams!.replays().verdict)).toBe(`verified: ${formatTicks(REPLAY.finishTick!)}`);
  expect(await page.evaluate(() => window.__analogDreams!.screenText().join('\n'))).toContain(`verified: ${formatTicks(REPLAY.finishTick!)}`);
  await page.screenshot({ path: `${SCREENSHOTS}/replays-verified.png` });
  // It stays on its end: no result screen, and no splits, best or ghost written.
  await stepFrames(page, 120);
  expect(await page.evaluate(() => window.__analogDreams!.scene())).toBe('level');
  expect(await storage(page)).toEqual(before);
  await page.keyboard.press('Enter');
  await stepFrames(page, 3);
  expect(await page.evaluate(() => window.__analogDreams!.scene())).toBe('title');
  expect(await page.evaluate(() => window.__analogDreams!.replays().plan)).toBeNull();
  expect(errors).toEqual([]);
});

test('a plain run is kept as the ghost, and the ghost follows it tick for tick', async ({ page }) => {
  test.setTimeout(240_000);
  let errors = await openChapter(page, 'hidden-door');
  expect(await page.evaluate(() => window.__analogDreams!.ghost())).toBeNull();
  // The planned walks stay shown (the default): they are no assist, so this casual run is a best and a ghost.
  const played = await page.evaluate((frames) => window.__analogDreams!.playReplay(frames), REPLAY.inputs as never);
  expect(played.finishTick).toBe(REPLAY.finishTick);
  await stepFrames(page, 1);
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('analog-dreams/ghosts') ?? 'null') as { version: number; ghosts: { ticks: number; category: string }[] });
  expect(kept.version).toBe(1);
  expect(kept.ghosts.map((ghost) => ghost.ticks)).toEqual([REPLAY.finishTick]);

  // The next start races it: the ghost stands where Mira was at every tick of that run.
  errors = [...errors, ...(await openChapter(page, 'hidden-door'))];
  const followed = await page.evaluate((frames) => window.__analogDreams!.followGhost(frames), REPLAY.inputs as never);
  expect(followed.firstDifference).toBeNull();
  expect(followed.compared).toBeGreaterThan(400);
  // Drawn where it stands (world pixels, feet one pixel low like Mira's), and hidden by G.
  const ghost = await page.evaluate(() => window.__analogDreams!.ghost());
  expect(ghost).not.toBeNull();
  expect(Math.abs(ghost!.drawnX - ghost!.x / 16)).toBeLessThanOrEqual(1);
  await page.screenshot({ path: `${SCREENSHOTS}/replays-ghost.png` });
  await page.keyboard.press('g');
  await stepFrames(page, 1);
  expect(await page.evaluate(() => window.__analogDreams!.ghost())).toBeNull();
  await page.keyboard.press('g');
  await stepFrames(page, 1);
  // The input display: speedrun mode (T), then I; the caps are drawn, in their fixed order.
  expect(await page.evaluate(() => window.__analogDreams!.screenText())).not.toContain('↑');
  await page.keyboard.press('t');
  await page.keyboard.press('i');
  await stepFrames(page, 2);
  const texts = await page.evaluate(() => window.__analogDreams!.screenText());
  expect(texts.filter((text) => ['↑', '↓', '←', '→', 'Shift', 'Space', 'E', 'F', 'Q'].includes(text))).toEqual(['↑', '↓', '←', '→', 'Shift', 'Space', 'E', 'F', 'Q']);
  await page.screenshot({ path: `${SCREENSHOTS}/replays-input-display.png` });
  expect(errors).toEqual([]);
});

test('the title\'s Replays row picks a run to race: its ghost runs the chapter beside Mira', async ({ page }) => {
  test.setTimeout(240_000);
  // Listened for before the page opens, so the picker is caught however soon it opens.
  const chooser = new Promise<FileChooser>((resolve) => { page.once('filechooser', resolve); });
  const errors = await openGame(page);
  await waitForScene(page, 'title');
  // Up from New game goes round to the last row: Replays.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'replays');
  expect((await page.evaluate(() => window.__analogDreams!.screenText())).join('\n')).toContain('G: pick one to race as a ghost');
  await page.keyboard.press('g');
  await (await chooser).setFiles({ name: 'hidden-door-459.replay.json', mimeType: 'application/json', buffer: Buffer.from(TEXT) });
  await page.waitForFunction(() => window.__analogDreams!.ready() && window.__analogDreams!.ghost() !== null, undefined, { timeout: 60_000 });
  expect(await page.evaluate(() => window.__analogDreams!.chapter())).toBe('hidden-door');
  // Raced, not watched: the player plays, and the ghost stands at the run's place for each tick.
  expect(await page.evaluate(() => window.__analogDreams!.replays().playback)).toBeNull();
  const followed = await page.evaluate((frames) => window.__analogDreams!.followGhost(frames), REPLAY.inputs as never);
  expect(followed.firstDifference).toBeNull();
  expect(errors).toEqual([]);
});

test('a watched replay is worked by a gamepad too: RB faster, LB slower, Y holds, X steps one tick', async ({ page }) => {
  test.setTimeout(240_000);
  const button = { x: 2, y: 3, leftBumper: 4, rightBumper: PAD.rightBumper } as const;
  await fakeGamepad(page);
  const errors = await openGame(page);
  await waitForScene(page, 'title');
  expect(await page.evaluate((text) => window.__analogDreams!.useReplay(text, { name: 'hidden-door.replay.json', use: 'watch' }), TEXT)).toBeNull();
  await page.waitForFunction(() => window.__analogDreams!.ready() && window.__analogDreams!.replays().playback !== null, undefined, { timeout: 30_000 });
  await pressPad(page, button.rightBumper);
  expect(await page.evaluate(() => window.__analogDreams!.replays().playback?.speed)).toBe(2);
  await pressPad(page, button.leftBumper);
  await pressPad(page, button.leftBumper);
  expect(await page.evaluate(() => window.__analogDreams!.replays().playback?.speed)).toBe(0.5);
  await pressPad(page, button.y);
  expect(await page.evaluate(() => window.__analogDreams!.replays().playback?.holding)).toBe(true);
  const held = await page.evaluate(() => window.__analogDreams!.world()!.tick);
  await pressPad(page, button.x);
  expect(await page.evaluate(() => window.__analogDreams!.world()!.tick)).toBeLessThanOrEqual(held + 1);
  expect(await page.evaluate(() => window.__analogDreams!.replays().playback?.holding)).toBe(true);
  expect(errors).toEqual([]);
});
