// Every rule feature of Tiled's Automapping manual (Tiled 1.10-1.12), each with a rule map written by hand
// and the result the manual describes. Layers are drawn as rows (see rule-map-builder.ts).
import { describe, expect, it } from 'vitest';
import { applyRuleMaps } from '../../src/tiled/automap/apply-rule-maps.ts';
import type { AutomapRandom, CompiledRuleMap } from '../../src/tiled/automap/automap-types.ts';
import type { TiledMap } from '../../src/tiled/tiled-map.ts';
import { properties, rowsOf, ruleMap, targetMap } from '../fixtures/automap/rule-map-builder.ts';

const never: AutomapRandom = () => {
  throw new Error('a rule without randomness drew a random number');
};

function apply(target: TiledMap, rules: CompiledRuleMap | readonly CompiledRuleMap[], random: AutomapRandom = never): TiledMap {
  return applyRuleMaps(target, Array.isArray(rules) ? rules : [rules as CompiledRuleMap], { random }).map;
}

describe('automapping: inputs and outputs', () => {
  it('replaces every match of input_<layer> with output_<layer>', () => {
    const rules = ruleMap({ layers: [{ name: 'input_ground', rows: ['a'] }, { name: 'output_ground', rows: ['b'] }] });
    expect(rowsOf(apply(targetMap({ ground: ['aa.', '.ac'] }), rules), 'ground')).toEqual(['bb.', '.bc']);
  });

  it('creates an output layer the map does not have, on top, only when a rule matches', () => {
    const rules = ruleMap({ layers: [{ name: 'input_ground', rows: ['a'] }, { name: 'output_decor', rows: ['c'] }] });
    const result = applyRuleMaps(targetMap({ ground: ['ab', 'ba'] }), [rules], { random: never });
    expect(result.createdLayers).toEqual(['decor']);
    expect(result.map.layers.map((layer) => layer.name)).toEqual(['ground', 'decor']);
    expect(rowsOf(result.map, 'decor')).toEqual(['c.', '.c']);
    const untouched = applyRuleMaps(targetMap({ ground: ['bb'] }), [rules], { random: never });
    expect(untouched.map.layers.map((layer) => layer.name)).toEqual(['ground']);
  });

  it('reads a target layer the map does not have as empty', () => {
    const rules = ruleMap({ layers: [{ name: 'input_missing', rows: ['E'] }, { name: 'output_ground', rows: ['b'] }] });
    expect(rowsOf(apply(targetMap({ ground: ['a.'] }), rules), 'ground')).toEqual(['bb']);
  });

  it('inputnot_<layer> matches anything but its tiles', () => {
    const rules = ruleMap({ layers: [
      { name: 'input_ground', rows: ['N'] }, { name: 'inputnot_ground', rows: ['a'] }, { name: 'output_ground', rows: ['c'] },
    ] });
    expect(rowsOf(apply(targetMap({ ground: ['ab.', 'ba.'] }), rules), 'ground')).toEqual(['ac.', 'ca.']);
  });

  it('layers of one index and target: any combination of their tiles matches', () => {
    const rules = ruleMap({ layers: [
      { name: 'input1_ground', rows: ['aa'] }, { name: 'input1_ground', rows: ['bb'] }, { name: 'output_ground', rows: ['cc'] },
    ] });
    expect(rowsOf(apply(targetMap({ ground: ['ab.ba', 'ad.bd'] }), rules), 'ground')).toEqual(['cc.cc', 'ad.bd']);
  });

  it('different input indices are independent conditions: any one matching is a match', () => {
    const rules = ruleMap({ layers: [
      { name: 'input1_ground', rows: ['aa'] }, { name: 'input2_ground', rows: ['bb'] }, { name: 'output_ground', rows: ['cc'] },
    ] });
    // "ab" matched neither whole input 1 nor whole input 2.
    expect(rowsOf(apply(targetMap({ ground: ['aa.ab.bb'] }), rules), 'ground')).toEqual(['cc.ab.cc']);
  });

  it('input layers on different target layers must all match', () => {
    const rules = ruleMap({ layers: [
      { name: 'input_ground', rows: ['a'] }, { name: 'input_decor', rows: ['d'] }, { name: 'output_ground', rows: ['c'] },
    ] });
    const result = apply(targetMap({ ground: ['aa'], decor: ['d.'] }), rules);
    expect(rowsOf(result, 'ground')).toEqual(['ca']);
  });

  it('applies matches of flipped tiles only to the same flip', () => {
    const flipped = 0x80000000;
    const rules = ruleMap({ layers: [{ name: 'input_ground', rows: ['a'] }, { name: 'output_ground', rows: ['b'] }] });
    const target = targetMap({ ground: ['aa'] });
    const layer = target.layers[0]!;
    if (layer.kind !== 'tile') throw new Error('tile layer expected');
    layer.gids[1] = (1 | flipped) >>> 0;
    const result = apply(target, rules).layers[0]!;
    expect(result.kind === 'tile' && [...result.gids]).toEqual([2, (1 | flipped) >>> 0]);
  });

  it('copies output layer properties but Probability to the target layer', () => {
    const rules = ruleMap({ layers: [
      { name: 'input_ground', rows: ['a'] },
      { name: 'output_decor', rows: ['c'], properties: properties({ lit: true, Probability: 2 }) },
    ] });
    const decor = apply(targetMap({ ground: ['a'] }), rules).layers[1]!;
    expect(decor.properties).toEqual({ lit: true });
  });
});

describe('automapping: the MatchType tiles', () => {
  it('Empty matches an empty cell, and erases on an output layer', () => {
    const rules = ruleMap({ layers: [{ name: 'input_ground', rows: ['aE'] }, { name: 'output_ground', rows: ['b.'] }] });
    expect(rowsOf(apply(targetMap({ ground: ['a.aa'] }), rules), 'ground')).toEqual(['b.aa']);
    const eraser = ruleMap({ layers: [{ name: 'input_ground', rows: ['a'] }, { name: 'output_ground', rows: ['E'] }] });
    expect(rowsOf(apply(targetMap({ ground: ['ab'] }), eraser), 'ground')).toEqual(['.b']);
  });

  it('Ignore joins cells into one rule without a condition of its own', () => {
    const joined = ruleMap({ layers: [{ name: 'input_ground', rows: ['aIa'] }, { name: 'output_ground', rows: ['b.b'] }] });
    expect(rowsOf(apply(targetMap({ ground: ['aca', 'ac.'] }), joined), 'ground')).toEqual(['bcb', 'ac.']);
    // Without the Ignore tile the two cells are two rules, each matching any single "a".
    const apart = ruleMap({ layers: [{ name: 'input_ground', rows: ['a.a'] }, { name: 'output_ground', rows: ['b.b'] }] });
    expect(rowsOf(apply(targetMap({ ground: ['aca', 'ac.'] }), apart), 'ground')).toEqual(['bcb', 'bc.']);
  });

  it('NonEmpty matches any tile', () => {
    const rules = ruleMap({ layers: [{ name: 'input_ground', rows: ['N'] }, { name: 'output_decor', rows: ['c'] }] });
    expect(rowsOf(apply(targetMap({ ground: ['a.b'] }), rules), 'decor')).toEqual(['c.c']);
  });

  it('Other matches tiles the rule does not use on that layer, empty cells included', () => {
    const rules = ruleMap({ layers: [{ name: 'input_ground', rows: ['aO'] }, { name: 'output_ground', rows: ['b.'] }] });
    expect(rowsOf(apply(targetMap({ ground: ['aab.a', 'a....'] }), rules), 'ground')).toEqual(['abb.a', 'b....']);
  });

  it('Other does not match empty cells when the rule uses the Empty tile (Tiled 1.10)', () => {
    const rules = ruleMap({ layers: [{ name: 'input_ground', rows: ['EaO'] }, { name: 'output_ground', rows: ['.b.'] }] });
    expect(rowsOf(apply(targetMap({ ground: ['.ab.a.'] }), rules), 'ground')).toEqual(['.bb.a.']);
  });

  it('Negate makes the other input layers of that target act as inputnot at its cell', () => {
    const rules = ruleMap({ layers: [
      { name: 'input_ground', rows: ['a'] }, { name: 'input_ground', rows: ['X'] }, { name: 'output_decor', rows: ['c'] },
    ] });
    expect(rowsOf(apply(targetMap({ ground: ['ab.'] }), rules), 'decor')).toEqual(['.cc']);
  });

  it('AutoEmpty makes an input layer\'s empty cells inside the input region match only empty cells', () => {
    const layers = (autoEmpty: boolean): Parameters<typeof ruleMap>[0]['layers'] => [
      { name: 'input_ground', rows: ['a.'], properties: properties({ AutoEmpty: autoEmpty }) },
      { name: 'input_decor', rows: ['.d'] },
      { name: 'output_ground', rows: ['b.'] },
    ];
    const target = targetMap({ ground: ['ac'], decor: ['.d'] });
    expect(rowsOf(apply(target, ruleMap({ layers: layers(false) })), 'ground')).toEqual(['bc']);
    expect(rowsOf(apply(target, ruleMap({ layers: layers(true) })), 'ground')).toEqual(['ac']);
    expect(rowsOf(apply(targetMap({ ground: ['a.'], decor: ['.d'] }), ruleMap({ layers: layers(true) })), 'ground')).toEqual(['b.']);
  });
});

describe('automapping: regions', () => {
  it('legacy regions: a region cell empty in every input is "any other tile", never empty', () => {
    const rules = ruleMap({ layers: [
      { name: 'regions', rows: ['aa'] }, { name: 'input_ground', rows: ['a.'] }, { name: 'output_ground', rows: ['b.'] },
    ] });
    expect(rules.legacy).toBe(true);
    expect(rowsOf(apply(targetMap({ ground: ['ac.aa', 'a....'] }), rules), 'ground')).toEqual(['bc.aa', 'a....']);
  });

  it('legacy regions_input and regions_output: only the output region is written', () => {
    const rules = ruleMap({ layers: [
      { name: 'regions_input', rows: ['a.'] }, { name: 'regions_output', rows: ['a.'] },
      { name: 'input_ground', rows: ['a.'] }, { name: 'output_ground', rows: ['bb'] },
    ] });
    expect(rowsOf(apply(targetMap({ ground: ['ac'] }), rules), 'ground')).toEqual(['bc']);
  });

  it('legacy rule maps match in order unless MatchInOrder says otherwise', () => {
    const layers = [
      { name: 'regions', rows: ['a', '.', 'a'] }, { name: 'input_ground', rows: ['a', '.', 'b'] }, { name: 'output_ground', rows: ['b', '.', 'c'] },
    ];
    expect(rowsOf(apply(targetMap({ ground: ['ab'] }), ruleMap({ layers })), 'ground')).toEqual(['cc']);
    expect(rowsOf(apply(targetMap({ ground: ['ab'] }), ruleMap({ layers, properties: { MatchInOrder: false } })), 'ground')).toEqual(['bc']);
  });
});

describe('automapping: rule order', () => {
  const twoRules = [
    { name: 'input_ground', rows: ['a', '.', 'b'] }, { name: 'output_ground', rows: ['b', '.', 'c'] },
  ];

  it('rules match simultaneously by default: the second rule does not see the first one\'s output', () => {
    expect(rowsOf(apply(targetMap({ ground: ['ab'] }), ruleMap({ layers: twoRules })), 'ground')).toEqual(['bc']);
  });

  it('MatchInOrder applies each match at once, so later rules see it', () => {
    const rules = ruleMap({ layers: twoRules, properties: { MatchInOrder: true } });
    expect(rowsOf(apply(targetMap({ ground: ['ab'] }), rules), 'ground')).toEqual(['cc']);
  });

  it('outputs apply top to bottom, then left to right: the later rule wins a cell', () => {
    const stacked = ruleMap({ layers: [{ name: 'input_ground', rows: ['a', '.', 'a'] }, { name: 'output_ground', rows: ['b', '.', 'c'] }] });
    expect(rowsOf(apply(targetMap({ ground: ['a'] }), stacked), 'ground')).toEqual(['c']);
    const sideBySide = ruleMap({ layers: [{ name: 'input_ground', rows: ['a.a'] }, { name: 'output_ground', rows: ['c.b'] }] });
    expect(rowsOf(apply(targetMap({ ground: ['a'] }), sideBySide), 'ground')).toEqual(['b']);
  });

  it('rule maps apply in order, each seeing what the ones before wrote', () => {
    const first = ruleMap({ layers: [{ name: 'input_ground', rows: ['a'] }, { name: 'output_ground', rows: ['b'] }] });
    const second = ruleMap({ layers: [{ name: 'input_ground', rows: ['b'] }, { name: 'output_ground', rows: ['c'] }] });
    expect(rowsOf(apply(targetMap({ ground: ['a'] }), [first, second]), 'ground')).toEqual(['c']);
  });
});
