// Draws a traced cone around the graphics object's origin (the scene moves the object with the
// Enforcer): far band, stronger near band, and an outline, coloured by the detection meter.
import type Phaser from 'phaser';
import { coneColor, type ConePoint, type ConeShape } from './cone-shape.ts';

export function drawCone(
  graphics: Phaser.GameObjects.Graphics,
  shape: ConeShape,
  options: { readonly detection: number; readonly seesMira: boolean },
): void {
  const color = coneColor(options.detection);
  const boost = options.seesMira ? 0.08 : 0;
  graphics.fillStyle(color, 0.14 + boost);
  outline(graphics, shape.far);
  graphics.fillPath();
  graphics.fillStyle(color, 0.16 + boost);
  outline(graphics, shape.near);
  graphics.fillPath();
  graphics.lineStyle(1, color, 0.45 + boost);
  outline(graphics, shape.far);
  graphics.strokePath();
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
