// dream/cells-changed-frame-256: the frame in which thousands of cells take their dream form, in the
// browser on the test build, played through the rules: on a 256x256 map Mira holds Dream in a circle; the
// dream paints a 64x64 block round her, with a wave wide enough to change the whole block in one tick, and
// lasts two seconds, so it comes and goes while she holds on: into the dream, back, and again. Each wave
// is one frame changing 4096 cells, the screen inside the block rippling for a second before, blooming then.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { NO_INPUT, type InputFrame } from '../../src/sim/index.ts';
import { openGame, stepFrames } from '../browser/hook.ts';
import { benchmark, iterations, reportRow } from './bench-row.ts';

/** Gids of the dream tiles in the yard's tileset (first gid 1): dream-moss is id 75, dream-bloom 76. */
const DREAM_MOSS = 76;
const DREAM_BLOOM = 77;
/** The block the dream paints: 64x64 cells round Mira (cell 128), every one of them within the wave's first tick. */
const BLOCK = { from: 96, to: 160 } as const;
const BLOCK_CELLS = (BLOCK.to - BLOCK.from) ** 2;
/** Ticks of Dream held in the circle before the first is timed: its ring fills in 60. */
const RING_TICKS = 60;
/** Ticks from one wave to the next (in Node: into the dream at 120, back at 243, in again at 363, ...). */
const TICKS_PER_WAVE = 122;

/** A 256x256 map on the yard's tileset: grass, a wall round it, Mira in the middle of a circle and the dream's block. */
function bigMapText(): string {
  const yard = JSON.parse(readFileSync('tests/fixtures/maps/test-yard.tmj', 'utf8')) as { tilesets: unknown[] };
  const size = 256;
  const ground = Array.from({ length: size * size }, (_, index) => 10 + ((index + Math.floor(index / size)) % 2));
  const walls = Array.from({ length: size * size }, (_, index) => {
    const x = index % size;
    const y = Math.floor(index / size);
    return x === 0 || y === 0 || x === size - 1 || y === size - 1 ? 23 : 0;
  });
  const inBlock = (index: number): boolean => {
    const x = index % size;
    const y = Math.floor(index / size);
    return x >= BLOCK.from && x < BLOCK.to && y >= BLOCK.from && y < BLOCK.to;
  };
  const dream = Array.from({ length: size * size }, (_, index) => (!inBlock(index) ? 0 : ((index % size) * 7 + Math.floor(index / size)) % 5 === 0 ? DREAM_BLOOM : DREAM_MOSS));
  const layer = (id: number, name: string, data: number[]): object => ({ id, name, type: 'tilelayer', x: 0, y: 0, width: size, height: size, opacity: 1, visible: true, data });
  const property = (name: string, type: string, value: number): object => ({ name, type, value });
  return JSON.stringify({
    type: 'map', version: '1.8', tiledversion: '1.8.2', orientation: 'orthogonal', renderorder: 'right-down', infinite: false,
    width: size, height: size, tilewidth: 16, tileheight: 16, nextlayerid: 5, nextobjectid: 4, compressionlevel: -1,
    // A dream of two seconds and a wave 64 tiles a tick: the whole block changes at once, there and back.
    properties: [property('dreamSeconds', 'float', 2), property('dreamWaveTiles', 'int', 64)],
    layers: [
      layer(1, 'ground', ground),
      layer(2, 'walls', walls),
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
  const waves = iterations(7, 2);
  // Dream held all along, Mira standing in the circle: the ring fills, the dream comes, goes, and comes again.
  const ticks = waves * TICKS_PER_WAVE + 10;
  const inputs = Array<InputFrame>(RING_TICKS + ticks).fill({ ...NO_INPUT, dream: true });
  const measured = await page.evaluate(({ frames, ring, count }) => {
    const hook = window.__analogDreams!;
    hook.playReplayLive(frames, { skipTicks: ring });
    const results: ({ cells: number; rippling: number; blooming: number } & ReturnType<typeof hook.timedFrame>)[] = [];
    const quiet: ReturnType<typeof hook.timedFrame>[] = [];
    // The layer's cells as last seen, kept in one array: a fresh copy of the 65,536 cells each frame made
    // 256 KB of garbage a frame, and the collections it caused landed in the timed frames as the game's.
    const shown = (): Uint32Array => hook.world()!.tiles.layers.find((entry) => entry.name === 'dream')!.gids;
    const before = shown().slice();
    for (let tick = 0; tick < count; tick += 1) {
      const timed = hook.timedFrame();
      const after = shown();
      let cells = 0;
      for (let index = 0; index < after.length; index += 1) if (after[index] !== before[index]) cells += 1;
      before.set(after);
      const drawn = hook.dreamView()!.cells;
      if (cells > 0) results.push({ cells, ...timed, rippling: drawn.rippling, blooming: drawn.blooming });
      // For comparison: frames in which nothing changes and nothing of the dream shows (waking, its blooms done).
      else if (drawn.rippling === 0 && drawn.blooming === 0) quiet.push(timed);
    }
    return { results, quiet };
  }, { frames: inputs, ring: RING_TICKS, count: ticks });
  const { results: figures, quiet } = measured;
  await page.locator('#game').screenshot({ path: 'test-results/screenshots/dream-256-wave.png' });
  // Played through the rules: each wave changed the whole block in one frame, blooming on screen.
  expect(figures.length).toBeGreaterThanOrEqual(waves);
  expect(figures.map((figure) => figure.cells)).toEqual(figures.map(() => BLOCK_CELLS));
  expect(figures.filter((figure) => figure.blooming === 0)).toEqual([]);
  // The first wave also warms up (JIT, Phaser's first tiles of each index): the figures are the medians of
  // the waves after it, each 4096 cells changed with the screen blooming. The JavaScript this
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
      cells: BLOCK_CELLS, waves: figures.length, rippling: median(later.map((figure) => figure.rippling)), blooming: median(later.map((figure) => figure.blooming)), redraw: median(later.map((figure) => figure.redraw)), render: median(later.map((figure) => figure.render)),
      wholeFrame: median(later.map((figure) => figure.frame)),
      quietFrame: median(quiet.map((figure) => figure.frame)), quietRender: median(quiet.map((figure) => figure.render)),
    },
  });
  expect(errors).toEqual([]);
});
