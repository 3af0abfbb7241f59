// The night escape's routes, played with the chapter's story (the scenes are skipped in the inputs, as a
// runner skips them). Both gather two children, sneak into the sanctuary unseen (the ring fills only
// then) and race the slipping dream along the river of stars to the Hill gate, which opens only after the
// merge. The golden run talks to Niko and goes through the depot and the park's maintenance gate; the
// lane route leaves the yard by the lane past the avenue's Enforcer; the toss route throws a marble from the
// lane's mouth so that Enforcer walks off to look at it while the group crosses to the park. Re-recorded
// for chapter 4 (rules 10): the golden went from 1011 ticks (which waited 216 idle ticks on the river under
// a 40 s dream) to 792, the second route from 1168 (all three children) to 810; the toss route is new (924,
// in at the Hill gate the tick its dream begins to slip). None can wait out a 14 s dream.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeReplay } from '../../src/run/replay.ts';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { SimEvent, World } from '../../src/sim/types.ts';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';

async function play(file: string): Promise<{ events: SimEvent[]; world: World; ticksAt: (type: SimEvent['type']) => number[] }> {
  const { level, scenes } = await loadMapFromDisk('maps/night-escape.tmj');
  const decoded = decodeReplay(readFileSync(`tests/golden/${file}`, 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const world = createWorld(level, { seed: decoded.value.seed, scenes });
  const events: SimEvent[] = [];
  const ticks = new Map<SimEvent['type'], number[]>();
  for (const frame of decoded.value.inputs) {
    for (const event of step(world, frame)) {
      events.push(event);
      ticks.set(event.type, [...(ticks.get(event.type) ?? []), world.tick]);
    }
  }
  return { events, world, ticksAt: (type) => ticks.get(type) ?? [] };
}

const DREAM_TICKS = 14 * 60;

describe('night escape routes', () => {
  it('the golden run talks to Niko, goes through the depot, wakes Tomas and Ayla, merges, and reaches the Hill gate before the dream slips, never caught', async () => {
    const { events, world, ticksAt } = await play('night-escape.replay.json');
    expect(events).toContainEqual(expect.objectContaining({ type: 'scene-opened', knot: 'niko' }));
    expect(world.flags.niko_helped).toBe(1);
    expect(world.children.filter((child) => child.mode === 'following').map((child) => child.name).sort()).toEqual(['Ayla', 'Tomas']);
    expect(events).toContainEqual({ type: 'dream-started', circle: 0 });
    expect(world.flags.dream_merged).toBe(1);
    expect(world.status).toBe('finished');
    expect(world.finishTick).toBe(792);
    expect(world.catches).toBe(0);
    // It reached the sanctuary unseen (the ring fills only so) and was chased only on the river road,
    // where no Enforcer may follow; the finish comes inside the dream's 14 seconds, before it slips away.
    const dreamAt = ticksAt('dream-started')[0]!;
    const firstChase = events.findIndex((event) => event.type === 'state' && event.to === 'chase');
    expect(events.findIndex((event) => event.type === 'dream-started')).toBeLessThan(firstChase);
    expect(world.dream.stage).toBe('dreaming');
    expect(world.finishTick! - dreamAt).toBeLessThan(DREAM_TICKS);
    // Named splits, in order: the avenue crossing, then the sanctuary.
    expect(ticksAt('checkpoint')).toHaveLength(2);
  });

  it('the lane route leaves Niko be, wakes Tomas and Pip, and crosses the avenue behind its Enforcer', async () => {
    const { events, world } = await play('night-escape-lane.replay.json');
    expect(events.some((event) => event.type === 'scene-opened' && event.knot === 'niko')).toBe(false);
    expect(world.flags.niko_helped ?? 0).toBe(0);
    expect(world.children.filter((child) => child.mode === 'following').map((child) => child.name).sort()).toEqual(['Pip', 'Tomas']);
    expect(events).toContainEqual({ type: 'dream-started', circle: 0 });
    expect(world.status).toBe('finished');
    expect(world.finishTick).toBe(810);
    expect(world.catches).toBe(0);
  });

  it('the toss route draws the avenue Enforcer to a marble on the avenue and crosses to the park while he looks at it', async () => {
    const { events, world, ticksAt } = await play('night-escape-toss.replay.json');
    const avenue = world.enforcers.find((enforcer) => enforcer.name === 'Enforcer Avenue')!;
    const landed = events.find((event) => event.type === 'marble-landed');
    expect(landed).toBeDefined();
    const landedAt = ticksAt('marble-landed')[0]!;
    // The click sends him to look the very tick it lands, before the group has left the lane.
    expect(events).toContainEqual({ type: 'state', enforcerId: avenue.id, from: 'patrol', to: 'investigate' });
    const crossed = ticksAt('checkpoint')[0]!;
    expect(crossed).toBeGreaterThan(landedAt);
    expect(events.findIndex((event) => event.type === 'dream-started')).toBeLessThan(events.findIndex((event) => event.type === 'state' && event.to === 'chase'));
    expect(world.status).toBe('finished');
    expect(world.finishTick).toBe(924);
    expect(world.catches).toBe(0);
  });
});
