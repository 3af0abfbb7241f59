// The DreamCircles on the ground and the ring that fills while Dream is held. A circle is drawn plainly while it
// is not ready and glows gold once Mira stands in it with enough followers, so the player sees where the
// dream can start before trying; the ring around Mira fills from world.dream.ringTicks, tick by tick.
import Phaser from 'phaser';
import type { DreamCircleDefinition } from '../../level/level-definition.ts';
import type { World } from '../../sim/index.ts';
import { circleReadiness, ringProgress } from './dream-cues.ts';

const GOLD = 0xffc94a;
const GOLD_LIGHT = 0xfff0a8;
const FAINT = 0x8e9cc8;
/** Pixels from Mira's feet to the ring's middle, and its radius: around her, clear of her sprite. */
const RING_RISE = 7;
const RING_RADIUS = 11;
/** Points on an ellipse's outline: enough that a 6-tile circle reads round at zoom 3. */
const OUTLINE_POINTS = 48;

export interface DrawnCircles {
  /** Per circle: 'faint', 'ready' (glowing) or 'dreaming' (the dream spreads from it). */
  readonly circles: readonly ('faint' | 'ready' | 'dreaming')[];
  /** 0..1 of the ring drawn, 0 when none is. */
  readonly ring: number;
}

export class DreamCircleRenderer {
  readonly #ground: Phaser.GameObjects.Graphics;
  readonly #ring: Phaser.GameObjects.Graphics;
  /** Each circle's outline, worked out on first use: circles never move. */
  readonly #outlines = new Map<number, Phaser.Math.Vector2[]>();
  /** What the ground shows (each circle's state, and the breath's tick while one glows): redrawn on change only. */
  #groundKey = '';
  #ringShown = false;

  constructor(scene: Phaser.Scene, options: { readonly layer: Phaser.GameObjects.Layer; readonly groundDepth: number; readonly ringDepth: number }) {
    this.#ground = scene.add.graphics().setDepth(options.groundDepth);
    this.#ring = scene.add.graphics().setDepth(options.ringDepth);
    options.layer.add([this.#ground, this.#ring]);
  }

  draw(world: World, options: { readonly mira: { readonly x: number; readonly y: number }; readonly reducedMotion: boolean }): DrawnCircles {
    const { dream } = world;
    const circles = world.level.dreamCircles.map((_, index) => {
      const dreaming = dream.stage !== 'waking' && dream.circle === index;
      return dreaming ? 'dreaming' : circleReadiness(world, index).ready ? 'ready' : 'faint';
    });
    // A slow breath on the glow (two seconds); with reduced motion the glow holds still.
    const breathes = !options.reducedMotion && circles.some((state) => state !== 'faint');
    const key = `${circles.join()}|${breathes ? world.tick : 'still'}`;
    if (key !== this.#groundKey) {
      this.#groundKey = key;
      this.#ground.clear();
      const breath = breathes ? 0.5 + 0.5 * Math.sin((world.tick / 120) * Math.PI * 2) : 0.5;
      world.level.dreamCircles.forEach((circle, index) => {
        this.#drawCircle(circle, { index, state: circles[index]!, breath });
      });
    }
    const progress = dream.stage === 'waking' ? ringProgress(dream.ringTicks) : 0;
    if (this.#ringShown) this.#ring.clear();
    this.#ringShown = progress > 0;
    if (progress > 0) {
      const x = options.mira.x;
      const y = options.mira.y - RING_RISE;
      const start = -Math.PI / 2;
      this.#ring.lineStyle(3, 0x05060f, 0.55).strokeCircle(x, y, RING_RADIUS);
      this.#ring.lineStyle(2, progress >= 1 ? GOLD_LIGHT : GOLD, 1);
      this.#ring.beginPath().arc(x, y, RING_RADIUS, start, start + progress * Math.PI * 2, false).strokePath();
    }
    return { circles, ring: progress };
  }

  #drawCircle(circle: DreamCircleDefinition, options: { readonly index: number; readonly state: 'faint' | 'ready' | 'dreaming'; readonly breath: number }): void {
    let points = this.#outlines.get(options.index);
    if (points === undefined) {
      points = outlineOf(circle);
      this.#outlines.set(options.index, points);
    }
    if (options.state === 'faint') {
      // Not ready yet, but plain to see: first play showed a 1-pixel grey outline nobody found.
      this.#ground.fillStyle(GOLD, 0.07).fillPoints(points, true, true);
      this.#ground.lineStyle(3, 0x05060f, 0.5).strokePoints(points, true, true);
      this.#ground.lineStyle(2, FAINT, 0.85).strokePoints(points, true, true);
      return;
    }
    const glow = options.state === 'dreaming' ? 0.9 : 0.55 + 0.35 * options.breath;
    this.#ground.fillStyle(GOLD, 0.1 + 0.08 * options.breath).fillPoints(points, true, true);
    this.#ground.lineStyle(3, GOLD, 0.25 * glow).strokePoints(points, true, true);
    this.#ground.lineStyle(1, GOLD_LIGHT, glow).strokePoints(points, true, true);
  }
}

/** A rectangle's corners, or points round an ellipse's outline. */
function outlineOf(circle: DreamCircleDefinition): Phaser.Math.Vector2[] {
  const { area } = circle;
  if (!circle.round) {
    return [
      new Phaser.Math.Vector2(area.x, area.y),
      new Phaser.Math.Vector2(area.x + area.width, area.y),
      new Phaser.Math.Vector2(area.x + area.width, area.y + area.height),
      new Phaser.Math.Vector2(area.x, area.y + area.height),
    ];
  }
  const radiusX = area.width / 2;
  const radiusY = area.height / 2;
  return Array.from({ length: OUTLINE_POINTS }, (_, index) => {
    const angle = (index / OUTLINE_POINTS) * Math.PI * 2;
    return new Phaser.Math.Vector2(area.x + radiusX + Math.cos(angle) * radiusX, area.y + radiusY + Math.sin(angle) * radiusY);
  });
}
