// dream/cells-changed-frame-256: the frame in which thousands of cells take their dream form, in the
// browser on the test build. The dream's state is written through the hook's setters (as the rules would
// write it) so that every frame changes 4096 cells with a screenful rippling and blooming.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { openGame, stepFrames } from '../browser/hook.ts';
import { benchmark, iterations, reportRow } from './bench-row.ts';

/** Gids of the dream tiles in the yard's tileset (first gid 1): dream-moss is id 75, dream-bloom 76. */
const DREAM_MOSS = 76;
const DREAM_BLOOM = 77;

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

benchmark('dream/cells-changed-frame-256', async (page) => {
  const errors = await openGame(page);
  await page.goto('/?chapter=test-yard');
  await page.waitForFunction(() => window.__analogDreams?.ready() === true, undefined, { timeout: 30_000 });
  await page.evaluate((text) => { window.__analogDreams!.loadMapText(text, 'dream-256.tmj'); }, bigMapText());
  await page.waitForFunction(() => window.__analogDreams!.ready() && window.__analogDreams!.world()!.tiles.width === 256, undefined, { timeout: 60_000 });
  await page.evaluate(() => {
    window.__analogDreams!.stopLoop();
    window.__analogDreams!.startLevel();
  });
  await stepFrames(page, 30);
  const measured = await page.evaluate(({ moss, flowers, waves }) => {
    const hook = window.__analogDreams!;
    const results: ({ cells: number; rippling: number; blooming: number } & ReturnType<typeof hook.timedFrame>)[] = [];
    // Waves of 64x64 cells (4096 a tick) round Mira, the screen inside them rippling: into the dream, then
    // back (the fading's reverse wave), so every wave changes every one of its cells.
    for (let wave = 0; wave < waves; wave += 1) {
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
  }, { moss: DREAM_MOSS, flowers: DREAM_BLOOM, waves: iterations(13, 2) });
  const { results: figures, quiet } = measured;
  await page.locator('canvas').screenshot({ path: 'test-results/screenshots/dream-256-wave.png' });
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
  // Once a test's "under 8 ms": the row's budget.
  reportRow('dream/cells-changed-frame-256', ours, {
    budget: 8,
    extra: {
      cells: 4096, redraw: median(later.map((figure) => figure.redraw)), render: median(later.map((figure) => figure.render)),
      wholeFrame: median(later.map((figure) => figure.frame)),
      quietFrame: median(quiet.map((figure) => figure.frame)), quietRender: median(quiet.map((figure) => figure.render)),
    },
  });
  expect(errors).toEqual([]);
});
