// Tiles that change in the rules are drawn changed: exactly the changed cells, and back after a restart.
import { expect, test } from '@playwright/test';
import { openGame, startLevel, stepFrames } from './hook.ts';

test('a tile the rules change is drawn on the next frame, blocks Mira, and a restart draws it back', async ({ page }) => {
  const errors = await openGame(page);
  await startLevel(page);

  // The floor cell just east of Mira's spawn, and a wall tile of the map's own walls layer to put there.
  const setup = await page.evaluate(() => {
    const world = window.__analogDreams!.world()!;
    const { tiles } = world;
    const walls = tiles.layers.findIndex((layer) => layer.name === 'walls');
    const wallGid = tiles.layers[walls]!.gids.find((gid) => gid !== 0)!;
    const span = tiles.span;
    const cell = { x: Math.floor(world.mira.x / span) + 1, y: Math.floor(world.mira.y / span) };
    const index = cell.y * tiles.width + cell.x;
    return { walls, wallGid, cell, miraX: world.mira.x, solidBefore: tiles.solid[index], drawnBefore: window.__analogDreams!.drawnTile('walls', cell.x, cell.y) };
  });
  expect(setup.solidBefore).toBe(0);
  expect(setup.drawnBefore).toBe(0);

  await page.evaluate(({ walls, wallGid, cell }) => {
    window.__analogDreams!.changeTiles([{ layer: walls, x: cell.x, y: cell.y, gid: wallGid }]);
  }, setup);
  await stepFrames(page, 1);
  const changed = await page.evaluate(({ cell }) => {
    const { tiles } = window.__analogDreams!.world()!;
    return { solid: tiles.solid[cell.y * tiles.width + cell.x], drawn: window.__analogDreams!.drawnTile('walls', cell.x, cell.y) };
  }, setup);
  expect(changed.solid).toBe(1);
  expect(changed.drawn).toBe(setup.wallGid & 0x0fffffff);

  // Walking east, Mira stops at the new wall instead of walking through where it stands.
  await page.keyboard.down('ArrowRight');
  await stepFrames(page, 60);
  await page.keyboard.up('ArrowRight');
  const stopped = await page.evaluate(({ cell }) => {
    const world = window.__analogDreams!.world()!;
    return { miraX: world.mira.x, wallLeft: cell.x * world.tiles.span };
  }, setup);
  // She did walk (a Mira who never moved would pass the check below), and stopped short of the wall.
  expect(stopped.miraX).toBeGreaterThan(setup.miraX);
  expect(stopped.miraX).toBeLessThan(stopped.wallLeft);

  await page.keyboard.press('r');
  await stepFrames(page, 2);
  const restored = await page.evaluate(({ cell }) => {
    const { tiles } = window.__analogDreams!.world()!;
    return { solid: tiles.solid[cell.y * tiles.width + cell.x], drawn: window.__analogDreams!.drawnTile('walls', cell.x, cell.y) };
  }, setup);
  expect(restored).toEqual({ solid: 0, drawn: 0 });
  await page.locator('canvas').screenshot({ path: 'test-results/screenshots/tile-restored.png' });
  expect(errors).toEqual([]);
});
