// The goal arrow's badge rides the screen's edge. Where a corner panel sits on that edge (the group and the
// dream, top right), the badge slides along the edge past the panel instead of touching it: at 800x600 the
// dream space's arrow, pointing up at the ring, sat on the children panel's edge.
import type { EdgeArrow } from '../renderers/stealth-cues.ts';
import type { ScreenRect } from './goal-hint-place.ts';

/** The badge's radius around the arrow, in unscaled interface pixels (the HUD draws it this size). */
export const ARROW_BADGE_RADIUS = 15;

/**
 * The arrow moved along the edge it sits on until its badge (a circle of `radius` inside the arrow's tip)
 * keeps `gap` pixels from the panel; the arrow as given when it is clear already or there is no panel.
 */
export function arrowClearOf(
  arrow: EdgeArrow | null,
  options: { readonly panel: ScreenRect | null; readonly radius: number; readonly gap: number },
): EdgeArrow | null {
  const { panel, radius, gap } = options;
  if (arrow === null || panel === null) return arrow;
  const centreX = arrow.x - Math.cos(arrow.angle) * radius;
  const centreY = arrow.y - Math.sin(arrow.angle) * radius;
  const reach = radius + gap;
  const touches =
    centreX + reach > panel.left &&
    centreX - reach < panel.left + panel.width &&
    centreY + reach > panel.top &&
    centreY - reach < panel.top + panel.height;
  if (!touches) return arrow;
  // The shorter way out: left along the top edge, or down along the right edge.
  const leftward = centreX + reach - panel.left;
  const downward = panel.top + panel.height - (centreY - reach);
  return leftward <= downward ? { ...arrow, x: arrow.x - leftward } : { ...arrow, y: arrow.y + downward };
}
