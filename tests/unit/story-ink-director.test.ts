// The ink director as the rules play it: one line a display, choices at a branch, ink's variables as the
// story flags both ways, speakers and tags, and the same lines for the same seed whatever the clock says.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SceneDisplay, StoryFlags } from '../../src/sim/scene-director.ts';
import { compileInk } from '../../src/story/compile-ink.ts';
import { createInkDirector, type InkDirector } from '../../src/story/ink-director.ts';
import { json } from '../fixtures/story/test-story.ink';

function open(director: InkDirector, knot: string, options: { state?: string | null; flags?: StoryFlags; seed?: number } = {}): SceneDisplay {
  return director.open({ knot, state: options.state ?? null, flags: options.flags ?? {}, seed: options.seed ?? 1 });
}

/** Every display from `first` on, advancing to the end and taking `choices` in turn at each branch. */
function playOut(director: InkDirector, first: SceneDisplay, choices: readonly number[] = []): SceneDisplay[] {
  const displays = [first];
  let display = first;
  let choiceIndex = 0;
  while (!display.done) {
    display = display.choices.length > 0 ? director.choose(choices[choiceIndex++] ?? 0) : director.advance();
    displays.push(display);
  }
  return displays;
}

function story(source: string): InkDirector {
  const compiled = compileInk({ mainPath: 'test.ink', readFile: (path) => (path === 'test.ink' ? source : null) });
  if (!compiled.ok) throw new Error(compiled.problems.map((problem) => problem.message).join('\n'));
  return createInkDirector(compiled.json);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the ink director', () => {
  it('shows one line a display, narration without a speaker, and is done after the last', () => {
    const director = createInkDirector(json);
    expect(playOut(director, open(director, 'start'))).toEqual([
      { line: { speaker: '', text: 'The house is dark and quiet.', tags: [] }, choices: [], done: false },
      { line: { speaker: 'Mira', text: 'Everyone is asleep.', tags: [] }, choices: [], done: true },
    ]);
    // At the end an advance does nothing: the rules close the scene.
    expect(director.advance()).toEqual({ line: { speaker: 'Mira', text: 'Everyone is asleep.', tags: [] }, choices: [], done: true });
  });

  it('shows the choices under the line before them, waits for one, and the choice sets the ink variable', () => {
    const director = createInkDirector(json);
    const branch = open(director, 'choice');
    expect(branch).toEqual({
      line: { speaker: '', text: 'The wardrobe stands a little open.', tags: [] },
      choices: ['Open the hidden door', 'Leave it shut'],
      done: false,
    });
    expect(director.advance()).toEqual(branch);
    expect(director.choose(2)).toEqual(branch);
    expect(director.choose(-1)).toEqual(branch);
    expect(director.choose(0.5)).toEqual(branch);
    expect(director.choose(0)).toEqual({ line: { speaker: 'Mira', text: 'There is a passage behind it.', tags: [] }, choices: [], done: true });
    expect(director.variables()).toMatchObject({ door_open: 1 });

    open(director, 'choice', { flags: { door_open: 1 } });
    expect(director.choose(1).line?.text).toBe('Not tonight.');
    expect(director.variables()).toMatchObject({ door_open: 0 });
  });

  it('copies flags into the ink variables of their names (bools from 0 and 1) and ignores the rest', () => {
    const director = createInkDirector(json);
    expect(open(director, 'counting', { flags: { fragments: 2, door_open: 1, not_in_ink: 4 } }).line?.text).toBe('You found a story fragment (3 of 3).');
    const variables = director.variables();
    expect(variables).toEqual({ leo_met: 0, door_open: 1, fragments: 3 });
    // The bool stayed a bool in ink (a flag of 1 made into an int would print as 1, not true).
    const check = story('VAR lit = false\n=== show ===\n{lit}\n-> DONE\n');
    expect(open(check, 'show', { flags: { lit: 1 } }).line?.text).toBe('true');
    expect(check.variables()).toEqual({ lit: 1 });
  });

  it('carries visits and variables from one scene to the next through the saved state', () => {
    const director = createInkDirector(json);
    open(director, 'counting');
    const afterFirst = director.saveState();
    expect(open(director, 'counting', { state: afterFirst }).line?.text).toBe('You found a story fragment (2 of 3).');
    // A fresh story forgets; the state itself was not changed by being opened from.
    expect(open(director, 'counting').line?.text).toBe('You found a story fragment (1 of 3).');
    expect(open(director, 'counting', { state: afterFirst }).line?.text).toBe('You found a story fragment (2 of 3).');
  });

  it('names the speaker from a speaker tag or a "Name: " prefix, and keeps the other tags, those alone on a line too', () => {
    const director = createInkDirector(json);
    expect(playOut(director, open(director, 'leo'))).toEqual([
      { line: { speaker: 'Leo', text: 'You came after all.', tags: [] }, choices: [], done: false },
      { line: { speaker: 'Leo', text: 'I knew you would find the door.', tags: ['mood: glad'] }, choices: [], done: true },
    ]);
    expect(director.variables()).toMatchObject({ leo_met: 1 });
    expect(open(director, 'leo.goodbye')).toEqual({ line: { speaker: 'Leo', text: 'Until tomorrow night.', tags: [] }, choices: [], done: true });
    expect(open(director, 'shuffle').line?.tags).toEqual(['mood: uneasy']);

    const speakers = story([
      '=== talk ===',
      'Note the time: it is late. # speaker: Elena',
      'Sam: We should sleep. # speaker: Sam',
      'Note: an empty speaker tag makes narration. # speaker:',
      'two words: not a speaker',
      'lower: not a speaker',
      '-> DONE',
    ].join('\n'));
    expect(playOut(speakers, open(speakers, 'talk')).map((display) => display.line)).toEqual([
      { speaker: 'Elena', text: 'Note the time: it is late.', tags: [] },
      { speaker: 'Sam', text: 'We should sleep.', tags: [] },
      { speaker: '', text: 'Note: an empty speaker tag makes narration.', tags: [] },
      { speaker: '', text: 'two words: not a speaker', tags: [] },
      { speaker: '', text: 'lower: not a speaker', tags: [] },
    ]);
  });

  it('skips lines that are empty once trimmed, and opens on a bare branch with no line', () => {
    const director = story([
      'VAR hidden = false',
      '=== gaps ===',
      '{hidden: You see it.}',
      '   ',
      'Only this.',
      '-> DONE',
      '=== bare ===',
      '* [Yes] -> DONE',
      '* [No] -> DONE',
    ].join('\n'));
    expect(playOut(director, open(director, 'gaps')).map((display) => display.line?.text)).toEqual(['Only this.']);
    expect(open(director, 'bare')).toEqual({ line: null, choices: ['Yes', 'No'], done: false });
    expect(director.choose(1)).toEqual({ line: null, choices: [], done: true });
  });

  it('knows the knots and stitches, and the variables the story starts with', () => {
    const director = createInkDirector(json);
    for (const knot of ['start', 'choice', 'counting', 'shuffle', 'leo', 'leo.goodbye']) expect(director.hasKnot(knot), knot).toBe(true);
    for (const missing of ['Start', 'leo.hello', 'nowhere', 'global decl', '']) expect(director.hasKnot(missing), missing).toBe(false);
    expect(director.initialVariables()).toEqual({ leo_met: 0, door_open: 0, fragments: 0 });
    open(director, 'counting');
    expect(director.initialVariables()).toEqual({ leo_met: 0, door_open: 0, fragments: 0 });
  });

  it('leaves out strings, floats and lists from the flags', () => {
    const director = story('VAR b = true\nVAR i = -3\nVAR f = 2.5\nVAR s = "x"\nLIST l = a, b2\n=== k ===\nx\n-> DONE\n');
    expect(director.initialVariables()).toEqual({ b: 1, i: -3 });
    open(director, 'k', { flags: { f: 1, s: 1, l: 1 } });
    expect(director.variables()).toEqual({ b: 1, i: -3 });
  });

  it('ends at once, with an error, on a knot it does not have or a state it cannot load', () => {
    const director = createInkDirector(json);
    expect(open(director, 'nowhere')).toEqual({ line: null, choices: [], done: true });
    expect(director.advance()).toEqual({ line: null, choices: [], done: true });
    expect(director.errors()).toEqual(['there is no knot "nowhere" in the story']);
    expect(open(director, 'counting', { state: '{"not": "a story state"', flags: {} }).line?.text).toBe('You found a story fragment (1 of 3).');
    expect(director.errors()[1]).toMatch(/^the saved story state could not be loaded .*; the story starts over$/);
  });

  it("reports ink's runtime errors instead of throwing, and the scene ends", () => {
    const director = story('=== loose ===\nThe flow runs out here.\n');
    expect(playOut(director, open(director, 'loose'))).toEqual([
      { line: { speaker: '', text: 'The flow runs out here.', tags: [] }, choices: [], done: true },
    ]);
    expect(director.errors().join('\n')).toContain('ran out of content');
  });
});

describe("the ink director's randomness", () => {
  /** The shuffle and RANDOM knot played `times` times in a row, from one scene's state to the next. */
  function shuffleLines(seed: number, times: number): string[] {
    const director = createInkDirector(json);
    const lines: string[] = [];
    let state: string | null = null;
    for (let play = 0; play < times; play++) {
      const displays = playOut(director, open(director, 'shuffle', { state, seed }));
      lines.push(...displays.map((display) => display.line?.text ?? ''));
      state = director.saveState();
    }
    return lines;
  }

  it('plays the same lines for the same seed, whatever the clock says (inkjs seeds itself from it)', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-05T17:00:00.000Z'));
    const first = shuffleLines(7, 12);
    vi.setSystemTime(new Date('2031-03-01T09:31:17.123Z'));
    const second = shuffleLines(7, 12);
    expect(second).toEqual(first);
    // A shuffle and a die really were played: the lines vary between plays.
    expect(new Set(first.filter((line) => line.startsWith('Mira rolls'))).size).toBeGreaterThan(1);
  });

  it('may play other lines for another seed', () => {
    const lines = shuffleLines(7, 6);
    const others = [1, 2, 3, 4, 5].map((seed) => shuffleLines(seed, 6));
    expect(others.some((other) => JSON.stringify(other) !== JSON.stringify(lines))).toBe(true);
  });
});
