// Colours and text styles shared by the scenes, so the screens read as one game.
import { textSizeFactor } from '../accessibility.ts';
export const BACKGROUND_COLOR = '#07060d';

export const TEXT_COLOR = '#e6e1ff';
export const DIM_TEXT_COLOR = '#9a93c0';
export const ACCENT_COLOR = '#7fe3ff';
export const WARNING_COLOR = '#ffc04d';
export const ERROR_COLOR = '#ff6b7a';

/** A palette colour as the number Phaser's Graphics take. */
export function colorNumber(cssColor: string): number {
  return Number.parseInt(cssColor.slice(1), 16);
}

export const FONT_FAMILY = "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace";

export function textStyle(
  sizePixels: number,
  color: string = TEXT_COLOR,
): Phaser.Types.GameObjects.Text.TextStyle {
  // The player's text size scales every word the game writes: dialogue, the HUD and the menus alike.
  return { fontFamily: FONT_FAMILY, fontSize: `${Math.round(sizePixels * textSizeFactor())}px`, color };
}

/** A size in pixels for words at this interface scale, grown by the player's text size: HUD and dialogue layouts use it for every size tied to their words. */
export function wordScale(scale: number): number {
  return scale * textSizeFactor();
}
