// The night sky behind the title and the result: Mira's whole wish is real stars, so the menus show them.
// Cosmetic only, with its own seeded generator (never the world's), so screenshots of a screen are stable.
import Phaser from 'phaser';
import { colorNumber } from './palette.ts';

const STAR_COLORS = ['#e6e8ff', '#8e9cc8', '#7fe3ff', '#f0c060'].map(colorNumber);
/** Stars per 10 000 square pixels: a sky, not snow. */
const STARS_PER_AREA = 1.1;
const TWINKLING_STARS = 12;

export function drawStarfield(scene: Phaser.Scene, { width, height, scale }: { width: number; height: number; scale: number }): void {
  const random = new Phaser.Math.RandomDataGenerator(['analog-dreams-sky']);
  const sky = scene.add.graphics().setDepth(-10);
  const count = Math.round((width * height * STARS_PER_AREA) / 10_000);
  for (let index = 0; index < count; index += 1) {
    const size = random.frac() < 0.85 ? 1 : 2;
    sky.fillStyle(random.pick(STAR_COLORS), 0.25 + random.frac() * 0.6);
    sky.fillRect(Math.floor(random.between(0, width)), Math.floor(random.between(0, height)), size * scale, size * scale);
  }
  // A few brighter stars breathe slowly; the rest stay still so text over them stays easy to read.
  for (let index = 0; index < TWINKLING_STARS; index += 1) {
    const star = scene.add
      .rectangle(random.between(0, width), random.between(0, height * 0.6), 2 * scale, 2 * scale, STAR_COLORS[0])
      .setDepth(-9)
      .setAlpha(0.3);
    const twinkle = scene.tweens.add({ targets: star, alpha: 0.95, duration: random.between(900, 2200), yoyo: true, repeat: -1, delay: random.between(0, 1500) });
    // A resize redraws the screen and destroys the star: its endless tween must go with it.
    star.once(Phaser.GameObjects.Events.DESTROY, () => {
      twinkle.remove();
    });
  }
}
