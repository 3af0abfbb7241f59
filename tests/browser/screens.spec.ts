// The screens around the level: title, pause, result, problems, and the two ways a level builder plays a
// map (?map=<name> and dropping a file). Screenshots go to test-results/screenshots/ for a person to see.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { decodeReplay } from '../../src/run/replay.ts';
import { formatTicks } from '../../src/run/time-format.ts';
import { openChapter, openGame, startLevel, stepFrames, waitForScene } from './hook.ts';
import { withoutStory } from './night-escape-maps.ts';

const MAP_TEXT = withoutStory(readFileSync('maps/night-escape.tmj', 'utf8'));
const SCREENSHOTS = 'test-results/screenshots';

interface TiledJsonLayer {
  name: string;
  objects?: { type?: string; class?: string }[];
}
interface TiledJsonMap {
  layers: TiledJsonLayer[];
  tilesets: { name: string; image: string }[];
}

/** The real map, changed by `edit`: a broken copy that differs from a good map in one place only. */
function editedMap(edit: (map: TiledJsonMap) => void): string {
  const map = JSON.parse(MAP_TEXT) as TiledJsonMap;
  edit(map);
  return JSON.stringify(map);
}

/** Opens the game at an address with a query, collecting errors as openGame does. */
async function openAt(page: Page, path: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('GPU stall due to ReadPixels')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(path);
  await page.waitForFunction(() => window.__analogDreams !== undefined, undefined, { timeout: 30_000 });
  return errors;
}

async function problems(page: Page): Promise<{ place: string; message: string }[]> {
  return page.evaluate(() => window.__analogDreams!.problems());
}

async function screenText(page: Page): Promise<string> {
  return (await page.evaluate(() => window.__analogDreams!.screenText())).join('\n');
}

/** Mean brightness 0-255 of a screenshot: the pause shade darkens the whole window. */
function meanBrightness(png: Buffer): number {
  const image = PNG.sync.read(png);
  let total = 0;
  let count = 0;
  for (let index = 0; index < image.data.length; index += 4 * 5) {
    total += (image.data[index]! + image.data[index + 1]! + image.data[index + 2]!) / 3;
    count += 1;
  }
  return total / count;
}

/** Drops files onto the game canvas as a browser would: a real DataTransfer with real File objects. */
async function dropFiles(page: Page, files: { name: string; text?: string; bytes?: number }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) {
      const content = file.text ?? new Uint8Array(file.bytes ?? 0);
      transfer.items.add(new File([content], file.name, { type: 'application/json' }));
    }
    return transfer;
  }, files);
  await page.dispatchEvent('canvas', 'dragover', { dataTransfer });
  await page.dispatchEvent('canvas', 'drop', { dataTransfer });
}

test('the title screen comes first, and Enter starts the level after its intro', async ({ page }) => {
  const errors = await openGame(page);
  await waitForScene(page, 'title');
  expect(await screenText(page)).toContain('▶ New game ◀');
  // The title draws its own sky: no chapter is loaded behind it only to be replaced by New game.
  expect(await page.evaluate(() => window.__analogDreams!.chapter())).toBe('');
  await page.screenshot({ path: `${SCREENSHOTS}/title.png` });
  await page.keyboard.press('Enter');
  // The first chapter's intro plays first; the skip key goes past it.
  await page.waitForFunction(() => window.__analogDreams!.storyScene()?.part === 'intro' && window.__analogDreams!.dialogue() !== null, undefined, { timeout: 30_000 });
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.__analogDreams!.ready(), undefined, { timeout: 30_000 });
  expect(await page.evaluate(() => window.__analogDreams!.scene())).toBe('level');
  expect(await page.evaluate(() => window.__analogDreams!.chapter())).toBe('bedroom');
  expect(errors).toEqual([]);
});

test('broken maps show the problems screen with their places, and nothing crashes', async ({ page }) => {
  const errors = await openGame(page);
  await waitForScene(page, 'title');

  const noSpawn = editedMap((map) => {
    const entities = map.layers.find((layer) => layer.name === 'entities')!;
    entities.objects = entities.objects!.filter((object) => (object.type ?? object.class) !== 'Spawn');
  });
  await page.evaluate((text) => { window.__analogDreams!.loadMapText(text, 'no-spawn.tmj'); }, noSpawn);
  await waitForScene(page, 'problems');
  const spawnProblems = await problems(page);
  expect(spawnProblems).toContainEqual({ place: 'layer "entities"', message: 'there is no Spawn' });
  const shown = await screenText(page);
  expect(shown).toContain('layer "entities"');
  expect(shown).toContain('no-spawn.tmj');
  await page.screenshot({ path: `${SCREENSHOTS}/problems.png` });

  await page.evaluate(() => { window.__analogDreams!.loadMapText('{ "width": 30, "height":', 'cut-short.tmj'); });
  await page.waitForFunction(() => window.__analogDreams!.problems().some((problem) => problem.place === 'file "cut-short.tmj"'));
  const jsonProblems = await problems(page);
  expect(jsonProblems).toHaveLength(1);
  expect(jsonProblems[0]!.message).toContain('not valid JSON');

  const unknownImage = editedMap((map) => {
    map.tilesets[0]!.image = '../art/mystery-tiles.png';
  });
  await page.evaluate((text) => { window.__analogDreams!.loadMapText(text, 'mystery.tmj'); }, unknownImage);
  await page.waitForFunction(() => window.__analogDreams!.problems().some((problem) => problem.message.includes('mystery-tiles.png')));
  const imageProblem = (await problems(page)).find((problem) => problem.message.includes('mystery-tiles.png'))!;
  expect(imageProblem.place).toBe('tileset "night-district" in mystery.tmj');

  // A tile that belongs to no tileset is only a warning: the map plays, that cell is left empty.
  const strayTile = editedMap((map) => {
    const ground = map.layers.find((layer) => layer.name === 'ground') as TiledJsonLayer & { data: number[] };
    ground.data[0] = 9999;
  });
  await page.evaluate((text) => { window.__analogDreams!.loadMapText(text, 'stray-tile.tmj'); }, strayTile);
  await page.waitForFunction(() => window.__analogDreams!.ready(), undefined, { timeout: 30_000 });
  await stepFrames(page, 2);

  // A good map after broken ones plays: nothing was left half-built.
  await page.evaluate((text) => { window.__analogDreams!.loadMapText(text, 'fixed.tmj'); }, MAP_TEXT);
  await page.waitForFunction(() => window.__analogDreams!.ready(), undefined, { timeout: 30_000 });
  expect(await problems(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('dropped files without a map, or a map over the size cap, are refused, and a dropped map is played', async ({ page }) => {
  const errors = await openGame(page);
  await waitForScene(page, 'title');

  await dropFiles(page, [{ name: 'notes.txt', text: 'hello' }]);
  await waitForScene(page, 'problems');
  expect(await problems(page)).toEqual([
    { place: 'file "notes.txt"', message: 'there is no Tiled map (.tmx, .tmj or .json) among the dropped files' },
  ]);

  // Refused from its size alone, before reading: the 9 MB of zeros are never parsed.
  await dropFiles(page, [{ name: 'huge.tmj', bytes: 9 * 1024 * 1024 }]);
  await page.waitForFunction(() => window.__analogDreams!.problems().some((problem) => problem.place === 'file "huge.tmj"'));
  expect((await problems(page))[0]!.message).toBe('the file cannot be read: "huge.tmj" is 9 MB; files larger than 8 MB are not read');
  await page.screenshot({ path: `${SCREENSHOTS}/drop-refused.png` });

  await dropFiles(page, [{ name: 'night-escape-copy.tmj', text: MAP_TEXT }]);
  await page.waitForFunction(() => window.__analogDreams!.ready(), undefined, { timeout: 30_000 });
  expect(await page.evaluate(() => window.__analogDreams!.world()!.level.name)).toBe('night-escape-copy');
  expect(errors).toEqual([]);
});

test('Esc pauses the level: no ticks run under the overlay, and Esc resumes', async ({ page }) => {
  const errors = await openGame(page);
  await startLevel(page);
  await stepFrames(page, 10);
  const tickBefore = await page.evaluate(() => window.__analogDreams!.world()!.tick);
  const playing = await page.screenshot();

  await page.keyboard.press('Escape');
  await stepFrames(page, 30);
  expect(await page.evaluate(() => window.__analogDreams!.world()!.tick)).toBe(tickBefore);
  expect(await page.evaluate(() => window.__analogDreams!.paused())).toBe(true);
  expect(await screenText(page)).toContain('PAUSED');
  const paused = await page.screenshot({ path: `${SCREENSHOTS}/pause.png` });
  expect(meanBrightness(paused)).toBeLessThan(meanBrightness(playing) * 0.6);

  await page.keyboard.press('Escape');
  await stepFrames(page, 30);
  expect(await page.evaluate(() => window.__analogDreams!.paused())).toBe(false);
  expect(await page.evaluate(() => window.__analogDreams!.world()!.tick)).toBe(tickBefore + 30);
  expect(await screenText(page)).not.toContain('PAUSED');

  // Q quits to the title only from the pause overlay: in play it tosses a marble instead.
  const marblesBefore = await page.evaluate(() => window.__analogDreams!.world()!.marbles.left);
  await page.keyboard.press('q');
  await stepFrames(page, 2);
  expect(await page.evaluate(() => window.__analogDreams!.scene())).toBe('level');
  expect(await page.evaluate(() => window.__analogDreams!.world()!.marbles.left)).toBe(marblesBefore - 1);
  await page.keyboard.press('Escape');
  await stepFrames(page, 1);
  await page.keyboard.press('q');
  await stepFrames(page, 2);
  expect(await page.evaluate(() => window.__analogDreams!.scene())).toBe('title');
  expect(errors).toEqual([]);
});

test('an arrow held through pause and resume walks Mira on the first tick after resume', async ({ page }) => {
  const errors = await openChapter(page, 'night-escape');
  // Playwright's key-down never repeats: only the held state can move her after the resume.
  await page.keyboard.down('ArrowRight');
  await stepFrames(page, 5);
  await page.keyboard.press('Escape');
  await stepFrames(page, 20);
  const paused = await page.evaluate(() => window.__analogDreams!.world()!.mira.x);
  await page.keyboard.press('Escape');
  await stepFrames(page, 1);
  expect(await page.evaluate(() => window.__analogDreams!.paused())).toBe(false);
  expect(await page.evaluate(() => window.__analogDreams!.world()!.mira.x)).toBeGreaterThan(paused);
  await page.keyboard.up('ArrowRight');
  expect(errors).toEqual([]);
});

test('focus loss forgets a held arrow: Mira stops though no key-up came', async ({ page }) => {
  const errors = await openGame(page);
  await startLevel(page);
  await page.keyboard.down('ArrowRight');
  await stepFrames(page, 5);
  // What alt-tab does: the window loses focus and the key-up goes elsewhere.
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await stepFrames(page, 2);
  const stopped = await page.evaluate(() => window.__analogDreams!.world()!.mira.x);
  await stepFrames(page, 10);
  expect(await page.evaluate(() => window.__analogDreams!.world()!.mira.x)).toBe(stopped);
  await page.keyboard.up('ArrowRight');
  expect(errors).toEqual([]);
});

test('P hides and shows the Enforcers\' walks without touching the world', async ({ page }) => {
  const errors = await openChapter(page, 'night-escape');
  await stepFrames(page, 20);
  await page.keyboard.press('Escape');
  await stepFrames(page, 1);
  const hash = await page.evaluate(() => window.__analogDreams!.hash());
  expect(await screenText(page)).toContain('Enforcer paths are shown (P hides them)');
  const shown = await page.locator('#game').screenshot();

  await page.keyboard.press('p');
  await stepFrames(page, 1);
  expect(await screenText(page)).toContain('Enforcer paths are hidden (P shows them)');
  const hidden = await page.locator('#game').screenshot({ path: `${SCREENSHOTS}/walks-hidden.png` });
  expect(hidden.equals(shown)).toBe(false);
  expect(await page.evaluate(() => window.__analogDreams!.hash())).toBe(hash);

  await page.keyboard.press('p');
  await stepFrames(page, 1);
  expect(await screenText(page)).toContain('Enforcer paths are shown (P hides them)');
  expect((await page.locator('#game').screenshot()).equals(shown)).toBe(true);
  expect(errors).toEqual([]);
});

test('V hides and shows the radar without touching the world', async ({ page }) => {
  const errors = await openChapter(page, 'night-escape');
  await stepFrames(page, 20);
  await page.keyboard.press('Escape');
  await stepFrames(page, 1);
  const hash = await page.evaluate(() => window.__analogDreams!.hash());
  const shown = await page.locator('#game').screenshot();
  await page.keyboard.press('v');
  await stepFrames(page, 1);
  const hidden = await page.locator('#game').screenshot({ path: `${SCREENSHOTS}/radar-hidden.png` });
  expect(hidden.equals(shown)).toBe(false);
  expect(await page.evaluate(() => window.__analogDreams!.hash())).toBe(hash);
  await page.keyboard.press('v');
  await stepFrames(page, 1);
  expect((await page.locator('#game').screenshot()).equals(shown)).toBe(true);
  expect(errors).toEqual([]);
});

test('holding C with a direction pans the camera and Mira stands still', async ({ page }) => {
  const errors = await openGame(page);
  // The same 45 ticks twice from a fresh start, Mira standing both times: only the camera may differ.
  await startLevel(page);
  await stepFrames(page, 45);
  const still = await page.locator('#game').screenshot();
  await startLevel(page);
  await stepFrames(page, 5);
  const before = await page.evaluate(() => ({ x: window.__analogDreams!.world()!.mira.x, y: window.__analogDreams!.world()!.mira.y }));
  await page.keyboard.down('c');
  await page.keyboard.down('ArrowRight');
  await stepFrames(page, 40);
  const looking = await page.locator('#game').screenshot({ path: `${SCREENSHOTS}/look-ahead.png` });
  const during = await page.evaluate(() => ({ x: window.__analogDreams!.world()!.mira.x, y: window.__analogDreams!.world()!.mira.y }));
  await page.keyboard.up('ArrowRight');
  await page.keyboard.up('c');
  expect(during).toEqual(before);
  expect(looking.equals(still)).toBe(false);
  expect(errors).toEqual([]);
});

test('M turns the sound off and on, the pause overlay says which, and the choice outlives a reload', async ({ page }) => {
  const errors = await openGame(page);
  await startLevel(page);
  await page.keyboard.press('Escape');
  await stepFrames(page, 1);
  expect(await screenText(page)).toContain('Sound is on (M turns it off)');
  await page.keyboard.press('m');
  await stepFrames(page, 1);
  expect(await screenText(page)).toContain('Sound is off (M turns it on)');

  await page.reload();
  await page.waitForFunction(() => window.__analogDreams !== undefined, undefined, { timeout: 30_000 });
  await startLevel(page);
  await page.keyboard.press('Escape');
  await stepFrames(page, 1);
  expect(await screenText(page)).toContain('Sound is off (M turns it on)');
  await page.keyboard.press('m');
  await stepFrames(page, 1);
  expect(await screenText(page)).toContain('Sound is on (M turns it off)');
  expect(errors).toEqual([]);
});

test('finishing the level shows the time; Enter from the result starts a fresh run', async ({ page }) => {
  const decoded = decodeReplay(readFileSync('tests/golden/night-escape.replay.json', 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const replay = decoded.value;
  // By name: the title's first chapter is the bedroom now, and this replay is the night escape's.
  const errors = await openChapter(page, 'night-escape');
  // Hashes of an untouched run for its first ticks: what "fresh" must match after the result screen.
  const freshHashes: (string | null)[] = [];
  for (let tick = 0; tick < 4; tick += 1) {
    freshHashes.push(await page.evaluate(() => window.__analogDreams!.hash()));
    await stepFrames(page, 1);
  }

  // Space (run) goes down in the level and stays down through the exit, as a runner's would.
  await page.keyboard.down(' ');
  const outcome = await page.evaluate(
    (frames) => window.__analogDreams!.playReplay(frames, { moveOnWhenFinished: true }),
    [...replay.inputs],
  );
  expect(outcome.finishTick).toBe(replay.finishTick);
  // The moment of escape is said at once, over the level.
  const time = formatTicks(replay.finishTick ?? 0);
  expect(await screenText(page)).toContain(`Out under the stars\n${time}`);
  await page.screenshot({ path: `${SCREENSHOTS}/escaped.png` });
  // The level lingers a moment on Mira at the exit, then moves on: one second of frames is enough.
  await stepFrames(page, 60);
  expect(await page.evaluate(() => window.__analogDreams!.scene())).toBe('result');
  const shown = await screenText(page);
  expect(shown).toContain(time);
  expect(shown).toContain(`${replay.finishTick} ticks`);
  expect(shown).toContain('First time through: this is your best time');
  await page.screenshot({ path: `${SCREENSHOTS}/result.png` });

  // The held Space's repeats must not skip the result screen.
  await page.keyboard.down(' ');
  await page.keyboard.down(' ');
  await stepFrames(page, 3);
  expect(await page.evaluate(() => window.__analogDreams!.scene())).toBe('result');
  await page.keyboard.up(' ');

  await page.keyboard.press('Enter');
  await stepFrames(page, 2);
  expect(await page.evaluate(() => window.__analogDreams!.scene())).toBe('level');
  const fresh = await page.evaluate(() => {
    const world = window.__analogDreams!.world()!;
    return { tick: world.tick, status: world.status, finishTick: world.finishTick, catches: world.catches, hash: window.__analogDreams!.hash() };
  });
  expect(fresh.status).toBe('playing');
  expect(fresh.finishTick).toBeNull();
  expect(fresh.catches).toBe(0);
  expect(fresh.tick).toBeLessThan(freshHashes.length);
  expect(fresh.hash).toBe(freshHashes[fresh.tick]);

  // The same time again is not a new best; the result says the best so far.
  await page.evaluate((frames) => window.__analogDreams!.playReplay(frames, { moveOnWhenFinished: true }), [...replay.inputs]);
  await stepFrames(page, 60);
  expect(await screenText(page)).toContain(`Best ${time}`);
  expect(errors).toEqual([]);
});

test('?map=night-escape goes straight to the level', async ({ page }) => {
  const errors = await openAt(page, '/?map=night-escape');
  await page.waitForFunction(() => window.__analogDreams!.ready(), undefined, { timeout: 30_000 });
  const started = await page.evaluate(() => window.__analogDreams!.startedScenes());
  expect(started).toContain('level');
  expect(started).not.toContain('title');
  expect(errors).toEqual([]);
});

test('?map=nope shows the problems screen listing the maps that exist, and Esc leaves it', async ({ page }) => {
  const errors = await openAt(page, '/?map=nope');
  await waitForScene(page, 'problems');
  const [problem, ...others] = await problems(page);
  expect(others).toEqual([]);
  expect(problem!.place).toBe('?map=nope');
  expect(problem!.message).toContain('Maps in this build: bedroom, dream-space, hidden-door, night-escape');
  await page.screenshot({ path: `${SCREENSHOTS}/unknown-map.png` });
  // Esc leads out of the dead end to the title.
  await page.keyboard.press('Escape');
  await waitForScene(page, 'title');
  expect(await page.evaluate(() => window.__analogDreams!.chapter())).toBe('');
  expect(errors).toEqual([]);
});
