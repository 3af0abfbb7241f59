// What a map asks of its story, checked before play: knots that are not there, flags nothing sets.
import { describe, expect, it } from 'vitest';
import type { MapProblem } from '../../src/tiled/tiled-map.ts';
import { checkStoryReferences } from '../../src/story/story-references.ts';
import { knots, variables } from '../fixtures/story/test-story.ink';

const story = { knots, variables };

describe('story references', () => {
  it('accepts knots, stitches and flags the story or the map provides', () => {
    expect(checkStoryReferences(story, [
      { knot: 'leo', place: 'Talk "Leo" (object 12)' },
      { knot: 'leo.goodbye', readsFlag: 'leo_met', place: 'Talk "Leo" (object 13)' },
      { readsFlag: 'door_open', place: 'Door "Wardrobe" (object 3)' },
      { setsFlag: 'alarm_heard', place: 'Trigger "Siren" (object 20)' },
      { readsFlag: 'alarm_heard', place: 'Exit (object 21)' },
    ])).toEqual([]);
  });

  it('reports a knot the story does not have, with the knots it has', () => {
    expect(checkStoryReferences(story, [{ knot: 'niko', place: 'Talk "Niko" (object 7)' }])).toEqual([{
      severity: 'error',
      message: 'the knot "niko" is not in the story',
      place: 'Talk "Niko" (object 7)',
      hint: 'Write "=== niko ===" in the story\'s .ink file, or name one it has (leo, leo.goodbye, start, choice, counting, shuffle).',
    }]);
    const [caseProblem] = checkStoryReferences(story, [{ knot: 'Leo', place: 'Talk "Leo" (object 12)' }]);
    expect(caseProblem?.hint).toBe('Knot names are case-sensitive: the story has "leo".');
    const many = { knots: Array.from({ length: 20 }, (_, index) => `k${index}`), variables: {} };
    expect(checkStoryReferences(many, [{ knot: 'x', place: 'p' }])[0]?.hint).toContain('k7 and 12 more');
    expect(checkStoryReferences({ knots: [], variables: {} }, [{ knot: 'x', place: 'p' }])[0]?.hint).toContain('no knots');
  });

  it('reports a flag read that neither the map nor the ink sets, once per place', () => {
    const problems: MapProblem[] = checkStoryReferences(story, [
      { readsFlag: 'dor_open', place: 'Door "Wardrobe" (object 3)' },
      { readsFlag: 'dor_open', setsFlag: 'other', place: 'Trigger "Hall" (object 4)' },
      // Any object that sets a flag counts, the one reading it too.
      { readsFlag: 'lamp_lit', setsFlag: 'lamp_lit', place: 'Trigger "Lamp" (object 5)' },
    ]);
    expect(problems.map((problem) => [problem.place, problem.message])).toEqual([
      ['Door "Wardrobe" (object 3)', 'the flag "dor_open" is read here, but nothing sets it'],
      ['Trigger "Hall" (object 4)', 'the flag "dor_open" is read here, but nothing sets it'],
    ]);
    expect(problems[0]?.hint).toContain('VAR dor_open = false');
  });

  it('takes no inherited name for a flag', () => {
    expect(checkStoryReferences(story, [{ readsFlag: 'toString', place: 'p' }])).toHaveLength(1);
  });
});
