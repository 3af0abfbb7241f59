// The dream as a map defines it: phases from `dream` layers, `dreamRules` rule maps (TMX or JSON, or a
// rules.txt) read through the loader's reader, the timing properties, and the problems a builder can cause.
import { describe, expect, it } from 'vitest';
import { computeDreamscape } from '../../src/level/dreamscape.ts';
import type { LevelDefinition } from '../../src/level/level-definition.ts';
import { loadLevelFromFiles, type LoadedFromFiles } from '../../src/level/load-level.ts';
import { GID, gidsFromRows, objectLayer, rectangle, tileLayer, yardMap, YARD_ROWS, type Json } from '../fixtures/maps/map-builder.ts';

/** A rule map in TMX, as Tiled saves it: every plain wall becomes a window, and a curtain grows on `vines` (a layer the map lacks). */
const WALLS_TO_WINDOWS_TMX = `<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" renderorder="right-down" width="1" height="1" tilewidth="16" tileheight="16" infinite="0" nextlayerid="4" nextobjectid="1">
 <tileset firstgid="1" name="district" tilewidth="16" tileheight="16" tilecount="8" columns="4">
  <image source="district.png" width="64" height="32"/>
 </tileset>
 <layer id="1" name="input_walls" width="1" height="1"><data encoding="csv">1</data></layer>
 <layer id="2" name="output_walls" width="1" height="1"><data encoding="csv">2</data></layer>
 <layer id="3" name="output_vines" width="1" height="1"><data encoding="csv">3</data></layer>
</map>
`;

function dreamYard(properties: readonly Json[], extraLayers: readonly Json[] = []): Json {
  const map = yardMap();
  (map.properties as Json[]).push(...properties);
  const layers = map.layers as Json[];
  // The dream's layers go under the entities; a DreamCircle round the Spawn.
  layers.splice(3, 0, ...extraLayers);
  (layers.at(-1)!.objects as Json[]).push({ ...rectangle(20, 'DreamCircle', { x: 16, y: 96, width: 32, height: 16 }), properties: [{ name: 'children', type: 'int', value: 0 }] });
  return map;
}

async function load(map: Json, files: Readonly<Record<string, string>> = {}): Promise<LoadedFromFiles> {
  const all: Record<string, string> = { 'maps/yard.tmj': JSON.stringify(map), ...files };
  return loadLevelFromFiles({
    mapPath: 'maps/yard.tmj',
    readFile: (path) => (all[path] === undefined ? Promise.reject(new Error('no such file')) : Promise.resolve(new TextEncoder().encode(all[path]))),
  });
}

function expectLevel(loaded: LoadedFromFiles): LevelDefinition {
  if (!loaded.ok) throw new Error(`expected a level, got ${JSON.stringify(loaded.problems, null, 1)}`);
  return loaded.value;
}

const fileProperty = (name: string, value: string): Json => ({ name, type: 'file', value });

describe('the dream a map defines', () => {
  it('reads phases in map order from dream/<phase> layers over the base `dream` layer, and its drawn layer where the first one stands', async () => {
    const blank = YARD_ROWS.map((row) => '.'.repeat(row.length));
    const withCell = (rows: string[], cell: { x: number; y: number }, character: string): string[] =>
      rows.map((row, at) => (at === cell.y ? row.slice(0, cell.x) + character + row.slice(cell.x + 1) : row));
    const level = expectLevel(await load(dreamYard([], [
      tileLayer(30, 'dream', withCell(blank, { x: 1, y: 1 }, 'c')),
      tileLayer(31, 'dream/storm', withCell(blank, { x: 6, y: 1 }, 'x')),
      tileLayer(32, 'dream/calm', withCell(blank, { x: 1, y: 1 }, 'w')),
    ])));
    const dream = level.dream!;
    expect(dream.phases.map((phase) => phase.name)).toEqual(['storm', 'calm']);
    expect(level.tileLayers.map((layer) => layer.name)).toEqual(['ground', 'walls', 'decor', 'dream']);
    expect(dream.layer).toBe(3);
    const at = (phase: number, x: number, y: number): number => dream.phases[phase]!.painted[y * level.width + x]!;
    expect([at(0, 1, 1), at(0, 6, 1), at(1, 1, 1), at(1, 6, 1)]).toEqual([GID.curtain, GID.crate, GID.window, 0]);
    expect({ meter: dream.meterTicks, phase: dream.phaseTicks, wave: dream.waveTiles }).toEqual({ meter: 1800, phase: 480, wave: 2 });
    // A painted cell replaces the walls and decor above the ground: the crate on decor at 1,1 gives way to a curtain.
    const scape = computeDreamscape(level, 0);
    const crateCell = 1 * level.width + 1;
    expect([scape.waking.layers[2]![crateCell], scape.waking.solid[crateCell]]).toEqual([GID.crate, 1]);
    expect([scape.phases[0]!.layers[2]![crateCell], scape.phases[0]!.layers[3]![crateCell], scape.phases[0]!.solid[crateCell]]).toEqual([0, GID.curtain, 0]);
    expect(scape.phases[0]!.layers[3]![1 * level.width + 6]).toBe(GID.crate);
    expect(scape.phases[0]!.solid[1 * level.width + 6]).toBe(1);
  });

  it('applies a TMX rule map named by dreamRules in every phase: output to a missing layer paints the dream layer', async () => {
    const loaded = await load(dreamYard([fileProperty('dreamRules', 'rules/walls.tmx'), { name: 'dreamWaveTiles', type: 'int', value: 3 }]), { 'maps/rules/walls.tmx': WALLS_TO_WINDOWS_TMX });
    const level = expectLevel(loaded);
    expect(loaded.files).toContain('maps/rules/walls.tmx');
    expect(level.dream).toMatchObject({ rulesFile: 'rules/walls.tmx', waveTiles: 3 });
    expect(level.dream!.ruleMaps).toHaveLength(1);
    const scape = computeDreamscape(level, 0);
    const walls = level.tileLayers.findIndex((layer) => layer.name === 'walls');
    const corner = 0;
    expect(scape.waking.layers[walls]![corner]).toBe(GID.wall);
    expect(scape.phases[0]!.layers[walls]![corner]).toBe(GID.window);
    expect(scape.phases[0]!.layers[level.dream!.layer]![corner]).toBe(GID.curtain);
  });

  it('reads a rules.txt relative to the map, each line relative to the list', async () => {
    const loaded = await load(dreamYard([fileProperty('dreamRules', 'rules.txt')]), { 'maps/rules.txt': '# the yard\n[yard*]\nsub/walls.tmx\n', 'maps/sub/walls.tmx': WALLS_TO_WINDOWS_TMX });
    expect(expectLevel(loaded).dream!.ruleMaps).toHaveLength(1);
  });

  it('names the property and the file when the rules cannot be read (a warning) or parsed (an error), and still lists every other problem', async () => {
    // A rule map that is not there still lets the map play (dropped alone, say): its dream paints only its layers.
    const missing = await load(dreamYard([fileProperty('dreamRules', 'nope.tmj')]));
    expect(missing.ok).toBe(true);
    const problem = missing.ok ? missing.warnings.find((candidate) => candidate.place.startsWith('map property "dreamRules"')) : undefined;
    expect(problem?.place).toMatch(/^map property "dreamRules"/);
    expect(`${problem?.place} ${problem?.message}`).toMatch(/nope\.tmj.*the dream paints only its layers/);

    const broken = await load(dreamYard([fileProperty('dreamRules', 'rules.tmx'), { name: 'dreamSeconds', type: 'float', value: 1e12 }]), { 'maps/rules.tmx': '<map><layer' });
    expect(broken.ok).toBe(false);
    const problems = broken.ok ? [] : broken.problems;
    expect(problems.some((candidate) => candidate.severity === 'error' && candidate.place.startsWith('map property "dreamRules"') && /rules\.tmx/.test(candidate.place))).toBe(true);
    expect(problems.some((candidate) => candidate.severity === 'warning' && /"dreamSeconds" is 1000000000000/.test(candidate.message))).toBe(true);
  });

  it('reports a broken tile property once, though the dream looks every tileset tile up again', async () => {
    const map = dreamYard([], [tileLayer(30, 'dream', YARD_ROWS.map((row) => '.'.repeat(row.length)))]);
    const tileset = (map.tilesets as Json[])[0]!;
    (tileset.tiles as Json[])[0] = { id: 1, properties: [{ name: 'opaque', type: 'string', value: 'yes' }] };
    const loaded = await load(map);
    const found = (loaded.ok ? loaded.warnings : loaded.problems).filter((problem) => /"opaque"/.test(problem.message));
    expect(found).toHaveLength(1);
    expect(found[0]!.count ?? 1).toBe(1);
  });

  it('warns about a timing property out of range and uses its default', async () => {
    const loaded = await load(dreamYard([{ name: 'dreamWaveTiles', type: 'float', value: 2.5 }, { name: 'dreamPhaseSeconds', type: 'string', value: 'soon' }], [tileLayer(30, 'dream', YARD_ROWS.map((row) => '.'.repeat(row.length)))]));
    const level = expectLevel(loaded);
    expect(level.dream).toMatchObject({ waveTiles: 2, phaseTicks: 480 });
    expect(loaded.ok && loaded.warnings.map((warning) => warning.message)).toEqual([
      'the map property "dreamPhaseSeconds" is "soon"; it must be a number of seconds from 1 to 120',
      'the map property "dreamWaveTiles" is 2.5; it must be a whole number of tiles a tick from 1 to 1024',
    ]);
  });

  it('warns, naming the phase, when a phase closes the way from the Spawn to the Exit', async () => {
    // A curtain wall is walkable; crates across column 9 close the yard's east side with its Exit.
    const rows = YARD_ROWS.map((row, y) => (y === 0 || y === 7 ? '.'.repeat(row.length) : `.........x..`));
    const loaded = await load(dreamYard([], [{ ...tileLayer(30, 'dream/wall', rows), data: gidsFromRows(rows) }]));
    expect(loaded.ok && loaded.warnings.find((warning) => /Exit cannot be reached/.test(warning.message))?.place).toBe('dream phase 1 ("dream/wall")');
  });

  it('lets the dream be what opens the way: an Exit walled off awake warns only when no phase reaches it', async () => {
    // The Exit shrunk to its top cell (10,1) and walled in at 9,1 and 10,2; the dream paints a walkable curtain at 9,1, or elsewhere.
    const sealed = YARD_ROWS.map((row, y) => (y === 1 ? `${row.slice(0, 9)}#${row.slice(10)}` : y === 2 ? `${row.slice(0, 10)}#${row.slice(11)}` : row));
    const blank = YARD_ROWS.map((row) => '.'.repeat(row.length));
    const curtainAt = (x: number): string[] => blank.map((row, y) => (y === 1 ? `${row.slice(0, x)}c${row.slice(x + 1)}` : row));
    const yardSealed = (dreamRows: string[]): Json => {
      const map = dreamYard([], [{ ...tileLayer(30, 'dream', dreamRows), data: gidsFromRows(dreamRows) }]);
      const layers = map.layers as Json[];
      layers.find((layer) => layer.name === 'walls')!.data = gidsFromRows(sealed);
      const exit = (layers.at(-1)!.objects as Json[]).find((object) => object.type === 'Exit')!;
      exit.height = 16;
      return map;
    };
    const exitWarnings = (loaded: LoadedFromFiles): string[] =>
      loaded.ok ? loaded.warnings.filter((warning) => /Exit cannot be reached/.test(warning.message)).map((warning) => warning.message) : loaded.problems.map((problem) => problem.message);
    expect(exitWarnings(await load(yardSealed(curtainAt(9))))).toEqual([]);
    expect(exitWarnings(await load(yardSealed(curtainAt(1))))).toEqual([
      'the Exit cannot be reached from the Spawn, awake or in any phase of the dream: walls close every way',
    ]);
  });

  it('leaves a map without a dream exactly as before: no dream, no extra layer', async () => {
    const plain = yardMap();
    (plain.layers as Json[]).push(objectLayer(40, 'notes', []));
    const level = expectLevel(await load(plain));
    expect(level.dream).toBeNull();
    expect(level.tileLayers.map((layer) => layer.name)).toEqual(['ground', 'walls', 'decor']);
  });
});
