import { describe, expect, it } from 'vitest';
import { CATCH_OWNER, WORD_STACK_SPACING, hunterOwner, placeWord, type PlacedWord } from '../../src/view/effects/word-placement.ts';

/** Plays words one after another as FloatingWords does (a reused word stays where it was placed last). */
function playWords(words: readonly { readonly owner: string | null; readonly x: number; readonly y: number }[]): PlacedWord[] {
  let live: PlacedWord[] = [];
  let nextId = 0;
  for (const word of words) {
    const placement = placeWord(word, live);
    if (placement.reuse === null) {
      live = [...live, { id: nextId, owner: word.owner, x: word.x, y: placement.y }];
      nextId += 1;
    } else {
      live = live.map((placed) => (placed.id === placement.reuse ? { ...placed, x: word.x, y: placement.y } : placed));
    }
  }
  return live;
}

describe('floating words', () => {
  it('keeps one word per hunter however often it hears Mira (no pile of "!?")', () => {
    const heardEveryTick = Array.from({ length: 60 }, () => ({ owner: hunterOwner(3), x: 100, y: 80 }));
    const live = playWords(heardEveryTick);
    expect(live).toHaveLength(1);
    expect(live[0]!.y).toBe(80);
  });

  it('gives two hunters at one spot a word each, the later stacked above', () => {
    const live = playWords([
      { owner: hunterOwner(1), x: 100, y: 80 },
      { owner: hunterOwner(2), x: 104, y: 80 },
      { owner: hunterOwner(1), x: 100, y: 80 },
      { owner: hunterOwner(2), x: 104, y: 80 },
    ]);
    expect(live).toHaveLength(2);
    const heights = live.map((placed) => placed.y).sort((a, b) => a - b);
    expect(heights[1]! - heights[0]!).toBe(WORD_STACK_SPACING.lineHeight);
  });

  it('says a hunter\'s new word in its old word\'s place, not above it', () => {
    const placement = placeWord({ owner: hunterOwner(1), x: 100, y: 80 }, [{ id: 7, owner: hunterOwner(1), x: 100, y: 80 }]);
    expect(placement).toEqual({ reuse: 7, y: 80 });
  });

  it('stacks words with no owner as before, and leaves words far apart where they are', () => {
    expect(playWords([{ owner: null, x: 50, y: 50 }, { owner: null, x: 50, y: 50 }]).map((placed) => placed.y)).toEqual([50, 50 - WORD_STACK_SPACING.lineHeight]);
    expect(playWords([{ owner: null, x: 50, y: 50 }, { owner: null, x: 200, y: 50 }]).map((placed) => placed.y)).toEqual([50, 50]);
  });

  it('has one catch word at a time: a second catch replaces the first', () => {
    const live = playWords([{ owner: CATCH_OWNER, x: 10, y: 10 }, { owner: CATCH_OWNER, x: 30, y: 12 }]);
    expect(live).toEqual([{ id: 0, owner: CATCH_OWNER, x: 30, y: 12 }]);
  });
});
