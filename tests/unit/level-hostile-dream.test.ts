// Hostile dreams, from small generated files: lists that name themselves, lists of 100,000 missing rule
// maps, thousands of rules on a map, circles and children walled in, dreams that paint past the view's
// cap. Each finishes within a stated time and heap, with a problem that names the limit and the place.
import { describe, expect, it } from 'vitest';
import { loadLevelFromFiles, type LoadedFromFiles } from '../../src/level/load-level.ts';
import { MAX_RULE_FILES } from '../../src/level/level-limits.ts';
import { MAX_AUTOMAP_RULES, MAX_AUTOMAP_WORK } from '../../src/tiled/map-limits.ts';
import type { MapProblem } from '../../src/tiled/tiled-map.ts';
import { mapJson, objectLayer, point, rectangle, tileLayer, type Json } from '../fixtures/maps/map-builder.ts';

/** Time and heap a hostile load may take: a file that needs more is refused, not read. */
const SECONDS = 3;
const HEAP_MB = 256;

/** A walled yard of this size; `.` floor, and `#` cells where `wallAt` says. */
function yardRows(width: number, height: number, wallAt: (x: number, y: number) => boolean = () => false): string[] {
  return Array.from({ length: height }, (_, y) => Array.from({ length: width }, (_, x) => (x === 0 || y === 0 || x === width - 1 || y === height - 1 || wallAt(x, y) ? '#' : '.')).join(''));
}

interface Yard {
  readonly rows: readonly string[];
  readonly objects?: readonly Json[];
  readonly layers?: readonly Json[];
  readonly properties?: readonly Json[];
  /** The ground layer's one tile character (default empty). */
  readonly ground?: string;
}

/** Spawn at tile 1,1, Exit at the far corner, a one-tile DreamCircle at tile 5,5 (needing no children) unless `objects` says. */
function yardMap(yard: Yard): Json {
  const { rows } = yard;
  const width = rows[0]!.length;
  const height = rows.length;
  return mapJson({
    rows,
    properties: [...(yard.properties ?? [])],
    layers: [
      tileLayer(1, 'ground', rows.map((row) => (yard.ground ?? '.').repeat(row.length))),
      tileLayer(2, 'walls', rows),
      ...(yard.layers ?? []),
      objectLayer(9, 'entities', [
        point(1, 'Spawn', { x: 24, y: 24 }),
        rectangle(2, 'Exit', { x: (width - 2) * 16, y: (height - 2) * 16, width: 16, height: 16 }),
        ...(yard.objects ?? [circle(3, [5, 5], 0)]),
      ]),
    ],
  });
}

function circle(id: number, [column, row]: readonly [number, number], children: number): Json {
  return { ...rectangle(id, 'DreamCircle', { x: column * 16, y: row * 16, width: 16, height: 16 }), properties: [{ name: 'children', type: 'int', value: children }] };
}

function child(id: number, column: number, row: number): Json {
  return point(id, 'Child', { x: column * 16 + 8, y: row * 16 + 8 });
}

const rulesProperty = (value: string): Json => ({ name: 'dreamRules', type: 'file', value });

/** Loads maps/yard.tmj with these files in memory; counts the reads of each path. */
async function load(map: Json, files: Readonly<Record<string, string>> = {}): Promise<{ loaded: LoadedFromFiles; reads: Map<string, number>; seconds: number; heapMb: number }> {
  const all: Record<string, string> = { 'maps/yard.tmj': JSON.stringify(map), ...files };
  const reads = new Map<string, number>();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  const loaded = await loadLevelFromFiles({
    mapPath: 'maps/yard.tmj',
    readFile: (path) => {
      reads.set(path, (reads.get(path) ?? 0) + 1);
      return all[path] === undefined ? Promise.reject(new Error('no such file')) : Promise.resolve(new TextEncoder().encode(all[path]));
    },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { loaded, reads, seconds, heapMb: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20 };
}

function problemsOf(loaded: LoadedFromFiles): readonly MapProblem[] {
  return loaded.ok ? loaded.warnings : loaded.problems;
}

/** The problem of this severity (and place, if given) whose message matches, or undefined. */
function findProblem(loaded: LoadedFromFiles, wanted: { readonly severity: string; readonly place?: string; readonly message: RegExp }): MapProblem | undefined {
  return problemsOf(loaded).find((problem) => problem.severity === wanted.severity && (wanted.place === undefined || problem.place === wanted.place) && wanted.message.test(problem.message));
}

function expectWithin(result: { seconds: number; heapMb: number }): void {
  expect(result.seconds).toBeLessThan(SECONDS);
  expect(result.heapMb).toBeLessThan(HEAP_MB);
}

/** A rule map (Tiled JSON) of `count` one-cell rules, each turning a wall into a window, spaced so no two touch. */
function oneCellRules(count: number): string {
  const columns = 64;
  const width = columns * 2;
  const height = Math.ceil(count / columns) * 2;
  const input = new Array<number>(width * height).fill(0);
  const output = new Array<number>(width * height).fill(0);
  for (let rule = 0; rule < count; rule += 1) {
    const cell = Math.floor(rule / columns) * 2 * width + (rule % columns) * 2;
    input[cell] = 1;
    output[cell] = 2;
  }
  const layer = (id: number, name: string, data: number[]): Json => ({ id, name, data, width, height, opacity: 1, type: 'tilelayer', visible: true, x: 0, y: 0 });
  const map = mapJson({ rows: [''.padEnd(width, '.')], layers: [layer(1, 'input_walls', input), layer(2, 'output_walls', output)] });
  return JSON.stringify({ ...map, height });
}

describe('rules lists that name too much', () => {
  it('reads a rules.txt that names itself ten times once, with a warning, in a few reads', async () => {
    const list = 'rules.txt\n'.repeat(10);
    const result = await load(yardMap({ rows: yardRows(12, 12), layers: [tileLayer(3, 'dream', yardRows(12, 12, () => false).map((row) => row.replace(/#/g, '.')))], properties: [rulesProperty('rules.txt')] }), { 'maps/rules.txt': list });
    expectWithin(result);
    expect(result.reads.get('maps/rules.txt')).toBe(1);
    const named = problemsOf(result.loaded).find((problem) => problem.message.includes('is named again'));
    expect(named?.count).toBe(10);
    expect(named?.severity).toBe('warning');
  });

  it('stops a list of 100,000 distinct missing rule maps at MAX_RULE_FILES, with one error', async () => {
    const list = Array.from({ length: 100_000 }, (_, index) => `missing-${index}.tmj`).join('\n');
    const result = await load(yardMap({ rows: yardRows(12, 12), properties: [rulesProperty('rules.txt')] }), { 'maps/rules.txt': list });
    expectWithin(result);
    expect(result.reads.size).toBeLessThanOrEqual(MAX_RULE_FILES + 2);
    expect(result.loaded.files.length).toBeLessThanOrEqual(MAX_RULE_FILES + 2);
    const refused = problemsOf(result.loaded).find((problem) => problem.message.includes('MAX_RULE_FILES'));
    expect(refused).toMatchObject({ severity: 'error', place: `map property "dreamRules": rules list "rules.txt" line ${MAX_RULE_FILES + 1}` });
  });
});

describe('automapping rules too many for the map', () => {
  it('refuses 4,096 one-cell rules on a 64x64 map before applying them, naming MAX_AUTOMAP_WORK', async () => {
    const rows = yardRows(64, 64);
    const result = await load(yardMap({ rows, properties: [rulesProperty('rules.tmj')] }), { 'maps/rules.tmj': oneCellRules(4096) });
    expectWithin(result);
    expect(result.loaded.ok).toBe(false);
    const refused = problemsOf(result.loaded).find((problem) => problem.message.includes('MAX_AUTOMAP_WORK'));
    expect(refused?.place).toBe('map property "dreamRules"');
    expect(refused?.message).toMatch(new RegExp(`^4096 automapping rule\\(s\\) on a 64x64 map would check up to \\d+ cells; at most ${MAX_AUTOMAP_WORK} are checked`));
  });

  it('refuses a rule map of more than MAX_AUTOMAP_RULES rules before compiling them', async () => {
    const result = await load(yardMap({ rows: yardRows(12, 12), properties: [rulesProperty('rules.tmj')] }), { 'maps/rules.tmj': oneCellRules(MAX_AUTOMAP_RULES + 1) });
    expectWithin(result);
    const refused = problemsOf(result.loaded).find((problem) => problem.message.includes('(MAX_AUTOMAP_RULES)'));
    expect(refused?.message).toBe(`the rule map holds ${MAX_AUTOMAP_RULES + 1} rules; at most ${MAX_AUTOMAP_RULES} are read (MAX_AUTOMAP_RULES)`);
  });

  it('still applies a few rules to the same map', async () => {
    const result = await load(yardMap({ rows: yardRows(64, 64), properties: [rulesProperty('rules.tmj')] }), { 'maps/rules.tmj': oneCellRules(4) });
    expect(result.loaded.ok, JSON.stringify(problemsOf(result.loaded))).toBe(true);
  });
});

describe('places Mira must reach and stand', () => {
  const ringAround = (x: number, y: number): boolean => Math.max(Math.abs(x - 5), Math.abs(y - 5)) === 1;

  it('refuses a dream that walls in the circle: a painted ring of walls round it', async () => {
    const rows = yardRows(12, 12);
    const dream = yardRows(12, 12, ringAround).map((row, y) => (y === 0 || y === 11 ? '.'.repeat(12) : `.${row.slice(1, -1)}.`).replace(/#/g, 'x'));
    const result = await load(yardMap({ rows, layers: [tileLayer(3, 'dream', dream)] }));
    expect(result.loaded.ok).toBe(false);
    expect(findProblem(result.loaded, { severity: 'error', place: 'dream phase 1 ("dream"), DreamCircle object 3', message: /walls in the circle/ })).toBeDefined();
  });

  it('refuses a circle walled off from the Spawn in the waking map', async () => {
    const rows = yardRows(12, 12, ringAround);
    const result = await load(yardMap({ rows, layers: [tileLayer(3, 'dream', yardRows(12, 12).map((row) => row.replace(/#/g, '.')))] }));
    expect(findProblem(result.loaded, { severity: 'error', place: 'DreamCircle object 3', message: /walls close every way from the Spawn to this DreamCircle/ })).toBeDefined();
  });

  it('refuses a circle that needs more children than the map holds, or than Mira can reach; warns of a walled-off child', async () => {
    const dream = [tileLayer(3, 'dream', yardRows(12, 12).map((row) => row.replace(/#/g, '.')))];
    const tooMany = await load(yardMap({ rows: yardRows(12, 12), layers: dream, objects: [circle(3, [5, 5], 3), child(4, 2, 2), child(5, 3, 3)] }));
    expect(findProblem(tooMany.loaded, { severity: 'error', message: /needs 3 following children, but the map holds 2/ })).toBeDefined();
    const walled = await load(yardMap({ rows: yardRows(12, 12, (x, y) => Math.max(Math.abs(x - 9), Math.abs(y - 2)) === 1), layers: dream, objects: [circle(3, [5, 5], 2), child(4, 2, 8), child(5, 9, 2)] }));
    expect(findProblem(walled.loaded, { severity: 'warning', place: 'Child object 5', message: /can never wake it/ })).toBeDefined();
    expect(findProblem(walled.loaded, { severity: 'error', message: /only 1 can be reached/ })).toBeDefined();
  });
});

describe('what the view can draw', () => {
  it('refuses a dream that paints more tiles than the view draws, though the waking map fits', async () => {
    const side = 768;
    const rows = yardRows(side, side);
    const dream = rows.map((row) => 'c'.repeat(row.length));
    // 768x768 of ground (590 K tiles) fits; with the dream's 590 K more it does not.
    const result = await load(yardMap({ rows, ground: 'w', layers: [tileLayer(3, 'dream', dream)] }));
    expectWithin({ ...result, heapMb: 0 });
    expect(result.loaded.ok).toBe(false);
    expect(findProblem(result.loaded, { severity: 'error', message: /tiles in all, waking or dreaming,.*MAX_VIEW_TILES/ })).toBeDefined();
  });
});
