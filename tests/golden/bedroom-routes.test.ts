// The bedroom's ways past Sam, who stares at Grandma's bookcase: the golden run tosses a marble from the
// curtain onto the rug and takes the storybook while he looks; the patient run waits behind the curtain
// for him to wander back to the kitchen; the kitchen run comes round through the kitchen door and the
// arch instead of the curtain. All three find the three clues, open the hidden door and are never sent back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeReplay } from '../../src/run/replay.ts';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { SimEvent, World } from '../../src/sim/types.ts';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';

async function play(file: string): Promise<{ events: SimEvent[]; world: World; name: (id: number) => string }> {
  const { level, scenes } = await loadMapFromDisk('maps/bedroom.tmj');
  const decoded = decodeReplay(readFileSync(`tests/golden/${file}`, 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const world = createWorld(level, { seed: decoded.value.seed, scenes });
  const events: SimEvent[] = [];
  for (const frame of decoded.value.inputs) events.push(...step(world, frame));
  const name = (id: number): string => level.enforcers.find((hunter) => hunter.id === id)?.name ?? '';
  return { events, world, name };
}

/** Whether the door over a cell was opened (the kitchen door stands at 26,10). */
const doorOpened = (world: World, events: readonly SimEvent[], cell: { readonly x: number; readonly y: number }): boolean => {
  const door = world.level.doors.find((entry) => entry.cells.some((each) => each.x === cell.x && each.y === cell.y));
  return door !== undefined && events.some((event) => event.type === 'door' && event.open && event.doorId === door.id);
};

describe('bedroom routes', () => {
  it.each(['bedroom.replay.json', 'bedroom-patient.replay.json', 'bedroom-kitchen.replay.json'])('%s finds the three clues and leaves by the hidden door, never sent back', async (file) => {
    const { events, world } = await play(file);
    expect(world.status).toBe('finished');
    expect(world.flags).toMatchObject({ storybook_found: 1, stars_drawing_found: 1, draught_found: 1, hidden_door_open: 1 });
    expect(events).toContainEqual({ type: 'reveal', name: 'hidden-door' });
    expect(events.some((event) => event.type === 'sent-back')).toBe(false);
  });

  it('the golden run sends Sam to look at a marble, and the patient one tosses none', async () => {
    const golden = await play('bedroom.replay.json');
    const landed = golden.events.findIndex((event) => event.type === 'marble-landed');
    expect(landed).not.toBe(-1);
    const heard = golden.events.slice(landed).find((event) => event.type === 'heard');
    expect(heard?.type === 'heard' && golden.name(heard.enforcerId)).toBe('Sam');
    const patient = await play('bedroom-patient.replay.json');
    expect(patient.events.some((event) => event.type === 'marble-tossed')).toBe(false);
  });

  it('the kitchen run opens the kitchen door and never passes the curtain on its way to the bookcase', async () => {
    const { events, world } = await play('bedroom-kitchen.replay.json');
    expect(doorOpened(world, events, { x: 26, y: 10 })).toBe(true);
    const storybook = events.findIndex((event) => event.type === 'clue' && world.level.clues.find((clue) => clue.id === event.clueId)?.name === 'Old storybook');
    expect(storybook).not.toBe(-1);
    const curtain = world.level.checkpoints.findIndex((checkpoint) => checkpoint.name === 'Curtain');
    expect(events.slice(0, storybook).some((event) => event.type === 'checkpoint' && event.index === curtain)).toBe(false);
  });
});
