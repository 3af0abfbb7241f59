// The radar in the bottom-right corner (toggled by its key) and the edge pointers to chasers off screen,
// drawn by the interface camera. It reads the world; it never changes it, so a replay plays the same
// with it on or off.
import type Phaser from 'phaser';
import type { ConeStyle, World } from '../../sim/index.ts';
import { chaserPointers, radarBlips, radarFacing, radarGoal, radarPixel, type ViewWindow } from '../renderers/radar-view.ts';
import { cueColors } from '../renderers/cue-colors.ts';
import { goalOf } from '../renderers/tick-cues.ts';
import { BakedGraphics } from './baked-graphics.ts';
import { mirrorBoxAround, setMirrorBox } from './mirror-box.ts';
import { BACKGROUND_COLOR, colorNumber } from './palette.ts';

const RADIUS = 56;
const CORNER_MARGIN = 12;

/** How far the radar reaches in from the right edge (and up from the bottom): text centred along the bottom keeps clear of it. */
export function radarReach(scale: number): number {
  return (2 * RADIUS + CORNER_MARGIN) * scale;
}
/** The dream's warm gold: the goal never reads as an Enforcer's colour. */
const GOAL_COLOR = 0xffc850;

/**
 * A blip's mark: its shape says its state as well as its colour does (a dot is calm, a triangle wary, a
 * diamond searching, a square hunting), so no two states differ by colour alone.
 */
export function drawRadarMark(
  graphics: Phaser.GameObjects.Graphics,
  mark: { readonly style: ConeStyle; readonly x: number; readonly y: number; readonly size: number; readonly color: number },
): void {
  const { x, y, size } = mark;
  const reach = size * 1.4;
  graphics.fillStyle(mark.color, 1);
  switch (mark.style) {
    case 'calm':
      graphics.fillCircle(x, y, size);
      break;
    case 'wary':
      graphics.fillTriangle(x, y - reach, x + reach, y + size, x - reach, y + size);
      break;
    case 'searching':
      graphics.fillTriangle(x, y - reach, x + reach, y, x, y + reach).fillTriangle(x, y - reach, x - reach, y, x, y + reach);
      break;
    case 'hunting':
      graphics.fillRect(x - size, y - size, size * 2, size * 2);
      break;
  }
}

export class Radar {
  /** The disc itself, the same every frame until the screen's size changes. */
  readonly #disc: BakedGraphics;
  readonly #graphics: Phaser.GameObjects.Graphics;
  readonly #pointers: Phaser.GameObjects.Graphics;
  #width = 0;
  #height = 0;
  #scale = 1;
  shown = true;

  constructor(scene: Phaser.Scene, layer: Phaser.GameObjects.Layer) {
    this.#disc = new BakedGraphics(scene, { layer, key: 'radar-disc' });
    this.#graphics = scene.add.graphics();
    this.#pointers = scene.add.graphics();
    layer.add([this.#graphics, this.#pointers]);
  }

  layout(width: number, height: number, scale: number): void {
    this.#width = width;
    this.#height = height;
    this.#scale = scale;
    const { centreX, centreY, radius } = this.#place();
    // A blip's cone reaches at most a radius past the rim; the screen's edge cuts the rest anyway.
    setMirrorBox(this.#graphics, mirrorBoxAround(this.#graphics, { left: centreX - 2 * radius, top: centreY - 2 * radius, right: width, bottom: height }, 0));
    // A pixel of margin: the rim's line is centred on the radius.
    this.#disc.redraw({ left: centreX - radius - 1, top: centreY - radius - 1, width: 2 * radius + 2, height: 2 * radius + 2 }, (graphics) => {
      graphics.fillStyle(colorNumber(BACKGROUND_COLOR), 0.8).fillCircle(centreX, centreY, radius);
      graphics.lineStyle(1, 0x4fd8e8, 0.5).strokeCircle(centreX, centreY, radius);
    });
  }

  /** The disc's centre and radius on screen. */
  #place(): { centreX: number; centreY: number; radius: number } {
    const radius = RADIUS * this.#scale;
    return { centreX: this.#width - radius - CORNER_MARGIN * this.#scale, centreY: this.#height - radius - CORNER_MARGIN * this.#scale, radius };
  }

  draw(world: World, view: ViewWindow): void {
    this.#drawRadar(world);
    this.#drawPointers(world, view);
  }

  #drawRadar(world: World): void {
    const graphics = this.#graphics.clear();
    this.#disc.setVisible(this.shown);
    if (!this.shown) return;
    const { centreX, centreY, radius } = this.#place();
    const colors = cueColors().styles;
    for (const blip of radarBlips(world)) {
      const color = colors[blip.style];
      const x = radarPixel(centreX, blip.x, radius);
      const y = radarPixel(centreY, blip.y, radius);
      const reach = blip.reach * radius;
      graphics.fillStyle(color, blip.style === 'hunting' ? 0.45 : 0.25);
      const facing = radarFacing(blip.facing);
      graphics.slice(x, y, reach, facing - blip.halfAngle, facing + blip.halfAngle, false).fillPath();
      drawRadarMark(graphics, { style: blip.style, x, y, size: 2.5 * this.#scale, color });
    }
    // The goal in gold: a ring where the dream circle is (or a square for the exit), on the rim when far.
    const goal = radarGoal(world, goalOf(world));
    const goalX = radarPixel(centreX, goal.x, radius);
    const goalY = radarPixel(centreY, goal.y, radius);
    const goalSize = (goal.beyond ? 3 : 4) * this.#scale;
    graphics.lineStyle(2 * this.#scale, GOAL_COLOR, 1);
    if (goal.circle) graphics.strokeCircle(goalX, goalY, goalSize);
    else graphics.strokeRect(goalX - goalSize, goalY - goalSize, goalSize * 2, goalSize * 2);
    graphics.fillStyle(0xffffff, 1).fillCircle(centreX, centreY, 2 * this.#scale);
  }

  #drawPointers(world: World, view: ViewWindow): void {
    const graphics = this.#pointers.clear();
    const size = 9 * this.#scale;
    const pointers = chaserPointers(world, { view, inset: 16 * this.#scale });
    // Every pointer lies within its tip's reach: the box covers them all and no more of the screen.
    const reach = size * 2.7 + 2 * this.#scale;
    const edges = { left: Math.min(...pointers.map(({ arrow }) => arrow.x)) - reach, top: Math.min(...pointers.map(({ arrow }) => arrow.y)) - reach, right: Math.max(...pointers.map(({ arrow }) => arrow.x)) + reach, bottom: Math.max(...pointers.map(({ arrow }) => arrow.y)) + reach };
    if (pointers.length > 0) setMirrorBox(graphics, mirrorBoxAround(graphics, edges, 1));
    for (const { arrow } of pointers) {
      const directionX = Math.cos(arrow.angle);
      const directionY = Math.sin(arrow.angle);
      const backX = arrow.x - directionX * size * 1.6;
      const backY = arrow.y - directionY * size * 1.6;
      graphics.fillStyle(cueColors().styles.hunting, 1);
      graphics.fillTriangle(arrow.x, arrow.y, backX - directionY * size, backY + directionX * size, backX + directionY * size, backY - directionX * size);
      // An "!" bar behind the point: a pointer to a chaser, never confused with the exit's round badge.
      graphics.fillRect(backX - directionX * size - 1.5 * this.#scale, backY - directionY * size - 1.5 * this.#scale, 3 * this.#scale, 3 * this.#scale);
    }
  }
}
