import { describe, expect, it } from 'vitest';
import { EMPTY_CONVERSATION, nextConversation, sideFrame, type Conversation } from '../../src/view/ui/dialogue-portraits.ts';

const withPortraits = (speaker: string): boolean => ['Mira', 'Leo', 'Elena', 'Sam', 'Niko'].includes(speaker);

/** The conversation after each line, as `left|right|speaking` with faces, for a readable expectation. */
function play(lines: readonly (readonly [speaker: string, face?: string])[]): string[] {
  let conversation: Conversation = EMPTY_CONVERSATION;
  return lines.map(([speaker, face]) => {
    conversation = nextConversation(conversation, { speaker, tags: face === undefined ? [] : [`face: ${face}`] }, withPortraits);
    const side = (which: Conversation['left']): string => (which === null ? '-' : sideFrame(which).replace('portrait-', ''));
    return `${side(conversation.left)} | ${side(conversation.right)} | ${conversation.speaking ?? 'none'}`;
  });
}

describe('a conversation on screen', () => {
  it('keeps both people up, Mira on the left, the one listening still there', () => {
    expect(play([['Mira'], ['Leo', 'happy'], ['Mira', 'worried'], ['Leo']])).toEqual([
      'mira-calm | - | left',
      'mira-calm | leo-happy | right',
      'mira-worried | leo-happy | left',
      'mira-worried | leo-calm | right',
    ]);
  });

  it('puts Mira on the left even when the other person speaks first', () => {
    expect(play([['Elena', 'worried'], ['Mira']])).toEqual(['- | elena-worried | right', 'mira-calm | elena-worried | left']);
  });

  it('leaves the sides as they are for narration and speakers with no portrait, with nobody speaking', () => {
    expect(play([['Mira'], [''], ['Note']])).toEqual(['mira-calm | - | left', 'mira-calm | - | none', 'mira-calm | - | none']);
  });

  it('lets a third person replace the one who did not speak last, never Mira', () => {
    expect(play([['Mira'], ['Leo'], ['Niko']])).toEqual(['mira-calm | - | left', 'mira-calm | leo-calm | right', 'mira-calm | niko-calm | right']);
    // Without Mira: Elena and Sam talk, then Niko comes in and the one not speaking last (Elena) steps aside.
    expect(play([['Elena'], ['Sam'], ['Niko']])).toEqual(['- | elena-calm | right', 'sam-calm | elena-calm | left', 'sam-calm | niko-calm | right']);
  });

  it('moves someone who stood on the left across when Mira arrives', () => {
    expect(play([['Elena'], ['Sam'], ['Mira']])).toEqual(['- | elena-calm | right', 'sam-calm | elena-calm | left', 'mira-calm | sam-calm | left']);
  });
});
