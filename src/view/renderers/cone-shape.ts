// Enforcers' sight cones as shapes (no Phaser, so Node can test and time them): fans of rays clipped where they first meet an opaque tile, using the same
// grid walk the rules use, so what is drawn is what they see.
import { clipSight, coneHalfAngle, DETECTION_FULL, SUBPIXELS_PER_PIXEL, type EnforcerState, type WorldTiles } from '../../sim/index.ts';
import { cueColors, type CueColors } from './cue-colors.ts';

const RAYS_PER_CONE = 40;

export interface ConePoint {
  readonly x: number;
  readonly y: number;
}

export interface ConeShape {
  /** Pixels, relative to the Enforcer's feet: the origin first, then the ray ends. */
  readonly far: readonly ConePoint[];
  /** The same rays cut at half the range: the near band where detection is quick. */
  readonly near: readonly ConePoint[];
}

/** A cone's points, rewritten in place by each trace: an Enforcer that walks is traced every tick. */
export interface ConeBuffer {
  readonly far: { x: number; y: number }[];
  readonly near: { x: number; y: number }[];
}

/** A ray's end, clipped where sight stops, rewritten ray after ray: a walking Enforcer's cone is traced every tick. */
const RAY_END = { x: 0, y: 0 };

/** Rays are cast in sub-pixels from the world's positions; the result is relative so it can follow the sprite. */
export function traceCone(tiles: WorldTiles, enforcer: EnforcerState, into: ConeBuffer = { far: [], near: [] }): ConeShape {
  const { far, near } = into;
  const range = enforcer.sightRange;
  const halfAngle = coneHalfAngle(enforcer.sightAngle);
  const rays = range <= 0 || halfAngle <= 0 ? 0 : RAYS_PER_CONE + 1;
  // The origin first, then a point per ray: the buffers keep their points and take the length of this cone.
  while (far.length <= rays) far.push({ x: 0, y: 0 });
  while (near.length <= rays) near.push({ x: 0, y: 0 });
  far.length = rays + 1;
  near.length = rays + 1;
  far[0]!.x = 0;
  far[0]!.y = 0;
  near[0]!.x = 0;
  near[0]!.y = 0;
  if (rays === 0) return into;
  const heading = Math.atan2(enforcer.facingY, enforcer.facingX);
  // The rules' own half-angle: what is drawn is exactly what sees.
  const spread = (2 * halfAngle * Math.PI) / 180;
  const nearRange = range / 2;
  const hit = RAY_END;
  for (let ray = 0; ray <= RAYS_PER_CONE; ray += 1) {
    const angle = heading - spread / 2 + (spread * ray) / RAYS_PER_CONE;
    hit.x = enforcer.x + Math.round(Math.cos(angle) * range);
    hit.y = enforcer.y + Math.round(Math.sin(angle) * range);
    clipSight(tiles, enforcer, hit);
    const offsetX = hit.x - enforcer.x;
    const offsetY = hit.y - enforcer.y;
    const farPoint = far[ray + 1]!;
    farPoint.x = offsetX / SUBPIXELS_PER_PIXEL;
    farPoint.y = offsetY / SUBPIXELS_PER_PIXEL;
    const length = Math.sqrt(offsetX * offsetX + offsetY * offsetY);
    const cut = length > nearRange ? nearRange / length : 1;
    const nearPoint = near[ray + 1]!;
    nearPoint.x = (offsetX * cut) / SUBPIXELS_PER_PIXEL;
    nearPoint.y = (offsetY * cut) / SUBPIXELS_PER_PIXEL;
  }
  return into;
}

/**
 * Calm while the meter is empty; the glimpse colour (orange, not the yellow of the street lamps' light
 * pools: lamps are scenery, a warm cone is a warning) the moment it holds anything, reddening as it fills.
 * A blend from calm to the glimpse would pass through a washed-out grey that reads as neither.
 */
export function coneColor(detection: number, colors: CueColors = cueColors()): number {
  if (detection <= 0) return colors.styles.calm;
  const t = Math.min(1, detection / DETECTION_FULL);
  const channel = (color: number, shift: number): number => (color >> shift) & 0xff;
  const mix = (shift: number): number => Math.round(channel(colors.glimpse, shift) + (channel(colors.full, shift) - channel(colors.glimpse, shift)) * t);
  return (mix(16) << 16) | (mix(8) << 8) | mix(0);
}

/** Shades a word coloured by the meter takes between the first glimpse and full. */
export const METER_WORD_SHADES = 10;

/**
 * The detection a word coloured by the meter shows, held to one of METER_WORD_SHADES steps from the first
 * glimpse: a Text drawn again in a new colour every tick (the HUD's "seen" line) cost most of a chase
 * frame's draw, and a step of a tenth of the way from orange to red on a line of words reads the same.
 */
export function meterWordDetection(detection: number): number {
  if (detection <= 0) return 0;
  const step = DETECTION_FULL / METER_WORD_SHADES;
  return Math.max(1, Math.min(DETECTION_FULL, Math.floor(detection / step) * step));
}
