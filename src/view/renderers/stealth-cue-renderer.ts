// Draws the stealth cues worked out in stealth-cues.ts: the eye over Mira while she is seen (and faint
// sight lines from whoever sees her), the "?" where a suspicious Enforcer last saw her, and, as an
// assist, the dotted walk each Enforcer is about to take. Everything is drawn on whole world pixels.
import Phaser from 'phaser';
import type { Point } from '../../level/level-definition.ts';
import { SUBPIXELS_PER_PIXEL, type EnforcerCue, type World } from '../../sim/index.ts';
import { cueOf } from './tick-cues.ts';
import { coneColor } from './cone-shape.ts';
import { BACKGROUND_COLOR, colorNumber } from '../ui/palette.ts';
import {
  EYE_GLYPH,
  glyphPixels,
  lastSeenMarker,
  visitWalkDots,
  type GlyphPixel,
  type MiraVisibility,
} from './stealth-cues.ts';

/** Pixels between the dots of a planned walk. */
const WALK_DOT_SPACING = 5;
/** No dots this close to the walker: they would sit on its body. */
const WALK_CLEARANCE = 7;
const WALK_ALPHA = 0.6;
const UPCOMING_ALPHA = 0.4;
const SIGHT_LINE_SPACING = 3;
const SIGHT_LINE_ALPHA = 0.45;
const OUTLINE_COLOR = colorNumber(BACKGROUND_COLOR);
const HIGHLIGHT_COLOR = 0xffffff;
/** The suspicious colour of the cones, for the last-seen marker. */
const MARKER_COLOR = 0xffb020;

export interface StealthCueDepths {
  /** On the ground: walks, sight lines, marker rings. */
  readonly ground: number;
  /** The marker's "?" standing on the ground. */
  readonly marker: number;
  /** Over everything: the eye over Mira's head. */
  readonly overhead: number;
}

export interface StealthCueFrame {
  readonly world: World;
  /** Drawn positions (interpolated, whole pixels) by Enforcer id. */
  readonly enforcerPositions: ReadonlyMap<number, Point>;
  /** Mira's drawn position, the centre of her feet. */
  readonly mira: Point;
  readonly visibility: MiraVisibility;
  /** The assist: draw each Enforcer's planned walk. */
  readonly showWalks: boolean;
  readonly tick: number;
}

interface StealthCueRendererOptions { readonly depths: StealthCueDepths; readonly texture: string; readonly markerFrame: string | null }

export class StealthCueRenderer {
  readonly #ground: Phaser.GameObjects.Graphics;
  readonly #overhead: Phaser.GameObjects.Graphics;
  readonly #markerIcons = new Map<number, Phaser.GameObjects.Image>();
  readonly #eyePixels: GlyphPixel[] = glyphPixels(EYE_GLYPH);
  /** A walk's points in world pixels (plannedWalk's), kept between frames: the walks are drawn every frame. */
  readonly #walkPoints: { x: number; y: number }[] = [];
  readonly #plotWalkDot = (x: number, y: number): void => {
    this.#ground.fillRect(Math.floor(x), Math.floor(y), 1, 1);
  };

  readonly #scene: Phaser.Scene;
  readonly #layer: Phaser.GameObjects.Layer;
  readonly #options: StealthCueRendererOptions;

  constructor(
    scene: Phaser.Scene,
    layer: Phaser.GameObjects.Layer,
    options: StealthCueRendererOptions,
  ) {
    this.#scene = scene;
    this.#layer = layer;
    this.#options = options;
    this.#ground = scene.add.graphics().setDepth(options.depths.ground);
    this.#overhead = scene.add.graphics().setDepth(options.depths.overhead);
    layer.add([this.#ground, this.#overhead]);
  }

  draw(frame: StealthCueFrame): void {
    this.#ground.clear();
    this.#overhead.clear();
    for (const enforcer of frame.world.enforcers) {
      const position = frame.enforcerPositions.get(enforcer.id);
      if (!position) continue;
      const cue = cueOf(frame.world, enforcer);
      if (frame.showWalks) this.#drawWalk(cue, position);
      this.#drawMarker(cue);
      if (enforcer.seesMira) this.#drawSightLine(position, frame.mira, coneColor(enforcer.detection));
    }
    if (frame.visibility.state === 'seen') this.#drawEye(frame.mira, coneColor(frame.visibility.worstDetection), frame.tick);
  }

  #drawWalk(cue: EnforcerCue, position: Point): void {
    const planned = cue.plannedWalk;
    if (planned === null) return;
    const color = coneColor(cue.glyphFill);
    // The walk starts from where the Enforcer is drawn, not where the last tick left it.
    const points = this.#walkPoints;
    while (points.length < planned.length) points.push({ x: 0, y: 0 });
    points.length = Math.max(1, planned.length);
    points[0]!.x = position.x;
    points[0]!.y = position.y;
    for (let index = 1; index < planned.length; index += 1) {
      points[index]!.x = planned[index]!.x / SUBPIXELS_PER_PIXEL;
      points[index]!.y = planned[index]!.y / SUBPIXELS_PER_PIXEL;
    }
    this.#ground.fillStyle(color, WALK_ALPHA);
    visitWalkDots(points, { spacing: WALK_DOT_SPACING, clearance: WALK_CLEARANCE }, this.#plotWalkDot);
    this.#drawRing(points[points.length - 1]!, color, WALK_ALPHA);
    this.#ground.fillStyle(color, UPCOMING_ALPHA);
    for (const waypoint of cue.upcoming) this.#drawCross(waypoint.x / SUBPIXELS_PER_PIXEL, waypoint.y / SUBPIXELS_PER_PIXEL);
  }

  /** A 3x3 ring of pixels around a point: where a walk ends. */
  #drawRing(point: Point, color: number, alpha: number): void {
    const x = Math.floor(point.x);
    const y = Math.floor(point.y);
    this.#ground.fillStyle(color, alpha);
    this.#ground.fillRect(x - 1, y - 2, 3, 1);
    this.#ground.fillRect(x - 1, y + 2, 3, 1);
    this.#ground.fillRect(x - 2, y - 1, 1, 3);
    this.#ground.fillRect(x + 2, y - 1, 1, 3);
  }

  /** A small plus: a waypoint further along the route (world pixels). */
  #drawCross(pixelX: number, pixelY: number): void {
    const x = Math.floor(pixelX);
    const y = Math.floor(pixelY);
    this.#ground.fillRect(x - 1, y, 3, 1);
    this.#ground.fillRect(x, y - 1, 1, 3);
  }

  #drawMarker(cue: EnforcerCue): void {
    const marker = lastSeenMarker(cue);
    const icon = this.#markerIcon(cue.id);
    if (!marker) {
      icon?.setVisible(false);
      return;
    }
    const x = Math.round(marker.x);
    const y = Math.round(marker.y);
    // An ellipse on the ground, two pixels wide at its ends, like a spot of torchlight.
    this.#ground.fillStyle(OUTLINE_COLOR, 0.5 * marker.strength);
    this.#ground.fillEllipse(x, y + 1, 14, 6);
    this.#ground.lineStyle(1, MARKER_COLOR, 0.9 * marker.strength);
    this.#ground.strokeEllipse(x, y, 13, 5);
    icon?.setVisible(true).setPosition(x, y - 1).setAlpha(marker.strength);
  }

  #markerIcon(enforcerId: number): Phaser.GameObjects.Image | null {
    const frame = this.#options.markerFrame;
    if (frame === null) return null;
    let icon = this.#markerIcons.get(enforcerId);
    if (!icon) {
      icon = this.#scene.add
        .image(0, 0, this.#options.texture, frame)
        .setOrigin(0.5, 1)
        .setDepth(this.#options.depths.marker)
        .setVisible(false);
      this.#layer.add(icon);
      this.#markerIcons.set(enforcerId, icon);
    }
    return icon;
  }

  /** A faint dotted line from the Enforcer's eyes to Mira: says who is watching her. */
  #drawSightLine(from: Point, to: Point, color: number): void {
    // From head height to hers, so the line does not run along the ground under both.
    const start = { x: from.x, y: from.y - 12 };
    const end = { x: to.x, y: to.y - 8 };
    const length = Math.sqrt((end.x - start.x) ** 2 + (end.y - start.y) ** 2);
    if (length < 1) return;
    this.#ground.fillStyle(color, SIGHT_LINE_ALPHA);
    for (let along = 6; along < length - 6; along += SIGHT_LINE_SPACING) {
      const fraction = along / length;
      this.#ground.fillRect(
        Math.floor(start.x + (end.x - start.x) * fraction),
        Math.floor(start.y + (end.y - start.y) * fraction),
        1,
        1,
      );
    }
  }

  /** The eye over Mira's head, tinted like the fullest meter watching her. */
  #drawEye(mira: Point, color: number, tick: number): void {
    const width = EYE_GLYPH[0]?.length ?? 0;
    const left = Math.round(mira.x) - Math.floor(width / 2);
    const top = Math.round(mira.y) - 23;
    // A one-pixel bob every half second keeps it noticed without a tween (tweens must not drive anything).
    const bob = Math.floor(tick / 15) % 2;
    const inks = { outline: OUTLINE_COLOR, fill: color, highlight: HIGHLIGHT_COLOR } as const;
    for (const pixel of this.#eyePixels) {
      this.#overhead.fillStyle(inks[pixel.ink], 1);
      this.#overhead.fillRect(left + pixel.x, top + pixel.y - bob, 1, 1);
    }
  }
}
