// Replay files the player hands the game: known by their name (as the game names the files it writes)
// and read only within the size a replay can have, so a huge file is refused before a byte is read.
import { MAX_REPLAY_BYTES } from '../run/replay.ts';
import { describeSize } from './file-import.ts';

export function isReplayFileName(name: string): boolean {
  return /\.replay\.json$/i.test(name);
}

/** `name`: as the player knows the file (a dropped file's path). */
export async function readReplayFile(name: string, file: Blob): Promise<{ readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string }> {
  if (file.size > MAX_REPLAY_BYTES) return { ok: false, message: `${name} is ${describeSize(file.size)}; replays larger than ${describeSize(MAX_REPLAY_BYTES)} are not read` };
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return { ok: false, message: `${name} could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
