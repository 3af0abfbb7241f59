// A long or hostile problem list stays readable and fast: grouped, capped, quoted values cut.
import { describe, expect, it } from 'vitest';
import {
  MAXIMUM_SHOWN_PROBLEMS,
  digestProblems,
  moreProblemsLine,
  shortenText,
} from '../../src/level/problem-digest.ts';
import type { MapProblem } from '../../src/tiled/tiled-map.ts';

function problem(message: string, place: string, severity: MapProblem['severity'] = 'error'): MapProblem {
  return { severity, message, place, hint: 'Fix it.' };
}

describe('digestProblems', () => {
  // How fast is the benchmark problems/digest-150k's budget.
  it('groups 150,000 problems without overflowing the stack', () => {
    const problems: MapProblem[] = [];
    for (let index = 0; index < 150_000; index += 1) problems.push(problem(`kind ${index % 1000}`, `tile ${index},0`));
    const digest = digestProblems(problems);
    expect(digest.entries).toHaveLength(MAXIMUM_SHOWN_PROBLEMS);
    expect(digest.errors).toBe(150_000);
    expect(digest.moreEntries).toBe(1000 - MAXIMUM_SHOWN_PROBLEMS);
    expect(digest.moreProblems).toBe((1000 - MAXIMUM_SHOWN_PROBLEMS) * 150);
    expect(digest.entries[0]).toMatchObject({ message: 'kind 0', count: 150, place: 'tile 0,0; tile 1000,0; tile 2000,0 and 147 more places' });
    expect(moreProblemsLine(digest)).toBe('... and 144000 more problems (960 more kinds), not shown. Fix the ones above first.');
  });

  it('lists errors before warnings and shows a short list whole', () => {
    const digest = digestProblems([problem('odd', 'layer "a"', 'warning'), problem('broken', 'layer "b"')]);
    expect(digest.entries.map((entry) => entry.message)).toEqual(['broken', 'odd']);
    expect(digest.warnings).toBe(1);
    expect(moreProblemsLine(digest)).toBeNull();
  });
});

describe('shortenText', () => {
  it('cuts a 7 MB quoted value and says how long it was', () => {
    const huge = 'x'.repeat(7 * 1024 * 1024);
    const text = shortenText(`there is no class "${huge}"`);
    expect(text.length).toBeLessThan(420);
    expect(text.startsWith(`there is no class "${'x'.repeat(48)}…"`)).toBe(true);
  });

  it('leaves short quotes alone and cuts a long one', () => {
    expect(shortenText('layer "walls" is empty')).toBe('layer "walls" is empty');
    expect(shortenText(`name "${'a'.repeat(60)}" here`)).toBe(`name "${'a'.repeat(48)}…" here`);
  });
});
