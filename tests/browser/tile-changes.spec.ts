// Tiles that change in the rules are drawn changed: exactly the changed cells, and back after a restart.
// The change comes from the rules alone: the test yard's "pull the lever" Trigger (Interact at the spawn)
// reveals `reveal/yard-gate`, a wall on the cell east of Mira. Nothing outside `step` writes the tiles.
import { expect, test } from '@playwright/test';
import { openChapter, stepFrames } from './hook.ts';

test('a tile the rules change is drawn on the next frame, blocks Mira, and a restart draws it back', async ({ page }) => {
  const errors = await openChapter(page, 'test-yard');

  const setup = await page.evaluate(() => {
    const world = window.__analogDreams!.world()!;
    const { tiles } = world;
    const reveal = world.level.reveals.find((entry) => entry.name === 'yard-gate')!;
    const change = reveal.changes[0]!;
    const cell = { x: change.x, y: change.y };
    const layerName = tiles.layers[change.layer]!.name;
    const index = cell.y * tiles.width + cell.x;
    return { layerName, gid: change.gid, cell, solidBefore: tiles.solid[index], drawnBefore: window.__analogDreams!.drawnTile(layerName, cell.x, cell.y), miraCell: Math.floor(world.mira.x / tiles.span), miraX: world.mira.x };
  });
  expect(setup.solidBefore).toBe(0);
  expect(setup.drawnBefore).toBe(0);
  expect(setup.cell.x).toBe(setup.miraCell + 1);

  await page.keyboard.press('e');
  await stepFrames(page, 2);
  const changed = await page.evaluate(({ cell, layerName }) => {
    const world = window.__analogDreams!.world()!;
    const { tiles } = world;
    return { solid: tiles.solid[cell.y * tiles.width + cell.x], drawn: window.__analogDreams!.drawnTile(layerName, cell.x, cell.y), flag: world.flags.lever_pulled };
  }, setup);
  expect(changed).toEqual({ solid: 1, drawn: setup.gid & 0x0fffffff, flag: 1 });

  // Walking east, Mira stops at the new wall instead of walking through where it stands.
  await page.keyboard.down('ArrowRight');
  await stepFrames(page, 60);
  await page.keyboard.up('ArrowRight');
  const stopped = await page.evaluate(({ cell }) => {
    const world = window.__analogDreams!.world()!;
    return { miraX: world.mira.x, wallLeft: cell.x * world.tiles.span };
  }, setup);
  expect(stopped.miraX).toBeLessThan(stopped.wallLeft);
  // She walked up to it: she moved, so the wall (not standing still) is what stopped her.
  expect(stopped.miraX).toBeGreaterThan(setup.miraX);

  await page.keyboard.press('r');
  await stepFrames(page, 2);
  const restored = await page.evaluate(({ cell, layerName }) => {
    const world = window.__analogDreams!.world()!;
    const { tiles } = world;
    return { solid: tiles.solid[cell.y * tiles.width + cell.x], drawn: window.__analogDreams!.drawnTile(layerName, cell.x, cell.y), flag: world.flags.lever_pulled };
  }, setup);
  expect(restored).toEqual({ solid: 0, drawn: 0, flag: 0 });
  await page.locator('#game').screenshot({ path: 'test-results/screenshots/tile-restored.png' });
  expect(errors).toEqual([]);
});
