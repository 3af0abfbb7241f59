// Where the goal hint stands for its first seconds, without Phaser (Node tests check every window size):
// in a strip along the bottom above the controls hint, centred between the radar's column and the same
// width on the left, or, while Mira stands in the lower part of the screen (a camera held at the map's
// bottom edge), under the time panel at the top. Whichever is farther from her: the hint never hides the
// ground she is about to walk on, nor the ring of a circle beside her.
import { radarReach } from './radar.ts';
import { chooseWorldZoom } from './zoom.ts';

/** Unscaled pixels: the screen's margin, and the top strip's start below the time panel. */
const MARGIN = 12;
const BELOW_TIME_PANEL = 113;
/** Unscaled pixels between the goal hint's backdrop and the controls hint's. */
const GAP = 8;
/** Unscaled pixels of backdrop around the words (half above, half below). */
export const GOAL_HINT_PADDING = 10;

export interface GoalHintPlace {
  readonly centreX: number;
  /** The words' top; the backdrop starts half a padding above. */
  readonly top: number;
  readonly wrapWidth: number;
  readonly edge: 'top' | 'bottom';
}

/** The width the words wrap to: what is left between the radar's column and the same width on the left. */
export function goalHintWrapWidth(width: number, scale: number): number {
  return Math.max(120 * scale, width - 2 * (radarReach(scale) + MARGIN * scale));
}

/**
 * `goalHeight`: the words' height at goalHintWrapWidth; `bottomReserved`: pixels the controls hint takes
 * along the bottom edge (0 once it has gone); `miraY`: her feet's screen y, or null before the first draw.
 */
export function goalHintPlace(options: {
  readonly width: number;
  readonly height: number;
  readonly scale: number;
  readonly goalHeight: number;
  readonly bottomReserved: number;
  readonly miraY: number | null;
  /** The time panel grows with the player's text size (wordScale); the top strip starts below it. */
  readonly timePanelScale?: number;
  /** False while the top-right corner holds a tall panel (speedrun mode's splits): the hint stays at the bottom. */
  readonly topStripFree?: boolean;
}): GoalHintPlace {
  const { width, height, scale, goalHeight, bottomReserved, miraY } = options;
  const padding = GOAL_HINT_PADDING * scale;
  const centreX = Math.floor(width / 2);
  const wrapWidth = goalHintWrapWidth(width, scale);
  const bottomTop = Math.floor(height - Math.max(bottomReserved, MARGIN * scale) - GAP * scale - padding / 2 - goalHeight);
  const topTop = Math.floor(MARGIN * scale + BELOW_TIME_PANEL * (options.timePanelScale ?? scale) + padding / 2);
  if (miraY === null || options.topStripFree === false) return { centreX, top: bottomTop, wrapWidth, edge: 'bottom' };
  // Her body stands above her feet: the distance to the top strip is measured from her head's height.
  const fromBottom = bottomTop - padding / 2 - miraY;
  const fromTop = miraY - miraHeightOnScreen(width, height) - (topTop + goalHeight + padding / 2);
  return fromBottom >= fromTop ? { centreX, top: bottomTop, wrapWidth, edge: 'bottom' } : { centreX, top: topTop, wrapWidth, edge: 'top' };
}

/** How far a corner panel fades while Mira stands under it: she shows through, its words still read. */
export const PANEL_OVER_MIRA_ALPHA = 0.25;

/** Mira is about a tile and a half of the art's 16-pixel tiles tall, at the world's zoom for this window. */
export function miraHeightOnScreen(width: number, height: number): number {
  return 1.5 * 16 * chooseWorldZoom(width, height);
}

/** A rectangle on screen, interface pixels. */
export interface ScreenRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Whether a corner panel stands over Mira (her feet at `mira`, her body above them) or within `slack`
 * pixels of her: then the panel steps back (fades) so she is never hidden under it, as in a bed in the
 * corner of the map where the camera is held.
 */
export function panelOverMira(panel: ScreenRect, mira: { readonly x: number; readonly y: number }, options: { readonly bodyHeight: number; readonly slack: number }): boolean {
  const { bodyHeight, slack } = options;
  const halfWidth = bodyHeight / 3;
  return (
    mira.x + halfWidth > panel.left - slack &&
    mira.x - halfWidth < panel.left + panel.width + slack &&
    mira.y > panel.top - slack &&
    mira.y - bodyHeight < panel.top + panel.height + slack
  );
}
