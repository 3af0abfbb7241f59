// Draws a traced cone: far band, stronger near band, and an outline, coloured by the detection meter.
import Phaser from 'phaser';
import { coneColor, type ConePoint, type ConeShape } from './cone-shape.ts';

export function drawCone(
  graphics: Phaser.GameObjects.Graphics,
  shape: ConeShape,
  options: { x: number; y: number; detection: number; seesMira: boolean },
): void {
  const color = coneColor(options.detection);
  const place = (points: readonly ConePoint[]): Phaser.Math.Vector2[] =>
    points.map((point) => new Phaser.Math.Vector2(options.x + point.x, options.y + point.y));
  const far = place(shape.far);
  const near = place(shape.near);
  const boost = options.seesMira ? 0.08 : 0;
  graphics.fillStyle(color, 0.14 + boost);
  graphics.fillPoints(far, true);
  graphics.fillStyle(color, 0.16 + boost);
  graphics.fillPoints(near, true);
  graphics.lineStyle(1, color, 0.45 + boost);
  graphics.strokePoints(far, true);
}
