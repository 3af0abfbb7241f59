// The accessibility settings for the whole view, read once and remembered (like motion-preference.ts): the
// renderers ask them every frame, the settings screen changes them. The assists live here too; the level
// hands them to its session, which marks the run.
import {
  readColorBlindPalette, readDetectionAssist, readGameSpeedAssist, readHighContrastCones, readTextSize, writeColorBlindPalette,
  writeDetectionAssist, writeGameSpeedAssist, writeHighContrastCones, writeTextSize, type TextSize,
} from '../platform/preferences.ts';

export interface AccessibilitySettings {
  readonly colorBlindPalette: boolean;
  readonly highContrastCones: boolean;
  readonly textSize: TextSize;
  /** Percent of the rules' detection rate (100: no assist). */
  readonly detectionAssist: number;
  /** Percent of 60 ticks a real second (100: no assist). */
  readonly gameSpeedAssist: number;
}

let current: AccessibilitySettings | null = null;

export function accessibility(): AccessibilitySettings {
  current ??= {
    colorBlindPalette: readColorBlindPalette(),
    highContrastCones: readHighContrastCones(),
    textSize: readTextSize(),
    detectionAssist: readDetectionAssist(),
    gameSpeedAssist: readGameSpeedAssist(),
  };
  return current;
}

/** Takes the settings that differ from now and remembers each. */
export function setAccessibility(wanted: AccessibilitySettings): void {
  const now = accessibility();
  if (wanted.colorBlindPalette !== now.colorBlindPalette) writeColorBlindPalette(wanted.colorBlindPalette);
  if (wanted.highContrastCones !== now.highContrastCones) writeHighContrastCones(wanted.highContrastCones);
  if (wanted.textSize !== now.textSize) writeTextSize(wanted.textSize);
  if (wanted.detectionAssist !== now.detectionAssist) writeDetectionAssist(wanted.detectionAssist);
  if (wanted.gameSpeedAssist !== now.gameSpeedAssist) writeGameSpeedAssist(wanted.gameSpeedAssist);
  current = { ...wanted };
}

/** How much larger than designed every word is drawn, per text size. */
const TEXT_SIZE_FACTORS: Readonly<Record<TextSize, number>> = { normal: 1, large: 1.25, largest: 1.5 };

export function textSizeFactor(): number {
  return TEXT_SIZE_FACTORS[accessibility().textSize];
}
