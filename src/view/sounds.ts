// One sound player for the whole game: its AudioContext must outlive scene restarts.
import { readMuted, writeMuted } from '../platform/preferences.ts';
import { SoundPlayer } from '../platform/sound-player.ts';

let player: SoundPlayer | null = null;

export function gameSounds(): SoundPlayer {
  if (player === null) {
    player = new SoundPlayer();
    player.setMuted(readMuted());
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
