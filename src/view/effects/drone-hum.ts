// The DreamPod drone's hum: a low whirr that repeats while a drone (an Enforcer whose look is `drone`) is
// near Mira, louder the closer it is and panned to its side, so in a dark passage the player hears it
// before the light finds it. Worked out from world state only (no Phaser), and never read by the rules.
import { SUBPIXELS_PER_PIXEL, type World } from '../../sim/index.ts';

/** Ticks between hums: the recipe lasts about half a second, so they overlap into one drone. */
export const HUM_EVERY_TICKS = 30;
/** Tiles within which a drone is heard at all. */
export const HUM_REACH_TILES = 9;

export interface Hum {
  readonly enforcerId: number;
  /** 0 to 1: full beside her, nothing at the reach. */
  readonly volume: number;
  /** Pixels, for the pan. */
  readonly x: number;
}

/** The hums due this tick: one per drone in reach, on every HUM_EVERY_TICKS-th tick. */
export function droneHums(world: World): Hum[] {
  if (world.status !== 'playing' || world.scene !== null || world.tick % HUM_EVERY_TICKS !== 0) return [];
  const reach = HUM_REACH_TILES * world.tiles.span;
  const hums: Hum[] = [];
  for (const enforcer of world.enforcers) {
    if (enforcer.look !== 'drone') continue;
    const distance = Math.hypot(enforcer.x - world.mira.x, enforcer.y - world.mira.y);
    if (distance >= reach) continue;
    hums.push({ enforcerId: enforcer.id, volume: 1 - distance / reach, x: enforcer.x / SUBPIXELS_PER_PIXEL });
  }
  return hums;
}
