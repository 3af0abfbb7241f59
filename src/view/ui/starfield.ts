// The night sky behind the title and the result: Mira's whole wish is real stars, so the menus show them.
// Cosmetic only, with its own seeded generator (never the world's), so screenshots of a screen are stable.
// On the title the sky drifts slowly westwards; with reduced motion nothing moves or twinkles.
import Phaser from 'phaser';
import { isReducedMotion } from '../motion-preference.ts';
import { nextStarDrift } from './star-drift.ts';
import { colorNumber } from './palette.ts';

const STAR_COLORS = ['#e6e8ff', '#8e9cc8', '#7fe3ff', '#f0c060'].map(colorNumber);
/** Stars per 10 000 square pixels: a sky, not snow. */
const STARS_PER_AREA = 1.1;
const TWINKLING_STARS = 12;
/** Half the width of the centred text, unscaled pixels. */
const TEXT_COLUMN_HALF_WIDTH = 340;

interface Star {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly color: number;
  readonly alpha: number;
}

export function drawStarfield(scene: Phaser.Scene, { width, height, scale, drift = false }: { width: number; height: number; scale: number; drift?: boolean }): void {
  const random = new Phaser.Math.RandomDataGenerator(['analog-dreams-sky']);
  const count = Math.round((width * height * STARS_PER_AREA) / 10_000);
  const stars: Star[] = [];
  for (let index = 0; index < count; index += 1) {
    const size = random.frac() < 0.85 ? 1 : 2;
    const x = Math.floor(random.between(0, width));
    const y = Math.floor(random.between(0, height));
    // Faint where the text stands, so a star never reads as a stray full stop.
    const behindText = Math.abs(x - width / 2) < TEXT_COLUMN_HALF_WIDTH * scale;
    const color = random.pick(STAR_COLORS);
    stars.push({ x, y, size, color, alpha: (behindText ? 0.12 : 0.25) + random.frac() * (behindText ? 0.12 : 0.6) });
  }
  const sky = paintStars(scene, stars, scale);
  if (drift) driftSky(scene, { sky, copy: paintStars(scene, stars, scale), width, scale });
  // A few brighter stars breathe slowly; the rest stay still so text over them stays easy to read.
  for (let index = 0; index < TWINKLING_STARS; index += 1) {
    const star = scene.add
      .rectangle(twinkleX(random, { width, margin: TEXT_COLUMN_HALF_WIDTH * scale }), random.between(0, height * 0.6), 2 * scale, 2 * scale, STAR_COLORS[0])
      .setDepth(-9)
      .setAlpha(0.3);
    const duration = random.between(900, 2200);
    const delay = random.between(0, 1500);
    if (isReducedMotion()) continue;
    const twinkle = scene.tweens.add({ targets: star, alpha: 0.95, duration, yoyo: true, repeat: -1, delay });
    // A resize redraws the screen and destroys the star: its endless tween must go with it.
    star.once(Phaser.GameObjects.Events.DESTROY, () => {
      twinkle.remove();
    });
  }
}

function paintStars(scene: Phaser.Scene, stars: readonly Star[], scale: number): Phaser.GameObjects.Graphics {
  const sky = scene.add.graphics().setDepth(-10);
  for (const star of stars) sky.fillStyle(star.color, star.alpha).fillRect(star.x, star.y, star.size * scale, star.size * scale);
  return sky;
}

/** Two copies of the sky side by side slide west together, so the window is always covered. */
function driftSky(scene: Phaser.Scene, options: { readonly sky: Phaser.GameObjects.Graphics; readonly copy: Phaser.GameObjects.Graphics; readonly width: number; readonly scale: number }): void {
  const { sky, copy, width, scale } = options;
  let offset = 0;
  const place = (): void => {
    sky.setX(-Math.round(offset));
    copy.setX(width - Math.round(offset));
  };
  place();
  const onUpdate = (_time: number, delta: number): void => {
    offset = nextStarDrift(offset, { deltaMilliseconds: delta, width, scale, reducedMotion: isReducedMotion() });
    place();
  };
  scene.events.on(Phaser.Scenes.Events.UPDATE, onUpdate);
  // A resize redraws the screen and destroys the sky: its frame listener must go with it.
  sky.once(Phaser.GameObjects.Events.DESTROY, () => {
    scene.events.off(Phaser.Scenes.Events.UPDATE, onUpdate);
  });
}

/** An x left or right of the text column (anywhere, on a window too narrow to have sides). */
function twinkleX(random: Phaser.Math.RandomDataGenerator, { width, margin }: { width: number; margin: number }): number {
  const side = width / 2 - margin;
  if (side < 8) return random.between(0, width);
  const offset = random.between(0, side);
  return random.frac() < 0.5 ? offset : width - offset;
}
