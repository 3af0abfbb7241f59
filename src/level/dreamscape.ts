// What the map looks like in each phase of its dream, for one seed: the painted dream layers over the
// waking tiles, then the `dreamRules` applied with random choices hashed from (seed, phase, rule, cell),
// so the same seed gives the same dreamscape whatever order the wave later changes the cells in.
import { applyRuleMaps } from '../tiled/automap/apply-rule-maps.ts';
import { hashedAutomapRandom } from '../tiled/automap/hashed-random.ts';
import type { AddedTileset } from '../tiled/automap/working-map.ts';
import type { TiledLayer, TiledMap } from '../tiled/tiled-map.ts';
import type { DreamDefinition } from './dream-definition.ts';
import type { LevelDefinition } from './level-definition.ts';
import { cellRules } from './tile-rules.ts';

/** One form of the map: every drawn layer's gids and what each cell does for movement. */
export interface DreamForm {
  /** Per level.tileLayers entry, raw gids row-major. */
  readonly layers: readonly Uint32Array[];
  /** 1 where the cell blocks movement (`collides`, or a walls tile). */
  readonly solid: Uint8Array;
  /** 1 where the cell blocks Enforcers only (`enforcerBlocks`). */
  readonly enforcerBlocks: Uint8Array;
}

export interface Dreamscape {
  readonly waking: DreamForm;
  /** Per phase of level.dream, in order. */
  readonly phases: readonly DreamForm[];
  /** Tilesets a rule map's output needed that the map lacks: their tiles cannot be drawn. */
  readonly addedTilesets: readonly AddedTileset[];
}

function formOf(level: LevelDefinition, layers: readonly Uint32Array[]): DreamForm {
  const cells = level.width * level.height;
  const solid = new Uint8Array(cells);
  const enforcerBlocks = new Uint8Array(cells);
  const ruleLayers = level.tileLayers.map((layer, index) => ({ blocksByDefault: layer.blocksByDefault, gids: layers[index]! }));
  for (let index = 0; index < cells; index += 1) {
    const rules = cellRules(ruleLayers, level.tileBehaviours, index);
    if (rules.solid) solid[index] = 1;
    if (rules.enforcerBlocks) enforcerBlocks[index] = 1;
  }
  return { layers, solid, enforcerBlocks };
}

/** The waking tiles as a map the automapping engine can read and write (tile layers only, by world name). */
function targetMap(level: LevelDefinition, layers: readonly Uint32Array[]): TiledMap {
  // A layer locked in Tiled stays as painted: Tiled 1.10+ automaps a locked layer only with IgnoreLock.
  const locked = new Set(level.map.layers.flatMap((layer) => (layer.kind === 'tile' && layer.locked ? [layer.name] : [])));
  const tileLayers: TiledLayer[] = level.tileLayers.map((layer, index) => ({
    kind: 'tile', id: index + 1, name: layer.name, className: '', width: level.width, height: level.height,
    visible: true, locked: locked.has(layer.name), opacity: 1, gids: layers[index]!, properties: {},
  }));
  return { ...level.map, width: level.width, height: level.height, infinite: false, layers: tileLayers };
}

/** Door cells keep their waking tiles: a door's own rules (doors.ts) own them. */
function isDoorCell(level: LevelDefinition): Uint8Array {
  const cells = new Uint8Array(level.width * level.height);
  for (const door of level.doors) for (const cell of door.cells) cells[cell.y * level.width + cell.x] = 1;
  return cells;
}

function phaseLayers(level: LevelDefinition, dream: DreamDefinition, options: { readonly phase: number; readonly seed: number; readonly added: AddedTileset[] }): Uint32Array[] {
  const painted = dream.phases[options.phase]!.painted;
  const layers = level.tileLayers.map((layer) => layer.gids.slice());
  // The lowest waking layer is the ground the dream grows on: everything else in a painted cell gives way.
  const ground = dream.layer === 0 ? 1 : 0;
  for (let index = 0; index < painted.length; index += 1) {
    const gid = painted[index]!;
    if (gid === 0) continue;
    for (let layer = 0; layer < layers.length; layer += 1) if (layer !== ground) layers[layer]![index] = 0;
    layers[dream.layer]![index] = gid;
  }
  if (dream.ruleMaps.length > 0) {
    const result = applyRuleMaps(targetMap(level, layers), dream.ruleMaps, { random: hashedAutomapRandom({ seed: options.seed, phase: options.phase }) });
    for (const tileset of result.addedTilesets) options.added.push(tileset);
    for (const layer of result.map.layers) {
      if (layer.kind !== 'tile') continue;
      const index = level.tileLayers.findIndex((candidate) => candidate.name === layer.name);
      if (index !== -1) {
        layers[index]!.set(layer.gids);
        continue;
      }
      // A rule writing a layer the world does not have writes the dream's own layer.
      const dreamGids = layers[dream.layer]!;
      for (let cell = 0; cell < layer.gids.length; cell += 1) if (layer.gids[cell] !== 0) dreamGids[cell] = layer.gids[cell]!;
    }
  }
  const doors = isDoorCell(level);
  level.tileLayers.forEach((waking, layer) => {
    for (let index = 0; index < doors.length; index += 1) if (doors[index] === 1) layers[layer]![index] = waking.gids[index]!;
  });
  return layers;
}

/** The waking form and every phase's form of a level's dream for a seed (no phases without a dream). */
export function computeDreamscape(level: LevelDefinition, seed: number): Dreamscape {
  const waking = formOf(level, level.tileLayers.map((layer) => layer.gids));
  const dream = level.dream;
  if (dream === null) return { waking, phases: [], addedTilesets: [] };
  const added: AddedTileset[] = [];
  const phases = dream.phases.map((_, phase) => formOf(level, phaseLayers(level, dream, { phase, seed, added })));
  return { waking, phases, addedTilesets: added };
}
