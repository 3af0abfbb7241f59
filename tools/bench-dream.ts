// The dream's benchmark (bench.ts runs it): `tick/dream-wave-256-64`, a wave over a whole generated
// 256x256 map with 64 patrolling Enforcers. Two walls in three dream into vines (closed to Enforcers,
// no flip for their grid), the third into open dream ground, and one open cell in nine into a river of
// stars: cells open and close for the Enforcers all along the front, so they re-plan as it passes. Each
// sample is one tick from the dream's start until the wave has passed every cell.
import type { DreamDefinition } from '../src/level/dream-definition.ts';
import { NO_STORY_ACTION, type LevelDefinition } from '../src/level/level-definition.ts';
import { createWorld } from '../src/sim/create-world.ts';
import { navigationFor } from '../src/sim/navigation.ts';
import { step } from '../src/sim/step.ts';
import { DREAM_RIPPLE_TICKS, NO_INPUT, type World } from '../src/sim/types.ts';
import { generator, stressLevel } from './generated-level.ts';

const SIZE = 256;
const GID = { wall: 1, vine: 2, stars: 3, dreamGround: 4 } as const;

type Time = (action: () => void) => number;

function dreamLevel(): LevelDefinition {
  const base = stressLevel({ size: SIZE, enforcerCount: 64, seed: SIZE });
  const walls = base.tileLayers[0]!.gids;
  const painted = new Uint32Array(SIZE * SIZE);
  const random = generator(4242);
  for (let index = 0; index < painted.length; index += 1) {
    const x = index % SIZE;
    const y = Math.floor(index / SIZE);
    if (x === 0 || y === 0 || x === SIZE - 1 || y === SIZE - 1) continue;
    if (walls[index] === GID.wall) painted[index] = random(3) === 0 ? GID.dreamGround : GID.vine;
    else if (random(9) === 0) painted[index] = GID.stars;
  }
  const dream: DreamDefinition = { layer: 2, phases: [{ name: 'bench', painted }], ruleMaps: [], rulesFile: null, meterTicks: 1_000_000, phaseTicks: 600, waveTiles: 2 };
  const spawn = base.spawn;
  return {
    ...base,
    tileLayers: [
      { name: 'ground', above: false, blocksByDefault: false, gids: new Uint32Array(SIZE * SIZE) },
      base.tileLayers[0]!,
      { name: 'dream', above: false, blocksByDefault: false, gids: new Uint32Array(SIZE * SIZE) },
    ],
    tileBehaviours: new Map([
      [GID.vine, { collides: false, opaque: false, enforcerBlocks: true }],
      [GID.stars, { collides: false, opaque: false, enforcerBlocks: true }],
      [GID.dreamGround, { collides: false, opaque: false }],
    ]),
    dreamCircles: [{ id: 1, name: 'Bench circle', ...NO_STORY_ACTION, area: { x: spawn.x - 24, y: spawn.y - 24, width: 48, height: 48 }, round: true, children: 0 }],
    dream,
  };
}

/** Holds Dream until the ring fills (an Enforcer passing by may interrupt it); false if it never does. */
function startDream(world: World): boolean {
  for (let tick = 0; tick < 3000 && world.dream.stage === 'waking'; tick += 1) step(world, { ...NO_INPUT, dream: true });
  return world.dream.stage === 'dreaming';
}

export function dreamWaveTicks(time: Time, waves: number): number[] | { skipped: string } {
  const level = dreamLevel();
  const samples: number[] = [];
  let replans = 0;
  // The first wave warms the JIT up and is not timed.
  for (let wave = 0; wave <= waves; wave += 1) {
    const world = createWorld(level, { seed: wave + 1 });
    for (let tick = 0; tick < 120; tick += 1) step(world, NO_INPUT); // Enforcers on their way
    if (!startDream(world)) return { skipped: 'the ring never filled: an Enforcer kept seeing Mira' };
    const navigation = navigationFor(world.tiles);
    const searchesBefore = navigation.searchCount;
    while (world.dream.pending > 0 || world.tick <= world.dream.waveTick + DREAM_RIPPLE_TICKS) {
      const took = time(() => step(world, NO_INPUT));
      if (wave > 0) samples.push(took);
    }
    if (wave > 0) replans += navigation.searchCount - searchesBefore;
  }
  console.log(JSON.stringify({ name: 'tick/dream-wave-256-64/figures', waves, ticks: samples.length, searches: replans }));
  return samples;
}
