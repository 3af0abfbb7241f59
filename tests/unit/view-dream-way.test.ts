// The trail of the way the dream opened, on the shipped night escape played by its golden inputs: none
// before the merge, then from the sanctuary the cells lead step by step to the Hill gate, mostly over the
// vines and the river of stars that no Enforcer can enter.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReplayInput } from '../../src/run/input-source.ts';
import { LevelSession } from '../../src/run/level-session.ts';
import { decodeReplay } from '../../src/run/replay.ts';
import type { World } from '../../src/sim/types.ts';
import { SUBPIXELS_PER_PIXEL } from '../../src/sim/types.ts';
import { applyPendingTileChanges, requestTileChanges } from '../../src/sim/world-tiles.ts';
import { DREAM_WAY_CELLS, dreamWay } from '../../src/view/renderers/dream-way.ts';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';

/** The night escape's golden run, played until `until` says stop (or its inputs run out). */
async function playNightEscape(until: (world: World) => boolean): Promise<World> {
  const decoded = decodeReplay(readFileSync('tests/golden/night-escape.replay.json', 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const { level, scenes } = await loadMapFromDisk('maps/night-escape.tmj');
  const session = new LevelSession({ level, seed: decoded.value.seed, input: new ReplayInput(decoded.value.inputs), timeSource: { now: () => 0 }, scenes });
  for (let input = 0; input < decoded.value.inputs.length && !until(session.world); input += 1) session.tick();
  return session.world;
}

function miraCell(world: World): { x: number; y: number } {
  const span = world.level.tileSize * SUBPIXELS_PER_PIXEL;
  return { x: Math.floor(world.mira.x / span), y: Math.floor(world.mira.y / span) };
}

describe('the way the dream opened', () => {
  it('shows nothing while the town is awake', async () => {
    const world = await playNightEscape((played) => played.tick >= 300);
    expect(world.dream.stage).toBe('waking');
    expect(dreamWay(world)).toEqual([]);
  });

  it('leads from the sanctuary to the Hill gate one step at a time, over the dream\'s own ways', async () => {
    // A second and a half into the dream: its wave has painted the vines and the river from the sanctuary out.
    let mergedAt = -1;
    const world = await playNightEscape((played) => {
      if (mergedAt === -1 && played.flags.dream_merged === 1) mergedAt = played.tick;
      return mergedAt !== -1 && played.scene === null && played.tick >= mergedAt + 90;
    });
    expect(world.dream.stage).toBe('dreaming');
    const shown = dreamWay(world);
    expect(shown).toHaveLength(DREAM_WAY_CELLS);
    // The whole way, followed to its end: every step to a neighbour, none through a wall, ending in the gate.
    const whole = dreamWay(world, 500);
    let at = miraCell(world);
    for (const cell of whole) {
      expect(Math.abs(cell.x - at.x) + Math.abs(cell.y - at.y)).toBe(1);
      expect(world.tiles.solid[cell.y * world.tiles.width + cell.x]).toBe(0);
      at = cell;
    }
    const exit = world.level.exit;
    const last = whole.at(-1)!;
    expect(last.x * 16 >= exit.x && last.x * 16 < exit.x + exit.width && last.y * 16 >= exit.y && last.y * 16 < exit.y + exit.height).toBe(true);
    const dreamOnly = whole.filter((cell) => world.tiles.enforcerSolid[cell.y * world.tiles.width + cell.x] === 1).length;
    expect(dreamOnly / whole.length).toBeGreaterThan(0.6);
  });

  it('goes round a cell walled off in the dream: the costs are worked out again when a tile changes', async () => {
    let mergedAt = -1;
    const world = await playNightEscape((played) => {
      if (mergedAt === -1 && played.flags.dream_merged === 1) mergedAt = played.tick;
      return mergedAt !== -1 && played.scene === null && played.tick >= mergedAt + 90;
    });
    const before = dreamWay(world);
    // The same question again with nothing changed is answered the same.
    expect(dreamWay(world)).toEqual(before);
    const blocked = before[2]!;
    const wallLayer = world.tiles.layers.findIndex((layer) => layer.name === 'walls');
    const wallGid = world.tiles.layers[wallLayer]!.gids.find((gid, index) => gid !== 0 && world.tiles.solid[index] === 1)!;
    requestTileChanges(world, [{ layer: wallLayer, x: blocked.x, y: blocked.y, gid: wallGid }]);
    applyPendingTileChanges(world);
    expect(world.tiles.solid[blocked.y * world.tiles.width + blocked.x]).toBe(1);
    const after = dreamWay(world);
    expect(after).not.toContainEqual(blocked);
    expect(after).toHaveLength(DREAM_WAY_CELLS);
  });
});
