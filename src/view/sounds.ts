// One sound player for the whole game: its AudioContext must outlive scene restarts.
import { SoundPlayer } from '../platform/sound-player.ts';

let player: SoundPlayer | null = null;

export function gameSounds(): SoundPlayer {
  player ??= new SoundPlayer();
  return player;
}
