// The night sky behind the title and the result: Mira's whole wish is real stars, so the menus show them.
// Cosmetic only, with its own seeded generator (never the world's), so screenshots of a screen are stable.
import Phaser from 'phaser';
import { colorNumber } from './palette.ts';

const STAR_COLORS = ['#e6e8ff', '#8e9cc8', '#7fe3ff', '#f0c060'].map(colorNumber);
/** Stars per 10 000 square pixels: a sky, not snow. */
const STARS_PER_AREA = 1.1;
const TWINKLING_STARS = 12;
/** Half the width of the centred text, unscaled pixels. */
const TEXT_COLUMN_HALF_WIDTH = 340;

export function drawStarfield(scene: Phaser.Scene, { width, height, scale }: { width: number; height: number; scale: number }): void {
  const random = new Phaser.Math.RandomDataGenerator(['analog-dreams-sky']);
  const sky = scene.add.graphics().setDepth(-10);
  const count = Math.round((width * height * STARS_PER_AREA) / 10_000);
  for (let index = 0; index < count; index += 1) {
    const size = random.frac() < 0.85 ? 1 : 2;
    const x = Math.floor(random.between(0, width));
    const y = Math.floor(random.between(0, height));
    // Faint where the text stands, so a star never reads as a stray full stop.
    const behindText = Math.abs(x - width / 2) < TEXT_COLUMN_HALF_WIDTH * scale;
    sky.fillStyle(random.pick(STAR_COLORS), (behindText ? 0.12 : 0.25) + random.frac() * (behindText ? 0.12 : 0.6));
    sky.fillRect(x, y, size * scale, size * scale);
  }
  // A few brighter stars breathe slowly; the rest stay still so text over them stays easy to read.
  for (let index = 0; index < TWINKLING_STARS; index += 1) {
    const star = scene.add
      .rectangle(twinkleX(random, { width, margin: TEXT_COLUMN_HALF_WIDTH * scale }), random.between(0, height * 0.6), 2 * scale, 2 * scale, STAR_COLORS[0])
      .setDepth(-9)
      .setAlpha(0.3);
    const twinkle = scene.tweens.add({ targets: star, alpha: 0.95, duration: random.between(900, 2200), yoyo: true, repeat: -1, delay: random.between(0, 1500) });
    // A resize redraws the screen and destroys the star: its endless tween must go with it.
    star.once(Phaser.GameObjects.Events.DESTROY, () => {
      twinkle.remove();
    });
  }
}

/** An x left or right of the text column (anywhere, on a window too narrow to have sides). */
function twinkleX(random: Phaser.Math.RandomDataGenerator, { width, margin }: { width: number; margin: number }): number {
  const side = width / 2 - margin;
  if (side < 8) return random.between(0, width);
  const offset = random.between(0, side);
  return random.frac() < 0.5 ? offset : width - offset;
}
