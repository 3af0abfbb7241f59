// Draws a traced cone around the graphics object's origin (the scene moves the object with the
// Enforcer): far band, stronger near band, and an edge whose colour AND shape say the Enforcer's state
// (enforcerCue's coneStyle): plain when calm, dashed when wary, doubled when hunting, dotted when
// searching. A player who cannot tell the colours apart still reads the state from the edge. The colours
// come from the chosen palette (cue-colors.ts); high-contrast cones fill stronger and edge in dark and light.
import type Phaser from 'phaser';
import type { ConeStyle } from '../../sim/index.ts';
import { accessibility } from '../accessibility.ts';
import { coneColor, type ConePoint, type ConeShape } from './cone-shape.ts';
import { cueColors } from './cue-colors.ts';

/**
 * A calm cone's colour by the hunter's look, where it differs from the Enforcers' cyan: the DreamPod
 * drone's is its searchlight's cold white, so the player tells the company's machine from the people.
 * Any warning colour (orange to red, the hunt's) is the same for every look.
 */
const CALM_COLORS_BY_LOOK: Readonly<Record<string, number>> = { drone: 0xe6e8ff };

/** Dash and gap lengths in pixels along the edge, per style; null for a solid edge. */
const EDGE_PATTERNS: Readonly<Record<ConeStyle, readonly [number, number] | null>> = {
  calm: null,
  wary: [4, 3],
  hunting: null,
  searching: [1, 3],
};

/** High-contrast cones: a dark band under every edge, so the edge reads on pale ground as on dark. */
const HIGH_CONTRAST_UNDERLINE = 0x05040a;

export function drawCone(
  graphics: Phaser.GameObjects.Graphics,
  shape: ConeShape,
  options: { readonly detection: number; readonly seesMira: boolean; readonly style: ConeStyle; readonly look: string },
): void {
  const { style } = options;
  const colors = cueColors();
  const { highContrastCones } = accessibility();
  const calm = options.detection <= 0 ? CALM_COLORS_BY_LOOK[options.look] : undefined;
  // Hunting and searching have colours of their own; calm and wary cones warm with their meter.
  const styleColor = style === 'hunting' || style === 'searching' ? colors.styles[style] : undefined;
  const color = styleColor ?? calm ?? coneColor(options.detection, colors);
  const boost = (options.seesMira ? 0.08 : 0) + (style === 'hunting' ? 0.06 : 0) + (highContrastCones ? 0.14 : 0);
  graphics.fillStyle(color, 0.14 + boost);
  outline(graphics, shape.far);
  graphics.fillPath();
  graphics.fillStyle(color, 0.16 + boost);
  outline(graphics, shape.near);
  graphics.fillPath();
  const pattern = EDGE_PATTERNS[style];
  const width = (style === 'hunting' ? 2 : 1) + (highContrastCones ? 1 : 0);
  const edges: [number, number, number][] = highContrastCones
    ? [[width + 2, HIGH_CONTRAST_UNDERLINE, 0.85], [width, color, 1]]
    : [[width, color, 0.55 + boost]];
  for (const [lineWidth, lineColor, alpha] of edges) {
    graphics.lineStyle(lineWidth, lineColor, alpha);
    if (pattern === null) {
      outline(graphics, shape.far);
      graphics.strokePath();
    } else {
      dashed(graphics, shape.far, pattern);
    }
  }
  if (style === 'hunting') {
    // A second edge along the near band: the doubled outline is the chase's shape cue.
    graphics.lineStyle(highContrastCones ? 2 : 1, color, highContrastCones ? 1 : 0.7);
    outline(graphics, shape.near);
    graphics.strokePath();
  }
}

/** The closed polygon as a path, straight from the shape's points (fillPoints wants Vector2 copies). */
function outline(graphics: Phaser.GameObjects.Graphics, points: readonly ConePoint[]): void {
  const first = points[0];
  if (!first) return;
  graphics.beginPath();
  graphics.moveTo(first.x, first.y);
  for (let index = 1; index < points.length; index += 1) {
    const point = points[index]!;
    graphics.lineTo(point.x, point.y);
  }
  graphics.lineTo(first.x, first.y);
}

/** The closed polygon's edge as dashes, the pattern carried on round corners so it never bunches. */
function dashed(graphics: Phaser.GameObjects.Graphics, points: readonly ConePoint[], [dash, gap]: readonly [number, number]): void {
  const first = points[0];
  if (!first) return;
  let phase = 0;
  graphics.beginPath();
  // Round the closed polygon: the last edge comes back to the first point.
  for (let index = 1; index <= points.length; index += 1) {
    const from = points[index - 1]!;
    const to = points[index % points.length]!;
    const length = Math.hypot(to.x - from.x, to.y - from.y);
    let along = 0;
    while (along < length) {
      const inDash = phase < dash;
      const step = Math.min(length - along, inDash ? dash - phase : dash + gap - phase);
      if (inDash) {
        graphics.moveTo(from.x + ((to.x - from.x) * along) / length, from.y + ((to.y - from.y) * along) / length);
        graphics.lineTo(from.x + ((to.x - from.x) * (along + step)) / length, from.y + ((to.y - from.y) * (along + step)) / length);
      }
      along += step;
      phase = (phase + step) % (dash + gap);
    }
  }
  graphics.strokePath();
}
