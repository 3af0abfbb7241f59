// The display switches for the whole game, read once and remembered: the HUD and the splits panel ask
// them every frame, the settings screen flips them.
import { readSplitsShown, readTimerShown, writeSplitsShown, writeTimerShown } from '../platform/preferences.ts';

let timerShown: boolean | null = null;
let splitsShown: boolean | null = null;

export function isTimerShown(): boolean {
  timerShown ??= readTimerShown();
  return timerShown;
}

export function setTimerShown(shown: boolean): void {
  timerShown = shown;
  writeTimerShown(shown);
}

/** Speedrun mode's live splits panel: hidden, speedrun mode still races and keeps the splits. */
export function isSplitsShown(): boolean {
  splitsShown ??= readSplitsShown();
  return splitsShown;
}

export function setSplitsShown(shown: boolean): void {
  splitsShown = shown;
  writeSplitsShown(shown);
}
