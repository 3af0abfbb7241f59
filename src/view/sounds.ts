// One sound player for the whole game: its AudioContext must outlive scene restarts.
import {
  VOLUME_STEPS,
  readEffectsVolume,
  readMasterVolume,
  readMusicVolume,
  readMuted,
  writeEffectsVolume,
  writeMasterVolume,
  writeMusicVolume,
  writeMuted,
} from '../platform/preferences.ts';
import { SoundPlayer } from '../platform/sound-player.ts';

let player: SoundPlayer | null = null;

export function gameSounds(): SoundPlayer {
  if (player === null) {
    player = new SoundPlayer();
    void player.loadRecipes();
    player.setMuted(readMuted());
    player.setMasterVolume(readMasterVolume() / VOLUME_STEPS);
    player.setMusicVolume(readMusicVolume() / VOLUME_STEPS);
    player.setEffectsVolume(readEffectsVolume() / VOLUME_STEPS);
  }
  return player;
}

/** M, anywhere: sound off or on, remembered for the next visit. Returns whether it is now muted. */
export function toggleMuted(): boolean {
  const sounds = gameSounds();
  sounds.setMuted(!sounds.isMuted);
  writeMuted(sounds.isMuted);
  return sounds.isMuted;
}

/** The master volume in steps, 0 to VOLUME_STEPS (the settings screen's slider). */
export function masterVolumeSteps(): number {
  return Math.round(gameSounds().masterVolume * VOLUME_STEPS);
}

/** Sets the master volume by steps, remembered for the next visit. */
export function setMasterVolumeSteps(steps: number): void {
  const clamped = clampSteps(steps);
  gameSounds().setMasterVolume(clamped / VOLUME_STEPS);
  writeMasterVolume(clamped);
}

function clampSteps(steps: number): number {
  return Math.max(0, Math.min(VOLUME_STEPS, Math.round(steps)));
}

/** The music's volume in steps, 0 to VOLUME_STEPS, under the master volume. */
export function musicVolumeSteps(): number {
  return Math.round(gameSounds().musicVolume * VOLUME_STEPS);
}

export function setMusicVolumeSteps(steps: number): void {
  const clamped = clampSteps(steps);
  gameSounds().setMusicVolume(clamped / VOLUME_STEPS);
  writeMusicVolume(clamped);
}

/** The sound effects' volume in steps, 0 to VOLUME_STEPS, under the master volume. */
export function effectsVolumeSteps(): number {
  return Math.round(gameSounds().effectsVolume * VOLUME_STEPS);
}

export function setEffectsVolumeSteps(steps: number): void {
  const clamped = clampSteps(steps);
  gameSounds().setEffectsVolume(clamped / VOLUME_STEPS);
  writeEffectsVolume(clamped);
}
