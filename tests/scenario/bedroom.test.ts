// The bedroom chapter's beat, played by the rules on the shipped map with its ink: the three clues reveal
// the hidden door in front of Mira (the wardrobe's tiles become the passage and the Exit opens), and a
// Watcher who sees her (Niko, looking up from his desk) sends her back to her last Checkpoint, never chasing her.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/sim/step.ts';
import type { InputFrame, SimEvent, World } from '../../src/sim/types.ts';
import { NO_INPUT, SUBPIXELS_PER_PIXEL } from '../../src/sim/types.ts';
import { bedroom, standAt } from './bedroom-world.ts';

const INTERACT: InputFrame = { ...NO_INPUT, interact: true };
const UP: InputFrame = { ...NO_INPUT, moveY: -1 };

/** One tick, then any scene it opened played to its end by skipping (as a player skipping would). */
function play(world: World, frame: InputFrame): SimEvent[] {
  const events = step(world, frame);
  while (world.scene !== null) events.push(...step(world, { ...NO_INPUT, skip: true }));
  return events;
}

function wallGid(world: World, column: number, row: number): number {
  const walls = world.tiles.layers.findIndex((layer) => layer.name === 'walls');
  return world.tiles.layers[walls]!.gids[row * world.tiles.width + column]!;
}

const isSolid = (world: World, column: number, row: number): boolean => world.tiles.solid[row * world.tiles.width + column] === 1;

describe('the bedroom: the hidden door', () => {
  it('stays a wardrobe with one or two clues found, and opens in front of her with the third', async () => {
    const world = await bedroom();
    const wardrobe = wallGid(world, 35, 1);
    expect(isSolid(world, 35, 1) && isSolid(world, 36, 1) && isSolid(world, 35, 0)).toBe(true);

    // The draught first: found, but the door waits for what the storybook and the drawing tell her.
    standAt(world, 35, 2);
    const draught = play(world, INTERACT);
    expect(draught).toContainEqual(expect.objectContaining({ type: 'scene-opened', knot: 'draught' }));
    expect(world.flags.draught_found).toBe(1);
    for (let tick = 0; tick < 30; tick += 1) play(world, UP);
    expect(world.status).toBe('playing');
    expect(wallGid(world, 35, 1)).toBe(wardrobe);

    standAt(world, 12, 12);
    play(world, INTERACT);
    expect(world.flags.storybook_found).toBe(1);
    standAt(world, 17, 2);
    play(world, INTERACT);
    expect(world.flags.stars_drawing_found).toBe(1);
    // Found away from the wardrobe, the third clue opens nothing yet: the door opens where she can see it.
    expect(world.flags.hidden_door_open).toBe(0);

    standAt(world, 35, 3);
    // Stepping in, the spare room's own line plays first; the door's scene waits its turn, the next tick.
    const reveal = [...play(world, NO_INPUT), ...play(world, NO_INPUT)];
    expect(reveal).toContainEqual({ type: 'reveal', name: 'hidden-door' });
    expect(reveal).toContainEqual(expect.objectContaining({ type: 'scene-opened', knot: 'hidden_door' }));
    expect(world.flags.hidden_door_open).toBe(1);
    const changed = play(world, NO_INPUT).find((event) => event.type === 'tiles-changed');
    expect(changed).toBeDefined();
    const passage = wallGid(world, 35, 1);
    expect(passage).not.toBe(wardrobe);
    for (const [column, row] of [[35, 0], [36, 0], [35, 1], [36, 1]] as const) {
      expect(wallGid(world, column, row), `${column},${row}`).toBe(passage);
      expect(isSolid(world, column, row), `${column},${row}`).toBe(false);
    }

    // The Exit is the passage: stepping into it ends the chapter.
    for (let tick = 0; tick < 60 && world.status === 'playing'; tick += 1) play(world, UP);
    expect(world.status).toBe('finished');
  });
});

describe('the bedroom: back to bed', () => {
  it('sends her back to the last Checkpoint she reached when a Watcher sees her, and never chases', async () => {
    const world = await bedroom();
    const curtain = world.level.checkpoints.findIndex((checkpoint) => checkpoint.name === 'Curtain');
    expect(curtain).not.toBe(-1);
    standAt(world, 7, 10);
    expect(play(world, NO_INPUT)).toContainEqual({ type: 'checkpoint', index: curtain, name: 'Curtain' });

    // Behind Niko's desk, in front of him as he sits facing it, moving so nothing hides her.
    const niko = world.enforcers.find((enforcer) => world.level.enforcers.find((entry) => entry.id === enforcer.id)?.name === 'Niko');
    if (niko === undefined) throw new Error('no Niko');
    standAt(world, 13, 1);
    const events: SimEvent[] = [];
    for (let tick = 0; tick < 240 && !events.some((event) => event.type === 'sent-back'); tick += 1) {
      events.push(...play(world, { ...NO_INPUT, moveX: tick % 20 < 10 ? 1 : -1 }));
    }
    expect(events).toContainEqual({ type: 'sent-back', enforcerId: niko.id, checkpoint: curtain });
    expect(events.some((event) => event.type === 'state' && event.to === 'chase')).toBe(false);

    play(world, NO_INPUT);
    const spot = world.level.checkpoints[curtain]!;
    expect(world.mira.x).toBe((spot.x + spot.width / 2) * SUBPIXELS_PER_PIXEL);
    expect(world.mira.y).toBe((spot.y + spot.height / 2) * SUBPIXELS_PER_PIXEL);
    expect(world.catches).toBe(0);
    expect(world.status).toBe('playing');
  });
});
