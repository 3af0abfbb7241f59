// Reads the dream a map defines: `dream` and `dream/<phase>` tile layers (and layers inside a group named
// `dream`) in map order, the `dreamRules` rule maps the loader read, and the dream's map properties. A
// map with any of them gets one more drawn layer, `dream`, empty at tick 0, where its first dream layer
// stands in the map (or under the `above` layers when it has only rules).
import { layerPlace } from '../tiled/places.ts';
import type { ProblemList } from '../tiled/problem-list.ts';
import type { TiledMap, TiledTileLayer } from '../tiled/tiled-map.ts';
import {
  DREAM_PROPERTIES, namesDreamRules,
  type DreamDefinition, type DreamPhaseDefinition, type DreamPropertyName, type DreamRules,
} from './dream-definition.ts';
import { DREAM_LAYER, isDreamLayer } from './layer-roles.ts';
import type { LevelTileLayer } from './level-definition.ts';
import { tileBehaviour, type Grid } from './level-grid.ts';
import { TileLookup } from './tile-lookup.ts';
import type { TileBehaviour, TileBehaviours } from './tile-rules.ts';

const TICKS_PER_SECOND = 60;

export interface ReadDream {
  readonly dream: DreamDefinition | null;
  /** The grid's layers, with the dream's drawn layer in place when there is a dream. */
  readonly layers: readonly LevelTileLayer[];
  /** The grid's behaviours, with every tileset tile's: the dream may put down tiles the waking map never shows. */
  readonly behaviours: TileBehaviours;
}

/** `x/dream/<phase>/...` names phase `<phase>`; a layer named `dream` (or `x/dream`) is the base. */
function phaseOf(name: string): string | null {
  const parts = name.split('/');
  const at = parts.indexOf(DREAM_LAYER);
  return parts[at + 1] ?? null;
}

function numberProperty(map: TiledMap, name: DreamPropertyName, problems: ProblemList): number {
  const rule = DREAM_PROPERTIES[name];
  const value = map.properties[name];
  if (value === undefined) return rule.defaultValue;
  const fits = typeof value === 'number' && Number.isFinite(value) && value >= rule.min && value <= rule.max && (!rule.integer || Number.isInteger(value));
  if (fits) return value;
  problems.warning(
    'map',
    `the map property "${name}" is ${JSON.stringify(value)}; it must be ${rule.integer ? 'a whole number' : 'a number'} of ${rule.unit} from ${rule.min} to ${rule.max}`,
    `Using ${rule.defaultValue}. Set it in Map > Map Properties as ${rule.integer ? 'an int' : 'a float'}.`,
  );
  return rule.defaultValue;
}

function readPhases(map: TiledMap, problems: ProblemList): { phases: DreamPhaseDefinition[]; layerCount: number } {
  const cells = map.width * map.height;
  const base = new Uint32Array(cells);
  const own = new Map<string, Uint32Array>();
  let layerCount = 0;
  for (const layer of map.layers) {
    if (layer.kind !== 'tile' || !isDreamLayer(layer.name)) continue;
    if (!fitsMap(layer, map, problems)) continue;
    layerCount += 1;
    // Hidden or not: builders hide the dream in Tiled to see the waking map, and still mean it.
    const phase = phaseOf(layer.name);
    let painted: Uint32Array = base;
    if (phase !== null) {
      painted = own.get(phase) ?? new Uint32Array(cells);
      own.set(phase, painted);
    }
    for (let index = 0; index < cells; index += 1) if (layer.gids[index] !== 0) painted[index] = layer.gids[index]!;
  }
  if (own.size === 0) return { phases: [{ name: DREAM_LAYER, painted: base }], layerCount };
  const phases = [...own].map(([name, painted]) => {
    const merged = base.slice();
    for (let index = 0; index < cells; index += 1) if (painted[index] !== 0) merged[index] = painted[index]!;
    return { name, painted: merged };
  });
  return { phases, layerCount };
}

function fitsMap(layer: TiledTileLayer, map: TiledMap, problems: ProblemList): boolean {
  if (layer.width === map.width && layer.height === map.height) return true;
  problems.error(layerPlace(layer.name), `the dream layer is ${layer.width}x${layer.height} but the map is ${map.width}x${map.height}`, 'Resize the map in Tiled so every layer matches.');
  return false;
}

/** Every tile of every tileset that says anything, so a tile only the dream puts down still has its rules. */
export function everyBehaviour(map: TiledMap, grid: Pick<Grid, 'behaviours' | 'plainGids'>, problems: ProblemList): TileBehaviours {
  const all = new Map<number, TileBehaviour>(grid.behaviours);
  const lookup = new TileLookup(map);
  for (const tileset of map.tilesets) {
    for (const tile of tileset.tiles.values()) {
      const gid = tileset.firstGid + tile.id;
      // Tiles the grid already worked out (and reported on) are not worked out, or reported, twice.
      if (all.has(gid) || grid.plainGids.has(gid)) continue;
      const behaviour = tileBehaviour(lookup, lookup.find(gid), problems);
      if (behaviour !== undefined) all.set(gid, behaviour);
    }
  }
  return all;
}

/** Where the dream's drawn layer goes when no dream layer says: below the first `above` layer. */
function defaultDreamLayerAt(layers: readonly LevelTileLayer[]): number {
  const above = layers.findIndex((layer) => layer.above);
  return above === -1 ? layers.length : above;
}

export function readDream(map: TiledMap, grid: Grid, options: { readonly rules: DreamRules | null; readonly problems: ProblemList }): ReadDream {
  const { problems, rules } = options;
  const { phases, layerCount } = readPhases(map, problems);
  if (layerCount === 0 && !namesDreamRules(map)) return { dream: null, layers: grid.layers, behaviours: grid.behaviours };
  const at = grid.dreamLayerAt === -1 ? defaultDreamLayerAt(grid.layers) : grid.dreamLayerAt;
  const dreamLayer: LevelTileLayer = { name: DREAM_LAYER, above: false, blocksByDefault: false, gids: new Uint32Array(map.width * map.height) };
  const layers = [...grid.layers.slice(0, at), dreamLayer, ...grid.layers.slice(at)];
  const seconds = numberProperty(map, 'dreamSeconds', problems);
  const phaseSeconds = numberProperty(map, 'dreamPhaseSeconds', problems);
  const dream: DreamDefinition = {
    layer: at,
    phases,
    ruleMaps: rules?.ruleMaps ?? [],
    rulesFile: rules?.file ?? null,
    meterTicks: Math.max(1, Math.round(seconds * TICKS_PER_SECOND)),
    phaseTicks: Math.max(1, Math.round(phaseSeconds * TICKS_PER_SECOND)),
    waveTiles: numberProperty(map, 'dreamWaveTiles', problems),
  };
  return { dream, layers, behaviours: everyBehaviour(map, grid, problems) };
}
