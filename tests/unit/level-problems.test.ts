// What src/level says beyond the format: a Spawn seen at tick 0, the known name a typo meant, and the
// same problem on many cells told once with a count.
import { describe, expect, it } from 'vitest';
import { loadLevelFromText } from '../../src/level/load-level.ts';
import { editDistance, nearestName } from '../../src/level/wording.ts';
import { groupProblems } from '../../src/tiled/problem-list.ts';
import type { MapProblem } from '../../src/tiled/tiled-map.ts';
import { centre, type Json, layerByName, objectById, yardMap } from '../fixtures/maps/map-builder.ts';

function problemsOf(map: Json): readonly MapProblem[] {
  const loaded = loadLevelFromText(JSON.stringify(map), 'yard.tmj');
  return loaded.ok ? loaded.warnings : loaded.problems;
}

const SEEN = 'the Enforcer sees the Spawn at the start: Mira is being caught before the player can move';

describe('a Spawn inside an Enforcer\'s sight at tick 0', () => {
  it('is a warning naming the Enforcer when it faces the Spawn, and nothing when it faces away', () => {
    expect(problemsOf(yardMap()).map((problem) => problem.message)).not.toContain(SEEN);
    const map = yardMap();
    // The Pacer stands 16 px east of the Spawn; facing west (180) it looks straight at it.
    (objectById(map, 5).properties as Json[]).push({ name: 'facing', type: 'float', value: 180 });
    expect(problemsOf(map)).toContainEqual(expect.objectContaining({ severity: 'warning', place: 'object 5 "Pacer" in layer "entities"', message: SEEN }));
  });

  it('is not raised when a wall stands between them, nor beyond the sight range', () => {
    const map = yardMap();
    Object.assign(objectById(map, 1), centre(2, 4));
    Object.assign(objectById(map, 7), { ...centre(9, 4), properties: [{ name: 'facing', type: 'float', value: 180 }, { name: 'sightRange', type: 'float', value: 300 }] });
    expect(problemsOf(map).map((problem) => problem.message)).not.toContain(SEEN);
    // Along open row 1 the same Enforcer sees the Spawn.
    const open = yardMap();
    Object.assign(objectById(open, 1), centre(3, 1));
    Object.assign(objectById(open, 7), { ...centre(9, 1), properties: [{ name: 'facing', type: 'float', value: 180 }, { name: 'sightRange', type: 'float', value: 300 }] });
    expect(problemsOf(open)).toContainEqual(expect.objectContaining({ place: 'object 7 "Watcher" in layer "entities"', message: SEEN }));
    (objectById(open, 7).properties as Json[])[1] = { name: 'sightRange', type: 'float', value: 90 };
    expect(problemsOf(open).map((problem) => problem.message)).not.toContain(SEEN);
  });
});

describe('the known name a typo meant', () => {
  it('finds near names by edits, case and spaces, and nothing for a stranger', () => {
    expect(editDistance('Enforcr', 'Enforcer')).toBe(1);
    expect(editDistance('sigthRange', 'sightRange')).toBe(1);
    expect(nearestName('Enforcr', ['Spawn', 'Exit', 'Enforcer'])).toBe('Enforcer');
    expect(nearestName('patrol route', ['PatrolRoute'])).toBe('PatrolRoute');
    expect(nearestName('Lamp', ['Spawn', 'Exit', 'Enforcer', 'PatrolRoute'])).toBeUndefined();
  });

  it('names it in the hints for classes, properties and layers', () => {
    const map = yardMap();
    objectById(map, 7).type = 'Enforcr';
    (objectById(map, 3).properties as Json[]).push({ name: 'sigthRange', type: 'float', value: 80 });
    layerByName(map, 'walls').name = 'wals';
    const problems = problemsOf(map);
    expect(problems).toContainEqual(expect.objectContaining({ place: 'object 7 "Watcher" in layer "entities"', hint: 'Did you mean "Enforcer"? Class names must match exactly, in case and spaces.' }));
    expect(problems).toContainEqual(expect.objectContaining({ place: 'object 3 "Looper" in layer "entities"', hint: 'Did you mean "sightRange"? Names must match exactly, in case too.' }));
    expect(problems).toContainEqual(expect.objectContaining({ place: 'map', hint: expect.stringContaining('Did you mean layer "wals"? Rename it to "walls"') as unknown }));
  });
});

describe('the same problem in many places', () => {
  it('is one problem with a count and the first five places', () => {
    const map = yardMap();
    const entities = layerByName(map, 'entities');
    for (let index = 0; index < 40; index++) {
      (entities.objects as Json[]).push({ id: 200 + index, name: '', type: '', x: 40, y: 40, width: 8, height: 8, rotation: 0, visible: true });
    }
    const unclassed = problemsOf(map).filter((problem) => problem.message.startsWith('the object has no class'));
    expect(unclassed).toEqual([{
      severity: 'warning',
      message: 'the object has no class and is ignored',
      place: 'object 200 in layer "entities"',
      hint: expect.stringContaining('set the object\'s Class') as unknown,
      count: 40,
      places: [200, 201, 202, 203, 204].map((id) => `object ${id} in layer "entities"`),
    }]);
  });
});

describe('grouping problems again', () => {
  it('adds a grouped problem and more of its kind into one, counts and places together', () => {
    const problem = (place: string): MapProblem => ({ severity: 'warning', message: 'the object has no class and is ignored', place, hint: 'h' });
    const once = groupProblems([problem('a'), problem('b'), problem('c')]);
    const again = groupProblems([...once, problem('d')]);
    expect(again).toEqual([{ ...problem('a'), count: 4, places: ['a', 'b', 'c', 'd'] }]);
  });
});
