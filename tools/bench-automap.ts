// The automapping benchmark (bench.ts runs it): a 20-rule rule map applied once to a generated 256x256
// map, as `npm run dream` or a dream phase would. Each sample reads the rule map into rules and applies
// them (the dream may compile per phase), on a fresh copy of nothing: the input map is never changed.
import { applyRuleMaps } from '../src/tiled/automap/apply-rule-maps.ts';
import { compileRuleMap } from '../src/tiled/automap/compile-rule-map.ts';
import { hashedAutomapRandom } from '../src/tiled/automap/hashed-random.ts';
import type { TiledLayer, TiledMap, TiledTileset } from '../src/tiled/tiled-map.ts';
import { generator } from './generated-level.ts';

const SIZE = 256;
const RULES = 20;
/** Gids 1-32 are tiles; 33-37 the MatchType tiles Empty, Ignore, NonEmpty, Other, Negate. */
const EMPTY = 33;
const IGNORE = 34;
const NON_EMPTY = 35;
const OTHER = 36;

type Time = (action: () => void) => number;

function tileset(name: string, firstGid: number, matchTypes: readonly string[] = []): TiledTileset {
  const tiles = new Map(matchTypes.map((type, id) => [id, { id, className: '', properties: { MatchType: type }, animation: [], collision: [] }]));
  return {
    name, firstGid, tileCount: matchTypes.length > 0 ? matchTypes.length : 32, columns: 8, tileWidth: 16, tileHeight: 16,
    margin: 0, spacing: 0, image: `${name}.png`, imagePath: `${name}.png`, imageWidth: 128, imageHeight: 64, tiles, properties: {},
    tileOffset: { x: 0, y: 0 },
  };
}

function layer(options: { id: number; name: string; width: number; height: number; gids: Uint32Array; properties?: Record<string, number> }): TiledLayer {
  return { kind: 'tile', className: '', visible: true, locked: false, opacity: 1, properties: {}, ...options };
}

function map(size: { width: number; height: number }, layers: TiledLayer[], tilesets: TiledTileset[]): TiledMap {
  return { orientation: 'orthogonal', ...size, tileWidth: 16, tileHeight: 16, infinite: false, layers, tilesets, properties: {} };
}

/** A district: ground everywhere (tiles 1-4), walls on about a third of it (tiles 5-12). */
function targetMap(): TiledMap {
  const random = generator(SIZE);
  const ground = new Uint32Array(SIZE * SIZE).map(() => 1 + random(4));
  const walls = new Uint32Array(SIZE * SIZE).map(() => (random(3) === 0 ? 5 + random(8) : 0));
  return map({ width: SIZE, height: SIZE }, [
    layer({ id: 1, name: 'ground', width: SIZE, height: SIZE, gids: ground }),
    layer({ id: 2, name: 'walls', width: SIZE, height: SIZE, gids: walls }),
  ], [tileset('district', 1)]);
}

/** Twenty 3x3 rules side by side, four kinds in turn], each on its own tiles. */
function ruleMap(): TiledMap {
  const width = RULES * 4;
  const height = 3;
  const names = ['input_walls', 'inputnot_walls', 'input_ground', 'output1_walls', 'output2_walls', 'output_decor'] as const;
  const grids = Object.fromEntries(names.map((name) => [name, new Uint32Array(width * height)])) as Record<(typeof names)[number], Uint32Array>;
  const set = (name: (typeof names)[number], cell: readonly [x: number, y: number], gid: number): void => {
    grids[name][cell[1] * width + cell[0]] = gid;
  };
  for (let rule = 0; rule < RULES; rule += 1) {
    const left = rule * 4;
    const wall = 5 + (rule % 8);
    switch (rule % 4) {
      case 0: // a wall with open ground below turns to vines
        set('input_walls', [left + 1, 1], wall);
        set('input_walls', [left + 1, 2], EMPTY);
        set('input_walls', [left, 0], IGNORE);
        set('output1_walls', [left + 1, 1], 13 + (rule % 4));
        break;
      case 1: // ground of one kind next to any wall but this one gets a flower, two kinds at random
        set('input_ground', [left + 1, 1], 1 + (rule % 4));
        set('input_walls', [left + 2, 1], OTHER);
        set('inputnot_walls', [left + 1, 1], NON_EMPTY);
        set('output1_walls', [left + 1, 1], 17);
        set('output2_walls', [left + 1, 1], 18);
        break;
      case 2: // a wall between two different walls becomes a lamp on decor
        set('input_walls', [left, 1], wall);
        set('input_walls', [left + 1, 1], 5 + ((rule + 1) % 8));
        set('input_walls', [left + 2, 1], wall);
        set('output_decor', [left + 1, 1], 20);
        break;
      default: // a three-cell column of any walls
        for (let y = 0; y < 3; y += 1) set('input_walls', [left + 1, y], NON_EMPTY);
        set('inputnot_walls', [left + 1, 1], wall);
        set('output_decor', [left + 1, 1], 21);
        break;
    }
  }
  const layers = names.map((name, index) => layer({ id: index + 1, name, width, height, gids: grids[name] }));
  return map({ width, height }, layers, [tileset('district', 1), tileset('Automapping Rules', 33, ['Empty', 'Ignore', 'NonEmpty', 'Other', 'Negate'])]);
}

export function automapRuns(time: Time, counts: { readonly runs: number; readonly warmUps: number }): number[] {
  const { runs, warmUps } = counts;
  const target = targetMap();
  const rules = ruleMap();
  const random = hashedAutomapRandom({ seed: 1, phase: 0 });
  const samples: number[] = [];
  for (let run = 0; run < warmUps + runs; run += 1) {
    const took = time(() => {
      const compiled = compileRuleMap(rules, { name: 'bench-rules' });
      if (!compiled.ok || compiled.value.rules.length !== RULES) throw new Error('the benchmark rule map does not read as 20 rules');
      const result = applyRuleMaps(target, [compiled.value], { random });
      if (result.appliedMatches === 0) throw new Error('the benchmark rules matched nothing');
    });
    if (run >= warmUps) samples.push(took);
  }
  return samples;
}
