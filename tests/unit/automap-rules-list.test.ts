// rules.txt as Tiled's manual describes it: paths, nested lists, [pattern] map-name filters, comments.
import { describe, expect, it } from 'vitest';
import { mapNameMatches, parseRulesList } from '../../src/tiled/automap/rules-list.ts';

describe('rules.txt', () => {
  it('lists rule maps and nested lists in order, skipping comments and blank lines', () => {
    const text = '\uFEFF# walls first\r\nwalls.tmj\n\n  // then the dream\nsub/rules.txt\n[town*]\ntown/roofs.json\n[*]\n../shared/paths.tmx\n';
    const parsed = parseRulesList(text, { name: 'rules.txt' });
    expect(parsed.ok && parsed.value).toEqual([
      { kind: 'rule-map', path: 'walls.tmj', line: 2, filter: '*' },
      { kind: 'rules-list', path: 'sub/rules.txt', line: 5, filter: '*' },
      { kind: 'rule-map', path: 'town/roofs.json', line: 7, filter: 'town*' },
      { kind: 'rule-map', path: '../shared/paths.tmx', line: 9, filter: '*' },
    ]);
  });

  it('a nested list starts under the filter of the line that named it', () => {
    const parsed = parseRulesList('roofs.tmj', { name: 'sub/rules.txt', filter: 'town*' });
    expect(parsed.ok && parsed.value[0]?.filter).toBe('town*');
  });

  it('names each bad line with its number', () => {
    const parsed = parseRulesList('walls.tmj\nwalls.png\n[town*\n', { name: 'rules.txt' });
    expect(parsed.ok ? [] : parsed.problems.map((problem) => `${problem.place}: ${problem.message}`)).toEqual([
      'rules list "rules.txt" line 2: "walls.png" is neither a rule map (.tmj, .json, .tmx) nor a rules list (.txt)',
      'rules list "rules.txt" line 3: "[town*" is not a map-name filter',
    ]);
  });

  it('filters match the whole file name, * standing for any text', () => {
    expect(mapNameMatches('town*', 'town-square.tmj')).toBe(true);
    expect(mapNameMatches('town*', 'old-town.tmj')).toBe(false);
    expect(mapNameMatches('*', 'anything.tmj')).toBe(true);
    expect(mapNameMatches('*.tmx', 'a.tmj')).toBe(false);
    expect(mapNameMatches('a.tmj', 'abtmj')).toBe(false);
  });
});
