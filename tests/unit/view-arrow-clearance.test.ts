import { describe, expect, it } from 'vitest';
import { edgeArrow } from '../../src/view/renderers/stealth-cues.ts';
import { arrowClearOf } from '../../src/view/ui/arrow-clearance.ts';

/** The group's corner at 800x600: 210 wide, 30 high, 12 in from the top right. */
const PANEL = { left: 800 - 12 - 210, top: 12, width: 210, height: 30 };
const RADIUS = 15;
const GAP = 6;

function badgeCentre(arrow: { x: number; y: number; angle: number }): { x: number; y: number } {
  return { x: arrow.x - Math.cos(arrow.angle) * RADIUS, y: arrow.y - Math.sin(arrow.angle) * RADIUS };
}

function touches(centre: { x: number; y: number }): boolean {
  const reach = RADIUS + GAP;
  return centre.x + reach > PANEL.left && centre.x - reach < PANEL.left + PANEL.width && centre.y + reach > PANEL.top && centre.y - reach < PANEL.top + PANEL.height;
}

describe('the goal arrow keeps off the corner panel', () => {
  it('slides left along the top edge when the goal is up and a little right, as the dream space ring is at 800x600', () => {
    const arrow = edgeArrow({ target: { x: 800, y: -400 }, width: 800, height: 600, inset: 8 })!;
    expect(touches(badgeCentre(arrow)), 'the arrow as placed touches the panel').toBe(true);
    const moved = arrowClearOf(arrow, { panel: PANEL, radius: RADIUS, gap: GAP })!;
    expect(touches(badgeCentre(moved))).toBe(false);
    expect(moved.y).toBe(arrow.y);
    expect(moved.angle).toBe(arrow.angle);
    expect(moved.x).toBeLessThan(PANEL.left);
  });

  it('slides down along the right edge when that is the shorter way', () => {
    const arrow = edgeArrow({ target: { x: 2000, y: 200 }, width: 800, height: 600, inset: 8 })!;
    const nearCorner = { ...arrow, y: 40 };
    const moved = arrowClearOf(nearCorner, { panel: PANEL, radius: RADIUS, gap: GAP })!;
    expect(touches(badgeCentre(moved))).toBe(false);
    expect(moved.x).toBe(nearCorner.x);
    expect(moved.y).toBeGreaterThan(PANEL.top + PANEL.height);
  });

  it('leaves an arrow clear of the panel, no arrow, and a screen without the panel as they are', () => {
    const left = edgeArrow({ target: { x: -500, y: 300 }, width: 800, height: 600, inset: 8 })!;
    expect(arrowClearOf(left, { panel: PANEL, radius: RADIUS, gap: GAP })).toBe(left);
    expect(arrowClearOf(null, { panel: PANEL, radius: RADIUS, gap: GAP })).toBeNull();
    const up = edgeArrow({ target: { x: 900, y: -300 }, width: 800, height: 600, inset: 8 })!;
    expect(arrowClearOf(up, { panel: null, radius: RADIUS, gap: GAP })).toBe(up);
  });
});
