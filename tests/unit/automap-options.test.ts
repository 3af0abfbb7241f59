// The map properties and per-rule options of Tiled's Automapping manual, random outputs, and the problems
// a rule map can have, each with a rule map written by hand and the result the manual describes.
import { describe, expect, it } from 'vitest';
import { applyRuleMaps } from '../../src/tiled/automap/apply-rule-maps.ts';
import type { AutomapRandom, CompiledRuleMap, RandomDraw } from '../../src/tiled/automap/automap-types.ts';
import { compileRuleMap } from '../../src/tiled/automap/compile-rule-map.ts';
import type { TiledMap } from '../../src/tiled/tiled-map.ts';
import {
  automapRulesTileset, mapJson, optionArea, properties, readMap, rowsOf, ruleMap, targetMap, terrainTileset,
} from '../fixtures/automap/rule-map-builder.ts';

const never: AutomapRandom = () => {
  throw new Error('a rule without randomness drew a random number');
};

function apply(target: TiledMap, rules: CompiledRuleMap, random: AutomapRandom = never): TiledMap {
  return applyRuleMaps(target, [rules], { random }).map;
}

describe('automapping: the map edge', () => {
  const leftEmpty = [{ name: 'input_ground', rows: ['Ea'] }, { name: 'output_ground', rows: ['.b'] }];
  const pair = [{ name: 'input_ground', rows: ['aa'] }, { name: 'output_ground', rows: ['.c'] }];

  it('a bounded map matches only where the whole input lies inside, unless MatchOutsideMap', () => {
    expect(rowsOf(apply(targetMap({ ground: ['aa'] }), ruleMap({ layers: leftEmpty })), 'ground')).toEqual(['aa']);
    const outside = ruleMap({ layers: leftEmpty, properties: { MatchOutsideMap: true } });
    expect(rowsOf(apply(targetMap({ ground: ['aa'] }), outside), 'ground')).toEqual(['ba']);
  });

  it('an infinite map matches outside by default', () => {
    expect(rowsOf(apply(targetMap({ ground: ['aa'] }, { infinite: true }), ruleMap({ layers: leftEmpty })), 'ground')).toEqual(['ba']);
  });

  it('OverflowBorder reads outside cells as copies of the nearest inside ones', () => {
    const overflow = ruleMap({ layers: pair, properties: { OverflowBorder: true } });
    expect(rowsOf(apply(targetMap({ ground: ['ab.b'] }), overflow), 'ground')).toEqual(['cb.b']);
    const plain = ruleMap({ layers: pair, properties: { MatchOutsideMap: true } });
    expect(rowsOf(apply(targetMap({ ground: ['ab.b'] }), plain), 'ground')).toEqual(['ab.b']);
  });

  it('WrapBorder wraps the map around, and wins over OverflowBorder', () => {
    const wrap = ruleMap({ layers: pair, properties: { WrapBorder: true } });
    expect(rowsOf(apply(targetMap({ ground: ['ab.a'] }), wrap), 'ground')).toEqual(['cb.a']);
    const both = ruleMap({ layers: pair, properties: { WrapBorder: true, OverflowBorder: true } });
    expect(rowsOf(apply(targetMap({ ground: ['ab.b'] }), both), 'ground')).toEqual(['ab.b']);
  });
});

describe('automapping: DeleteTiles', () => {
  it('clears the input region on the output layers before writing', () => {
    const layers = [{ name: 'input_ground', rows: ['aa'] }, { name: 'output_decor', rows: ['.c'] }];
    const target = targetMap({ ground: ['aa'], decor: ['dd'] });
    expect(rowsOf(apply(target, ruleMap({ layers })), 'decor')).toEqual(['dc']);
    expect(rowsOf(apply(target, ruleMap({ layers, properties: { DeleteTiles: true } })), 'decor')).toEqual(['.c']);
  });
});

describe('automapping: random outputs', () => {
  const randomLayers = (weight: number): Parameters<typeof ruleMap>[0]['layers'] => [
    { name: 'input_ground', rows: ['a'] },
    { name: 'output1_ground', rows: ['b'] },
    { name: 'output2_ground', rows: ['c'], properties: properties({ Probability: 1 }) },
    { name: 'output2_ground', rows: ['.'], properties: properties({ Probability: weight }) },
  ];

  it('chooses an output index per match, weighted by the top-most Probability of its layers', () => {
    const rules = ruleMap({ layers: randomLayers(3) });
    // Weights 1 and 3: a draw below a quarter picks output 1.
    expect(rowsOf(apply(targetMap({ ground: ['a'] }), rules, () => 0.2), 'ground')).toEqual(['b']);
    expect(rowsOf(apply(targetMap({ ground: ['a'] }), rules, () => 0.3), 'ground')).toEqual(['c']);
    const draws: RandomDraw[] = [];
    const byCell: AutomapRandom = (draw) => {
      draws.push(draw);
      return draw.x === 0 ? 0 : 0.9;
    };
    expect(rowsOf(apply(targetMap({ ground: ['aa'] }), rules, byCell), 'ground')).toEqual(['bc']);
    expect(draws).toEqual([
      { ruleMap: 0, rule: 0, x: 0, y: 0, purpose: 'output-choice' },
      { ruleMap: 0, rule: 0, x: 1, y: 0, purpose: 'output-choice' },
    ]);
  });

  it('never chooses an output of Probability 0', () => {
    expect(rowsOf(apply(targetMap({ ground: ['aa'] }), ruleMap({ layers: randomLayers(0) }), never), 'ground')).toEqual(['bb']);
  });

  it('NoOverlappingOutput skips a match whose output overlaps the same rule\'s earlier output', () => {
    const layers = [{ name: 'input_ground', rows: ['a.'] }, { name: 'output_ground', rows: ['bc'] }];
    const overlapping = ruleMap({ layers });
    expect(rowsOf(apply(targetMap({ ground: ['aaa.'] }), overlapping), 'ground')).toEqual(['bbbc']);
    const separate = ruleMap({ layers, properties: { NoOverlappingOutput: true } });
    expect(rowsOf(apply(targetMap({ ground: ['aaa.'] }), separate), 'ground')).toEqual(['bcbc']);
  });
});

describe('automapping: rule_options', () => {
  const single = [{ name: 'input_ground', rows: ['a.'] }, { name: 'output_ground', rows: ['b.'] }];
  const withOptions = (values: Readonly<Record<string, string | number | boolean>>): CompiledRuleMap =>
    ruleMap({ layers: [...single, { name: 'rule_options', objects: [optionArea(1, { x: 0, y: 0, width: 1, height: 1 }, values)] }] });

  it('ModX and OffsetX apply a rule every N columns', () => {
    expect(rowsOf(apply(targetMap({ ground: ['aaaa'] }), withOptions({ ModX: 2 })), 'ground')).toEqual(['baba']);
    expect(rowsOf(apply(targetMap({ ground: ['aaaa'] }), withOptions({ ModX: 2, OffsetX: 1 })), 'ground')).toEqual(['abab']);
  });

  it('ModY and OffsetY apply a rule every N rows', () => {
    expect(rowsOf(apply(targetMap({ ground: ['a', 'a', 'a'] }), withOptions({ ModY: 2 })), 'ground')).toEqual(['b', 'a', 'b']);
    expect(rowsOf(apply(targetMap({ ground: ['a', 'a', 'a'] }), withOptions({ ModY: 2, OffsetY: 1 })), 'ground')).toEqual(['a', 'b', 'a']);
  });

  it('Probability skips a match when the draw is not below it', () => {
    const random: AutomapRandom = (draw) => (draw.purpose === 'rule-probability' && draw.x === 0 ? 0.4 : 0.6);
    expect(rowsOf(apply(targetMap({ ground: ['aa'] }), withOptions({ Probability: 0.5 }), random), 'ground')).toEqual(['ba']);
  });

  it('Disabled turns off only the rules under the rectangle', () => {
    const rules = ruleMap({ layers: [
      { name: 'input_ground', rows: ['a.a'] }, { name: 'output_ground', rows: ['b.c'] },
      { name: 'rule_options', objects: [optionArea(1, { x: 2, y: 0, width: 1, height: 1 }, { Disabled: true })] },
    ] });
    expect(rowsOf(apply(targetMap({ ground: ['a'] }), rules), 'ground')).toEqual(['b']);
  });

  it('options on the rule map are the defaults a rectangle overrides', () => {
    const rules = ruleMap({
      layers: [
        { name: 'input_ground', rows: ['a.a'] }, { name: 'output_ground', rows: ['b.c'] },
        { name: 'rule_options', objects: [optionArea(1, { x: 2, y: 0, width: 1, height: 1 }, { ModX: 1 })] },
      ],
      properties: { ModX: 3 },
    });
    // Rule "b" every third column, rule "c" (overridden) everywhere and later, so it wins each cell.
    expect(rowsOf(apply(targetMap({ ground: ['aaaa'] }), rules), 'ground')).toEqual(['cccc']);
    const onlyFirst = ruleMap({ layers: single, properties: { ModX: 3 } });
    expect(rowsOf(apply(targetMap({ ground: ['aaaa'] }), onlyFirst), 'ground')).toEqual(['baab']);
  });

  it('NoOverlappingOutput can be set per rule', () => {
    const rules = ruleMap({ layers: [
      { name: 'input_ground', rows: ['a.'] }, { name: 'output_ground', rows: ['bc'] },
      { name: 'rule_options', objects: [optionArea(1, { x: 0, y: 0, width: 2, height: 1 }, { NoOverlappingOutput: true })] },
    ] });
    expect(rowsOf(apply(targetMap({ ground: ['aaa.'] }), rules), 'ground')).toEqual(['bcbc']);
  });
});

describe('automapping: tilesets', () => {
  it('adds a rule map\'s tileset to the map when a rule writes one of its tiles', () => {
    const json = mapJson({
      layers: [{ name: 'input_ground', rows: ['a'] }, { name: 'output_ground', rows: ['.'] }],
      tilesets: [terrainTileset(), automapRulesTileset(), terrainTileset(201, 'flowers')],
    });
    const layers = json.layers as { data?: number[] }[];
    layers[1]!.data = [203];
    const compiled = compileRuleMap(readMap(json), { name: 'rules.tmj' });
    if (!compiled.ok) throw new Error('rule map refused');
    const result = applyRuleMaps(targetMap({ ground: ['ab'] }), [compiled.value], { random: never });
    expect(result.addedTilesets).toEqual([{ ruleMap: 0, name: 'flowers', firstGid: 9 }]);
    const ground = result.map.layers[0]!;
    expect(ground.kind === 'tile' && [...ground.gids]).toEqual([11, 2]);
    expect(result.map.tilesets.map((tileset) => tileset.name)).toEqual(['terrain', 'flowers']);
    const none = applyRuleMaps(targetMap({ ground: ['bb'] }), [compiled.value], { random: never });
    expect(none.map.tilesets.map((tileset) => tileset.name)).toEqual(['terrain']);
  });
});

describe('automapping: tiles by tileset', () => {
  function compiledWith(patch: (layers: { data?: number[] }[]) => void): CompiledRuleMap {
    const json = mapJson({
      layers: [{ name: 'input_ground', rows: ['a'] }, { name: 'output_ground', rows: ['b'] }],
      tilesets: [terrainTileset(), automapRulesTileset(), terrainTileset(201, 'flowers')],
    });
    patch(json.layers as { data?: number[] }[]);
    const compiled = compileRuleMap(readMap(json), { name: 'rules.tmj' });
    if (!compiled.ok) throw new Error('rule map refused');
    return compiled.value;
  }

  it('a rule map tile from a tileset the map lacks matches nothing and adds nothing', () => {
    const rules = compiledWith((layers) => {
      layers[0]!.data = [201];
    });
    const result = applyRuleMaps(targetMap({ ground: ['aa'] }), [rules], { random: never });
    expect(result.appliedMatches).toBe(0);
    expect(result.map.tilesets.map((tileset) => tileset.name)).toEqual(['terrain']);
  });

  it('flip flags in a rule map are matched and written as drawn', () => {
    const flipped = 0x80000000;
    const rules = compiledWith((layers) => {
      layers[0]!.data = [(1 | flipped) >>> 0];
      layers[1]!.data = [(2 | flipped) >>> 0];
    });
    const target = targetMap({ ground: ['aa'] });
    const layer = target.layers[0]!;
    if (layer.kind !== 'tile') throw new Error('tile layer expected');
    layer.gids[1] = (1 | flipped) >>> 0;
    const ground = applyRuleMaps(target, [rules], { random: never }).map.layers[0]!;
    expect(ground.kind === 'tile' && [...ground.gids]).toEqual([1, (2 | flipped) >>> 0]);
  });
});

describe('automapping: problems in a rule map', () => {
  function problemsOf(json: Record<string, unknown>): string[] {
    const compiled = compileRuleMap(readMap(json), { name: 'bad.tmj' });
    return compiled.ok ? compiled.warnings.map((problem) => `warning: ${problem.place}: ${problem.message}`) : compiled.problems.map((problem) => `${problem.place}: ${problem.message}`);
  }

  it('names a rule map with no input or no output layers', () => {
    expect(problemsOf(mapJson({ layers: [{ name: 'ground', rows: ['a'] }] }))).toEqual([
      'rule map "bad.tmj": the rule map has no input layers',
      'rule map "bad.tmj": the rule map has no output layers',
    ]);
  });

  it('names a rule layer without a target and an option of the wrong type', () => {
    expect(problemsOf(mapJson({ layers: [{ name: 'input_ground', rows: ['a'] }, { name: 'output2', rows: ['b'] }], properties: { ModX: 0 } }))).toEqual([
      'rule map "bad.tmj" layer "output2": "output2" starts like a rule layer but has no "_<layer>" after its prefix and index',
      'rule map "bad.tmj": the rule map has no output layers',
    ]);
    expect(problemsOf(mapJson({ layers: [{ name: 'input_ground', rows: ['a'] }, { name: 'output_ground', rows: ['b'] }], properties: { ModX: 0, MatchInOrder: 'yes' } }))).toEqual([
      'rule map "bad.tmj": MatchInOrder should be true or false but is "yes"',
      'rule map "bad.tmj": ModX should be a whole number of at least 1 but is 0',
    ]);
  });

  it('warns of a rule with output but no input', () => {
    expect(problemsOf(mapJson({ layers: [{ name: 'input_ground', rows: ['a..'] }, { name: 'output_ground', rows: ['b.b'] }] }))).toEqual([
      'warning: rule map "bad.tmj" at tile 2,0: this rule has output but no input, so it never matches',
    ]);
  });
});
