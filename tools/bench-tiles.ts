// Benchmarks of tiles that change mid-run (bench.ts runs them). A generated 256x256 world with 64
// patrolling Enforcers; each sample is one tick in which 1,000 cells change, so it includes applying the
// changes, relabelling what they can split or join, asking again for paths across them and the rest
// of the tick. For scale, `tiles/navigation-build-256` builds the same navigation from scratch.
import { createWorld } from '../src/sim/create-world.ts';
import { createNavigationFromGrid } from '../src/sim/navigation.ts';
import { step } from '../src/sim/step.ts';
import { NO_INPUT, type TileChange } from '../src/sim/types.ts';
import { layerIndex, requestTileChanges } from '../src/sim/world-tiles.ts';
import { generateGrid, generator, stressLevel } from './generated-level.ts';

const SIZE = 256;
const CHANGED_CELLS = 1000;

type Time = (action: () => void) => number;

/** `warmUps` change ticks run before timing: the first few dozen run before the JIT has compiled the change path. */
export function tileChangeTicks(time: Time, counts: { readonly runs: number; readonly warmUps: number }): number[] {
  const { runs, warmUps } = counts;
  const world = createWorld(stressLevel({ size: SIZE, enforcerCount: 64, seed: SIZE }), { seed: 1 });
  const walls = layerIndex(world.tiles, 'walls');
  const random = generator(99);
  for (let tick = 0; tick < 120; tick += 1) step(world, NO_INPUT); // warm-up: Enforcers walking their paths
  const samples: number[] = [];
  for (let run = 0; run < warmUps + runs; run += 1) {
    // Inside the border, walls become floor and floor becomes wall: components split and join.
    const changes: TileChange[] = [];
    for (let index = 0; index < CHANGED_CELLS; index += 1) {
      const x = 1 + random(SIZE - 2);
      const y = 1 + random(SIZE - 2);
      const gid = world.tiles.layers[walls]!.gids[y * SIZE + x] === 0 ? 1 : 0;
      changes.push({ layer: walls, x, y, gid });
    }
    requestTileChanges(world, changes);
    const took = time(() => step(world, NO_INPUT));
    if (run >= warmUps) samples.push(took);
    // Quiet ticks between changes, so the re-asked paths are answered as in play.
    for (let tick = 0; tick < 3; tick += 1) step(world, NO_INPUT);
  }
  return samples;
}

export function navigationBuilds(time: Time, runs: number): number[] {
  const grid = generateGrid(SIZE, 0.25, SIZE);
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) samples.push(time(() => createNavigationFromGrid(grid, SIZE, SIZE)));
  return samples;
}
