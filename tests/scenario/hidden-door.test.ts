// Chapter 2, the hidden door, played by the rules on its shipped map: the relics open the analog door
// (three of five, not fewer), a lamp Mira lights changes its tiles and lights her there (where the dark
// view draws its light too), and the DreamPod drone walks its loop and sends her back when it catches her.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeReplay, type Replay } from '../../src/run/replay.ts';
import { runReplay } from '../../src/run/verify-replay.ts';
import { createWorld, lightingAt, step } from '../../src/sim/index.ts';
import { layerIndex } from '../../src/sim/world-tiles.ts';
import { NO_INPUT, SUBPIXELS_PER_PIXEL, type InputFrame, type SimEvent, type World } from '../../src/sim/types.ts';
import { chapterByKey } from '../../src/story/chapters.ts';
import { lightPools } from '../../src/view/renderers/darkness-lights.ts';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';
import generatedTiles from '../../assets/generated/night-district.json';

const MAP = 'maps/hidden-door.tmj';
const SEED = chapterByKey('hidden-door')!.seed;
/** A tile's gid in the map's one tileset (firstgid 1). */
const gid = (name: keyof typeof generatedTiles.tiles): number => generatedTiles.tiles[name].id + 1;

function golden(): Replay {
  const decoded = decodeReplay(readFileSync('tests/golden/hidden-door.replay.json', 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  return decoded.value;
}

function tileAt(world: World, layer: string, [column, row]: readonly [number, number]): number {
  return world.tiles.layers[layerIndex(world.tiles, layer)]!.gids[row * world.tiles.width + column]!;
}

/** Plays one frame; an open scene is skipped through (its first choice taken), as a hurried player would. */
function play(world: World, frame: InputFrame): SimEvent[] {
  const events = step(world, frame);
  while (world.scene !== null) events.push(...step(world, world.scene.display.choices.length > 0 ? { ...NO_INPUT, choice: 0 } : { ...NO_INPUT, skip: true }));
  return events;
}

/** Walks along tile centres (column, row), one axis at a time, sneaking; returns every event on the way. */
function walk(world: World, tiles: readonly (readonly [number, number])[]): SimEvent[] {
  const events: SimEvent[] = [];
  const span = world.tiles.span;
  for (const [column, row] of tiles) {
    const target = { x: (column + 0.5) * span, y: (row + 0.5) * span };
    for (let guard = 0; guard < 2000; guard += 1) {
      const offsetX = target.x - world.mira.x;
      const offsetY = target.y - world.mira.y;
      const near = SUBPIXELS_PER_PIXEL;
      if (Math.abs(offsetX) <= near && Math.abs(offsetY) <= near) break;
      const moveX = Math.abs(offsetX) > near ? Math.sign(offsetX) : 0;
      const moveY = moveX === 0 ? Math.sign(offsetY) : 0;
      events.push(...play(world, { ...NO_INPUT, moveX: moveX as -1 | 0 | 1, moveY: moveY as -1 | 0 | 1, sneak: true }));
    }
  }
  return events;
}

async function freshWorld(): Promise<World> {
  const { level, scenes } = await loadMapFromDisk(MAP);
  return createWorld(level, { seed: SEED, scenes });
}

describe('the hidden door: relics open the analog door', () => {
  it('stays shut with two relics: the golden run without its third one meets a locked door and never gets out', async () => {
    const world = await freshWorld();
    const replay = golden();
    // The golden run presses Interact four times: the page, the record, the horse, the door.
    const presses = replay.inputs.flatMap((frame, index) => (frame.interact ? [index] : []));
    expect(presses).toHaveLength(4);
    const events = replay.inputs.flatMap((frame, index) => play(world, index === presses[2] ? { ...frame, interact: false } : frame));
    expect(world.flags.fragments).toBe(2);
    expect(events).toContainEqual({ type: 'locked', what: 'door', id: world.level.doors[0]!.id });
    expect(events.some((event) => event.type === 'door')).toBe(false);
    expect(world.doors[0]!.open).toBe(false);
    expect(tileAt(world, 'walls', [38, 12])).toBe(gid('analog-door-shut'));
    expect(world.status).toBe('playing');
  });

  it('opens with the third: the door tiles change to the open door and the run finishes through it', async () => {
    const { level, scenes } = await loadMapFromDisk(MAP);
    const replay = golden();
    const run = runReplay(level, replay, { scenes });
    expect(run.world.flags.fragments).toBe(3);
    expect(run.world.doors[0]!.open).toBe(true);
    expect(tileAt(run.world, 'walls', [38, 12])).toBe(gid('analog-door-open'));
    expect(tileAt(run.world, 'walls', [38, 13])).toBe(gid('analog-door-open'));
    expect(run.finishTick).toBe(replay.finishTick);
    expect(run.world.catches).toBe(0);
  });
});

describe('the hidden door: lamps', () => {
  it('lighting the gallery lamp swaps its tile for the lit one, lays lit glow, and lights Mira where she stands', async () => {
    const world = await freshWorld();
    walk(world, [[3, 11], [3, 3], [9, 3]]);
    expect(lightingAt(world, world.mira.x, world.mira.y)).toBe('dark');
    expect(tileAt(world, 'walls', [9, 2])).toBe(gid('oil-lamp'));
    const events = play(world, { ...NO_INPUT, interact: true });
    expect(events).toContainEqual(expect.objectContaining({ type: 'reveal' }));
    play(world, NO_INPUT);
    expect(tileAt(world, 'walls', [9, 2])).toBe(gid('oil-lamp-lit'));
    expect(tileAt(world, 'decor', [9, 3])).toBe(gid('lamp-glow'));
    expect(lightingAt(world, world.mira.x, world.mira.y)).toBe('lit');
    expect(world.flags.lamps_lit).toBe(1);
    // The dark view draws light exactly where the rules now light her: a pool over her cell that is not her own glow.
    const pixel = { x: world.mira.x / SUBPIXELS_PER_PIXEL, y: world.mira.y / SUBPIXELS_PER_PIXEL };
    const pools = lightPools(world, { view: { left: 0, top: 0, width: 400, height: 240 }, mira: { x: 0, y: 0 } }).slice(1);
    expect(pools.some((pool) => Math.hypot(pool.x - pixel.x, pool.y - pixel.y) <= pool.radius)).toBe(true);
  });

  it('draws no light pool where the rules see dark: unlit, the gallery has none but Mira\'s own', async () => {
    const world = await freshWorld();
    const pools = lightPools(world, { view: { left: 0, top: 0, width: 420, height: 120 }, mira: { x: 56, y: 184 } });
    expect(pools).toEqual([{ x: 56, y: 184, radius: expect.any(Number) as number }]);
  });
});

describe('the hidden door: the DreamPod drone', () => {
  it('walks its loop round the chimney in the hall', async () => {
    const world = await freshWorld();
    const drone = (): { x: number; y: number } => world.enforcers[0]!;
    expect(world.enforcers[0]!.look).toBe('drone');
    const corners = new Set<string>();
    const span = world.tiles.span;
    for (let tick = 0; tick < 1200; tick += 1) {
      play(world, NO_INPUT);
      const column = Math.floor(drone().x / span);
      const row = Math.floor(drone().y / span);
      if ((column === 27 || column === 34) && (row === 9 || row === 16)) corners.add(`${column},${row}`);
    }
    expect([...corners].sort()).toEqual(['27,16', '27,9', '34,16', '34,9']);
  });

  it('catches Mira standing on its beat and sends her back to the last checkpoint she reached', async () => {
    const world = await freshWorld();
    const events = walk(world, [[3, 12], [23, 12], [27, 12]]);
    expect(events.filter((event) => event.type === 'checkpoint').map((event) => (event as { name: string }).name)).toEqual(['Crawlway', 'Crawlway end']);
    let caught = events.some((event) => event.type === 'caught');
    for (let tick = 0; tick < 1500 && !caught; tick += 1) caught = play(world, NO_INPUT).some((event) => event.type === 'caught');
    expect(caught).toBe(true);
    play(world, NO_INPUT);
    const span = world.tiles.span;
    expect(world.catches).toBe(1);
    expect([Math.floor(world.mira.x / span), Math.floor(world.mira.y / span)]).toEqual([22, 13]);
  });

  it('goes to look where a marble clicks: tossed from the crawlway\'s end into the hall, it draws the drone off its loop', async () => {
    const world = await freshWorld();
    walk(world, [[3, 12], [22, 12]]);
    play(world, { ...NO_INPUT, moveX: 1 });
    // Waiting, out of sight, until the drone walks the west side of its loop, a few tiles from where it lands.
    for (let tick = 0; tick < 1200 && Math.floor(world.enforcers[0]!.x / world.tiles.span) !== 27; tick += 1) play(world, NO_INPUT);
    expect(world.enforcers[0]!.state.name).toBe('patrol');
    const events = play(world, { ...NO_INPUT, toss: true });
    const tossed = events.find((event) => event.type === 'marble-tossed');
    expect(tossed).toBeDefined();
    let heard = false;
    for (let tick = 0; tick < 120 && !heard; tick += 1) heard = play(world, NO_INPUT).some((event) => event.type === 'heard');
    expect(heard).toBe(true);
    expect(['suspicious', 'investigate']).toContain(world.enforcers[0]!.state.name);
  });
});
