// The night escape's routes. The golden run gathers two children, dreams in the park clearing, and
// crosses the river of stars the dream lays over the north road, which the gate's Enforcer cannot cross;
// a second gathers all three. While the town is awake the gate's Enforcer sees anyone who comes by:
// record-golden finds no unseen waking route, nor a runner's that is never caught.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeReplay } from '../../src/run/replay.ts';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { SimEvent, World } from '../../src/sim/types.ts';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';

async function play(file: string): Promise<{ events: SimEvent[]; world: World }> {
  const { level } = await loadMapFromDisk('maps/night-escape.tmj');
  const decoded = decodeReplay(readFileSync(`tests/golden/${file}`, 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const world = createWorld(level, { seed: decoded.value.seed });
  const events: SimEvent[] = [];
  for (const frame of decoded.value.inputs) events.push(...step(world, frame));
  return { events, world };
}

describe('night escape routes', () => {
  it('the golden run wakes two children, dreams, and reaches the sanctuary with them, never caught', async () => {
    const { events, world } = await play('night-escape.replay.json');
    expect(events.filter((event) => event.type === 'child-joined')).toHaveLength(2);
    expect(events).toContainEqual({ type: 'dream-started', circle: 0 });
    expect(world.status).toBe('finished');
    expect(world.catches).toBe(0);
    expect(world.dream.stage).toBe('dreaming');
    // The river of stars moved the gate's Enforcer off the road: it stands where it cannot reach the gate.
    const gate = world.enforcers.find((enforcer) => enforcer.name === 'Enforcer Gate')!;
    expect(world.tiles.enforcerSolid[Math.floor(gate.y / world.tiles.span) * world.tiles.width + Math.floor(gate.x / world.tiles.span)]).toBe(0);
    expect(Math.floor(gate.y / world.tiles.span)).toBeGreaterThan(7);
    expect(world.children.filter((child) => child.mode === 'following')).toHaveLength(2);
  });

  it('a second route wakes all three children, Noor in the park corner too, and dreams with them', async () => {
    const { events, world } = await play('night-escape-all-three.replay.json');
    expect(events.filter((event) => event.type === 'child-joined')).toHaveLength(3);
    expect(events).toContainEqual({ type: 'dream-started', circle: 0 });
    expect(world.catches).toBe(0);
    expect(world.status).toBe('finished');
    expect(world.children.filter((child) => child.mode === 'following')).toHaveLength(3);
  });
});
