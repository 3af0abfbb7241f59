// Which portrait the dialogue box shows for a line: the speaker's, with the expression the line's
// `# face: happy` tag asks for (calm when it asks for none). No Phaser: Node tests read it, and the box
// asks the portrait sheet whether the frame exists (narration and unknown speakers show none).
import type { SceneLine } from '../../sim/scene-director.ts';

export type Face = 'calm' | 'happy' | 'worried';

export const FACES: readonly Face[] = ['calm', 'happy', 'worried'];

/** The speakers with portraits (assets/sprites/portraits.txt), as ink names them. */
export const PORTRAIT_SPEAKERS = ['Mira', 'Leo', 'Elena', 'Sam', 'Niko', 'Tomas', 'Pip', 'Ayla', 'Juno'] as const;

const FACE_TAG = /^face\s*:\s*(\S+)\s*$/i;

/** The expression a line's tags ask for; calm when none does, or when it names no expression drawn. */
export function faceOf(tags: readonly string[]): Face {
  for (const tag of tags) {
    const match = FACE_TAG.exec(tag.trim());
    const face = match?.[1]?.toLowerCase();
    if (face !== undefined) return (FACES as readonly string[]).includes(face) ? (face as Face) : 'calm';
  }
  return 'calm';
}

/** The portrait sheet's frame for a line (`portrait-mira-happy`); null for narration. */
export function portraitFrame(line: Pick<SceneLine, 'speaker' | 'tags'> | null): string | null {
  if (line === null || line.speaker.trim() === '') return null;
  return `portrait-${line.speaker.trim().toLowerCase()}-${faceOf(line.tags)}`;
}
