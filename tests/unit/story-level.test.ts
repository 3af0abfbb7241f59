// A map with an ink story, loaded as the game and the tools load it (loadLevelWithStory): the story is
// compiled and checked against the map, a run with a dialogue choice records and verifies from its
// replay, and a story that does not fit the map is refused naming the object or the file and line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReplayInput, type InputSource } from '../../src/run/input-source.ts';
import { LevelSession } from '../../src/run/level-session.ts';
import { decodeReplay, encodeReplay } from '../../src/run/replay.ts';
import { verifyReplay } from '../../src/run/verify-replay.ts';
import { hashWorld } from '../../src/sim/world-hash.ts';
import { NO_INPUT, SUBPIXELS_PER_PIXEL, type InputFrame, type World } from '../../src/sim/types.ts';
import { loadLevelWithStory } from '../../src/story/level-story.ts';
import { type Json, layerByName, point, yardMap } from '../fixtures/maps/map-builder.ts';

const MAP_PATH = 'tests/fixtures/maps/story-yard.tmj';
const text = (name: string, value: string): Json => ({ name, type: 'string', value });

/** The yard without its Enforcers, a Talk beside the spawn playing `choice`, and an Exit that needs `door_open`. */
function storyYard(talkProperties: readonly Json[] = [text('scene', 'choice')], story = '../story/test-story.ink'): string {
  const map = yardMap();
  const entities = layerByName(map, 'entities');
  const objects = (entities.objects as Json[]).filter((object) => object.type === 'Spawn' || object.type === 'Exit');
  const exit = objects.find((object) => object.type === 'Exit')!;
  exit.properties = [text('requires', 'door_open')];
  entities.objects = [...objects, point(30, 'Talk', { x: 40, y: 104, name: 'the wardrobe', properties: talkProperties })];
  map.properties = [...(map.properties as Json[]), { name: 'story', type: 'file', value: story }];
  return JSON.stringify(map);
}

function load(mapText: string) {
  return loadLevelWithStory({
    mapPath: MAP_PATH,
    readFile: (path) => Promise.resolve(path === MAP_PATH ? new TextEncoder().encode(mapText) : new Uint8Array(readFileSync(path))),
  });
}

/** Walks into the talk, takes the first choice, then right along the bottom row and up into the Exit. */
function playerFor(world: () => World): InputSource {
  let talked = false;
  return {
    sample(): InputFrame {
      const current = world();
      if (current.scene !== null) {
        return current.scene.display.choices.length > 0 ? { ...NO_INPUT, choice: 0 } : { ...NO_INPUT, interact: true };
      }
      if (!talked) {
        talked = true;
        return { ...NO_INPUT, interact: true };
      }
      const x = current.mira.x / SUBPIXELS_PER_PIXEL;
      return x < 166 ? { ...NO_INPUT, moveX: 1 } : { ...NO_INPUT, moveY: -1 };
    },
    reset: () => undefined,
  };
}

describe('a map with an ink story', () => {
  it('loads with a director, and a run with a dialogue choice verifies from its replay file', async () => {
    const loaded = await load(storyYard());
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.director).not.toBeNull();
    expect(loaded.files).toEqual([MAP_PATH, 'tests/fixtures/story/test-story.ink', 'tests/fixtures/story/parts/leo.ink']);
    let session: LevelSession | null = null;
    session = new LevelSession({ level: loaded.value, seed: 4, input: playerFor(() => session!.world), timeSource: { now: () => 0 }, scenes: loaded.director });
    for (let step = 0; step < 2000 && !session.finished; step += 1) session.tick();
    expect(session.finished).toBe(true);
    const record = session.record;
    expect(record.choices).toEqual([{ tick: 1, option: 0 }]);
    // The scene's steps are in the record but not in the time: the finish tick counts only world ticks.
    expect(record.inputs.length).toBeGreaterThan(record.finishTick!);
    const file = encodeReplay({ level: 'story-yard', mapHash: loaded.mapHash, seed: 4, finishTick: record.finishTick, finalHash: hashWorld(session.world), inputs: record.inputs, choices: record.choices });
    expect(file).toContain('"choices": [\n    "tick 1: option 1"\n  ]');
    const decoded = decodeReplay(file);
    if (!decoded.ok) throw new Error(decoded.problem.message);
    const again = await load(storyYard());
    if (!again.ok) throw new Error('reload failed');
    expect(verifyReplay({ level: again.value, mapHash: again.mapHash, replay: decoded.value, scenes: again.director })).toMatchObject({ verified: true, finishTick: record.finishTick });
    // The other choice keeps the Exit shut: the same inputs with option 2 never finish.
    const otherChoice = decoded.value.inputs.map((frame) => (frame.choice === 0 ? { ...frame, choice: 1 } : frame));
    const replayed = new LevelSession({ level: again.value, seed: 4, input: new ReplayInput(otherChoice), timeSource: { now: () => 0 }, scenes: again.director });
    for (let step = 0; step < otherChoice.length; step += 1) replayed.tick();
    expect(replayed.finished).toBe(false);
    expect(replayed.world.flags.door_open).toBe(0);
  });

  it('is refused when the map names a knot the story lacks, naming the object', async () => {
    const loaded = await load(storyYard([text('scene', 'wardrobe')]));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems).toContainEqual(expect.objectContaining({ place: 'Talk "the wardrobe" (object 30)', message: 'the knot "wardrobe" is not in the story' }));
  });

  it('is refused when a flag the map reads is set by nothing, map or ink', async () => {
    const loaded = await load(storyYard([text('scene', 'choice'), text('requires', 'moon_seen')]));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems).toContainEqual(expect.objectContaining({ message: expect.stringContaining('"moon_seen"') as string, place: 'Talk "the wardrobe" (object 30)' }));
  });

  it('is refused when the story does not compile, naming the file and line', async () => {
    const loaded = await load(storyYard([text('scene', 'choice')], '../story/broken.ink'));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems.some((problem) => problem.place === 'tests/fixtures/story/broken.ink:6')).toBe(true);
  });

  it('is refused when its story file is missing, saying where it was looked for', async () => {
    const loaded = await load(storyYard([text('scene', 'choice')], '../story/gone.ink'));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems[0]).toMatchObject({ place: 'file tests/fixtures/story/gone.ink', message: expect.stringContaining('could not be read') as string });
  });
});
