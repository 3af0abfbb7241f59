// What the player sees of the children and the dream. The state is written between ticks through the
// hook's test-only setters, as the rules would write it (the rules then run on from it), and the test
// reads what the view drew of it (and looks at the screenshots).
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { stepFrames } from './hook.ts';

const SHOTS = 'test-results/screenshots';
/** The yard's circle (tests/fixtures/maps/test-yard.tmj): an ellipse of 64x48 px at 120,16. */
const CIRCLE_MIDDLE = { x: 152, y: 40 };
/** Gids of the dream tiles in the yard's tileset (first gid 1): dream-moss is id 75, dream-bloom 76. */
const DREAM_MOSS = 76;
const DREAM_BLOOM = 77;

async function openYard(page: Page): Promise<string[]> {
  const errors = await openPage(page, '/?chapter=test-yard');
  await page.evaluate(() => {
    window.__analogDreams!.stopLoop();
    window.__analogDreams!.startLevel();
  });
  return errors;
}

/** The page with the level playing, its loop still running (a dropped map needs frames to load). */
async function openPage(page: Page, url: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('GPU stall due to ReadPixels')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  await page.waitForFunction(() => window.__analogDreams?.ready() === true, undefined, { timeout: 30_000 });
  return errors;
}

const screenText = (page: Page): Promise<string[]> => page.evaluate(() => window.__analogDreams!.screenText());

test('children are drawn by look, asleep with a z, waiting ones marked, and the HUD counts who follows', async ({ page }) => {
  const errors = await openYard(page);
  await stepFrames(page, 1);
  const asleep = await page.evaluate(() => window.__analogDreams!.dreamView()!.children);
  expect(asleep.map((child) => [child.frame, child.mark])).toEqual([
    ['child0-asleep', 'sleep'], ['child1-asleep', 'sleep'], ['child2-asleep', 'sleep'], ['child3-asleep', 'sleep'],
  ]);
  expect(await screenText(page)).toContain('children 0/4 following');
  await page.locator('canvas').screenshot({ path: `${SHOTS}/children-asleep.png` });

  // Leo and Kai follow beside Mira, Ada waits where she was told, Noor still sleeps.
  await page.evaluate(() => {
    window.__analogDreams!.setMira({ x: 56, y: 104 });
    window.__analogDreams!.setChildren([
      { id: 5, mode: 'following', x: 40, y: 104, facingX: 1, facingY: 0 },
      { id: 6, mode: 'waiting', x: 88, y: 88 },
      { id: 8, mode: 'following', x: 72, y: 120, facingX: 0, facingY: -1 },
    ]);
  });
  await stepFrames(page, 2);
  const drawn = await page.evaluate(() => window.__analogDreams!.dreamView()!.children);
  expect(drawn.map((child) => [child.id, child.frame, child.mark])).toEqual([
    [5, 'child0-right-0', null],
    [6, 'child1-down-0', 'wait'],
    [7, 'child2-asleep', 'sleep'],
    [8, 'child3-up-0', null],
  ]);
  expect(await screenText(page)).toContain('children 2/4 following · 1 waiting');
  // Next to the group, Interact orders it: the prompt over Mira says so.
  expect(await screenText(page)).toContain('E: wait here');
  await page.locator('canvas').screenshot({ path: `${SHOTS}/children-following.png` });

  // Beside a sleeping child, waking it comes first.
  await page.evaluate(() => { window.__analogDreams!.setMira({ x: 232, y: 108 }); });
  await stepFrames(page, 1);
  expect(await screenText(page)).toContain('E: wake Noor');
  expect(errors).toEqual([]);
});

test('the circle glows once enough children follow inside, and the ring fills from ringTicks', async ({ page }) => {
  const errors = await openYard(page);
  await page.evaluate((middle) => {
    window.__analogDreams!.setMira(middle);
    window.__analogDreams!.setChildren([{ id: 5, mode: 'following', x: middle.x - 14, y: middle.y + 4 }]);
  }, CIRCLE_MIDDLE);
  await stepFrames(page, 1);
  let view = await page.evaluate(() => window.__analogDreams!.dreamView()!);
  expect(view.circles).toEqual({ circles: ['faint'], ring: 0 });
  expect(await screenText(page)).toContain('Hold F: dream together — needs 2 children');
  await page.locator('canvas').screenshot({ path: `${SHOTS}/circle-not-ready.png` });

  // Dream held (the rules fill the ring a tick while it is held in a ready circle): from 30 ticks, 31.
  // (A key pressed reaches the rules from the frame after: one frame with F down first.)
  await page.evaluate((middle) => {
    window.__analogDreams!.setChildren([{ id: 6, mode: 'following', x: middle.x + 14, y: middle.y + 4 }]);
  }, CIRCLE_MIDDLE);
  await page.keyboard.down('f');
  await stepFrames(page, 1);
  await page.evaluate(() => {
    // Being seen interrupts the ring: the yard's Enforcer is turned to the wall for these two ticks.
    for (const enforcer of window.__analogDreams!.world()!.enforcers) {
      enforcer.facingX = 0;
      enforcer.facingY = -128;
      enforcer.seesMira = false;
    }
    window.__analogDreams!.setDreamState({ circle: 0, ringTicks: 30 });
  });
  await stepFrames(page, 1);
  view = await page.evaluate(() => window.__analogDreams!.dreamView()!);
  expect(view.circles.circles).toEqual(['ready']);
  expect(view.circles.ring).toBeCloseTo(31 / 60, 5);
  expect(await screenText(page)).toContain('Hold F: dream together');
  await page.locator('canvas').screenshot({ path: `${SHOTS}/ring-half.png` });

  // Let go before it is full: the ring empties.
  await page.keyboard.up('f');
  await stepFrames(page, 1);
  expect((await page.evaluate(() => window.__analogDreams!.dreamView()!)).circles.ring).toBe(0);

  // Dreaming: the circle glows as the source, the meter shows on the HUD.
  await page.evaluate(() => { window.__analogDreams!.setDreamState({ stage: 'dreaming', circle: 0, phase: 0, meter: 7500 }); });
  await stepFrames(page, 1);
  view = await page.evaluate(() => window.__analogDreams!.dreamView()!);
  expect(view.circles.circles).toEqual(['dreaming']);
  // The rules keep the meter (from how much of the dream has drained, not the value written): the HUD shows theirs.
  const meter = await page.evaluate(() => window.__analogDreams!.world()!.dream.meter / 10_000);
  expect(meter).toBeGreaterThan(0.9);
  expect(view.hud.meter).toBeCloseTo(meter, 5);
  expect(await screenText(page)).toContain('dreaming together');
  expect(errors).toEqual([]);
});

test('cells ripple before their change and bloom into their dream form; reduced motion is a still highlight, remembered', async ({ page }) => {
  const errors = await openYard(page);
  expect(await page.evaluate(() => window.__analogDreams!.reducedMotion())).toBe(false);
  // A wave from the circle: cells nearer change sooner, all within the ripple's 60 ticks.
  await page.evaluate(() => {
    const changeAt = [];
    for (let y = 1; y <= 8; y += 1) for (let x = 1; x <= 14; x += 1) changeAt.push({ x, y, inTicks: 10 + Math.abs(x - 9) * 4 + Math.abs(y - 2) * 4 });
    window.__analogDreams!.setDreamState({ stage: 'dreaming', circle: 0, phase: 0, meter: 10000, changeAt });
  });
  await stepFrames(page, 1);
  const first = await page.evaluate(() => window.__analogDreams!.dreamView()!.cells);
  await stepFrames(page, 4);
  const later = await page.evaluate(() => window.__analogDreams!.dreamView()!.cells);
  expect(first.mode).toBe('animated');
  expect(first.rippling).toBeGreaterThan(50);
  expect(later.front).toBeGreaterThan(0);
  // Animated: the shimmer changes from frame to frame.
  expect(later.firstAlpha).not.toBe(first.firstAlpha);
  await page.locator('canvas').screenshot({ path: `${SHOTS}/dream-ripple.png` });

  // The cells nearest the circle bloom into dream moss and flowers.
  const bloom = async (): Promise<number> => {
    await page.evaluate(({ moss, flowers }) => {
      const dreamed = [];
      for (let y = 1; y <= 4; y += 1) {
        for (let x = 7; x <= 12; x += 1) dreamed.push({ x, y, value: 1 as const, tile: { layer: 0, x, y, gid: (x + y) % 3 === 0 ? flowers : moss } });
      }
      window.__analogDreams!.setDreamState({ dreamed });
    }, { moss: DREAM_MOSS, flowers: DREAM_BLOOM });
    await stepFrames(page, 3);
    return page.evaluate(() => window.__analogDreams!.dreamView()!.cells.blooming);
  };
  expect(await bloom()).toBe(24);
  expect(await page.evaluate(() => window.__analogDreams!.drawnTile('ground', 8, 2))).toBe(DREAM_MOSS);
  await page.locator('canvas').screenshot({ path: `${SHOTS}/dream-bloom.png` });

  // N: reduced motion. The ripple becomes a still outline, the same from frame to frame.
  await page.keyboard.press('n');
  await stepFrames(page, 1);
  const still = await page.evaluate(() => window.__analogDreams!.dreamView()!);
  await stepFrames(page, 3);
  const stillLater = await page.evaluate(() => window.__analogDreams!.dreamView()!.cells);
  expect(still.reducedMotion).toBe(true);
  expect(still.cells.mode).toBe('static');
  expect(still.cells.rippling).toBeGreaterThan(0);
  expect(stillLater.firstAlpha).toBe(still.cells.firstAlpha);
  await page.locator('canvas').screenshot({ path: `${SHOTS}/dream-reduced-motion.png` });
  // A change is a plain swap: no bloom.
  await page.evaluate(() => { window.__analogDreams!.setDreamState({ dreamed: [{ x: 3, y: 6, value: 1, tile: { layer: 0, x: 3, y: 6, gid: 76 } }] }); });
  await stepFrames(page, 2);
  expect(await page.evaluate(() => window.__analogDreams!.dreamView()!.cells.blooming)).toBe(0);
  expect(await page.evaluate(() => window.__analogDreams!.drawnTile('ground', 3, 6))).toBe(DREAM_MOSS);

  // The pause overlay says so, and a new visit remembers it.
  await page.keyboard.press('Escape');
  await stepFrames(page, 2);
  expect((await screenText(page)).some((text) => text.includes('Motion is reduced: the dream swaps at once (N animates it)'))).toBe(true);
  await openYard(page);
  expect(await page.evaluate(() => window.__analogDreams!.reducedMotion())).toBe(true);
  expect(errors).toEqual([]);
});

test('N on the title turns reduced motion on, says so, and the level starts with it', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => window.__analogDreams?.scene() === 'title', undefined, { timeout: 30_000 });
  expect(await screenText(page)).toContain('Motion is full (N: reduced motion)');
  await page.keyboard.press('n');
  await page.waitForFunction(() => window.__analogDreams!.screenText().some((text) => text.startsWith('Reduced motion is on')));
  expect(await page.evaluate(() => window.__analogDreams!.reducedMotion())).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__analogDreams!.ready(), undefined, { timeout: 30_000 });
  await page.waitForFunction(() => window.__analogDreams!.dreamView()?.reducedMotion === true);
});

test("the browser's reduce-motion setting is the default until the player chooses", async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await openYard(page);
  expect(await page.evaluate(() => window.__analogDreams!.reducedMotion())).toBe(true);
  await context.close();
});

test('F (held) reaches the input frame as dream, for as long as it is held', async ({ page }) => {
  const errors = await openYard(page);
  await stepFrames(page, 1);
  expect(await page.evaluate(() => window.__analogDreams!.lastInput()?.dream)).toBe(false);
  await page.keyboard.down('f');
  await stepFrames(page, 3);
  expect(await page.evaluate(() => window.__analogDreams!.lastInput())).toMatchObject({ dream: true, interact: false });
  await page.keyboard.up('f');
  await stepFrames(page, 1);
  expect(await page.evaluate(() => window.__analogDreams!.lastInput()?.dream)).toBe(false);
  expect(errors).toEqual([]);
});

/** A 256x256 map on the yard's tileset: grass, a wall round it, Mira in the middle. */
function bigMapText(): string {
  const yard = JSON.parse(readFileSync('tests/fixtures/maps/test-yard.tmj', 'utf8')) as { tilesets: unknown[] };
  const size = 256;
  const ground = Array.from({ length: size * size }, (_, index) => 10 + ((index + Math.floor(index / size)) % 2));
  const walls = Array.from({ length: size * size }, (_, index) => {
    const x = index % size;
    const y = Math.floor(index / size);
    return x === 0 || y === 0 || x === size - 1 || y === size - 1 ? 23 : 0;
  });
  const dream = Array.from({ length: size * size }, (_, index) => (Math.abs((index % size) - 128) < 4 && Math.abs(Math.floor(index / size) - 128) < 4 ? DREAM_MOSS : 0));
  const layer = (id: number, name: string, data: number[]): object => ({ id, name, type: 'tilelayer', x: 0, y: 0, width: size, height: size, opacity: 1, visible: true, data });
  return JSON.stringify({
    type: 'map', version: '1.8', tiledversion: '1.8.2', orientation: 'orthogonal', renderorder: 'right-down', infinite: false,
    width: size, height: size, tilewidth: 16, tileheight: 16, nextlayerid: 5, nextobjectid: 4, compressionlevel: -1,
    layers: [
      layer(1, 'ground', ground),
      layer(2, 'walls', walls),
      // A dream and a circle, so the rules have one to run while the hook writes its state.
      layer(4, 'dream', dream),
      { id: 3, name: 'entities', type: 'objectgroup', draworder: 'topdown', opacity: 1, visible: true, x: 0, y: 0, objects: [
        { id: 1, name: 'Mira', type: 'Spawn', point: true, x: 2056, y: 2056, width: 0, height: 0, rotation: 0, visible: true },
        { id: 2, name: 'Gate', type: 'Exit', x: 3968, y: 32, width: 32, height: 32, rotation: 0, visible: true },
        { id: 3, name: 'Circle', type: 'DreamCircle', x: 2016, y: 2016, width: 80, height: 80, rotation: 0, visible: true, properties: [{ name: 'children', type: 'int', value: 0 }] },
      ] },
    ],
    tilesets: yard.tilesets,
  });
}

test('the frame in which thousands of cells take their dream form stays under 8 ms of JavaScript (256x256)', async ({ page }) => {
  const errors = await openPage(page, '/?chapter=test-yard');
  await page.evaluate((text) => { window.__analogDreams!.loadMapText(text, 'dream-256.tmj'); }, bigMapText());
  await page.waitForFunction(() => window.__analogDreams!.ready() && window.__analogDreams!.world()!.tiles.width === 256, undefined, { timeout: 60_000 });
  await page.evaluate(() => {
    window.__analogDreams!.stopLoop();
    window.__analogDreams!.startLevel();
  });
  await stepFrames(page, 30);
  const measured = await page.evaluate(({ moss, flowers }) => {
    const hook = window.__analogDreams!;
    const results: ({ cells: number; rippling: number; blooming: number } & ReturnType<typeof hook.timedFrame>)[] = [];
    // Waves of 64x64 cells (4096 a tick) round Mira, the screen inside them rippling: into the dream, then
    // back (the fading's reverse wave), so every wave changes every one of its cells.
    for (let wave = 0; wave < 13; wave += 1) {
      const dreamed = [];
      const changeAt = [];
      const into = wave % 2 === 0;
      for (let y = 96; y < 160; y += 1) {
        for (let x = 96; x < 160; x += 1) {
          const waking = 10 + ((x + y) % 2);
          const gid = into ? ((x * 7 + y) % 5 === 0 ? flowers : moss) : waking;
          dreamed.push({ x, y, value: into ? 1 as const : 0 as const, tile: { layer: 0, x, y, gid } });
          changeAt.push({ x, y, inTicks: 30 + ((x + y) % 20) });
        }
      }
      hook.setDreamState({ stage: into ? 'dreaming' : 'fading', circle: 0, phase: 0, meter: 9000, dreamed, changeAt });
      const timed = hook.timedFrame();
      const cells = hook.dreamView()!.cells;
      results.push({ cells: dreamed.length, ...timed, rippling: cells.rippling, blooming: cells.blooming });
      // A wave a third of a second after the last, as a spreading front gives them: its blooms are done.
      hook.stepFrames(20);
    }
    // For comparison: frames in which nothing changes and nothing of the dream shows.
    hook.setDreamState({ stage: 'waking', phase: -1, changeAt: [] });
    const quiet = Array.from({ length: 12 }, () => hook.timedFrame());
    return { results, quiet };
  }, { moss: DREAM_MOSS, flowers: DREAM_BLOOM });
  const { results: figures, quiet } = measured;
  for (const figure of figures) console.log(JSON.stringify({ name: 'dream/cells-changed-frame-256', unit: 'ms', ...figure }));
  await page.locator('canvas').screenshot({ path: `${SHOTS}/dream-256-wave.png` });
  expect(figures.every((figure) => figure.cells === 4096)).toBe(true);
  // The first wave also warms up (JIT, Phaser's first tiles of each index): the figures are the medians of
  // the twelve after it, each 4096 cells with a screenful rippling and blooming. The JavaScript this
  // game runs for the frame is the rules' step, the view's handling of the tick (the tilemap's redraw of
  // the changed cells) and the scene's draw; Phaser's render is timed apart: under software WebGL on a
  // busy machine it mostly waits for the GPU process (1 ms to 180 ms for the same picture).
  const median = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    return (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
  };
  const later = figures.slice(1);
  const ours = later.map((figure) => figure.step + figure.events + figure.draw);
  console.log(JSON.stringify({
    name: 'dream/cells-changed-frame-256-median', unit: 'ms', cells: 4096,
    gameJavaScript: median(ours), gameJavaScriptMax: Math.max(...ours),
    redraw: median(later.map((figure) => figure.redraw)), render: median(later.map((figure) => figure.render)),
    wholeFrame: median(later.map((figure) => figure.frame)),
    quietFrame: median(quiet.map((figure) => figure.frame)), quietRender: median(quiet.map((figure) => figure.render)),
  }));
  expect(median(ours)).toBeLessThan(8);
  expect(errors).toEqual([]);
});
