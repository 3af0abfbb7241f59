// Which frame of the character sheet to show, from world state and tick only: never from Phaser timers.
import { CHILD_LOOK_COUNT, HUNTER_LOOKS } from '../../level/entity-schema.ts';
import type { Gait } from '../../sim/types.ts';

/** A hunter's sheet: one per look (the Enforcer, the DreamPod drone, Elena, Sam, Niko). */
export type HunterSheet = (typeof HUNTER_LOOKS)[number];

export type Facing = 'down' | 'up' | 'left' | 'right';

/** Ticks each walk frame is shown, by gait: quicker feet when running, slower when sneaking. */
const TICKS_PER_WALK_FRAME: Record<Gait, number> = { still: 1, sneak: 12, walk: 8, run: 5 };
const WALK_FRAMES = 4;

/** The side a direction vector mostly points to; horizontal wins ties so diagonal walks look sideways. */
export function facingOf(directionX: number, directionY: number): Facing {
  if (directionX === 0 && directionY === 0) return 'down';
  if (Math.abs(directionX) >= Math.abs(directionY)) return directionX < 0 ? 'left' : 'right';
  return directionY < 0 ? 'up' : 'down';
}

/** Frame index 0..3 of the walk cycle; 0 (standing) when not moving. */
export function walkFrame(options: { moving: boolean; gait: Gait; tick: number }): number {
  if (!options.moving || options.gait === 'still') return 0;
  // Start the cycle on frame 1 so the first moving tick already shows a step.
  return (Math.floor(options.tick / TICKS_PER_WALK_FRAME[options.gait]) + 1) % WALK_FRAMES;
}

/** Which sheet a child is drawn from: `child0` .. `child4`, any other look wrapped into that range. */
export function childSheetName(look: number): `child${number}` {
  return `child${((Math.trunc(look) % CHILD_LOOK_COUNT) + CHILD_LOOK_COUNT) % CHILD_LOOK_COUNT}`;
}

/** Which sheet a hunter is drawn from: its look, or the Enforcer's for a look the art does not have. */
export function hunterSheetName(look: string): HunterSheet {
  return HUNTER_LOOKS.find((known) => known === look) ?? 'enforcer';
}

export function characterFrameName(character: 'mira' | HunterSheet | `child${number}`, facing: Facing, frame: number): string {
  return `${character}-${facing}-${frame}`;
}
