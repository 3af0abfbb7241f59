// Properties of the automapping engine over random rule maps and maps: the same input and generator give
// the same output, a rule map whose input never occurs changes nothing, and every changed cell lies in the
// output region (or, with DeleteTiles, the input region) of a match that was applied there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRuleMaps, type AppliedMatch } from '../../src/tiled/automap/apply-rule-maps.ts';
import type { CompiledRuleMap } from '../../src/tiled/automap/automap-types.ts';
import { compileRuleMap } from '../../src/tiled/automap/compile-rule-map.ts';
import { hashedAutomapRandom } from '../../src/tiled/automap/hashed-random.ts';
import type { TiledMap } from '../../src/tiled/tiled-map.ts';
import { mapJson, readMap, targetMap, type LayerSpec } from '../fixtures/automap/rule-map-builder.ts';

const SIZE = 4;

function rowsArbitrary(characters: string, side: number): fc.Arbitrary<string[]> {
  const cell = fc.oneof({ weight: 3, arbitrary: fc.constant('.') }, { weight: 2, arbitrary: fc.constantFrom(...Array.from(characters)) });
  return fc.array(fc.array(cell, { minLength: side, maxLength: side }).map((cells) => cells.join('')), { minLength: side, maxLength: side });
}

const OPTION_NAMES = ['MatchInOrder', 'NoOverlappingOutput', 'DeleteTiles', 'MatchOutsideMap', 'WrapBorder', 'OverflowBorder'] as const;

/** Random rule maps drawn from the given input tiles; an inputnot layer only when `negated` (it matches what is absent). */
function ruleMapArbitrary(inputCharacters: string, negated = true): fc.Arbitrary<CompiledRuleMap | undefined> {
  return fc.record({
    input: rowsArbitrary(inputCharacters, SIZE),
    inputNot: negated ? fc.option(rowsArbitrary(inputCharacters, SIZE), { nil: undefined }) : fc.constant(undefined),
    first: rowsArbitrary('bcdE', SIZE),
    second: rowsArbitrary('bcdEI', SIZE),
    decor: rowsArbitrary('fg', SIZE),
    options: fc.subarray([...OPTION_NAMES]),
    probability: fc.constantFrom(1, 0.5),
  }).map((drawn) => {
    const layers: LayerSpec[] = [
      { name: 'input_ground', rows: drawn.input },
      ...(drawn.inputNot === undefined ? [] : [{ name: 'inputnot_ground', rows: drawn.inputNot }]),
      { name: 'output1_ground', rows: drawn.first },
      { name: 'output2_ground', rows: drawn.second },
      { name: 'output2_decor', rows: drawn.decor },
    ];
    const properties = { ...Object.fromEntries(drawn.options.map((name) => [name, true])), Probability: drawn.probability };
    const compiled = compileRuleMap(readMap(mapJson({ layers, properties })), { name: 'random.tmj' });
    return compiled.ok ? compiled.value : undefined;
  });
}

const targetArbitrary: fc.Arbitrary<TiledMap> = fc.record({ ground: rowsArbitrary('abc', 6), decor: rowsArbitrary('f', 6) })
  .map((layers) => targetMap(layers));

const generatorArbitrary = fc.record({ seed: fc.integer(), phase: fc.nat(8) });

function tileLayers(map: TiledMap): Record<string, number[]> {
  return Object.fromEntries(map.layers.flatMap((layer) => (layer.kind === 'tile' ? [[layer.name, [...layer.gids]]] : [])));
}

/** Cells (`layer:x,y`) the applied matches may have changed. */
function allowedCells(matches: readonly AppliedMatch[], ruleMaps: readonly CompiledRuleMap[], width: number): Set<string> {
  const allowed = new Set<string>();
  for (const match of matches) {
    const ruleMap = ruleMaps[match.ruleMap]!;
    const rule = ruleMap.rules[match.rule]!;
    const output = rule.outputs.find((candidate) => candidate.index === match.output)!;
    for (const layer of output.layers) {
      for (const write of layer.writes) allowed.add(`${layer.layerName}:${(match.y + write.y) * width + match.x + write.x}`);
    }
    if (!ruleMap.options.deleteTiles) continue;
    for (const layerName of rule.outputs.flatMap((candidate) => candidate.layers.map((layer) => layer.layerName))) {
      for (const cell of rule.inputCells) allowed.add(`${layerName}:${(match.y + cell.y) * width + match.x + cell.x}`);
    }
  }
  return allowed;
}

describe('automapping properties', () => {
  it('the same map, rules and generator give the same result', () => {
    fc.assert(fc.property(targetArbitrary, ruleMapArbitrary('abcENOIX'), generatorArbitrary, (target, rules, generator) => {
      fc.pre(rules !== undefined);
      const onceMatches: AppliedMatch[] = [];
      const againMatches: AppliedMatch[] = [];
      const once = applyRuleMaps(target, [rules], { random: hashedAutomapRandom(generator), onMatch: (match) => onceMatches.push(match) });
      const again = applyRuleMaps(target, [rules], { random: hashedAutomapRandom(generator), onMatch: (match) => againMatches.push(match) });
      expect(tileLayers(again.map)).toEqual(tileLayers(once.map));
      expect(againMatches).toEqual(onceMatches);
      expect(again.appliedMatches).toBe(onceMatches.length);
    }), { numRuns: 200 });
  });

  it('a rule map whose input never occurs changes nothing', () => {
    fc.assert(fc.property(targetArbitrary, ruleMapArbitrary('h', false), generatorArbitrary, (target, rules, generator) => {
      fc.pre(rules !== undefined);
      const result = applyRuleMaps(target, [rules], { random: hashedAutomapRandom(generator) });
      expect(result.appliedMatches).toBe(0);
      expect(result.map.layers).toEqual(target.layers);
      expect(result.map.tilesets).toEqual(target.tilesets);
    }), { numRuns: 150 });
  });

  it('changes only cells inside the output regions of applied matches', () => {
    fc.assert(fc.property(targetArbitrary, ruleMapArbitrary('abcENOIX'), generatorArbitrary, (target, rules, generator) => {
      fc.pre(rules !== undefined);
      const matches: AppliedMatch[] = [];
      const result = applyRuleMaps(target, [rules], { random: hashedAutomapRandom(generator), onMatch: (match) => matches.push(match) });
      const before = tileLayers(target);
      const allowed = allowedCells(matches, [rules], target.width);
      for (const [name, gids] of Object.entries(tileLayers(result.map))) {
        const old = before[name] ?? gids.map(() => 0);
        gids.forEach((gid, cell) => {
          if (gid !== old[cell]) expect(allowed.has(`${name}:${cell}`), `${name} cell ${cell} changed`).toBe(true);
        });
      }
    }), { numRuns: 200 });
  });
});
