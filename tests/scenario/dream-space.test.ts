// The analog dream space (maps/dream-space.tmj with its ink), played by the rules: Leo's conversation and
// the choices in it set the flags the map then reads (the painters' hatch opens only for the story that
// tells of it), a child's talk recruits it, and the first dream opens the star wall only with three children
// standing inside the ring.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { InputFrame, SimEvent, World } from '../../src/sim/types.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { layerIndex, tileCentre } from '../../src/sim/world-tiles.ts';
import { CHAPTERS } from '../../src/story/chapters.ts';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';
import { input, LEFT, UP } from './input-script.ts';

const INTERACT = input({ interact: true });
const SKIP = input({ skip: true });
const DREAM = input({ dream: true });
/** The star wall: two rows of painted plaster between the ring and the old stair. */
const STAR_WALL = [17, 18, 19, 20, 21].flatMap((x) => [3, 4].map((y) => ({ x, y })));

/** The chapter's world; `carried` are the flags the hidden door hands on (the relics Mira found there). */
async function chapterWorld(carried: Readonly<Record<string, number>> = {}): Promise<World> {
  const { level, scenes } = await loadMapFromDisk('maps/dream-space.tmj');
  const seed = CHAPTERS.find((row) => row.key === 'dream-space')!.seed;
  return createWorld(level, { seed, scenes, start: { flags: carried, followers: [] } });
}

/** Puts Mira on a tile (the walk between rooms is the golden run's business, not this test's). */
function standAt(world: World, x: number, y: number): void {
  const centre = tileCentre(world.tiles, { x, y });
  world.mira.x = centre.x;
  world.mira.y = centre.y;
}

function play(world: World, frames: readonly InputFrame[]): SimEvent[] {
  return frames.flatMap((frame) => step(world, frame));
}

/** Interact shows lines until a choice is offered (or the scene ends). */
function readToChoice(world: World): void {
  for (let line = 0; line < 100 && world.scene !== null && world.scene.display.choices.length === 0 && !world.scene.display.done; line += 1) step(world, INTERACT);
}

function childNamed(world: World, name: string) {
  const child = world.children.find((entry) => entry.name === name);
  if (child === undefined) throw new Error(`no child named ${name}`);
  return child;
}

/** Talks to Leo beside the campfire, taking his story and Mira's by option number, then closes the scene. */
function talkToLeo(world: World, choices: { readonly leo: number; readonly mira: number }): SimEvent[] {
  standAt(world, 21, 11);
  const events = play(world, [INTERACT]);
  readToChoice(world);
  events.push(...step(world, input({ choice: choices.leo })));
  readToChoice(world);
  events.push(...step(world, input({ choice: choices.mira })));
  readToChoice(world);
  while (world.scene !== null) events.push(...step(world, INTERACT));
  return events;
}

/** Wakes a child through its talk (skipped: the same world as watching), standing on a tile beside it. */
function wake(world: World, tile: { readonly x: number; readonly y: number }): SimEvent[] {
  standAt(world, tile.x, tile.y);
  const events = play(world, [INTERACT]);
  while (world.scene !== null) events.push(...step(world, SKIP));
  return events;
}

/** Against the painters' hatch from the den side, then Interact: what the door did. */
function tryTheHatch(world: World): SimEvent[] {
  standAt(world, 34, 20);
  play(world, [LEFT, LEFT]);
  return play(world, [INTERACT]);
}

/** Holds Dream in the ring, skipping the ring's scene, until the dream starts or `ticks` pass. */
function holdDream(world: World, ticks: number): SimEvent[] {
  const events: SimEvent[] = [];
  for (let tick = 0; tick < ticks && world.dream.stage === 'waking'; tick += 1) events.push(...step(world, world.scene === null ? DREAM : SKIP));
  return events;
}

describe('the analog dream space', () => {
  it('talking to Leo sets leo_met and the two stories chosen, and he joins when the talk ends', async () => {
    const world = await chapterWorld({ music_box_found: 1, photograph_found: 1 });
    const leo = childNamed(world, 'Leo');
    expect(leo.look).toBe(4);
    expect(world.flags).toMatchObject({ leo_met: 0, leo_story: 0, mira_story: 0 });
    const events = talkToLeo(world, { leo: 1, mira: 2 });
    expect(world.flags).toMatchObject({ leo_met: 1, leo_story: 2, mira_story: 3 });
    expect(events).toContainEqual({ type: 'child-joined', childId: leo.id });
    expect(leo.mode).toBe('following');
  });

  it('Mira offers to tell of a relic only if she found it in the hidden door', async () => {
    const choicesOffered = async (carried: Readonly<Record<string, number>>): Promise<readonly string[]> => {
      const world = await chapterWorld(carried);
      standAt(world, 21, 11);
      play(world, [INTERACT]);
      readToChoice(world);
      step(world, input({ choice: 0 }));
      readToChoice(world);
      return world.scene?.display.choices ?? [];
    };
    expect(await choicesOffered({})).toEqual(['Tell the old bedtime story']);
    expect(await choicesOffered({ music_box_found: 1 })).toEqual(['Tell the old bedtime story', 'Tell about the music box']);
    expect(await choicesOffered({ music_box_found: 1, photograph_found: 1 })).toHaveLength(3);
  });

  it('opens the painters\' hatch only for the story of who painted the stars', async () => {
    const told = await chapterWorld();
    talkToLeo(told, { leo: 0, mira: 0 });
    expect(told.flags.leo_story).toBe(1);
    expect(tryTheHatch(told)).toContainEqual({ type: 'door', doorId: told.level.doors[0]!.id, open: true });
    expect(told.doors[0]!.open).toBe(true);

    const other = await chapterWorld();
    talkToLeo(other, { leo: 2, mira: 0 });
    expect(other.flags.leo_story).toBe(3);
    expect(tryTheHatch(other)).toContainEqual({ type: 'locked', what: 'door', id: other.level.doors[0]!.id });
    expect(other.doors[0]!.open).toBe(false);
  });

  it('a child\'s talk recruits it: Ayla wakes when the talk ends, sets ayla_joined, and follows Mira', async () => {
    const world = await chapterWorld();
    const ayla = childNamed(world, 'Ayla');
    const events = wake(world, { x: 36, y: 6 });
    expect(events).toContainEqual(expect.objectContaining({ type: 'scene-opened', knot: 'ayla' }));
    expect(world.flags.ayla_joined).toBe(1);
    expect(ayla.mode).toBe('following');
    const before = ayla.x;
    play(world, Array.from({ length: 60 }, () => LEFT));
    expect(ayla.x).toBeLessThan(before - world.tiles.span);
  });

  it('the ring teaches the dream once Leo has told of it, and sends Mira to him before that', async () => {
    const alone = await chapterWorld();
    standAt(alone, 19, 6);
    expect(play(alone, [NO_INPUT])).toContainEqual(expect.objectContaining({ type: 'scene-opened', knot: 'ring_alone' }));
    const told = await chapterWorld();
    talkToLeo(told, { leo: 0, mira: 0 });
    standAt(told, 19, 6);
    expect(play(told, [NO_INPUT])).toContainEqual(expect.objectContaining({ type: 'scene-opened', knot: 'ring' }));
  });

  it('the ring needs three children inside: two do not dream, three open the star wall and the way to the old stair', async () => {
    const world = await chapterWorld();
    const wallsLayer = layerIndex(world.tiles, 'walls');
    const dreamLayer = layerIndex(world.tiles, 'dream');
    const index = (cell: { readonly x: number; readonly y: number }): number => cell.y * world.tiles.width + cell.x;
    expect(STAR_WALL.every((cell) => world.tiles.solid[index(cell)] === 1)).toBe(true);

    talkToLeo(world, { leo: 0, mira: 0 });
    wake(world, { x: 30, y: 20 });
    standAt(world, 19, 6);
    expect(holdDream(world, 600).some((event) => event.type === 'dream-started')).toBe(false);

    wake(world, { x: 36, y: 6 });
    standAt(world, 19, 6);
    const events = holdDream(world, 600);
    expect(events.some((event) => event.type === 'dream-started')).toBe(true);
    play(world, Array.from({ length: 120 }, () => NO_INPUT));
    const gateGid = world.level.map.tilesets[0]!.firstGid + 293;
    for (const cell of STAR_WALL) {
      expect(world.tiles.solid[index(cell)], `${cell.x},${cell.y}`).toBe(0);
      expect(world.tiles.layers[dreamLayer]!.gids[index(cell)]).toBe(gateGid);
      expect(world.tiles.layers[wallsLayer]!.gids[index(cell)]).toBe(0);
    }
    // Through the gate and up the old stair: the chapter is won.
    for (let tick = 0; tick < 300 && world.status === 'playing'; tick += 1) step(world, world.scene === null ? UP : SKIP);
    expect(world.status).toBe('finished');
  });
});
