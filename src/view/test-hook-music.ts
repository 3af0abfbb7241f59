// TEST ONLY: the hook's view of the music (part of window.__analogDreams, dev and test builds only).
import { musicProbe, type MusicProbe } from './music.ts';

export interface MusicTestHook {
  /** The AudioContext's state, the theme and mood playing, notes started and captions shown; null before the game boots. */
  music(): MusicProbe | null;
}

export function musicTestHook(): MusicTestHook {
  return { music: musicProbe };
}
