// The night escape's two kinds of route under the hunting rules: the careful runs stay unseen, the
// runner's run is seen and chased and still never caught (the fast way, by managing chases).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevelFromText } from '../../src/level/load-level.ts';
import { decodeReplay } from '../../src/run/replay.ts';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { SimEvent } from '../../src/sim/types.ts';

function play(file: string): { events: SimEvent[]; finishTick: number | null; catches: number } {
  const mapText = readFileSync('maps/night-escape.tmj', 'utf8');
  const loaded = loadLevelFromText(mapText, 'night-escape.tmj');
  if (!loaded.ok) throw new Error('map');
  const decoded = decodeReplay(readFileSync(`tests/golden/${file}`, 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const world = createWorld(loaded.value, { seed: decoded.value.seed });
  const events: SimEvent[] = [];
  for (const frame of decoded.value.inputs) events.push(...step(world, frame));
  return { events, finishTick: world.finishTick, catches: world.catches };
}

describe('night escape routes', () => {
  it('the runner is chased and radioed about, never caught, and finishes faster than the careful run', () => {
    const runner = play('night-escape-runner.replay.json');
    const careful = play('night-escape.replay.json');
    expect(runner.events.some((event) => event.type === 'state' && event.to === 'chase')).toBe(true);
    expect(runner.catches).toBe(0);
    expect(runner.finishTick!).toBeLessThan(careful.finishTick!);
    expect(careful.events.some((event) => event.type === 'state' && event.to === 'chase')).toBe(false);
  });

  it('the careful routes use the hunt’s ground: no chase on either', () => {
    const north = play('night-escape-north-road.replay.json');
    expect(north.events.some((event) => event.type === 'state' && event.to === 'chase')).toBe(false);
    expect(north.catches).toBe(0);
  });
});
