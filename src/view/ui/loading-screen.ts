// The loading screen: the night sky of the menus, the game's name, Mira's wish in a line, and a bar that
// fills as the map, its story and the art load. Reading the map's files comes first (the boot scene then
// starts again), the images after: each stage fills its own part of one bar, so the bar never runs back.
import Phaser from 'phaser';
import { interfaceScale } from './menu-screen.ts';
import { ACCENT_COLOR, DIM_TEXT_COLOR, colorNumber, textStyle } from './palette.ts';
import { drawStarfield } from './starfield.ts';

export type LoadingStage = 'reading' | 'drawing';

/** The share of the bar the reading of the map and its story fills; the images fill the rest. */
const READING_SHARE = 0.4;
const STAGE_WORDS: Readonly<Record<LoadingStage, string>> = {
  reading: 'Reading the map and its story…',
  drawing: 'Drawing the night…',
};

/** Where the bar stands, 0 to 1, for a stage and that stage's own progress. */
function loadingBarShare(stage: LoadingStage, progress: number): number {
  const clamped = Math.max(0, Math.min(1, progress));
  return stage === 'reading' ? READING_SHARE * clamped : READING_SHARE + (1 - READING_SHARE) * clamped;
}

/**
 * Draws the screen for `stage` and fills its bar from the scene's loader; the function returned shows the
 * stage's progress (0 to 1) from anything else, such as the reading of the map's files.
 */
export function drawLoadingScreen(scene: Phaser.Scene, stage: LoadingStage): (progress: number) => void {
  const { width, height } = scene.scale;
  const scale = interfaceScale(scene);
  drawStarfield(scene, { width, height, scale });
  const centre = Math.floor(width / 2);
  const top = Math.floor(height / 2);
  scene.add.text(centre, top - 64 * scale, 'ANALOG DREAMS', textStyle(40 * scale, ACCENT_COLOR)).setOrigin(0.5);
  scene.add.text(centre, top - 28 * scale, 'Real sleep, under real stars.', textStyle(15 * scale, DIM_TEXT_COLOR)).setOrigin(0.5);
  const barWidth = Math.min(360 * scale, Math.floor(width * 0.6));
  const barHeight = 10 * scale;
  const left = Math.floor(centre - barWidth / 2);
  const frame = scene.add.graphics();
  // A pixel frame with a one-pixel gap, like the HUD's panels: the bar reads as part of the game.
  frame.lineStyle(2 * scale, colorNumber(ACCENT_COLOR), 0.8).strokeRect(left - 3 * scale, top - 3 * scale, barWidth + 6 * scale, barHeight + 6 * scale);
  const fill = scene.add.graphics();
  const words = scene.add.text(centre, top + barHeight + 14 * scale, '', textStyle(13 * scale, DIM_TEXT_COLOR)).setOrigin(0.5, 0);
  const show = (progress: number): void => {
    const share = loadingBarShare(stage, progress);
    fill.clear().fillStyle(colorNumber(ACCENT_COLOR), 1).fillRect(left, top, Math.floor(barWidth * share), barHeight);
    words.setText(`${STAGE_WORDS[stage]}  ${Math.round(share * 100)}%`);
  };
  show(0);
  scene.load.on(Phaser.Loader.Events.PROGRESS, show);
  return show;
}
