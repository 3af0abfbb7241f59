import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { InputFrame, World } from '../../src/sim/types.ts';
import { hashWorld } from '../../src/sim/world-hash.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';
import { input } from '../scenario/input-script.ts';

const { level } = levelFromAscii(
  ['##########', '#S.......#', '#..##....#', '#........#', '#....#...#', '##########'],
  {
    enforcers: [
      { id: 3, start: [8, 1], route: [[8, 1], [8, 4], [2, 4]], routeMode: 'ping-pong', waitTicks: 20, sightRange: 48 },
      { id: 1, start: [2, 3], route: [[2, 3], [7, 3]], routeMode: 'loop', waitTicks: 5, sightRange: 48 },
    ],
  },
);

function scriptedInput(tick: number): InputFrame {
  const phase = Math.floor(tick / 40) % 4;
  return input({ moveX: phase === 0 ? 1 : phase === 2 ? -1 : 0, moveY: phase === 1 ? 1 : phase === 3 ? -1 : 0, run: tick % 100 < 30 });
}

function runHashes(ticks: number, change?: (tick: number, world: World) => void): string[] {
  const world = createWorld(level, { seed: 99 });
  const hashes: string[] = [];
  for (let tick = 0; tick < ticks; tick += 1) {
    change?.(tick, world);
    step(world, scriptedInput(tick));
    hashes.push(hashWorld(world));
  }
  return hashes;
}

describe('world hash', () => {
  it('is 8 hex digits', () => {
    expect(hashWorld(createWorld(level, { seed: 1 }))).toMatch(/^[0-9a-f]{8}$/);
  });

  it('is equal tick by tick for two identical runs', () => {
    expect(runHashes(600)).toEqual(runHashes(600));
  });

  it('differs after a change and stays different', () => {
    const base = runHashes(300);
    const nudged = runHashes(300, (tick, world) => {
      if (tick === 100) world.mira.x += 1;
    });
    expect(nudged.slice(0, 100)).toEqual(base.slice(0, 100));
    expect(nudged[100]).not.toBe(base[100]);
  });

  it('depends on the seed, and on each part of the state', () => {
    expect(hashWorld(createWorld(level, { seed: 1 }))).not.toBe(hashWorld(createWorld(level, { seed: 2 })));
    const changes: ((world: World) => void)[] = [
      (world) => (world.tick += 1),
      (world) => (world.catches += 1),
      (world) => (world.rngState += 1),
      (world) => (world.respawnPending = true),
      (world) => (world.mira.y += 1),
      (world) => (world.mira.facingX = -1),
      (world) => (world.mira.gait = 'run'),
      (world) => (world.enforcers[0]!.x += 1),
      (world) => (world.enforcers[0]!.facingY += 1),
      (world) => (world.enforcers[0]!.state = { name: 'return' }),
      (world) => (world.enforcers[0]!.detection += 1),
      (world) => (world.enforcers[1]!.routeIndex += 1),
      (world) => (world.enforcers[1]!.routeDirection = -1),
      (world) => {
        const state = world.enforcers[1]!.state;
        if (state.name === 'patrol') state.waitTicks += 1;
      },
      (world) => (world.enforcers[1]!.walk.retryTicks += 1),
      (world) => (world.enforcers[1]!.walk.pathTarget = { x: 1, y: 1 }),
      (world) => world.enforcers[1]!.walk.path.push({ x: 1, y: 1 }),
      (world) => (world.enforcers[1]!.walk.pathPending = true),
      (world) => (world.tiles.solid[12] = 1),
      (world) => (world.tiles.layers[0]!.gids[3] = 7),
      (world) => world.tiles.pendingChanges.push({ layer: 0, x: 1, y: 1, gid: 1 }),
      (world) => world.pathQueue.pending.push({ enforcerId: 1, tick: 0, fromX: 0, fromY: 0, toX: 1, toY: 1 }),
      (world) => (world.status = 'finished'),
    ];
    const fresh = hashWorld(createWorld(level, { seed: 1 }));
    for (const change of changes) {
      const world = createWorld(level, { seed: 1 });
      change(world);
      expect(hashWorld(world), change.toString()).not.toBe(fresh);
    }
  });
});
