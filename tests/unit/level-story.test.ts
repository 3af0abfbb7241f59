// The story classes in a Tiled map: Triggers, Talks and Clues read with their flags, scenes and reveals;
// `reveal/<name>` layers read as tile changes and never drawn or solid at the start; named Checkpoints in
// their order; and each mistake a builder can make named by its object or layer.
import { describe, expect, it } from 'vitest';
import type { LevelDefinition } from '../../src/level/level-definition.ts';
import { loadLevelFromText } from '../../src/level/load-level.ts';
import { parseRequires, parseSets } from '../../src/level/read-story.ts';
import type { Loaded, MapProblem } from '../../src/tiled/tiled-map.ts';
import { type Json, layerByName, objectById, point, rectangle, tileLayer, yardMap } from '../fixtures/maps/map-builder.ts';

const text = (name: string, value: string): Json => ({ name, type: 'string', value });

/** The yard with a story: a Trigger by the spawn, Leo's Talk, a Clue, a reveal that opens the block's wall. */
function storyYard(edit: (map: Json) => void = () => undefined): Loaded<LevelDefinition> {
  const map = yardMap();
  const entities = layerByName(map, 'entities');
  entities.objects = [
    ...(entities.objects as Json[]),
    { ...rectangle(20, 'Trigger', { x: 32, y: 16, width: 32, height: 32 }), name: 'hallway', properties: [text('sets', 'hall_seen'), text('reveal', 'block-door')] },
    point(21, 'Talk', { x: 120, y: 24, name: 'Leo', properties: [text('scene', 'leo_meets'), text('requires', 'hall_seen'), text('sets', 'leo_met')] }),
    point(22, 'Clue', { x: 40, y: 88, name: 'old storybook', properties: [text('sets', 'fragments+=1'), { name: 'pickUp', type: 'bool', value: true }] }),
    { ...rectangle(23, 'Checkpoint', { x: 16, y: 16, width: 16, height: 16 }), name: 'Bedroom door', properties: [{ name: 'order', type: 'int', value: 2 }] },
    { ...rectangle(24, 'Checkpoint', { x: 96, y: 16, width: 16, height: 16 }), name: 'Hall', properties: [{ name: 'order', type: 'int', value: 1 }] },
  ];
  const layers = map.layers as Json[];
  // The block's wall at column 5, row 3 opens; reveal layers come after the entities, as builders keep them.
  const opening = Array.from({ length: 8 }, (_, row) => (row === 3 ? '.....#......' : '............'));
  layers.push({ ...tileLayer(8, 'reveal/block-door', opening), properties: [{ name: 'erase', type: 'bool', value: true }] });
  map.properties = [...(map.properties as Json[]), { name: 'story', type: 'file', value: 'yard.ink' }];
  edit(map);
  return loadLevelFromText(JSON.stringify(map), 'maps/yard.tmj');
}

function problemsOf(loaded: Loaded<LevelDefinition>): readonly MapProblem[] {
  return loaded.ok ? loaded.warnings : loaded.problems;
}

describe('the story in a map', () => {
  it('reads Triggers, Talks and Clues with their flags, scenes and reveals', () => {
    const loaded = storyYard();
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const level = loaded.value;
    expect(level.triggers).toEqual([
      { id: 20, name: 'hallway', area: { x: 32, y: 16, width: 32, height: 32 }, activation: 'enter', once: true, requires: [], sets: [{ flag: 'hall_seen', operation: 'set', value: 1 }], scene: '', reveal: 'block-door' },
    ]);
    expect(level.talks[0]).toMatchObject({ id: 21, name: 'Leo', person: 0, recruits: 0, once: false, scene: 'leo_meets', requires: [{ flag: 'hall_seen', compare: '!=', value: 0 }] });
    // A point's reach: 5/4 tile round it.
    expect(level.talks[0]!.area).toEqual({ x: 100, y: 4, width: 40, height: 40 });
    expect(level.clues[0]).toMatchObject({ id: 22, name: 'old storybook', pickUp: true, sets: [{ flag: 'fragments', operation: 'add', value: 1 }] });
    expect(level.flags).toEqual([{ name: 'fragments', initial: 0 }, { name: 'hall_seen', initial: 0 }, { name: 'leo_met', initial: 0 }]);
    expect(level.storyPath).toBe('yard.ink');
  });

  it('reads a reveal layer as tile changes, and neither draws it nor lets it block at the start', () => {
    const loaded = storyYard();
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const level = loaded.value;
    const walls = level.tileLayers.findIndex((layer) => layer.name === 'walls');
    expect(level.reveals).toEqual([{ name: 'block-door', changes: [{ layer: walls, x: 5, y: 3, gid: 0 }] }]);
    expect(level.tileLayers.some((layer) => layer.name.startsWith('reveal'))).toBe(false);
    expect(level.solid[3 * 12 + 5]).toBe(1);
  });

  it('lists Checkpoints by their order, named by their Tiled names', () => {
    const loaded = storyYard();
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.value.checkpoints.map((checkpoint) => checkpoint.name)).toEqual(['Hall', 'Bedroom door']);
  });

  it('names the object of a flag test it cannot read', () => {
    const loaded = storyYard((map) => {
      objectById(map, 21).properties = [text('requires', 'hall seen >= x')];
    });
    expect(loaded.ok).toBe(false);
    expect(problemsOf(loaded)).toContainEqual(expect.objectContaining({ place: expect.stringContaining('object 21') as string, message: expect.stringContaining('"requires"') as string }));
  });

  it('refuses a reveal the map does not draw, naming the object', () => {
    const loaded = storyYard((map) => {
      objectById(map, 20).properties = [text('reveal', 'wardrobe')];
    });
    expect(loaded.ok).toBe(false);
    expect(problemsOf(loaded)).toContainEqual(expect.objectContaining({ message: expect.stringContaining('reveal/wardrobe') as string, place: expect.stringContaining('object 20') as string }));
  });

  it('refuses a scene in a map that names no story', () => {
    const loaded = storyYard((map) => {
      map.properties = (map.properties as Json[]).filter((property) => property.name !== 'story');
    });
    expect(loaded.ok).toBe(false);
    expect(problemsOf(loaded)).toContainEqual(expect.objectContaining({ message: expect.stringContaining('names no story') as string }));
  });

  it('warns about a flag a map without a story reads but nothing sets (a lock for good)', () => {
    const loaded = storyYard((map) => {
      map.properties = (map.properties as Json[]).filter((property) => property.name !== 'story');
      objectById(map, 21).properties = [text('requires', 'moon_seen')];
    });
    expect(loaded.ok).toBe(true);
    expect(problemsOf(loaded)).toContainEqual(expect.objectContaining({ message: 'the flag "moon_seen" is read but nothing sets it' }));
  });

  it('refuses a Talk whose person is not a person', () => {
    const loaded = storyYard((map) => {
      objectById(map, 21).properties = [{ name: 'person', type: 'object', value: 2 }];
    });
    expect(loaded.ok).toBe(false);
    expect(problemsOf(loaded)).toContainEqual(expect.objectContaining({ message: expect.stringContaining('not a Child, Watcher or Enforcer') as string }));
  });

  it('refuses a reveal layer painted onto a layer the map does not have', () => {
    const loaded = storyYard((map) => {
      (layerByName(map, 'reveal/block-door')).name = 'reveal/block-door/roof';
    });
    expect(loaded.ok).toBe(false);
    expect(problemsOf(loaded)).toContainEqual(expect.objectContaining({ place: expect.stringContaining('reveal/block-door/roof') as string }));
  });

  it('reads every look, and refuses one it does not know', () => {
    const loaded = storyYard((map) => {
      objectById(map, 7).type = 'Watcher';
      objectById(map, 5).properties = [...(objectById(map, 5).properties as Json[]), text('look', 'drone')];
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.value.enforcers.map((enforcer) => enforcer.look)).toEqual(['enforcer', 'drone', 'elena']);
    const wrong = storyYard((map) => {
      objectById(map, 5).properties = [text('look', 'grandma')];
    });
    expect(wrong.ok).toBe(false);
  });
});

describe('the flag language', () => {
  const fail = (message: string): void => {
    throw new Error(message);
  };

  it('reads tests and changes', () => {
    expect(parseRequires('leo_met, !door_open, fragments>=3', fail)).toEqual([
      { flag: 'leo_met', compare: '!=', value: 0 },
      { flag: 'door_open', compare: '==', value: 0 },
      { flag: 'fragments', compare: '>=', value: 3 },
    ]);
    expect(parseSets('leo_met, door_open=0, fragments+=1, tries-=2', fail)).toEqual([
      { flag: 'leo_met', operation: 'set', value: 1 },
      { flag: 'door_open', operation: 'set', value: 0 },
      { flag: 'fragments', operation: 'add', value: 1 },
      { flag: 'tries', operation: 'add', value: -2 },
    ]);
    expect(parseRequires('', fail)).toEqual([]);
  });

  it('refuses what ink could not name, numbers past the limit and half-written tests', () => {
    for (const bad of ['1st', 'a b', '!a>=2', 'a>=', 'a>=99999999', 'a==b']) {
      const messages: string[] = [];
      expect(parseRequires(bad, (message) => messages.push(message)), bad).toBeNull();
      expect(messages).toHaveLength(1);
    }
    expect(parseSets('a+=b', () => undefined)).toBeNull();
  });
});
