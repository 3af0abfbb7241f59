// The night escape's dream wave reached through the rules, for the browser tests of what the dream draws:
// its golden run's inputs into the dream, and when (and where on screen) the wave then changes a cell.
import { readFileSync } from 'node:fs';
import { decodeReplay } from '../../src/run/replay.ts';
import { runReplay } from '../../src/run/verify-replay.ts';
import { NO_INPUT, type InputFrame } from '../../src/sim/index.ts';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';

/** Cells either way of Mira that the 1280x720 view round her surely shows (zoomed 3x, the camera leading her a little). */
const SCREEN_REACH = { x: 8, y: 4 } as const;

/**
 * The night escape's golden run into the dream, worked out in Node: its inputs up to five ticks after the
 * dream begins, and how many ticks Mira then stands still before the wave changes its first cell on
 * screen (one of those cells, by the layer it changes).
 */
export async function nightEscapeWave(): Promise<{ prefix: InputFrame[]; ticksToChange: number; change: { layer: string; x: number; y: number } }> {
  const decoded = decodeReplay(readFileSync('tests/golden/night-escape.replay.json', 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const { level, scenes } = await loadMapFromDisk('maps/night-escape.tmj');
  let played = 0;
  let dreamsAt = -1;
  runReplay(level, decoded.value, { scenes, listener: { afterTick: (world) => {
    played += 1;
    if (dreamsAt === -1 && world.dream.stage === 'dreaming') dreamsAt = played;
  } } });
  if (dreamsAt === -1) throw new Error('the golden night-escape run no longer dreams');
  const prefix = decoded.value.inputs.slice(0, dreamsAt + 5);
  let ticks = 0;
  const result: { found: { ticksToChange: number; change: { layer: string; x: number; y: number } } | null } = { found: null };
  let shown: Uint32Array[] = [];
  runReplay(level, { ...decoded.value, inputs: [...prefix, ...Array<InputFrame>(120).fill(NO_INPUT)] }, { scenes, listener: { afterTick: (world, events) => {
    ticks += 1;
    const { tiles, dream } = world;
    for (const event of events) {
      if (ticks <= prefix.length || result.found !== null || event.type !== 'tiles-changed') continue;
      const miraX = Math.floor(world.mira.x / tiles.span);
      const miraY = Math.floor(world.mira.y / tiles.span);
      const onScreen = (candidate: { x: number; y: number }): boolean => Math.abs(candidate.x - miraX) <= SCREEN_REACH.x && Math.abs(candidate.y - miraY) <= SCREEN_REACH.y;
      const cell = event.cells.find((candidate) => dream.dreamed[candidate.y * tiles.width + candidate.x] === 1 && onScreen(candidate));
      if (cell === undefined) continue;
      const index = cell.y * tiles.width + cell.x;
      const layer = tiles.layers.find((entry, position) => entry.gids[index] !== shown[position]![index]);
      if (layer) result.found = { ticksToChange: ticks - prefix.length, change: { layer: layer.name, x: cell.x, y: cell.y } };
    }
    shown = tiles.layers.map((entry) => entry.gids.slice());
  } } });
  if (result.found === null) throw new Error('the dream in the golden night-escape run changes no cell while Mira stands still');
  return { prefix, ...result.found };
}
