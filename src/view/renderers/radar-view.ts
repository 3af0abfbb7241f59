// What the radar and the chase pointers show, in drawing terms without Phaser (Node tests it): the
// Enforcers near Mira placed on a small disc, each with its cone's direction, width and style, and an
// edge pointer for every Enforcer that chases from off screen. View only: nothing here reaches the rules.
import { SUBPIXELS_PER_PIXEL, type ConeStyle, type World } from '../../sim/index.ts';
import { cueOf } from './tick-cues.ts';
import { edgeArrow, goalArea, type EdgeArrow } from './stealth-cues.ts';

/** World pixels from Mira the radar covers: a little more than a screen at the usual zoom. */
export const RADAR_RANGE_PIXELS = 320;

export interface RadarBlip {
  readonly id: number;
  /** -1..1 on the disc, Mira at 0,0 (y down). */
  readonly x: number;
  readonly y: number;
  /** Radians, y down: where it looks. */
  readonly facing: number;
  /** Half the cone, radians. */
  readonly halfAngle: number;
  /** The cone's reach on the disc, 0..1. */
  readonly reach: number;
  readonly style: ConeStyle;
}

export function radarBlips(world: World): RadarBlip[] {
  const miraX = world.mira.x / SUBPIXELS_PER_PIXEL;
  const miraY = world.mira.y / SUBPIXELS_PER_PIXEL;
  const blips: RadarBlip[] = [];
  for (const enforcer of world.enforcers) {
    const offsetX = enforcer.x / SUBPIXELS_PER_PIXEL - miraX;
    const offsetY = enforcer.y / SUBPIXELS_PER_PIXEL - miraY;
    if (offsetX * offsetX + offsetY * offsetY > RADAR_RANGE_PIXELS * RADAR_RANGE_PIXELS) continue;
    blips.push({
      id: enforcer.id,
      x: offsetX / RADAR_RANGE_PIXELS,
      y: offsetY / RADAR_RANGE_PIXELS,
      facing: Math.atan2(enforcer.facingY, enforcer.facingX),
      halfAngle: (Math.min(360, enforcer.sightAngle) * Math.PI) / 360,
      reach: Math.min(1, enforcer.sightRange / SUBPIXELS_PER_PIXEL / RADAR_RANGE_PIXELS),
      style: cueOf(world, enforcer).coneStyle,
    });
  }
  return blips;
}

/**
 * Where a point of the disc (`offset` from its centre, in radii) lies on screen, on a whole pixel: as Mira
 * walks every blip moves a fraction of a pixel a tick, and a radar drawn anew for that alone is painted
 * again by the screen mirror every frame. On whole pixels it changes only when something moved a pixel.
 */
export function radarPixel(centre: number, offset: number, radius: number): number {
  return Math.round(centre + offset * radius);
}

/** The turns of a blip's facing the disc shows: a 64th of a turn moves the tip of the longest cone under a disc pixel. */
const RADAR_FACING_STEPS = 64;

/** A blip's facing as the disc draws it, in whole steps: an Enforcer turning slowly redraws the radar only per step. */
export function radarFacing(facing: number): number {
  const step = (2 * Math.PI) / RADAR_FACING_STEPS;
  return Math.round(facing / step) * step;
}

/** The goal on the disc (goalArea: the dream circle, a clue still needed, then the exit), kept at the rim when farther than the radar reaches. */
export interface RadarGoal {
  readonly x: number;
  readonly y: number;
  /** Farther than the radar covers: drawn on the rim as a compass pip. */
  readonly beyond: boolean;
  /** The dream circle rather than the exit. */
  readonly circle: boolean;
}

/** `area`: goalArea of the world, when the caller has it already (tick-cues.ts's goalOf keeps this tick's). */
export function radarGoal(world: World, area = goalArea(world)): RadarGoal {
  const offsetX = area.x + area.width / 2 - world.mira.x / SUBPIXELS_PER_PIXEL;
  const offsetY = area.y + area.height / 2 - world.mira.y / SUBPIXELS_PER_PIXEL;
  const distance = Math.sqrt(offsetX * offsetX + offsetY * offsetY);
  const circle = world.level.dreamCircles.some((dreamCircle) => dreamCircle.area === area);
  if (distance <= RADAR_RANGE_PIXELS) return { x: offsetX / RADAR_RANGE_PIXELS, y: offsetY / RADAR_RANGE_PIXELS, beyond: false, circle };
  return { x: offsetX / distance, y: offsetY / distance, beyond: true, circle };
}

/** Where the camera's view is, in world pixels, for the pointers. */
export interface ViewWindow {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly zoom: number;
}

/** An edge pointer (screen pixels) for each chasing Enforcer off screen. */
export function chaserPointers(world: World, options: { readonly view: ViewWindow; readonly inset: number }): { id: number; arrow: EdgeArrow }[] {
  const { view, inset } = options;
  const pointers: { id: number; arrow: EdgeArrow }[] = [];
  for (const enforcer of world.enforcers) {
    if (enforcer.state.name !== 'chase') continue;
    const target = {
      x: (enforcer.x / SUBPIXELS_PER_PIXEL - view.left) * view.zoom,
      y: (enforcer.y / SUBPIXELS_PER_PIXEL - view.top) * view.zoom,
    };
    const arrow = edgeArrow({ target, width: view.width, height: view.height, inset });
    if (arrow) pointers.push({ id: enforcer.id, arrow });
  }
  return pointers;
}

/** The look-ahead pan, world pixels: up to half the view in the held direction, eased in over time. */
export function lookAheadOffset(options: {
  readonly directionX: -1 | 0 | 1;
  readonly directionY: -1 | 0 | 1;
  readonly viewWidth: number;
  readonly viewHeight: number;
  /** 0..1: how far into the pan (the scene eases it so it never jerks). */
  readonly progress: number;
}): { x: number; y: number } {
  const progress = Math.min(1, Math.max(0, options.progress));
  return { x: (options.directionX * options.viewWidth * progress) / 2, y: (options.directionY * options.viewHeight * progress) / 2 };
}
