// The collective dream as a level defines it (maps/README.md, "The collective dream"): the phases its
// `dream` layers paint, the automapping rules it applies in every phase, and its timing. The sim turns
// it into per-seed dreamscapes (dreamscape.ts) and spreads them as waves (src/sim/dream.ts).
import type { CompiledRuleMap } from '../tiled/automap/automap-types.ts';
import type { TiledMap } from '../tiled/tiled-map.ts';

/** One phase: what its dream layers paint (the base `dream` layer under its own `dream/<name>` layers). */
export interface DreamPhaseDefinition {
  /** `<name>` of its `dream/<name>` layers; `dream` for the single phase of a map with only a base layer. */
  readonly name: string;
  /** Raw gid per cell, row-major; 0 keeps the waking tiles there. */
  readonly painted: Uint32Array;
}

export interface DreamDefinition {
  /** Index into level.tileLayers of the `dream` layer the world draws the painted tiles on (empty at tick 0). */
  readonly layer: number;
  /** In map order; phases follow one another in this order and cycle. */
  readonly phases: readonly DreamPhaseDefinition[];
  /** The `dreamRules` rule maps, in order, applied in every phase after the painted layers. */
  readonly ruleMaps: readonly CompiledRuleMap[];
  /** The `dreamRules` file as the map names it, or null. */
  readonly rulesFile: string | null;
  /** Ticks a full meter lasts with no Enforcer inside the dream (`dreamSeconds`). */
  readonly meterTicks: number;
  /** Ticks each phase holds once its wave has passed, before the next ripples in (`dreamPhaseSeconds`). */
  readonly phaseTicks: number;
  /** Tiles of path distance the wave advances each tick (`dreamWaveTiles`). */
  readonly waveTiles: number;
}

/** A map property of the dream: its default and the range a value must lie in. */
export interface DreamPropertyRule {
  readonly defaultValue: number;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly unit: string;
}

/** The map properties of the dream, with their defaults (maps/README.md lists the same table). */
export const DREAM_PROPERTIES = {
  // Two minutes at most: a dream that walls Mira in for another seed than the validator's (random rule
  // outputs) holds her no longer than that, and an hour of one phase is no level anyone builds.
  dreamSeconds: { defaultValue: 30, min: 1, max: 120, integer: false, unit: 'seconds' },
  dreamPhaseSeconds: { defaultValue: 8, min: 1, max: 120, integer: false, unit: 'seconds' },
  dreamWaveTiles: { defaultValue: 2, min: 1, max: 1024, integer: true, unit: 'tiles a tick' },
} as const satisfies Readonly<Record<string, DreamPropertyRule>>;

export type DreamPropertyName = keyof typeof DREAM_PROPERTIES;

/** The map property naming the rule map or rules.txt, relative to the map. */
export const DREAM_RULES_PROPERTY = 'dreamRules';

/** Whether the map names rule maps for its dream (a non-empty text; the loader reports any other value). */
export function namesDreamRules(map: TiledMap): boolean {
  const value = map.properties[DREAM_RULES_PROPERTY];
  return typeof value === 'string' && value !== '';
}

/** The rule maps the loader read for `dreamRules` (load-dream-rules.ts). */
export interface DreamRules {
  readonly file: string;
  readonly ruleMaps: readonly CompiledRuleMap[];
}
