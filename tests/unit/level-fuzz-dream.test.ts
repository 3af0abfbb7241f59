// Random rules lists and rule maps, as hostile as they come: lists naming each other and themselves in any
// breadth, thousands of rules on maps of any size. Every load answers within a stated time and heap
// growth, never throws, and every problem has a place, a message and a hint.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLevelFromFiles, type LoadedFromFiles } from '../../src/level/load-level.ts';
import { mapJson, objectLayer, point, rectangle, tileLayer, type Json } from '../fixtures/maps/map-builder.ts';

/** Per load: far above what an honest map takes (a few ms), far below a frozen tab. */
const MAX_MILLISECONDS = 3000;
const MAX_HEAP_GROWTH_MB = 256;

function yard(side: number, rules: string): Json {
  // Border walls, and scattered walls for the rules to turn, away from the Spawn's row and the Exit's corner.
  const scattered = (x: number, y: number): boolean => y > 1 && !(x >= side - 3 && y >= side - 3) && (x * 7 + y * 3) % 11 === 0;
  const rows = Array.from({ length: side }, (_, y) => Array.from({ length: side }, (__, x) => (x === 0 || y === 0 || x === side - 1 || y === side - 1 || scattered(x, y) ? '#' : '.')).join(''));
  return mapJson({
    rows,
    properties: [{ name: 'dreamRules', type: 'file', value: rules }],
    layers: [
      tileLayer(1, 'ground', rows.map((row) => '.'.repeat(row.length))),
      tileLayer(2, 'walls', rows),
      objectLayer(3, 'entities', [
        point(1, 'Spawn', { x: 24, y: 24 }),
        rectangle(2, 'Exit', { x: (side - 2) * 16, y: (side - 2) * 16, width: 16, height: 16 }),
        { ...rectangle(3, 'DreamCircle', { x: 16, y: 16, width: 16, height: 16 }), properties: [{ name: 'children', type: 'int', value: 0 }] },
      ]),
    ],
  });
}

/** A rule map of `count` one-cell rules (walls to windows), spaced so no two touch. */
function ruleMap(count: number): string {
  const columns = 64;
  const width = columns * 2;
  const height = Math.max(1, Math.ceil(count / columns)) * 2;
  const input = new Array<number>(width * height).fill(0);
  const output = new Array<number>(width * height).fill(0);
  for (let rule = 0; rule < count; rule += 1) {
    const cell = Math.floor(rule / columns) * 2 * width + (rule % columns) * 2;
    input[cell] = 1;
    output[cell] = 2;
  }
  const layer = (id: number, name: string, data: number[]): Json => ({ id, name, data, width, height, opacity: 1, type: 'tilelayer', visible: true, x: 0, y: 0 });
  return JSON.stringify({ ...mapJson({ rows: ['.'.repeat(width)], layers: [layer(1, 'input_walls', input), layer(2, 'output_walls', output)] }), height });
}

async function timedLoad(map: Json, files: Readonly<Record<string, string>>): Promise<{ loaded: LoadedFromFiles; milliseconds: number; heapMb: number }> {
  const all: Record<string, string> = { 'maps/yard.tmj': JSON.stringify(map), ...files };
  const heap = process.memoryUsage().heapUsed;
  const started = performance.now();
  const loaded = await loadLevelFromFiles({
    mapPath: 'maps/yard.tmj',
    readFile: (path) => (all[path] === undefined ? Promise.reject(new Error('no such file')) : Promise.resolve(new TextEncoder().encode(all[path]))),
  });
  return { loaded, milliseconds: performance.now() - started, heapMb: (process.memoryUsage().heapUsed - heap) / 2 ** 20 };
}

function expectAnswered(result: { loaded: LoadedFromFiles; milliseconds: number; heapMb: number }): void {
  expect(result.milliseconds).toBeLessThan(MAX_MILLISECONDS);
  expect(result.heapMb).toBeLessThan(MAX_HEAP_GROWTH_MB);
  const problems = result.loaded.ok ? result.loaded.warnings : result.loaded.problems;
  for (const problem of problems) {
    expect(problem.message.includes('failed unexpectedly'), problem.message).toBe(false);
    expect(problem.place !== '' && problem.message !== '' && problem.hint !== '').toBe(true);
  }
}

/** A line of a rules list: another list (maybe itself), a rule map that is there, one that is not, or noise. */
const listLine = fc.oneof(
  fc.nat(7).map((list) => `list-${list}.txt`),
  fc.constant('rules.tmj'),
  fc.nat(100_000).map((missing) => `missing-${missing}.tmj`),
  fc.constantFrom('[yard*]', '[other*]', '# a comment', 'not a path', ''),
);

describe('random rules lists', () => {
  it('answer in time, however the lists name each other', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.array(listLine, { maxLength: 400 }), { minLength: 1, maxLength: 8 }),
      async (lists) => {
        const files: Record<string, string> = { 'maps/rules.tmj': ruleMap(3) };
        lists.forEach((lines, index) => { files[`maps/list-${index}.txt`] = lines.join('\n'); });
        const result = await timedLoad(yard(16, 'list-0.txt'), files);
        expectAnswered(result);
        // Each list is asked for once at most, however often it is named.
        expect(result.loaded.files.filter((file) => file === 'maps/list-0.txt')).toHaveLength(1);
      },
    ), { numRuns: 60 });
  });
});

describe('random rule counts on random map sizes', () => {
  it('are applied, or refused with MAX_AUTOMAP_WORK or MAX_AUTOMAP_RULES, in time', async () => {
    await fc.assert(fc.asyncProperty(
      fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 8, max: 160 }),
      async (rules, side) => {
        const result = await timedLoad(yard(side, 'rules.tmj'), { 'maps/rules.tmj': ruleMap(rules) });
        expectAnswered(result);
        const refused = !result.loaded.ok && result.loaded.problems.some((problem) => /MAX_AUTOMAP_(?:WORK|RULES)/.test(problem.message));
        expect(refused || result.loaded.ok).toBe(true);
      },
    ), { numRuns: 20 });
  });
});
