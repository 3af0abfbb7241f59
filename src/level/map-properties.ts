// The map's own properties (Map > Map Properties in Tiled) the level reads, each with the default written
// here; src/level/tiled-project.ts lists them all for Tiled (the class `Level` for maps). The dream's timing
// rules live in dream-definition.ts.
import type { TiledMap } from '../tiled/tiled-map.ts';
import type { ProblemList } from '../tiled/problem-list.ts';

/** How dark the view is outside the light: 0 not at all (the default), 1 black. */
export const DARKNESS_RULE = { defaultValue: 0, min: 0, max: 1 } as const;

/** The map property `darkness`, or 0 (no darkness) when it is missing or out of range (a warning then). */
export function readDarkness(map: TiledMap, problems: ProblemList): number {
  const value = map.properties.darkness;
  if (value === undefined) return DARKNESS_RULE.defaultValue;
  if (typeof value === 'number' && Number.isFinite(value) && value >= DARKNESS_RULE.min && value <= DARKNESS_RULE.max) return value;
  problems.warning('map', `the map property "darkness" is ${JSON.stringify(value)}; it must be a number from 0 (no darkness) to 1 (black)`, 'Using 0. Set it in Map > Map Properties as a float.');
  return DARKNESS_RULE.defaultValue;
}
