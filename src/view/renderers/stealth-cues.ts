// What the stealth cues show, turned into drawing terms without Phaser (so Node can test it): whether
// Mira is seen and by whom, where a suspicious Enforcer is looking and the walk each is about to take
// (both decided by the rules' enforcerCue), the goal hint and the arrow to an exit off screen.
import type { LevelDefinition, Point, Rect } from '../../level/level-definition.ts';
import {
  DETECTION_FULL,
  flagsHold,
  SUBPIXELS_PER_PIXEL,
  TICKS_PER_SECOND,
  type AlertLevel,
  type AlertState,
  type EnforcerCue,
  type EnforcerState,
  type World,
} from '../../sim/index.ts';
import { nextClueArea } from './next-clue.ts';

export type MiraVisibilityState = 'hidden' | 'seen' | 'caught';

export interface MiraVisibility {
  readonly state: MiraVisibilityState;
  /** Enforcers that see her this tick, by id. */
  readonly watcherIds: readonly number[];
  /** Highest meter among those watchers, 0..DETECTION_FULL; 0 when hidden. */
  readonly worstDetection: number;
}

/** The first rule of fair stealth (CONTRIBUTING.md): the player can tell whether she is seen, and by whom. */
export function miraVisibility(enforcers: readonly EnforcerState[], caught: boolean): MiraVisibility {
  const watchers = enforcers.filter((enforcer) => enforcer.seesMira);
  const worstDetection = watchers.reduce((worst, enforcer) => Math.max(worst, enforcer.detection), 0);
  const state: MiraVisibilityState = caught ? 'caught' : watchers.length > 0 ? 'seen' : 'hidden';
  return { state, watcherIds: watchers.map((enforcer) => enforcer.id), worstDetection };
}

/** The word the HUD shows for her state. */
export function visibilityWord(state: MiraVisibilityState): string {
  return state === 'caught' ? 'caught!' : state;
}

/**
 * What a Watcher says as it sends Mira back to bed, floated over it: its name from the map (a mother in
 * one chapter, a brother in another), so the family speak as themselves; a Watcher left unnamed still says it.
 */
export function sentBackWords(watcherName: string): string {
  const name = watcherName.trim();
  return name === '' ? 'back to bed, Mira!' : `${name}: back to bed, Mira!`;
}

export interface LastSeenMarker {
  /** World pixels. */
  readonly x: number;
  readonly y: number;
  /** 0..1: full when the meter is full, fading as it drains, never quite invisible while it lasts. */
  readonly strength: number;
}

/** Lowest marker strength: a nearly drained meter still shows where the Enforcer is looking. */
const MARKER_MINIMUM_STRENGTH = 0.3;

/**
 * Where a suspicious Enforcer thinks Mira is (the rules say when), fading with its meter. Hidden while it
 * still sees her: then the marker would sit under her feet and say nothing the eye over her head does not.
 */
export function lastSeenMarker(cue: EnforcerCue): LastSeenMarker | null {
  if (cue.lastSeen === null) return null;
  const fraction = Math.min(1, cue.glyphFill / DETECTION_FULL);
  return {
    x: cue.lastSeen.x / SUBPIXELS_PER_PIXEL,
    y: cue.lastSeen.y / SUBPIXELS_PER_PIXEL,
    strength: MARKER_MINIMUM_STRENGTH + (1 - MARKER_MINIMUM_STRENGTH) * fraction,
  };
}

export interface PlannedWalk {
  /** World pixels: the Enforcer's feet, then each planned tile's centre, then the waypoint it walks to. */
  readonly points: readonly Point[];
  /** The route's waypoints after that one, in the order it will visit them (world pixels). */
  readonly upcoming: readonly Point[];
}

function toPixels(point: { readonly x: number; readonly y: number }): Point {
  return { x: point.x / SUBPIXELS_PER_PIXEL, y: point.y / SUBPIXELS_PER_PIXEL };
}

/** The walk the rules say an Enforcer is about to take, in world pixels; null when it takes none. */
export function plannedWalk(cue: EnforcerCue): PlannedWalk | null {
  if (cue.plannedWalk === null) return null;
  return { points: cue.plannedWalk.map(toPixels), upcoming: cue.upcoming.map(toPixels) };
}

/** Points every `spacing` pixels along a polyline, the first on its first point. */
export function dotsAlong(points: readonly Point[], spacing: number): Point[] {
  const dots: Point[] = [];
  visitDots(points, { spacing, backwards: false, clearFrom: null, clearance: 0 }, (x, y) => {
    dots.push({ x, y });
  });
  return dots;
}

/**
 * Dots along an Enforcer's planned walk, counted back from where it ends so they stay put in the world as
 * the Enforcer walks them down (counted from its feet they would slide along with it). Dots within
 * `clearance` pixels of the start (its body) are left out.
 */
export function walkDots(points: readonly Point[], options: { readonly spacing: number; readonly clearance: number }): Point[] {
  const dots: Point[] = [];
  visitWalkDots(points, options, (x, y) => {
    dots.push({ x, y });
  });
  return dots;
}

/** walkDots, handed to `visit` one by one: the walks are drawn every frame, and no array is built for them. */
export function visitWalkDots(
  points: readonly Point[],
  options: { readonly spacing: number; readonly clearance: number },
  visit: (x: number, y: number) => void,
): void {
  const start = points[0];
  if (!start) return;
  visitDots(points, { spacing: options.spacing, backwards: true, clearFrom: start, clearance: options.clearance }, visit);
}

/** The dots of dotsAlong over the polyline read forwards or backwards, leaving out those within `clearance` of `clearFrom`. */
function visitDots(
  points: readonly Point[],
  options: { readonly spacing: number; readonly backwards: boolean; readonly clearFrom: Point | null; readonly clearance: number },
  visit: (x: number, y: number) => void,
): void {
  const { spacing, backwards, clearFrom } = options;
  if (spacing <= 0) return;
  const clearanceSquared = options.clearance * options.clearance;
  const last = points.length - 1;
  let travelled = 0;
  let nextDot = 0;
  for (let index = 1; index <= last; index += 1) {
    const from = points[backwards ? last - index + 1 : index - 1]!;
    const to = points[backwards ? last - index : index]!;
    const length = Math.sqrt((to.x - from.x) ** 2 + (to.y - from.y) ** 2);
    while (length > 0 && nextDot <= travelled + length) {
      const along = (nextDot - travelled) / length;
      const x = from.x + (to.x - from.x) * along;
      const y = from.y + (to.y - from.y) * along;
      if (clearFrom === null || (x - clearFrom.x) ** 2 + (y - clearFrom.y) ** 2 > clearanceSquared) visit(x, y);
      nextDot += spacing;
    }
    travelled += length;
  }
}

/** One of eight compass words for the direction from one point to another (y grows southwards). */
export function compassDirection(from: Point, to: Point): string {
  const eastward = to.x - from.x;
  const southward = to.y - from.y;
  if (eastward === 0 && southward === 0) return 'here';
  // Within about 27 degrees of an axis counts as straight along it (tan 26.6 degrees = 1/2).
  const vertical = Math.abs(southward) * 2 >= Math.abs(eastward) ? (southward < 0 ? 'north' : 'south') : '';
  const horizontal = Math.abs(eastward) * 2 >= Math.abs(southward) ? (eastward < 0 ? 'west' : 'east') : '';
  if (vertical && horizontal) return `${vertical}-${horizontal}`;
  return vertical || horizontal || 'here';
}

/** The one line that says what the level wants, with where the exit lies from the spawn. */
export function goalHint(level: LevelDefinition): string {
  const exit = { x: level.exit.x + level.exit.width / 2, y: level.exit.y + level.exit.height / 2 };
  const direction = compassDirection(level.spawn, exit);
  const where = direction === 'here' ? '' : ` in the ${direction}`;
  const goal = level.exitName === '' ? 'the exit' : `the ${level.exitName.toLowerCase()}`;
  // The family (Watchers) send her back to bed rather than hunt her: the hint does not call them Enforcers.
  // Nor the DreamPod company's drone, and where nobody looks there are no cones to keep out of.
  const onlyWatchers = level.enforcers.length > 0 && level.enforcers.every((hunter) => hunter.hunterClass === 'Watcher');
  const onlyDrones = level.enforcers.length > 0 && level.enforcers.every((hunter) => hunter.look === 'drone');
  const cones = level.enforcers.length === 0
    ? ''
    : onlyWatchers
      ? ' Keep out of their cones: whoever sees you sends you back to bed.'
      : onlyDrones
        ? " Keep out of the drone's light."
        : " Keep out of the Enforcers' cones.";
  const reach = `Reach ${goal}${where}.${cones}`;
  // A level with children and a circle is played through them: say so before the first step.
  if (level.children.length === 0 || level.dreamCircles.length === 0) return reach;
  const circle = level.dreamCircles[0]!;
  const circleName = circle.name === '' ? 'the circle' : circle.name.toLowerCase().startsWith('the ') ? circle.name.toLowerCase() : `the ${circle.name.toLowerCase()}`;
  // How many must stand inside, not only follow: the first thing a new player got wrong.
  const needed = Math.min(...level.dreamCircles.map((dreamCircle) => dreamCircle.children));
  const company = needed === 0 ? 'them' : `${needed} of them`;
  const dream = `Wake the children and bring ${company} into ${circleName} (the gold ring on your radar): the dream opens ways no Enforcer can take`;
  return `${reach}\n${dream}${level.exitRequires.length > 0 ? `; ${goal} opens only after it.` : '.'}`;
}

/**
 * Where the compass (the edge arrow and the radar's gold pip) points: the first DreamCircle while the
 * exit still waits for flags and no dream runs (a first-time player did not find the circle), the nearest
 * clue still needed once a hunt for clues has begun (next-clue.ts), else the exit.
 */
export function goalArea(world: World): Rect {
  const { level } = world;
  const circle = level.dreamCircles[0];
  if (circle !== undefined && world.dream.stage === 'waking' && !flagsHold(world, level.exitRequires)) return circle.area;
  return nextClueArea(world) ?? level.exit;
}

/** The goal hint is read for this long when the player waits... */
export const GOAL_HINT_TICKS = 5 * TICKS_PER_SECOND;
/** ...and fades over this long, once the time is up or from her first step. */
export const GOAL_HINT_FADE_TICKS = Math.round(TICKS_PER_SECOND * 0.6);

/** Opacity of the goal hint: full at the start, fading after a few seconds or from the first move. */
export function goalHintAlpha(tick: number, firstMoveTick: number | null): number {
  const fadeFrom = firstMoveTick === null ? GOAL_HINT_TICKS : Math.min(GOAL_HINT_TICKS, firstMoveTick);
  return Math.min(1, Math.max(0, 1 - (tick - fadeFrom) / GOAL_HINT_FADE_TICKS));
}

export interface EdgeArrow {
  /** Screen pixels: where the arrow's tip sits, inside the screen by the inset. */
  readonly x: number;
  readonly y: number;
  /** Radians, screen space (y down): the way the arrow points. */
  readonly angle: number;
}

/**
 * An arrow at the screen's edge towards a target off screen, on the line from the screen's centre to it;
 * null when the target is on screen (by at least `margin` pixels, so a half-visible exit still counts).
 */
export function edgeArrow(options: {
  readonly target: Point;
  readonly width: number;
  readonly height: number;
  readonly inset: number;
  readonly margin?: number;
}): EdgeArrow | null {
  const { target, width, height, inset } = options;
  const margin = options.margin ?? 0;
  const onScreen =
    target.x >= -margin && target.x <= width + margin && target.y >= -margin && target.y <= height + margin;
  if (onScreen) return null;
  const centreX = width / 2;
  const centreY = height / 2;
  const towardX = target.x - centreX;
  const towardY = target.y - centreY;
  const reachX = Math.max(0, centreX - inset);
  const reachY = Math.max(0, centreY - inset);
  // Shrink the direction until it touches the inset rectangle on whichever side it meets first.
  const scaleX = towardX === 0 ? Infinity : reachX / Math.abs(towardX);
  const scaleY = towardY === 0 ? Infinity : reachY / Math.abs(towardY);
  const scale = Math.min(scaleX, scaleY, 1);
  return { x: centreX + towardX * scale, y: centreY + towardY * scale, angle: Math.atan2(towardY, towardX) };
}

/**
 * Small pixel glyphs drawn a world pixel at a time, so they sit on the same grid as the art. `K` is the
 * dark outline, `o` the fill (tinted by what it shows), `w` a highlight; anything else is empty.
 */
export const EYE_GLYPH: readonly string[] = [
  '..KKKKK..',
  '.KoooooK.',
  'KooKKwooK',
  '.KoooooK.',
  '..KKKKK..',
];

export interface GlyphPixel {
  readonly x: number;
  readonly y: number;
  readonly ink: 'outline' | 'fill' | 'highlight';
}

/** The glyph's filled pixels, relative to its top-left corner. */
export function glyphPixels(glyph: readonly string[]): GlyphPixel[] {
  const inks: Record<string, GlyphPixel['ink'] | undefined> = { K: 'outline', o: 'fill', w: 'highlight' };
  const pixels: GlyphPixel[] = [];
  glyph.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) {
      const ink = inks[row.charAt(x)];
      if (ink) pixels.push({ x, y, ink });
    }
  });
  return pixels;
}

/** The HUD's alert line: a glyph per level (so it is not told by colour alone) and, in caution, the time to calm. */
export function alertLine(alert: AlertState): { readonly level: AlertLevel; readonly text: string } {
  switch (alert.level) {
    case 'calm':
      return { level: 'calm', text: '○ calm' };
    case 'caution': {
      const seconds = Math.ceil(alert.cautionTicks / TICKS_PER_SECOND);
      return { level: 'caution', text: `▲ caution · calm in ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}` };
    }
    case 'alarm':
      return { level: 'alarm', text: '◆ ALARM · a chase is on' };
  }
}
