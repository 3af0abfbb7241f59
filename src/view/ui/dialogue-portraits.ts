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
  return sideFrame({ speaker: line.speaker.trim(), face: faceOf(line.tags) });
}

/** One person in a conversation, with the face of their last line. */
export interface ConversationSide {
  readonly speaker: string;
  readonly face: Face;
}

/** Who stands on each side of the dialogue box (and the story stage), and which of them speaks now. */
export interface Conversation {
  readonly left: ConversationSide | null;
  readonly right: ConversationSide | null;
  /** null for narration: both listen. */
  readonly speaking: 'left' | 'right' | null;
}

export const EMPTY_CONVERSATION: Conversation = { left: null, right: null, speaking: null };

/** Mira stands on the left, always: the player reads her side first, and the other person faces her. */
const PLAYER_SPEAKER = 'Mira';

/**
 * The conversation after a line is shown: its speaker keeps (or takes) a side and the other person stays,
 * dimmed, so both people are always on screen. Mira takes the left; anyone else the right, or the left
 * while Mira has not spoken; a third person replaces whoever did not speak last (never Mira). Narration
 * and speakers with no portrait (`hasPortrait`) change no side and leave nobody speaking.
 */
export function nextConversation(
  conversation: Conversation,
  line: Pick<SceneLine, 'speaker' | 'tags'> | null,
  hasPortrait: (speaker: string) => boolean,
): Conversation {
  const speaker = line?.speaker.trim() ?? '';
  if (line === null || speaker === '' || !hasPortrait(speaker)) return { ...conversation, speaking: null };
  const side: ConversationSide = { speaker, face: faceOf(line.tags) };
  const { left, right } = conversation;
  if (left?.speaker === speaker) return { left: side, right, speaking: 'left' };
  if (right?.speaker === speaker) return { left, right: side, speaking: 'right' };
  if (speaker === PLAYER_SPEAKER) {
    // Someone stood on the left before Mira spoke: they cross to the right if it is free or they spoke last.
    const movedRight = left !== null && (right === null || conversation.speaking === 'left') ? left : right;
    return { left: side, right: movedRight, speaking: 'left' };
  }
  if (right === null) return { left, right: side, speaking: 'right' };
  if (left === null) return { left: side, right, speaking: 'left' };
  // Both sides are taken: the one who did not speak last steps aside, Mira never.
  const replaceLeft = left.speaker !== PLAYER_SPEAKER && conversation.speaking === 'right';
  return replaceLeft ? { left: side, right, speaking: 'left' } : { left, right: side, speaking: 'right' };
}

/** The portrait sheet's frame for one side (`portrait-leo-happy`). */
export function sideFrame(side: ConversationSide): string {
  return `portrait-${side.speaker.toLowerCase()}-${side.face}`;
}
