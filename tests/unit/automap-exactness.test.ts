// Automapping cases where Tiled's result hinges on a detail: flipped tiles in inputs and outputs, locked
// layers and IgnoreLock, and rule maps that are not orthogonal. Each expected result is written from
// Tiled's manual (docs/manual/automapping.md, Tiled 1.10 to 1.12) or from a case whose maps Tiled itself
// saved, as each test says; none from Tiled's source.
import { describe, expect, it } from 'vitest';
import { loadRulesFile } from '../../src/level/load-dream-rules.ts';
import { applyRuleMaps } from '../../src/tiled/automap/apply-rule-maps.ts';
import type { AutomapRandom, CompiledRuleMap } from '../../src/tiled/automap/automap-types.ts';
import { compileRuleMap } from '../../src/tiled/automap/compile-rule-map.ts';
import { loadTiledFiles } from '../../src/tiled/load-tiled-files.ts';
import { readTiledJson } from '../../src/tiled/read-tiled-json.ts';
import { FLIPPED_DIAGONALLY as D, FLIPPED_HORIZONTALLY as H, FLIPPED_VERTICALLY as V, ROTATED_HEXAGONAL_120 as R, type TiledMap, type TiledTileLayer } from '../../src/tiled/tiled-map.ts';
import { automapRulesTileset, mapJson, optionArea, properties, readMap, rowsOf, terrainTileset, type Json } from '../fixtures/automap/rule-map-builder.ts';

const never: AutomapRandom = () => {
  throw new Error('a rule without randomness drew a random number');
};

/** A tileset of 16 plain tiles, gids 1-16, for cases that need more than terrain's eight. */
const sixteen: Json = { ...terrainTileset(), name: 'sixteen', tilecount: 16, columns: 16, imagewidth: 256, image: 'sixteen.png' };

/** A tile layer from raw gids (flip flags included), `width` wide, with boolean properties. */
function layer(name: string, grid: { readonly width: number; readonly gids: readonly number[] }, values: Readonly<Record<string, boolean>> = {}): Json {
  const { width, gids } = grid;
  return { name, width, height: gids.length / width, data: gids.map((gid) => gid >>> 0), type: 'tilelayer', opacity: 1, visible: true, x: 0, y: 0, properties: properties(values) };
}

function mapOf(layers: readonly Json[], extra: Json = {}): Json {
  const base = mapJson({ layers: [{ name: 'placeholder', rows: ['.'] }], tilesets: [sixteen, automapRulesTileset()] });
  const width = layers.find((entry) => entry.type === 'tilelayer')!.width as number;
  const height = layers.find((entry) => entry.type === 'tilelayer')!.height as number;
  return { ...base, width, height, layers: layers.map((entry, index) => ({ id: index + 1, ...entry })), ...extra };
}

function compiled(json: Json): CompiledRuleMap {
  const result = compileRuleMap(readMap(json), { name: 'rules.tmj' });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('; '));
  return result.value;
}

function gidsOf(map: TiledMap, name: string): number[] {
  const found = map.layers.find((entry): entry is TiledTileLayer => entry.kind === 'tile' && entry.name === name);
  if (found === undefined) throw new Error(`no layer ${name}`);
  return [...found.gids];
}

describe('automapping exactness: flipped tiles', () => {
  // Tiled's own case tests/automapping/ignore-flip (its map, rule map and result saved by Tiled 1.10.2):
  // tile 2 in all eight flips; eight one-cell rules, each ignoring a different set of flip flags and
  // writing its own tile. Rules apply in order (by row, then column) and the last match on a cell wins,
  // so each cell shows the rule that ignores the fewest flags and still matches it.
  it('Ignore*Flip input layers match those flips either way; without them a tile matches only its own flips', () => {
    const row = (cells: Readonly<Record<number, number>>): number[] => Array.from({ length: 10 }, (_, x) => cells[x] ?? 0);
    const blank = row({});
    const inputAt = (y: number, x: number): number[] => [...blank, ...(y === 1 ? row({ [x]: 2 }) : blank), ...blank, ...(y === 3 ? row({ [x]: 2 }) : blank), ...blank];
    const rules = compiled(mapOf([
      layer('input_set', { width: 10, gids: inputAt(3, 7) }),
      layer('input_set', { width: 10, gids: inputAt(3, 5) }, { IgnoreVerticalFlip: true }),
      layer('input_set', { width: 10, gids: inputAt(3, 3) }, { IgnoreHorizontalFlip: true }),
      layer('input_set', { width: 10, gids: inputAt(3, 1) }, { IgnoreHorizontalFlip: true, IgnoreVerticalFlip: true }),
      layer('input_set', { width: 10, gids: inputAt(1, 7) }, { IgnoreDiagonalFlip: true }),
      layer('input_set', { width: 10, gids: inputAt(1, 5) }, { IgnoreDiagonalFlip: true, IgnoreVerticalFlip: true }),
      layer('input_set', { width: 10, gids: inputAt(1, 3) }, { IgnoreDiagonalFlip: true, IgnoreHorizontalFlip: true }),
      layer('input_set', { width: 10, gids: inputAt(1, 1) }, { IgnoreDiagonalFlip: true, IgnoreHorizontalFlip: true, IgnoreVerticalFlip: true }),
      layer('output_set', { width: 10, gids: [...blank, ...row({ 1: 5, 3: 6, 5: 7, 7: 8 }), ...blank, ...row({ 1: 9, 3: 10, 5: 11, 7: 12 }), ...blank] }),
    ]));
    const target = readMap(mapOf([layer('set', { width: 4, gids: [2, 2 | V, 2 | H, 2 | H | V, 2 | D, 2 | D | V, 2 | D | H, 2 | D | H | V] })], { tilesets: [sixteen] }));
    expect(gidsOf(applyRuleMaps(target, [rules], { random: never }).map, 'set')).toEqual([12, 11, 10, 9, 8, 7, 6, 5]);
  });

  // The manual (Tiled 1.9+): what a special tile means comes from its MatchType property, so it means
  // the same however it is drawn; a plain tile is written with the flips it is drawn with.
  it('a flipped Ignore still joins a rule and a flipped Empty still matches empty; outputs keep their flips', () => {
    const ignore = 102;
    const empty = 101;
    const rules = compiled(mapOf([
      layer('input_ground', { width: 3, gids: [1, ignore | H | V, (empty | D) >>> 0] }),
      layer('output_ground', { width: 3, gids: [(3 | H) >>> 0, 0, (4 | V | D) >>> 0] }),
    ]));
    const target = readMap(mapOf([layer('ground', { width: 4, gids: [1, 7, 0, 1] })], { tilesets: [sixteen] }));
    // One three-cell rule (the Ignore joins both ends): tile 1, anything, then empty.
    expect(gidsOf(applyRuleMaps(target, [rules], { random: never }).map, 'ground')).toEqual([(3 | H) >>> 0, 7, (4 | V | D) >>> 0, 1]);
  });

  it('the Other tile does not match a tile the rule uses, in any flip it ignores', () => {
    const other = 104;
    const rules = compiled(mapOf([
      layer('input_ground', { width: 2, gids: [1, other] }, { IgnoreHorizontalFlip: true }),
      layer('output_ground', { width: 2, gids: [5, 0] }),
    ]));
    // Beside tile 1: a flipped 1 is the rule's own tile, not another; tile 2 is.
    const target = readMap(mapOf([layer('ground', { width: 5, gids: [1, (1 | H) >>> 0, 0, 1, 2] })], { tilesets: [sixteen] }));
    expect(gidsOf(applyRuleMaps(target, [rules], { random: never }).map, 'ground')).toEqual([1, 5, 0, 5, 2]);
  });
  // The manual (Tiled 1.10 to 1.12): IgnoreHexRotate120 on an input layer "also match[es] 120-degree
  // rotated tiles", a flag bit of its own beside the three flips; each ignored flag widens the match alone.
  it('IgnoreHexRotate120 matches a tile rotated by 120 degrees too, and no other flip', () => {
    const applied = (ignore: Readonly<Record<string, boolean>>): number[] => {
      const rules = compiled(mapOf([layer('input_set', { width: 1, gids: [2] }, ignore), layer('output_set', { width: 1, gids: [5] })]));
      const target = readMap(mapOf([layer('set', { width: 5, gids: [2, (2 | R) >>> 0, (2 | R | D) >>> 0, (2 | H) >>> 0, (3 | R) >>> 0] })], { tilesets: [sixteen] }));
      return gidsOf(applyRuleMaps(target, [rules], { random: never }).map, 'set');
    };
    expect(applied({})).toEqual([5, (2 | R) >>> 0, (2 | R | D) >>> 0, (2 | H) >>> 0, (3 | R) >>> 0]);
    expect(applied({ IgnoreHexRotate120: true })).toEqual([5, 5, (2 | R | D) >>> 0, (2 | H) >>> 0, (3 | R) >>> 0]);
    expect(applied({ IgnoreHexRotate120: true, IgnoreDiagonalFlip: true })).toEqual([5, 5, 5, (2 | H) >>> 0, (3 | R) >>> 0]);
  });

  it('a rule tile drawn rotated by 120 degrees matches only that rotation unless the layer ignores it', () => {
    const rules = compiled(mapOf([layer('input_set', { width: 1, gids: [(2 | R) >>> 0] }), layer('output_set', { width: 1, gids: [5] })]));
    const target = readMap(mapOf([layer('set', { width: 2, gids: [2, (2 | R) >>> 0] })], { tilesets: [sixteen] }));
    expect(gidsOf(applyRuleMaps(target, [rules], { random: never }).map, 'set')).toEqual([2, 5]);
  });
});

describe('automapping exactness: locked layers (Tiled 1.10+, the manual\'s IgnoreLock)', () => {
  // Two rules: 2 -> 3, and under a rule_options rectangle with IgnoreLock, 3 -> 4 (the layout of Tiled's
  // own case tests/automapping/option-ignore-lock). The manual: "Since Tiled 1.10, Automapping rules no
  // longer modify locked layers. Set this property to true to ignore the lock."
  const rules = (): CompiledRuleMap => compiled(mapOf([
    layer('input_set', { width: 5, gids: [0, 0, 0, 0, 0, 0, 2, 0, 3, 0, 0, 0, 0, 0, 0] }),
    layer('output_set', { width: 5, gids: [0, 0, 0, 0, 0, 0, 3, 0, 4, 0, 0, 0, 0, 0, 0] }),
    { name: 'rule_options', type: 'objectgroup', objects: [optionArea(1, { x: 2.75, y: 0.75, width: 1.5, height: 1.5 }, { IgnoreLock: true })], opacity: 1, visible: true, x: 0, y: 0 },
  ]));
  const cells = [0, 0, 0, 0, 0, 0, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 4, 3, 2, 0, 0, 0, 0, 0, 0];

  it('a locked layer is written only by the rules with IgnoreLock', () => {
    const target = readMap(mapOf([{ ...layer('set', { width: 5, gids: cells }), locked: true }], { tilesets: [sixteen] }));
    expect(gidsOf(applyRuleMaps(target, [rules()], { random: never }).map, 'set')).toEqual([0, 0, 0, 0, 0, 0, 2, 4, 4, 0, 0, 0, 0, 0, 0, 0, 4, 4, 2, 0, 0, 0, 0, 0, 0]);
  });

  it('an unlocked layer is written by every rule, and a layer inside a locked group is locked', () => {
    const open = readMap(mapOf([layer('set', { width: 5, gids: cells })], { tilesets: [sixteen] }));
    expect(gidsOf(applyRuleMaps(open, [rules()], { random: never }).map, 'set')).toEqual([0, 0, 0, 0, 0, 0, 3, 4, 4, 0, 0, 0, 0, 0, 0, 0, 4, 4, 3, 0, 0, 0, 0, 0, 0]);
    const grouped = readMap(mapOf([{ name: 'walls', type: 'group', locked: true, opacity: 1, visible: true, x: 0, y: 0, layers: [{ id: 9, ...layer('set', { width: 5, gids: cells }) }] }, layer('floor', { width: 5, gids: cells })], { tilesets: [sixteen] }));
    const groupRules = compiled(mapOf([layer('input_walls/set', { width: 1, gids: [2] }), layer('output_walls/set', { width: 1, gids: [3] })]));
    expect(gidsOf(applyRuleMaps(grouped, [groupRules], { random: never }).map, 'walls/set')).toEqual(cells);
  });

  it('IgnoreLock on the rule map is every rule\'s default', () => {
    const withDefault = compiled(mapOf([layer('input_set', { width: 1, gids: [2] }), layer('output_set', { width: 1, gids: [3] })], { properties: properties({ IgnoreLock: true }) }));
    const target = readMap(mapOf([{ ...layer('set', { width: 5, gids: cells }), locked: true }], { tilesets: [sixteen] }));
    expect(gidsOf(applyRuleMaps(target, [withDefault], { random: never }).map, 'set').filter((gid) => gid === 2)).toEqual([]);
  });

  it('the readers keep a layer\'s lock, from JSON and from TMX', async () => {
    const read = readTiledJson(JSON.stringify(mapOf([{ ...layer('set', { width: 1, gids: [1] }), locked: true }, layer('free', { width: 1, gids: [1] })], { tilesets: [sixteen] })));
    if (!read.ok) throw new Error('the map does not read');
    expect(read.value.layers.map((entry) => entry.kind === 'tile' && entry.locked)).toEqual([true, false]);
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" renderorder="right-down" width="1" height="1" tilewidth="16" tileheight="16" infinite="0" nextlayerid="3" nextobjectid="1">
 <layer id="1" name="set" width="1" height="1" locked="1"><data encoding="csv">0</data></layer>
 <layer id="2" name="free" width="1" height="1"><data encoding="csv">0</data></layer>
</map>`;
    const loaded = await loadTiledFiles({ mapPath: 'locked.tmx', readFile: () => Promise.resolve(new TextEncoder().encode(tmx)) });
    if (!loaded.loaded.ok) throw new Error('the TMX map does not read');
    expect(loaded.loaded.value.layers.map((entry) => entry.kind === 'tile' && entry.locked)).toEqual([true, false]);
  });
});

describe('automapping exactness: rule maps of any orientation (the manual: rules are cells)', () => {
  const files = (orientation: string): Map<string, Uint8Array> => {
    const rules = mapJson({ layers: [{ name: 'input_walls', rows: ['bE'] }, { name: 'output_walls', rows: ['.d'] }] });
    const text = JSON.stringify({ ...rules, orientation, ...(orientation === 'hexagonal' ? { hexsidelength: 8, staggeraxis: 'y', staggerindex: 'odd' } : {}), ...(orientation === 'staggered' ? { staggeraxis: 'y', staggerindex: 'odd' } : {}) });
    return new Map([['rules.tmj', new TextEncoder().encode(text)]]);
  };

  it.each(['isometric', 'staggered', 'hexagonal'])('a %s rule map gives what its orthogonal twin gives on an orthogonal map', async (orientation) => {
    const target = readMap(mapJson({ layers: [{ name: 'walls', rows: ['b.bb.'] }], tilesets: [terrainTileset()] }));
    const results = await Promise.all(['orthogonal', orientation].map(async (kind) => {
      const stored = files(kind);
      const loaded = await loadRulesFile({
        rulesPath: 'rules.tmj', named: 'rules.tmj', mapPath: 'map.tmj', place: '',
        readFile: (path) => (stored.has(path) ? Promise.resolve(stored.get(path)!) : Promise.reject(new Error('no such file'))),
      });
      expect(loaded.problems).toEqual([]);
      return rowsOf(applyRuleMaps(target, loaded.ruleMaps, { random: never }).map, 'walls');
    }));
    expect(results[1]).toEqual(['bdbbd']);
    expect(results[1]).toEqual(results[0]);
  });

  it('a map to play must still be orthogonal', () => {
    const read = readTiledJson(JSON.stringify({ ...mapJson({ layers: [{ name: 'walls', rows: ['b'] }] }), orientation: 'isometric' }));
    expect(read.ok).toBe(false);
  });
});
